package io.claimflow.stack;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when a consumer group has committed everything there is to read: the point at which a test may
 * check that a pipeline did all it will ever do with what it was given.
 */
public final class ConsumerLag {

    private ConsumerLag() {}

    /** Records of the topics not yet committed by the group. */
    public static long of(String bootstrapServers, String group, Collection<String> topics) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            return ends.entrySet().stream()
                    .mapToLong(end -> {
                        OffsetAndMetadata position = committed.get(end.getKey());
                        return end.getValue().offset() - (position == null ? 0 : position.offset());
                    })
                    .sum();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of group " + group, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the group has committed every record of the topics. */
    public static void awaitCaughtUp(String bootstrapServers, String group, Collection<String> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lag = of(bootstrapServers, group, topics);
        while (lag > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("group " + group + " still has " + lag + " records to read on " + topics);
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
