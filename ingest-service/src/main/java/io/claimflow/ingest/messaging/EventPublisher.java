package io.claimflow.ingest.messaging;

import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.event.FactCheckImported;
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
 * Publishes documents to {@code claimflow.documents.v1} and fact-checks to {@code claimflow.factchecks.v1}, keyed as
 * the contract says, and completes only when Kafka acknowledged the record (acks=all, idempotent producer: see
 * application.properties). A failure or a wait beyond the publish timeout is a {@link Publication#IN_DOUBT}. After a
 * failure Kafka counts as down for the Retry-After time: publishes are then {@link Publication#NOT_SENT} at once,
 * except one at a time that probes whether it is back, so an outage costs clients no waiting and the service no pile of
 * pending requests.
 */
@ApplicationScoped
public class EventPublisher {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class);

    private final MutinyEmitter<DocumentSubmitted> documents;
    private final MutinyEmitter<FactCheckImported> factChecks;
    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final AtomicLong downUntil = new AtomicLong(Long.MIN_VALUE);
    private final AtomicBoolean probing = new AtomicBoolean();

    public EventPublisher(
            @Channel("documents") MutinyEmitter<DocumentSubmitted> documents,
            @Channel("factchecks") MutinyEmitter<FactCheckImported> factChecks,
            IngestConfig config,
            IngestMetrics metrics) {
        this.documents = documents;
        this.factChecks = factChecks;
        this.config = config;
        this.metrics = metrics;
    }

    /** Never fails: every outcome, failures to send included, is a {@link Publication}. */
    public Uni<Publication> publish(DocumentSubmitted document) {
        Timer.Sample sample = Timer.start();
        return send(documents, document).invoke(publication -> {
            if (publication == Publication.ACKNOWLEDGED) {
                sample.stop(metrics.publishTimer());
            }
        });
    }

    /** Never fails, as {@link #publish(DocumentSubmitted)}. */
    public Uni<Publication> publish(FactCheckImported factCheck) {
        return send(factChecks, factCheck);
    }

    private <E extends ClaimflowEvent> Uni<Publication> send(MutinyEmitter<E> emitter, E event) {
        boolean probe = System.nanoTime() < downUntil.get();
        if (probe && !probing.compareAndSet(false, true)) {
            return Uni.createFrom().item(Publication.NOT_SENT);
        }
        return Uni.createFrom()
                .deferred(() -> emitter.sendMessage(KafkaRecord.of(event.key(), event)))
                .ifNoItem()
                .after(config.publishTimeout())
                .fail()
                .map(acknowledged -> {
                    downUntil.set(Long.MIN_VALUE);
                    return Publication.ACKNOWLEDGED;
                })
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf("Kafka did not acknowledge %s: %s", event.eventId(), failure.toString());
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
