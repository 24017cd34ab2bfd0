package io.claimflow.ingest.service;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.ingest.mapping.DocumentSubmission;
import io.claimflow.ingest.mapping.SubmissionMapper;
import io.claimflow.ingest.messaging.DocumentPublisher;
import io.claimflow.ingest.messaging.Publication;
import io.claimflow.ingest.messaging.PublishedDocuments;
import io.claimflow.ingest.metrics.IngestMetrics;
import io.claimflow.ingest.repository.DocumentIndex;
import io.claimflow.ingest.repository.DocumentIndex.Entry;
import io.claimflow.ingest.service.SubmissionOutcome.Reason;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;

/**
 * Accepts a submission: gives it its id, tells a resubmission from a new document by the {@link DocumentIndex} every
 * instance shares, and hands new documents to Kafka. The index row is claimed before the publish, so of two submissions
 * of one id, on one instance or two, only one publishes; a publish nobody heard the end of is settled by reading the
 * topic ({@link PublishedDocuments}) before anything is published again.
 */
@ApplicationScoped
public class DocumentIngestService {

    private static final Logger LOG = Logger.getLogger(DocumentIngestService.class);

    private final SubmissionMapper mapper;
    private final DocumentIndex index;
    private final DocumentPublisher publisher;
    private final PublishedDocuments published;
    private final IngestMetrics metrics;
    private final Clock clock = Clock.systemUTC();
    /** The ids this instance is deciding on now: a second submission of one waits here rather than in the index. */
    private final Map<String, CompletableFuture<Void>> deciding = new ConcurrentHashMap<>();

    public DocumentIngestService(
            SubmissionMapper mapper,
            DocumentIndex index,
            DocumentPublisher publisher,
            PublishedDocuments published,
            IngestMetrics metrics) {
        this.mapper = mapper;
        this.index = index;
        this.publisher = publisher;
        this.published = published;
        this.metrics = metrics;
    }

    /** The outcome once Kafka acknowledged a new document, or once the index knows it; runs off the event loop. */
    public Uni<SubmissionOutcome> ingest(DocumentSubmission submission, String submitter) {
        DocumentSubmitted document = mapper.toEvent(submission, clock.instant(), submitter);
        // Without an id of the client's the document's id is its content key already; hashing costs as much as parsing.
        String contentKey =
                submission.id() == null ? document.documentId() : StableIds.documentId(document.text(), document.url());
        return Uni.createFrom()
                .deferred(() -> decide(document, contentKey))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Uni<SubmissionOutcome> decide(DocumentSubmitted document, String contentKey) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> earlier = deciding.putIfAbsent(document.documentId(), mine);
        if (earlier != null) {
            return Uni.createFrom()
                    .completionStage(earlier)
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .chain(() -> decide(document, contentKey));
        }
        Uni<SubmissionOutcome> outcome;
        try {
            outcome = claim(document, contentKey);
        } catch (DocumentIndex.IndexUnavailable e) {
            LOG.warnf("Cannot decide on %s: %s", document.documentId(), e.getMessage());
            outcome = Uni.createFrom().item(unavailable(document, Reason.INDEX_UNAVAILABLE, false));
        }
        return outcome.onTermination().invoke(() -> {
            deciding.remove(document.documentId(), mine);
            mine.complete(null);
        });
    }

    /** Claims the id in the index and publishes, or answers from what an earlier submission left there. */
    private Uni<SubmissionOutcome> claim(DocumentSubmitted document, String contentKey) {
        String id = document.documentId();
        Instant attempt = DocumentIndex.attemptTime(clock.instant());
        Optional<Entry> held = index.claim(id, contentKey, attempt);
        if (held.isEmpty()) {
            return publish(document, attempt);
        }
        Entry entry = held.get();
        if (!entry.contentKey().equals(contentKey)) {
            return Uni.createFrom().item(new SubmissionOutcome.IdConflict(id));
        }
        if (entry.accepted()) {
            metrics.duplicate();
            return Uni.createFrom().item(new SubmissionOutcome.Duplicate(id));
        }
        if (clock.instant().isBefore(entry.attemptAt().plus(publisher.settleTime()))) {
            // Under way elsewhere, or in doubt and the broker may still append it: the client learns which on a retry.
            return Uni.createFrom().item(unavailable(document, Reason.OUTCOME_UNKNOWN, true));
        }
        return recover(document, entry, attempt);
    }

    /**
     * An earlier publish of the document that nobody heard the end of, and that can no longer reach the topic: if it
     * did, the document is known; if not, this submission takes the id over and publishes.
     */
    private Uni<SubmissionOutcome> recover(DocumentSubmitted document, Entry entry, Instant attempt) {
        String id = document.documentId();
        try {
            if (published.contains(id, entry.attemptAt(), publisher.settleTime())) {
                index.accept(id, entry.attemptAt());
                metrics.duplicate();
                return Uni.createFrom().item(new SubmissionOutcome.Duplicate(id));
            }
        } catch (KafkaException e) {
            LOG.warnf("Cannot tell whether %s reached Kafka: %s", id, e.toString());
            return Uni.createFrom().item(unavailable(document, Reason.OUTCOME_UNKNOWN, true));
        }
        if (index.takeOver(id, entry.attemptAt(), attempt)) {
            return publish(document, attempt);
        }
        return Uni.createFrom().item(unavailable(document, Reason.OUTCOME_UNKNOWN, true));
    }

    private Uni<SubmissionOutcome> publish(DocumentSubmitted document, Instant attempt) {
        String id = document.documentId();
        return publisher
                .publish(document, publication -> settled(id, attempt, publication))
                .map(publication -> {
                    if (publication == Publication.ACKNOWLEDGED) {
                        metrics.accepted();
                        return new SubmissionOutcome.Accepted(id);
                    }
                    return unavailable(document, Reason.KAFKA_UNAVAILABLE, publication.mayHaveBeenWritten());
                });
    }

    /**
     * Records the producer's last word on a publish, also when it came after the client's answer: acknowledged, the
     * document is known; surely not sent, the id is free again; in doubt, the row stays for {@link #recover}.
     */
    private void settled(String documentId, Instant attempt, Publication publication) {
        try {
            if (publication == Publication.ACKNOWLEDGED) {
                index.accept(documentId, attempt);
            } else if (publication == Publication.NOT_SENT) {
                index.release(documentId, attempt);
            }
        } catch (DocumentIndex.IndexUnavailable e) {
            // The row stays as under way; a resubmission settles it by reading the topic.
            LOG.warnf("Cannot record what came of publishing %s: %s", documentId, e.getMessage());
        }
    }

    private SubmissionOutcome unavailable(DocumentSubmitted document, Reason reason, boolean mayHaveBeenWritten) {
        metrics.failed();
        return new SubmissionOutcome.Unavailable(document.documentId(), reason, mayHaveBeenWritten);
    }
}
