package io.claimflow.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.ingest.mapping.DocumentReader;
import io.claimflow.ingest.service.DocumentIngestService;
import io.claimflow.ingest.service.SubmissionOutcome;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.UnknownQueryParameters;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code POST /documents}: a document as JSON, plain text, an HTML page or an uploaded file, or a batch as NDJSON
 * ({@link BatchSubmissions}); the types are {@link AcceptedContentTypes#DOCUMENT_TYPES}. A new document is answered 202
 * once Kafka has it, a document Kafka has already 200; either way with its id and where to read it back
 * ({@link SubmissionAnswers}). Metadata comes as query parameters only where the body is the content alone.
 */
@Path(SubmissionPaths.DOCUMENTS)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class DocumentResource {

    private final DocumentReader reader;
    private final DocumentIngestService ingest;
    private final BatchSubmissions batches;
    private final SubmissionAnswers answers;
    private final IngestConfig config;
    private final Submitter submitter;

    public DocumentResource(
            DocumentReader reader,
            DocumentIngestService ingest,
            BatchSubmissions batches,
            SubmissionAnswers answers,
            IngestConfig config,
            Submitter submitter) {
        this.reader = reader;
        this.ingest = ingest;
        this.batches = batches;
        this.answers = answers;
        this.config = config;
        this.submitter = submitter;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Submit a document as JSON: text required; id, url, title, language, publishedAt, source optional")
    public Uni<Response> json(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, @Context UriInfo uri)
            throws JsonProcessingException {
        UnknownQueryParameters.refuseUnknown(uri, List.of());
        return answer(ingest.ingest(reader.fromJson(decode(body, type)), submitter.name()));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(
            summary = "Submit a document whose body is its text; metadata as query parameters or X-Document-* headers")
    public Uni<Response> text(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @BeanParam DocumentMetadataParams params) {
        DocumentReader.Metadata metadata = params.metadata();
        return answer(ingest.ingest(reader.fromText(decode(body, type), metadata), submitter.name()));
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Operation(
            summary = "Submit a web page: its main text is the document, its metadata gives title, date, URL and "
                    + "language")
    public Uni<Response> html(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @BeanParam DocumentMetadataParams params) {
        DocumentReader.Metadata metadata = params.metadata();
        return answer(ingest.ingest(reader.fromHtml(decode(body, type), metadata), submitter.name()));
    }

    @POST
    @Consumes(BatchSubmissions.NDJSON)
    @Produces({BatchSubmissions.NDJSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Submit a batch: one JSON document a line; the answer has one result a line, in order")
    public Uni<Response> batch(
            byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, @Context UriInfo uri) {
        UnknownQueryParameters.refuseUnknown(uri, List.of());
        return batches.submit(decode(body, type), submitter.name());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload one file (form field 'file': text, HTML or JSON) with optional metadata fields")
    public Uni<Response> upload(
            @RestForm("file") List<FileUpload> files,
            @RestForm String id,
            @RestForm String url,
            @RestForm String title,
            @RestForm String language,
            @RestForm String publishedAt,
            @RestForm String source,
            @Context UriInfo uri)
            throws JsonProcessingException {
        UnknownQueryParameters.refuseUnknown(uri, List.of());
        if (files == null || files.size() != 1) {
            int sent = files == null ? 0 : files.size();
            throw new ProblemException(Problem.of(
                    ProblemKind.ONE_FILE,
                    "Send exactly one file in the form field 'file' (" + sent + " sent); batches go as NDJSON"));
        }
        FileUpload file = files.get(0);
        MediaType type = mediaTypeOf(file);
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || name.endsWith(".json")) {
            return answer(ingest.ingest(reader.fromJson(decode(read(file), type)), submitter.name()));
        }
        boolean html = type.isCompatible(MediaType.TEXT_HTML_TYPE) || name.endsWith(".html") || name.endsWith(".htm");
        // A page's own title is better than its file name; a text file has no other.
        String givenTitle = title != null || html ? title : file.fileName();
        DocumentReader.Metadata metadata =
                new DocumentReader.Metadata(id, url, givenTitle, language, publishedAt, source);
        if (html) {
            return answer(ingest.ingest(reader.fromHtml(decode(read(file), type), metadata), submitter.name()));
        }
        if (type.getType().equals("text") || name.endsWith(".txt") || name.endsWith(".md")) {
            return answer(ingest.ingest(reader.fromText(decode(read(file), type), metadata), submitter.name()));
        }
        throw new ProblemException(Problem.of(
                ProblemKind.UNSUPPORTED_FILE,
                "The file '" + file.fileName() + "' is " + type + "; send text, HTML or JSON"));
    }

    private Uni<Response> answer(Uni<SubmissionOutcome> outcome) {
        return outcome.map(answers::response);
    }

    private String decode(byte[] body, MediaType type) {
        return BodySizeLimit.decode(body, type, config);
    }

    private static MediaType mediaTypeOf(FileUpload file) {
        try {
            return file.contentType() == null
                    ? MediaType.APPLICATION_OCTET_STREAM_TYPE
                    : MediaType.valueOf(file.contentType());
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
