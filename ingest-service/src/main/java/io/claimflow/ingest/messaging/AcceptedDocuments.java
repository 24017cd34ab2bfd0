package io.claimflow.ingest.messaging;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which documents Kafka has already, and with what content: read from {@code claimflow.documents.v1} itself, from its
 * beginning at start-up and then as it grows, so the answer survives restarts and is shared by every ingest instance.
 * Lets a resubmission be answered 200 without publishing it again, and an id reused for other content be refused. The
 * service is not ready until it has read the topic up to where it stood ({@link AcceptedDocumentsCheck}).
 */
@ApplicationScoped
public class AcceptedDocuments {

    private static final Logger LOG = Logger.getLogger(AcceptedDocuments.class);

    /**
     * What is known of a submission's id. UNCERTAIN: an earlier publish of it failed without telling whether the broker
     * wrote it, and the topic has not yet been read far enough to find out.
     */
    public enum Known {
        NEW,
        SAME_CONTENT,
        OTHER_CONTENT,
        UNCERTAIN
    }

    /** How much longer than the producer's delivery timeout a read waits to begin, for clocks and scheduling. */
    private static final Duration SETTLE_MARGIN = Duration.ofSeconds(1);
    /** An uncertain id nobody resubmits is forgotten after this long. */
    private static final long FORGET_NANOS = Duration.ofMinutes(10).toNanos();

    private final String bootstrapServers;
    /**
     * The producer goes on retrying a record until its delivery timeout has passed since the send, whenever ingest
     * stopped waiting for it (the publish timeout may be the shorter), so the broker may append it until then; only a
     * read begun after that settles whether it did.
     */
    private final long settleNanos;

    private final Map<String, String> contentById = new ConcurrentHashMap<>();
    private final EventDeserializer<DocumentSubmitted> deserializer = Topics.DOCUMENTS.deserializer();
    private final Map<String, Long> uncertainSince = new ConcurrentHashMap<>();
    /** The content keys of the documents being published now: the topic may bring one back before Kafka's answer. */
    private final Map<String, String> publishing = new ConcurrentHashMap<>();

    private volatile boolean caughtUp;
    /** When the end offsets were taken that the reader has since read up to. */
    private volatile long readThroughAt = System.nanoTime();

    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread reader;

    public AcceptedDocuments(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.outgoing.documents.delivery.timeout.ms") long deliveryTimeoutMillis) {
        this.bootstrapServers = bootstrapServers;
        this.settleNanos =
                Duration.ofMillis(deliveryTimeoutMillis).plus(SETTLE_MARGIN).toNanos();
    }

    public Known lookup(String documentId, String contentKey) {
        String known = contentById.get(documentId);
        if (known == null) {
            Long since = uncertainSince.get(documentId);
            return since != null && readThroughAt - (since + settleNanos) < 0 ? Known.UNCERTAIN : Known.NEW;
        }
        return known.equals(contentKey) ? Known.SAME_CONTENT : Known.OTHER_CONTENT;
    }

    /**
     * Notes a publish that failed after the record was handed to the producer: the broker may have written it all the
     * same (its answer was lost, or came too late), so a resubmission must wait until the topic shows whether it did,
     * or the document would be published twice.
     */
    public void uncertain(String documentId) {
        uncertainSince.put(documentId, System.nanoTime());
    }

    /** Notes a document handed to Kafka now, until {@link #publishEnded} whatever came of it. */
    public void publishing(String documentId, String contentKey) {
        publishing.put(documentId, contentKey);
    }

    public void publishEnded(String documentId) {
        publishing.remove(documentId);
    }

    /** Notes a document Kafka acknowledged, if the topic has not brought it back already. */
    public void record(String documentId, String contentKey) {
        contentById.put(documentId, contentKey);
        uncertainSince.remove(documentId);
    }

    public int size() {
        return contentById.size();
    }

    /** Whether the topic has been read up to where it stood at start-up; until then a resubmission may pass as new. */
    public boolean caughtUp() {
        return caughtUp;
    }

    void onStart(@Observes StartupEvent event) {
        reader = new Thread(this::read, "claimflow-accepted-documents");
        reader.setDaemon(true);
        reader.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void read() {
        while (!Thread.currentThread().isInterrupted()) {
            try (KafkaConsumer<String, byte[]> reading = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    false,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                    "read_committed",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                    StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                    ByteArrayDeserializer.class))) {
                consumer = reading;
                List<TopicPartition> partitions = partitions(reading);
                reading.assign(partitions);
                reading.seekToBeginning(partitions);
                long endsTakenAt = System.nanoTime();
                Map<TopicPartition, Long> ends = reading.endOffsets(partitions);
                while (true) {
                    for (ConsumerRecord<String, byte[]> record : reading.poll(Duration.ofMillis(500))) {
                        remember(record);
                    }
                    if (ends.entrySet().stream().allMatch(end -> reading.position(end.getKey()) >= end.getValue())) {
                        readThroughAt = endsTakenAt;
                        if (!caughtUp) {
                            caughtUp = true;
                            LOG.infof("Read the %d documents Kafka already had", contentById.size());
                        }
                        // Only while a publish is in doubt is it worth asking the broker where the topic ends.
                        uncertainSince.values().removeIf(since -> System.nanoTime() - since > FORGET_NANOS);
                        endsTakenAt = System.nanoTime();
                        ends = uncertainSince.isEmpty() ? Map.of() : reading.endOffsets(partitions);
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Reading the accepted documents failed (%s); starting over", e.getMessage());
                pause();
            }
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> reading) {
        while (true) {
            List<TopicPartition> partitions =
                    reading.partitionsFor(Topics.DOCUMENTS.name(), Duration.ofSeconds(10)).stream()
                            .map(info -> new TopicPartition(info.topic(), info.partition()))
                            .toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            pause();
        }
    }

    private void remember(ConsumerRecord<String, byte[]> record) {
        String key = record.key();
        // Mostly a document this instance is publishing or has published, whose content key it has: reading and
        // hashing the record again would cost as much CPU as accepting it did. An id one instance decides on one at a
        // time, so a record of an id being published is that publish. For an id known already with other content
        // (two instances racing) the first content stays, which is what a resubmission is compared with either way.
        if (key != null && contentById.containsKey(key)) {
            return;
        }
        String ours = key == null ? null : publishing.get(key);
        if (ours != null) {
            contentById.put(key, ours);
            uncertainSince.remove(key);
            return;
        }
        try {
            DocumentSubmitted document = deserializer.deserialize(record.topic(), record.headers(), record.value());
            if (document != null) {
                contentById.put(document.documentId(), StableIds.documentId(document.text(), document.url()));
                uncertainSince.remove(document.documentId());
            }
        } catch (RuntimeException e) {
            // Not ours to judge: extract-service dead-letters it; we only learn no id from it.
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
