package io.claimflow.matching.service;

import io.claimflow.match.ClaimContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.lucene.store.AlreadyClosedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Matches into the index, without publishing anything, the claims of a partition that the group has published already
 * but the index does not hold (it was committed before a crash, or lost): from the index's offset up to the group's
 * committed one. Records that cannot be read were dead-lettered when they were first consumed and are skipped. The
 * index is committed after every poll, so a crash during a long rebuild resumes where it stopped.
 */
@ApplicationScoped
public class CatchUp {

    private static final Logger LOG = Logger.getLogger(CatchUp.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final MatchIndex index;
    private final String bootstrapServers;
    private final ClaimReader reader = new ClaimReader();

    public CatchUp(MatchIndex index, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.index = index;
        this.bootstrapServers = bootstrapServers;
    }

    /** Matches the committed records of {@code partition} in {@code [from, until)}; answers how many claims. */
    public int run(TopicPartition partition, long from, long until) {
        int matched = 0;
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, from);
            while (consumer.position(partition) < until) {
                List<ClaimContext> claims = new ArrayList<>();
                long next = consumer.position(partition);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL).records(partition)) {
                    if (record.offset() >= until) {
                        break;
                    }
                    next = record.offset() + 1;
                    try {
                        claims.add(reader.read(record.topic(), record.headers(), record.value()));
                    } catch (SerializationException e) {
                        LOG.debugf("Catch-up skips %s@%d, dead-lettered before: %s", partition, record.offset(), e);
                    }
                }
                int done = matchAll(claims);
                matched += done;
                index.caughtUpWith(done);
                // Past transaction markers the position may run ahead of the last record: never beyond until.
                index.commit(Map.of(partition, Math.min(until, Math.max(next, consumer.position(partition)))));
            }
        }
        LOG.infof(
                "Caught up %s from %d to %d: %d claims matched into the index, none published",
                partition, from, until, matched);
        return matched;
    }

    /**
     * Matches the claims; when the engine refuses one (it was dead-lettered when it was first consumed), one by one
     * without it. Answers how many were matched.
     */
    private int matchAll(List<ClaimContext> claims) {
        try {
            index.engine().matchAll(claims);
            return claims.size();
        } catch (UncheckedIOException | AlreadyClosedException e) {
            throw e;
        } catch (RuntimeException e) {
            int done = 0;
            for (ClaimContext claim : claims) {
                try {
                    index.engine().matchAll(List.of(claim));
                    done++;
                } catch (UncheckedIOException | AlreadyClosedException failure) {
                    throw failure;
                } catch (RuntimeException failure) {
                    LOG.debugf("Catch-up skips %s, dead-lettered before: %s", claim.claimId(), failure);
                }
            }
            return done;
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // Only what was published: aborted output of a crashed transaction never reaches the index.
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Records removed by retention since: start from the oldest there is.
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "claimflow-match-catch-up");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
