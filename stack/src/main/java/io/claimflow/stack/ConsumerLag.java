package io.claimflow.stack;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Tells when a consumer group has committed everything there is to read: the point at which a test may check that a
 * pipeline did all it will ever do with what it was given.
 */
public final class ConsumerLag {

    /** How long to look past a group's position for records before counting what is left as lag. */
    private static final Duration SCAN = Duration.ofSeconds(2);

    private ConsumerLag() {}

    /**
     * Records of the topics the group has not yet committed. Offsets past the group's position that hold no record a
     * read-committed consumer gets (transaction markers, aborted records) are not lag: a consumer commits the offset
     * after its last record, never past the commit marker that follows it.
     */
    public static long of(String bootstrapServers, String group, Collection<String> topics) {
        Map<TopicPartition, Long> committed = new HashMap<>();
        Map<TopicPartition, Long> ends = new HashMap<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, OffsetSpec> latest =
                    admin.describeTopics(topics).allTopicNames().get().values().stream()
                            .flatMap(topic -> topic.partitions().stream()
                                    .map(p -> new TopicPartition(topic.name(), p.partition())))
                            .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            admin.listOffsets(latest).all().get().forEach((partition, end) -> {
                OffsetAndMetadata position = offsets.get(partition);
                long from = position == null ? 0 : position.offset();
                if (end.offset() > from) {
                    committed.put(partition, from);
                    ends.put(partition, end.offset());
                }
            });
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of group " + group, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return committed.isEmpty() ? 0 : readableBetween(bootstrapServers, committed, ends);
    }

    /** How many records a read-committed consumer gets between the positions and the ends. */
    private static long readableBetween(
            String bootstrapServers, Map<TopicPartition, Long> from, Map<TopicPartition, Long> ends) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long readable = 0;
            long deadline = System.nanoTime() + SCAN.toNanos();
            while (System.nanoTime() < deadline
                    && !ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    readable +=
                            record.offset() < ends.get(new TopicPartition(record.topic(), record.partition())) ? 1 : 0;
                }
            }
            // What an open transaction still holds back counts as not yet read.
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                readable += Math.max(0, end.getValue() - consumer.position(end.getKey()));
            }
            return readable;
        }
    }

    /** Waits until the group has committed every record of the topics. */
    public static void awaitCaughtUp(
            String bootstrapServers, String group, Collection<String> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lag = of(bootstrapServers, group, topics);
        while (lag > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "group " + group + " still has " + lag + " records to read on " + topics);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            lag = of(bootstrapServers, group, topics);
        }
    }
}
