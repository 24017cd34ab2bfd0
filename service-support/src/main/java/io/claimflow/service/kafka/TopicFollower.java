package io.claimflow.service.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads a whole topic on a thread of its own, committed records only, from its beginning and then as it grows, and
 * tells a listener each record and each time it has read up to where the topic stood. Assigned partitions, no group:
 * every instance reads everything, and nothing is committed. For state a service keeps of a whole (compacted) topic:
 * the documents ingest has accepted, the fact-checks it knows, match-service's fact-check library.
 */
public final class TopicFollower {

    private static final Logger LOG = Logger.getLogger(TopicFollower.class);

    /** What a follower reports to, on the follower's thread only. */
    public interface Listener {

        void onRecord(ConsumerRecord<String, byte[]> record);

        /**
         * The follower has read every record that was on the topic when it took the topic's ends, at
         * {@code endsTakenAt} ({@link System#nanoTime()}); answers whether to take the ends again, so as to be told
         * once more when those are read (otherwise it is told after every poll).
         */
        boolean onReadThrough(long endsTakenAt);
    }

    private final String bootstrapServers;
    private final String topic;
    private final Listener listener;
    private final Thread thread;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean caughtUp;

    public TopicFollower(String bootstrapServers, String topic, Listener listener) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.listener = listener;
        this.thread = new Thread(this::follow, "claimflow-follow-" + topic);
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Whether the topic has been read up to where it stood when reading began (the listener heard so first). */
    public boolean caughtUp() {
        return caughtUp;
    }

    public void stop() {
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void follow() {
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
                        listener.onRecord(record);
                    }
                    if (ends.entrySet().stream().allMatch(end -> reading.position(end.getKey()) >= end.getValue())) {
                        boolean again = listener.onReadThrough(endsTakenAt);
                        caughtUp = true;
                        endsTakenAt = System.nanoTime();
                        ends = again ? reading.endOffsets(partitions) : Map.of();
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Reading %s failed (%s); starting over", topic, e.getMessage());
                pause();
            }
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> reading) {
        while (true) {
            List<TopicPartition> partitions = reading.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            pause();
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
