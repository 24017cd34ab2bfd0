package io.claimflow.testkit.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning without a consumer group, the way a test looks at what a service wrote. */
public final class TopicProbe {

    private static final Duration READ_ALL_TIMEOUT = Duration.ofMinutes(2);

    private TopicProbe() {}

    /** Every record of the topic, waiting up to the timeout until {@code enough} holds for what was read. */
    public static <V> List<ConsumerRecord<String, V>> read(
            String bootstrapServers,
            String topic,
            Deserializer<V> values,
            Predicate<List<ConsumerRecord<String, V>>> enough,
            Duration timeout) {
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, V> consumer = consumer(bootstrapServers, values)) {
            assignFromBeginning(consumer, topic, deadline);
            while (!enough.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Everything the topic holds now, as a read-committed consumer sees it: read up to the end offsets taken at the
     * start, which for read_committed are the last stable offsets, the end of what committed transactions wrote.
     */
    public static <V> List<ConsumerRecord<String, V>> readAll(
            String bootstrapServers, String topic, Deserializer<V> values) {
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        long deadline = System.nanoTime() + READ_ALL_TIMEOUT.toNanos();
        try (KafkaConsumer<String, V> consumer = consumer(bootstrapServers, values)) {
            List<TopicPartition> partitions = assignFromBeginning(consumer, topic, deadline);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (!ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "could not read " + topic + " to its end within " + READ_ALL_TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static <V> KafkaConsumer<String, V> consumer(String bootstrapServers, Deserializer<V> values) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        5000),
                new StringDeserializer(),
                values);
    }

    private static List<TopicPartition> assignFromBeginning(
            KafkaConsumer<String, ?> consumer, String topic, long deadline) {
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && System.nanoTime() < deadline) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }
}
