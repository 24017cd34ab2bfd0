package io.claimflow.matching.service;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Finds what was published for claims on {@code claimflow.claim-matches.v1}: its records are keyed by claim id, so it
 * reads every partition from shortly before the claims were written and keeps the first record of each claim asked for
 * (the one its match wrote; a fact-check matched later writes another, with the same links).
 */
final class PublishedMatches {

    private static final Logger LOG = Logger.getLogger(PublishedMatches.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    // A claim is matched after it is written; the margin covers clocks of two hosts that disagree.
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

    private final String bootstrapServers;
    private final EventDeserializer<ClaimMatched> deserializer = Topics.CLAIM_MATCHES.deserializer();

    PublishedMatches(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * The published match of each of {@code claimIds} that has one, looking at records written since {@code since}
     * (epoch milliseconds, the earliest of the claims' records) up to the last stable offset; a claim without one was
     * dead-lettered when it was consumed.
     */
    Map<String, ClaimMatched> of(Set<String> claimIds, long since) {
        Map<String, ClaimMatched> found = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CLAIM_MATCHES.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            long from = Math.max(0, since - CLOCK_MARGIN.toMillis());
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(partition -> times.put(partition, from));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(times);
            // Read committed: the end is the last stable offset, past which nothing can be read yet.
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                consumer.seek(partition, start == null ? ends.get(partition) : start.offset());
            }
            while (found.size() < claimIds.size() && !atEnd(consumer, ends)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (claimIds.contains(record.key()) && !found.containsKey(record.key())) {
                        read(record, found);
                    }
                }
            }
        }
        return found;
    }

    private void read(ConsumerRecord<String, byte[]> record, Map<String, ClaimMatched> found) {
        try {
            ClaimMatched matched = deserializer.deserialize(record.topic(), record.headers(), record.value());
            if (matched != null) {
                found.put(matched.claimId(), matched);
            }
        } catch (SerializationException e) {
            LOG.warnf(
                    "Skipping an unreadable match at %s-%d@%d: %s",
                    record.topic(), record.partition(), record.offset(), e);
        }
    }

    private static boolean atEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return readCommitted(bootstrapServers, "claimflow-match-published-matches", null);
    }

    /**
     * A consumer of what was published only (aborted output of a crashed transaction is never read), committing
     * nothing, from the oldest record there is when one was removed by retention; with a group id only to read that
     * group's committed offsets: it never subscribes, so it never joins the group.
     */
    static KafkaConsumer<String, byte[]> readCommitted(String bootstrapServers, String clientId, String groupId) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        if (groupId != null) {
            properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
