package io.claimflow.ingest.messaging;

import io.claimflow.contracts.topic.Topics;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

/**
 * Tells whether a publish in doubt reached {@code claimflow.documents.v1}: reads the partition the document's key goes
 * to from shortly before the publish began, for the window in which the broker could have appended it. Used only for a
 * publish nobody heard the end of (its instance died, or the producer gave up), so a resubmission is answered 200 if
 * the record is there and published afresh if it is not.
 */
@ApplicationScoped
public class PublishedDocuments {

    /** Clocks of the instances and the broker may differ by this much. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> settings;

    public PublishedDocuments(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.settings = KafkaSettings.reader(kafka);
    }

    /**
     * Whether a record keyed {@code documentId} is on the topic, stamped within {@code settleTime} after
     * {@code attemptAt} (the producer stamps a record when it is sent, whenever the broker appends it).
     *
     * @throws KafkaException if the broker cannot be read within the timeout
     */
    public boolean contains(String documentId, Instant attemptAt, Duration settleTime) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (Consumer<String, byte[]> consumer = new KafkaConsumer<>(settings)) {
            TopicPartition partition = partitionOf(consumer, documentId);
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            OffsetAndTimestamp from = consumer.offsetsForTimes(
                            Map.of(partition, attemptAt.minus(CLOCK_SKEW).toEpochMilli()), TIMEOUT)
                    .get(partition);
            if (from == null) {
                return false;
            }
            long lastStamp = attemptAt.plus(settleTime).plus(CLOCK_SKEW).toEpochMilli();
            consumer.seek(partition, from.offset());
            while (consumer.position(partition) < end) {
                if (System.nanoTime() - deadline > 0) {
                    throw new KafkaException("could not read " + partition + " within " + TIMEOUT);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (documentId.equals(record.key())) {
                        return true;
                    }
                    if (record.offset() >= end - 1 || record.timestamp() > lastStamp) {
                        return false;
                    }
                }
            }
            return false;
        }
    }

    /** The partition the producer's default partitioner sends the key to, as it does: murmur2 of the key's bytes. */
    private static TopicPartition partitionOf(Consumer<String, byte[]> consumer, String documentId) {
        List<PartitionInfo> partitions = consumer.partitionsFor(Topics.DOCUMENTS.name(), TIMEOUT);
        if (partitions.isEmpty()) {
            throw new KafkaException("the topic " + Topics.DOCUMENTS.name() + " has no partitions");
        }
        byte[] key = documentId.getBytes(StandardCharsets.UTF_8);
        return new TopicPartition(Topics.DOCUMENTS.name(), Utils.toPositive(Utils.murmur2(key)) % partitions.size());
    }
}
