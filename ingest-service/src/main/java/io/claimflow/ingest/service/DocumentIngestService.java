package io.claimflow.ingest.service;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.ingest.mapping.DocumentSubmission;
import io.claimflow.ingest.mapping.SubmissionMapper;
import io.claimflow.ingest.messaging.AcceptedDocuments;
import io.claimflow.ingest.messaging.EventPublisher;
import io.claimflow.ingest.messaging.Publication;
import io.claimflow.ingest.metrics.IngestMetrics;
import io.claimflow.ingest.service.SubmissionOutcome.Reason;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accepts a submission: gives it its id, tells a resubmission from a new document, and hands new documents to Kafka. A
 * resubmitted document is not published again, so nothing new happens downstream.
 */
@ApplicationScoped
public class DocumentIngestService {

    private final SubmissionMapper mapper;
    private final EventPublisher publisher;
    private final AcceptedDocuments accepted;
    private final IngestMetrics metrics;
    private final Clock clock = Clock.systemUTC();
    /** The ids being decided on now, each completed when its decision is made. */
    private final Map<String, CompletableFuture<Void>> deciding = new ConcurrentHashMap<>();

    public DocumentIngestService(
            SubmissionMapper mapper, EventPublisher publisher, AcceptedDocuments accepted, IngestMetrics metrics) {
        this.mapper = mapper;
        this.publisher = publisher;
        this.accepted = accepted;
        this.metrics = metrics;
    }

    /** The outcome once Kafka acknowledged a new document, or at once for a document it has. */
    public Uni<SubmissionOutcome> ingest(DocumentSubmission submission, String submitter) {
        DocumentSubmitted document = mapper.toEvent(submission, clock.instant(), submitter);
        // Without an id of the client's the document's id is its content key already; hashing costs as much as parsing.
        String contentKey =
                submission.id() == null ? document.documentId() : StableIds.documentId(document.text(), document.url());
        return Uni.createFrom().deferred(() -> decide(document, contentKey));
    }

    /**
     * Decides on one id at a time: a second submission of a document whose publish is under way (the same line twice in
     * a batch, or two clients at once) waits for it and is then known, instead of passing as new too.
     */
    private Uni<SubmissionOutcome> decide(DocumentSubmitted document, String contentKey) {
        if (!accepted.caughtUp()) {
            // Right after a restart a client retrying a submission whose answer it lost would pass as new and
            // be extracted twice; until the topic is read back, refuse as not ready, which is what readiness says.
            return Uni.createFrom().item(unavailable(document, Reason.CATCHING_UP, false));
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> earlier = deciding.putIfAbsent(document.documentId(), mine);
        if (earlier != null) {
            return Uni.createFrom().completionStage(earlier).chain(() -> decide(document, contentKey));
        }
        return known(document, contentKey).onTermination().invoke(() -> {
            deciding.remove(document.documentId(), mine);
            mine.complete(null);
        });
    }

    private Uni<SubmissionOutcome> known(DocumentSubmitted document, String contentKey) {
        String id = document.documentId();
        return switch (accepted.lookup(id, contentKey)) {
            case SAME_CONTENT -> {
                metrics.duplicate();
                yield Uni.createFrom().item(new SubmissionOutcome.Duplicate(id));
            }
            case UNCERTAIN -> Uni.createFrom().item(unavailable(document, Reason.OUTCOME_UNKNOWN, false));
            case OTHER_CONTENT -> Uni.createFrom().item(new SubmissionOutcome.IdConflict(id));
            case NEW -> {
                accepted.publishing(id, contentKey);
                yield publisher
                        .publish(document)
                        .map(publication -> published(document, contentKey, publication))
                        .onTermination()
                        .invoke(() -> accepted.publishEnded(id));
            }
        };
    }

    private SubmissionOutcome published(DocumentSubmitted document, String contentKey, Publication publication) {
        if (publication == Publication.ACKNOWLEDGED) {
            accepted.record(document.documentId(), contentKey);
            metrics.accepted();
            return new SubmissionOutcome.Accepted(document.documentId());
        }
        if (publication.mayHaveBeenWritten()) {
            accepted.uncertain(document.documentId());
        }
        return unavailable(document, Reason.KAFKA_UNAVAILABLE, publication.mayHaveBeenWritten());
    }

    private SubmissionOutcome unavailable(DocumentSubmitted document, Reason reason, boolean mayHaveBeenWritten) {
        metrics.failed();
        return new SubmissionOutcome.Unavailable(document.documentId(), reason, mayHaveBeenWritten);
    }
}
