package io.claimflow.ingest.rest;

import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.ingest.service.DocumentIngestService;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /documents}: accepts a document and answers only once Kafka has it. */
@Path("/documents")
public class DocumentResource {

    private final DocumentIngestService ingest;
    private final IngestConfig config;

    public DocumentResource(DocumentIngestService ingest, IngestConfig config) {
        this.ingest = ingest;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Submit a document for claim extraction")
    @APIResponse(responseCode = "202", description = "Kafka acknowledged the document",
            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(responseCode = "400", description = "The body is not a valid document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge in time; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(@Valid DocumentSubmission submission) {
        if (submission == null) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "empty-body",
                    "The body is empty: send a JSON object with at least a 'text' field"));
        }
        return ingest.ingest(submission).map(document -> {
            String location = config.documentLocation().replace("{id}", document.documentId());
            return Response.accepted(SubmissionReceipt.accepted(document.documentId(), location))
                    .location(URI.create(location))
                    .type(MediaType.APPLICATION_JSON)
                    .build();
        });
    }
}
