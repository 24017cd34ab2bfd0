package io.claimflow.extract.rest;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.engine.Extraction;
import io.claimflow.extract.config.ExtractConfig;
import io.claimflow.extract.service.ExtractionService;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.TextBody;
import io.claimflow.service.validation.NotBlankText;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The engine without Kafka: {@code POST /extract} (a text in, its claims out) and {@code POST /score} (sentences in,
 * check-worthiness out), as JSON or as plain text.
 */
@Path("/")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ExtractionResource {

    private final ExtractionService extraction;
    private final ExtractConfig config;

    public ExtractionResource(ExtractionService extraction, ExtractConfig config) {
        this.extraction = extraction;
        this.config = config;
    }

    @POST
    @Path("extract")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The claims of a document: {\"text\": ..., \"id\"?: ..., \"language\"?: ...}")
    public ExtractionResult extract(@Valid ExtractRequest request) {
        if (request == null) {
            throw emptyBody("a JSON object with at least 'text'");
        }
        return extract(request.id(), request.text(), request.language());
    }

    @POST
    @Path("extract")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "The claims of a document sent as plain text; id and language as query parameters")
    public ExtractionResult extractText(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @QueryParam("id") String id,
            @QueryParam("language") String language) {
        return extract(id, TextBody.decode(body, type), language);
    }

    @POST
    @Path("score")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The check-worthiness (0..1) of each sentence: {\"sentences\": [...], \"language\"?: ...}")
    public ScoreResult score(@Valid ScoreRequest request) {
        if (request == null) {
            throw emptyBody("a JSON object with 'sentences'");
        }
        return score(request.sentences(), request.language());
    }

    @POST
    @Path("score")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "The check-worthiness of each line of a plain-text body, in order")
    public ScoreResult scoreText(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @QueryParam("language") String language) {
        return score(TextBody.decode(body, type).lines().toList(), language);
    }

    private ExtractionResult extract(String id, String text, String language) {
        if (!NotBlankText.Validator.hasText(text)) {
            throw invalid("text", "must not be empty or white space only");
        }
        if (text.length() > config.maxTextLength()) {
            throw new ProblemException(Problem.of(
                    ProblemKind.TEXT_TOO_LONG,
                    "The text has " + text.length() + " characters; at most " + config.maxTextLength() + " are taken"));
        }
        boolean given = id != null && !id.isBlank();
        if (given && !StableIds.isClientDocumentId(id)) {
            // The JSON body is validated by its annotations; a plain-text body's id comes as a query parameter.
            throw invalid("id", StableIds.CLIENT_DOCUMENT_ID_MESSAGE);
        }
        String documentId = given ? id : StableIds.documentId(text, null);
        Extraction result = extraction.extract(documentId, text, checkedLanguage(language));
        return new ExtractionResult(result.documentId(), result.language(), result.claims());
    }

    private ScoreResult score(List<String> sentences, String language) {
        if (sentences.isEmpty()) {
            throw invalid("sentences", "must hold at least one sentence");
        }
        if (sentences.size() > config.maxSentences()) {
            throw new ProblemException(Problem.of(
                    ProblemKind.TOO_MANY_SENTENCES,
                    sentences.size() + " sentences sent; at most " + config.maxSentences() + " are taken per request"));
        }
        return new ScoreResult(extraction.score(sentences, checkedLanguage(language)));
    }

    private static String checkedLanguage(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        if (!LanguageCodes.isIso6391(language)) {
            throw invalid("language", LanguageCodes.MESSAGE);
        }
        return LanguageCodes.normalize(language);
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(ProblemKind.INVALID_FIELD, field + " " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    private static ProblemException emptyBody(String expected) {
        return new ProblemException(Problem.of(ProblemKind.EMPTY_BODY, "The body is empty: send " + expected));
    }
}
