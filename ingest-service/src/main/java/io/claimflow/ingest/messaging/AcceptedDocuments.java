package io.claimflow.ingest.messaging;

import io.claimflow.contracts.event.DocumentSubmitted;
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
 * Which documents Kafka has already, and with what content: read from {@code claimflow.documents.v1}
 * itself, from its beginning at start-up and then as it grows, so the answer survives restarts and is
 * shared by every ingest instance. Lets a resubmission be answered 200 without publishing it again, and
 * an id reused for other content be refused. The service is not ready until it has read the topic up to where it stood
 * ({@link AcceptedDocumentsCheck}).
 */
@ApplicationScoped
public class AcceptedDocuments {

    private static final Logger LOG = Logger.getLogger(AcceptedDocuments.class);

    /** What is known of a submission's id. */
    public enum Known { NEW, SAME_CONTENT, OTHER_CONTENT }

    private final String bootstrapServers;
    private final Map<String, String> contentById = new ConcurrentHashMap<>();
    private final EventDeserializer<DocumentSubmitted> deserializer = Topics.DOCUMENTS.deserializer();
    private volatile boolean caughtUp;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread reader;

    public AcceptedDocuments(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public Known lookup(String documentId, String contentKey) {
        String known = contentById.get(documentId);
        return known == null ? Known.NEW : known.equals(contentKey) ? Known.SAME_CONTENT : Known.OTHER_CONTENT;
    }

    /** Notes a document Kafka acknowledged, before the topic brings it back. */
    public void record(String documentId, String contentKey) {
        contentById.put(documentId, contentKey);
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
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
                consumer = reading;
                List<TopicPartition> partitions = partitions(reading);
                reading.assign(partitions);
                reading.seekToBeginning(partitions);
                Map<TopicPartition, Long> startedAt = reading.endOffsets(partitions);
                while (true) {
                    for (ConsumerRecord<String, byte[]> record : reading.poll(Duration.ofMillis(500))) {
                        remember(record);
                    }
                    if (!caughtUp && startedAt.entrySet().stream().allMatch(end -> reading.position(end.getKey()) >= end.getValue())) {
                        caughtUp = true;
                        LOG.infof("Read the %d documents Kafka already had", contentById.size());
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
            List<TopicPartition> partitions = reading.partitionsFor(Topics.DOCUMENTS.name(), Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            pause();
        }
    }

    private void remember(ConsumerRecord<String, byte[]> record) {
        try {
            DocumentSubmitted document = deserializer.deserialize(record.topic(), record.headers(), record.value());
            if (document != null) {
                contentById.put(document.documentId(), ContentKeys.of(document.text(), document.url()));
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
