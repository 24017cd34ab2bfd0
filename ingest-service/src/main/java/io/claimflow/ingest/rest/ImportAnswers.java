package io.claimflow.ingest.rest;

import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.ingest.service.ImportOutcome;
import io.claimflow.ingest.service.ImportOutcome.Status;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.RetryAfter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP answer to each outcome of a fact-check import: 202 when it changed the library, 200 when Kafka had every
 * fact-check already, 409 for a URL imported under another id, 400 for an id given twice with different content, and
 * 503 with Retry-After while it cannot be taken.
 */
@ApplicationScoped
public class ImportAnswers {

    private final IngestConfig config;

    public ImportAnswers(IngestConfig config) {
        this.config = config;
    }

    Response response(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Taken taken) {
            return Response.status(taken.changed() ? Response.Status.ACCEPTED : Response.Status.OK)
                    .entity(receipt(taken))
                    .type(MediaType.APPLICATION_JSON)
                    .build();
        }
        if (outcome instanceof ImportOutcome.UrlConflict conflict) {
            return Problem.of(
                            ProblemKind.ID_CONFLICT,
                            "The URL " + conflict.url() + " was imported as fact-check " + conflict.knownId() + ", not "
                                    + conflict.givenId() + "; nothing was imported")
                    .toResponse();
        }
        if (outcome instanceof ImportOutcome.RepeatedId repeated) {
            return Problem.of(
                            ProblemKind.INVALID_FACT_CHECK,
                            "Records " + repeated.first() + " and " + repeated.second() + " are both fact-check "
                                    + repeated.id() + " with different content; nothing was imported")
                    .toResponse();
        }
        return unavailable((ImportOutcome.Unavailable) outcome);
    }

    private ImportReceipt receipt(ImportOutcome.Taken taken) {
        List<ImportReceipt.Item> items = taken.entries().stream()
                .map(entry -> new ImportReceipt.Item(
                        entry.id(),
                        entry.status().name().toLowerCase(Locale.ROOT),
                        config.factCheckLocation().replace("{id}", entry.id())))
                .toList();
        return new ImportReceipt(
                count(taken, Status.IMPORTED), count(taken, Status.REVISED), count(taken, Status.UNCHANGED), items);
    }

    private static int count(ImportOutcome.Taken taken, Status status) {
        return (int) taken.entries().stream()
                .filter(entry -> entry.status() == status)
                .count();
    }

    private Response unavailable(ImportOutcome.Unavailable unavailable) {
        Problem problem = switch (unavailable.reason()) {
            case CATCHING_UP ->
                Problem.of(
                        ProblemKind.CATCHING_UP,
                        "ingest-service is still reading back the fact-checks Kafka has; retry shortly");
            case KAFKA_UNAVAILABLE ->
                Problem.of(
                        ProblemKind.KAFKA_UNAVAILABLE,
                        "Kafka did not acknowledge every fact-check in time (" + unavailable.published()
                                + " were); retry later: what Kafka has is not published again");
        };
        return problem.toResponseBuilder()
                .header(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(config.retryAfter()))
                .build();
    }
}
