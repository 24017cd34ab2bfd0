package io.claimflow.ingest.messaging;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.ingest.metrics.IngestMetrics;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * Publishes documents to {@code claimflow.documents.v1} with a Kafka producer of its own ({@code kafka.*} settings:
 * acks=all, idempotent), called on the request's worker thread. Unlike a messaging channel, which queues records behind
 * one another while the broker is away, the record is handed to the producer at once or not at all, so the producer's
 * own limits bound how long after a publish began the broker may still append the record ({@link #settleTime()}): what
 * lets another instance tell later whether a publish in doubt reached the topic.
 */
@ApplicationScoped
public class DocumentPublisher {

    private static final Logger LOG = Logger.getLogger(DocumentPublisher.class);

    /** Added to the producer's limits for scheduling between the attempt's time stamp and the send. */
    private static final Duration SCHEDULING_MARGIN = Duration.ofSeconds(10);

    private final Producer<String, DocumentSubmitted> producer;
    private final Duration settleTime;
    private final IngestConfig config;
    private final KafkaOutage outage;
    private final IngestMetrics metrics;

    public DocumentPublisher(
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            IngestConfig config,
            KafkaOutage outage,
            IngestMetrics metrics) {
        Map<String, Object> settings = KafkaSettings.producer(kafka);
        this.producer = new KafkaProducer<>(settings);
        this.settleTime = Duration.ofMillis(KafkaSettings.millis(settings, ProducerConfig.MAX_BLOCK_MS_CONFIG))
                .plusMillis(KafkaSettings.millis(settings, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG))
                .plus(SCHEDULING_MARGIN);
        this.config = config;
        this.outage = outage;
        this.metrics = metrics;
    }

    /**
     * The longest after a publish began that the broker may append its record: the producer's wait for room and
     * metadata ({@code max.block.ms}) and its delivery timeout, with a margin. A publish begun longer ago that is not
     * on the topic never will be.
     */
    public Duration settleTime() {
        return settleTime;
    }

    /**
     * Hands the document to Kafka, from a worker thread: the producer's send may block. The answer comes within the
     * publish timeout: {@link Publication#ACKNOWLEDGED}, {@link Publication#NOT_SENT} (Kafka counts as down, or the
     * producer refused the record), or {@link Publication#IN_DOUBT} (no answer in time, or a failure after the record
     * went to the producer). {@code settled} gets the producer's last word once, possibly after the answer:
     * acknowledged late, not sent, or in doubt for good.
     */
    public Uni<Publication> publish(DocumentSubmitted document, Consumer<Publication> settled) {
        Optional<KafkaOutage.Attempt> attempt = outage.begin();
        if (attempt.isEmpty()) {
            settled.accept(Publication.NOT_SENT);
            return Uni.createFrom().item(Publication.NOT_SENT);
        }
        Timer.Sample sample = Timer.start();
        CompletableFuture<Publication> outcome = new CompletableFuture<>();
        // The producer calls back on its I/O thread, which must not wait for the database; the answer waits for the
        // record of the outcome, so a client that resubmits at once finds the document known.
        CompletableFuture<Publication> recorded = outcome.thenApplyAsync(
                publication -> {
                    attempt.get().ended(publication == Publication.ACKNOWLEDGED);
                    if (publication == Publication.ACKNOWLEDGED) {
                        sample.stop(metrics.publishTimer());
                    }
                    settled.accept(publication);
                    return publication;
                },
                Infrastructure.getDefaultWorkerPool());
        // send blocks while the producer has no metadata (max.block.ms), which may be longer than the publish timeout.
        Infrastructure.getDefaultWorkerPool().execute(() -> send(document, outcome));
        return Uni.createFrom()
                .completionStage(recorded)
                .ifNoItem()
                .after(config.publishTimeout())
                .recoverWithItem(Publication.IN_DOUBT);
    }

    private void send(DocumentSubmitted document, CompletableFuture<Publication> outcome) {
        try {
            producer.send(
                    new ProducerRecord<>(Topics.DOCUMENTS.name(), document.key(), document), (metadata, failure) -> {
                        if (failure != null) {
                            LOG.warnf("Kafka did not acknowledge %s: %s", document.eventId(), failure.toString());
                        }
                        outcome.complete(failure == null ? Publication.ACKNOWLEDGED : Publication.IN_DOUBT);
                    });
        } catch (RuntimeException e) {
            // Thrown by send itself (no metadata within max.block.ms, no room, too large): the record never left.
            LOG.warnf("Kafka did not take %s: %s", document.eventId(), e.toString());
            outcome.complete(Publication.NOT_SENT);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        producer.close(Duration.ofSeconds(5));
    }
}
