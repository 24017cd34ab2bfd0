package io.claimflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.topic.Topics;
import io.claimflow.matching.messaging.IndexPositions;
import io.claimflow.matching.service.CatchUp;
import io.claimflow.matching.service.MatchIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the claims stream starts after an assignment, given the index's offsets and the group's. */
class IndexPositionsTest {

    private static final TopicPartition PARTITION = new TopicPartition(Topics.CLAIMS.name(), 0);

    @TempDir
    Path folder;

    private MatchIndex index;
    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");

    @AfterEach
    void close() throws Exception {
        consumer.close();
        if (index != null) {
            index.engine().close();
        }
    }

    @Test
    void anIndexAheadOfTheGroupNeverMovesTheStreamPastWhatWasPublished() {
        // The index was committed with offsets whose transaction Kafka aborted: claims 40..49 were never published.
        assign(50, 40L);

        new IndexPositions(index, new CatchUp(index, "localhost:1", "claimflow-match"))
                .onPartitionsAssigned(consumer, List.of(PARTITION));

        assertThat(consumer.position(PARTITION)).isEqualTo(40);
        assertThat(index.caughtUp()).isTrue();
    }

    @Test
    void aGroupWithoutOffsetsResumesWhereTheIndexIs() {
        // The group's offsets expired (retention); the index only ever commits what was published.
        assign(30, null);

        new IndexPositions(index, new CatchUp(index, "localhost:1", "claimflow-match"))
                .onPartitionsAssigned(consumer, List.of(PARTITION));

        assertThat(consumer.position(PARTITION)).isEqualTo(30);
    }

    @Test
    void anIndexLevelWithTheGroupStartsAtTheGroupsOffset() {
        assign(40, 40L);

        new IndexPositions(index, new CatchUp(index, "localhost:1", "claimflow-match"))
                .onPartitionsAssigned(consumer, List.of(PARTITION));

        assertThat(consumer.position(PARTITION)).isEqualTo(40);
        assertThat(index.caughtUpClaims()).isZero();
    }

    @Test
    void aBatchCountsAsCommittedOnlyInTheGenerationItWasPolledIn() {
        assign(40, 40L);
        IndexPositions positions = new IndexPositions(index, new CatchUp(index, "localhost:1", "claimflow-match"));
        int generation = consumer.groupMetadata().generationId();
        assertThat(positions.stillIn(generation))
                .as("before the first assignment")
                .isFalse();

        positions.onPartitionsAssigned(consumer, List.of(PARTITION));
        assertThat(positions.stillIn(generation)).isTrue();
        assertThat(positions.stillIn(generation - 1))
                .as("a batch of an earlier generation")
                .isFalse();

        positions.onPartitionsRevoked(consumer, List.of(PARTITION));
        assertThat(positions.stillIn(generation))
                .as("while the group rebalances")
                .isFalse();
        positions.onPartitionsAssigned(consumer, List.of(PARTITION));
        positions.onPartitionsLost(consumer, List.of(PARTITION));
        assertThat(positions.stillIn(generation))
                .as("after the partitions were lost")
                .isFalse();
    }

    private void assign(long indexed, Long groupCommitted) {
        index = new MatchIndex(new TestMatchConfig(folder));
        index.commit(Map.of(PARTITION, indexed));
        consumer.assign(List.of(PARTITION));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, 60L));
        if (groupCommitted != null) {
            consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(groupCommitted)));
        }
    }
}
