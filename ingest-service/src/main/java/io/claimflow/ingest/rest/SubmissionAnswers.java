package io.claimflow.ingest.rest;

import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.ingest.mapping.UnreadableDocument;
import io.claimflow.ingest.service.SubmissionOutcome;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.RetryAfter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The HTTP answer to each outcome of a submission, for single documents and batch lines alike: 202 for a document
 * accepted, 200 for one Kafka had, 409 for an id taken by other content, and 503 with Retry-After while the document
 * cannot be taken.
 */
@ApplicationScoped
public class SubmissionAnswers {

    private final IngestConfig config;

    public SubmissionAnswers(IngestConfig config) {
        this.config = config;
    }

    Response response(SubmissionOutcome outcome) {
        if (taken(outcome)) {
            SubmissionReceipt receipt = receipt(outcome);
            return Response.status(status(outcome))
                    .entity(receipt)
                    .location(URI.create(receipt.location()))
                    .type(MediaType.APPLICATION_JSON)
                    .build();
        }
        Response.ResponseBuilder response = problem(outcome).toResponseBuilder();
        if (outcome instanceof SubmissionOutcome.Unavailable) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds());
        }
        return response.build();
    }

    /** Whether the document is on the topic: accepted now or had already. */
    static boolean taken(SubmissionOutcome outcome) {
        return outcome instanceof SubmissionOutcome.Accepted || outcome instanceof SubmissionOutcome.Duplicate;
    }

    int status(SubmissionOutcome outcome) {
        if (outcome instanceof SubmissionOutcome.Accepted) {
            return Response.Status.ACCEPTED.getStatusCode();
        }
        if (outcome instanceof SubmissionOutcome.Duplicate) {
            return Response.Status.OK.getStatusCode();
        }
        return problem(outcome).status();
    }

    SubmissionReceipt receipt(SubmissionOutcome outcome) {
        String status = outcome instanceof SubmissionOutcome.Duplicate ? "duplicate" : "accepted";
        return new SubmissionReceipt(outcome.documentId(), status, location(outcome.documentId()));
    }

    /** The problem of a submission that was not taken. */
    static Problem problem(SubmissionOutcome outcome) {
        if (outcome instanceof SubmissionOutcome.IdConflict) {
            return Problem.of(
                    ProblemKind.ID_CONFLICT,
                    "The id " + outcome.documentId() + " belongs to a document with other content; choose another id");
        }
        if (outcome instanceof SubmissionOutcome.Unavailable unavailable) {
            return unavailable(unavailable);
        }
        throw new IllegalArgumentException("A document taken has no problem: " + outcome);
    }

    private static Problem unavailable(SubmissionOutcome.Unavailable unavailable) {
        return switch (unavailable.reason()) {
            case INDEX_UNAVAILABLE ->
                Problem.of(
                        ProblemKind.DATABASE_UNAVAILABLE,
                        "ingest-service cannot reach its index of accepted documents (PostgreSQL); nothing was "
                                + "accepted, retry later");
            case OUTCOME_UNKNOWN ->
                Problem.of(
                        ProblemKind.OUTCOME_UNKNOWN,
                        "An earlier submission of this document"
                                + " may still have reached Kafka; retry shortly to learn whether it did");
            case KAFKA_UNAVAILABLE ->
                Problem.of(
                        ProblemKind.KAFKA_UNAVAILABLE,
                        unavailable.mayHaveBeenWritten()
                                ? "Kafka did not acknowledge the document in time; retry later to learn whether it "
                                        + "has it"
                                : "The document could not be handed to Kafka in time; nothing was accepted, retry "
                                        + "later");
        };
    }

    /** The problem of a body that holds no document. */
    static Problem problem(UnreadableDocument unreadable) {
        ProblemKind kind = switch (unreadable.reason()) {
            case EMPTY -> ProblemKind.EMPTY_BODY;
            case NOT_AN_OBJECT -> ProblemKind.INVALID_JSON;
            case NO_TEXT -> ProblemKind.NO_TEXT;
        };
        return Problem.of(kind, unreadable.getMessage());
    }

    @ServerExceptionMapper
    public Response unreadable(UnreadableDocument e) {
        return problem(e).toResponse();
    }

    long retryAfterSeconds() {
        return RetryAfter.seconds(config.retryAfter());
    }

    String location(String documentId) {
        return config.documentLocation().replace("{id}", documentId);
    }
}
