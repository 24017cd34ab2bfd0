package io.claimflow.ingest.service;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.ingest.mapping.SubmissionMapper;
import io.claimflow.ingest.messaging.AcceptedDocuments;
import io.claimflow.ingest.messaging.ContentKeys;
import io.claimflow.ingest.messaging.DocumentPublisher;
import io.claimflow.ingest.rest.DocumentSubmission;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * Accepts a submission: gives it its id, tells a resubmission from a new document, and hands new
 * documents to Kafka. A resubmitted document is not published again, so nothing new happens downstream.
 */
@ApplicationScoped
public class DocumentIngestService {

    private final SubmissionMapper mapper;
    private final DocumentPublisher publisher;
    private final AcceptedDocuments accepted;
    private final IngestMetrics metrics;
    private final IngestConfig config;
    private final Clock clock = Clock.systemUTC();

    public DocumentIngestService(SubmissionMapper mapper, DocumentPublisher publisher, AcceptedDocuments accepted, IngestMetrics metrics,
            IngestConfig config) {
        this.mapper = mapper;
        this.publisher = publisher;
        this.accepted = accepted;
        this.metrics = metrics;
        this.config = config;
    }

    /** The outcome once Kafka acknowledged a new document, or at once for a document it has. */
    public Uni<Outcome> ingest(DocumentSubmission submission, String submitter) {
        DocumentSubmitted document = mapper.toEvent(submission, clock.instant(), submitter);
        String contentKey = ContentKeys.of(document.text(), document.url());
        if (!accepted.caughtUp()) {
            // Right after a restart a client retrying a submission whose answer it lost would pass as new and
            // be extracted twice; until the topic is read back, refuse as not ready, which is what readiness says.
            return unavailable(ProblemKind.CATCHING_UP, "ingest-service is still reading back the documents Kafka has; retry shortly");
        }
        return switch (accepted.lookup(document.documentId(), contentKey)) {
            case SAME_CONTENT -> {
                metrics.duplicate();
                yield Uni.createFrom().item(new Outcome(document.documentId(), true));
            }
            case UNCERTAIN -> unavailable(ProblemKind.OUTCOME_UNKNOWN,
                    "An earlier submission of this document may still have reached Kafka; retry shortly to learn whether it did");
            case OTHER_CONTENT -> Uni.createFrom().failure(new ProblemException(Problem.of(ProblemKind.ID_CONFLICT,
                    "The id " + document.documentId() + " belongs to a document with other content; choose another id")));
            case NEW -> publisher.publish(document)
                    .onItem().invoke(() -> {
                        accepted.record(document.documentId(), contentKey);
                        metrics.accepted();
                    })
                    .onFailure().invoke(failure -> {
                        metrics.failed();
                        if (DocumentPublisher.mayHaveBeenWritten(failure)) {
                            accepted.uncertain(document.documentId());
                        }
                    })
                    .replaceWith(new Outcome(document.documentId(), false));
        };
    }

    /** A 503 with Retry-After for a submission this instance cannot yet tell new from known. */
    private <T> Uni<T> unavailable(ProblemKind problem, String detail) {
        metrics.failed();
        return Uni.createFrom().failure(new ProblemException(Problem.of(problem, detail),
                config.retryAfter(), null));
    }

    /**
     * What became of a submission.
     *
     * @param documentId the document's id
     * @param duplicate whether Kafka had the document already
     */
    public record Outcome(String documentId, boolean duplicate) {}
}
