package io.claimflow.ingest.messaging;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.ingest.metrics.IngestMetrics;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Publishes documents to {@code claimflow.documents.v1}, keyed by document id, and completes only when Kafka
 * acknowledged the record (acks=all, idempotent producer: see application.properties). A failure or a wait beyond the
 * publish timeout is a {@link Publication#IN_DOUBT}. After a failure Kafka counts as down for the Retry-After time:
 * publishes are then {@link Publication#NOT_SENT} at once, except one at a time that probes whether it is back, so an
 * outage costs clients no waiting and the service no pile of pending requests.
 */
@ApplicationScoped
public class DocumentPublisher {

    private static final Logger LOG = Logger.getLogger(DocumentPublisher.class);

    private final MutinyEmitter<DocumentSubmitted> emitter;
    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final AtomicLong downUntil = new AtomicLong(Long.MIN_VALUE);
    private final AtomicBoolean probing = new AtomicBoolean();

    public DocumentPublisher(
            @Channel("documents") MutinyEmitter<DocumentSubmitted> emitter,
            IngestConfig config,
            IngestMetrics metrics) {
        this.emitter = emitter;
        this.config = config;
        this.metrics = metrics;
    }

    /** Never fails: every outcome, failures to send included, is a {@link Publication}. */
    public Uni<Publication> publish(DocumentSubmitted document) {
        boolean probe = System.nanoTime() < downUntil.get();
        if (probe && !probing.compareAndSet(false, true)) {
            return Uni.createFrom().item(Publication.NOT_SENT);
        }
        Timer.Sample sample = Timer.start();
        return Uni.createFrom()
                .deferred(() -> emitter.sendMessage(KafkaRecord.of(document.documentId(), document)))
                .ifNoItem()
                .after(config.publishTimeout())
                .fail()
                .map(acknowledged -> {
                    sample.stop(metrics.publishTimer());
                    downUntil.set(Long.MIN_VALUE);
                    return Publication.ACKNOWLEDGED;
                })
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf("Kafka did not acknowledge document %s: %s", document.documentId(), failure.toString());
                    downUntil.set(System.nanoTime() + config.retryAfter().toNanos());
                    return Publication.IN_DOUBT;
                })
                .onTermination()
                .invoke(() -> {
                    if (probe) {
                        probing.set(false);
                    }
                });
    }
}
