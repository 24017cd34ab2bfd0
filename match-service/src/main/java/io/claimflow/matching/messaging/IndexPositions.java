package io.claimflow.matching.messaging;

import io.claimflow.matching.service.CatchUp;
import io.claimflow.matching.service.MatchIndex;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * On each partition assignment, brings the index level with what the group has published: claims below the group's
 * committed offsets that the index lacks are indexed as they were published, without publishing ({@link CatchUp}); then
 * the stream goes on from the committed offsets, where every claim is published. It never starts past the group's
 * offset: what the index holds beyond it was not published, and is published as it was matched when read again. The
 * channel names this listener by its identifier.
 */
@ApplicationScoped
@Identifier(IndexPositions.NAME)
public class IndexPositions implements KafkaConsumerRebalanceListener {

    public static final String NAME = "claimflow-match-index-positions";

    private static final Logger LOG = Logger.getLogger(IndexPositions.class);
    private static final Duration COMMITTED_WAIT = Duration.ofMinutes(5);

    private final MatchIndex index;
    private final CatchUp catchUp;
    // The group generation the consumer last joined, -1 while a rebalance is under way.
    private final AtomicInteger generation = new AtomicInteger(-1);

    public IndexPositions(MatchIndex index, CatchUp catchUp) {
        this.index = index;
        this.catchUp = catchUp;
    }

    /**
     * Whether the consumer is still in the group generation a batch was polled in. A batch whose generation has ended
     * cannot have committed as it should: SmallRye then aborts its transaction at commit, and still reports success.
     */
    public boolean stillIn(int batchGeneration) {
        return generation.get() == batchGeneration;
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        generation.set(-1);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        generation.set(-1);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        catchUpWith(consumer, partitions);
        generation.set(consumer.groupMetadata().generationId());
    }

    private void catchUpWith(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            index.markCaughtUp();
            return;
        }
        // After a kill -9 the group's offsets stay pending until the broker aborts the dead producer's transaction
        // (transaction.timeout.ms, a minute by default): wait longer than that rather than fail the assignment.
        Map<TopicPartition, OffsetAndMetadata> published = consumer.committed(Set.copyOf(partitions), COMMITTED_WAIT);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> from = new HashMap<>();
        Map<TopicPartition, Long> until = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OptionalLong indexed = index.offsetOf(partition);
            OffsetAndMetadata committed = published.get(partition);
            if (committed != null) {
                from.put(partition, Math.max(indexed.orElse(0), beginnings.getOrDefault(partition, 0L)));
                until.put(partition, committed.offset());
            }
            if (committed == null && indexed.isPresent()) {
                // The group lost its offsets (retention) but the index only ever commits what was published.
                LOG.infof("%s has no committed offset; resuming at the index's %d", partition, indexed.getAsLong());
                consumer.seek(partition, indexed.getAsLong());
            } else if (committed != null && indexed.isPresent() && indexed.getAsLong() > committed.offset()) {
                // The index holds claims the group never published (or the group's offsets were reset): read them
                // again from the group's offset. Found in the index, they are published as they were matched.
                LOG.infof(
                        "%s: the index is at %d, ahead of the group's %d; publishing from the group's offset",
                        partition, indexed.getAsLong(), committed.offset());
            }
        }
        // All partitions at once: a claim may link claims of any of them.
        catchUp.level(from, until);
        index.markCaughtUp();
    }
}
