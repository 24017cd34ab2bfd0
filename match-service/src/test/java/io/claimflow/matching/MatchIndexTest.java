package io.claimflow.matching;

import static io.claimflow.matching.ClaimTopics.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.topic.Topics;
import io.claimflow.match.ClaimContext;
import io.claimflow.match.MatchEngine;
import io.claimflow.match.MatchResult;
import io.claimflow.match.NarrativeSummary;
import io.claimflow.matching.service.MatchIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index after an aborted batch: rolled back to its last commit, so the batch read again finds it as it was. */
class MatchIndexTest {

    private static final TopicPartition PARTITION = new TopicPartition(Topics.CLAIMS.name(), 0);
    private static final String TEXT =
            "Brelvish officials admitted that the Quennar dam burst after secret repairs failed";

    @TempDir
    Path folder;

    private MatchIndex index;

    @AfterEach
    void close() throws Exception {
        index.engine().close();
    }

    @Test
    void aRollbackForgetsWhatCameAfterTheLastCommitAndKeepsItsOffsets() {
        index = new MatchIndex(new TestMatchConfig(folder));
        index.engine().matchAll(List.of(context("kept", "doc-kept")));
        index.commit(Map.of(PARTITION, 1L));
        index.engine().matchAll(List.of(context("aborted", "doc-aborted")));

        index.rollBack();

        assertThat(index.engine().narrativeOf("kept")).isEqualTo("kept");
        assertThat(index.engine().narrativeOf("aborted")).isNull();
        assertThat(index.offsetOf(PARTITION)).hasValue(1L);
    }

    @Test
    void aMergeOfAnAbortedBatchIsMadeAndReportedAgainWhenTheBatchIsReadAgain() {
        index = new MatchIndex(new TestMatchConfig(folder));
        // Claims of one document are never linked to each other: two narratives of the same text.
        index.engine().matchAll(List.of(context("m1", "doc-m"), context("m2", "doc-m")));
        index.commit(Map.of(PARTITION, 2L));
        MatchEngine.BatchResult first = index.engine().matchAll(List.of(context("bridge", "doc-n")));
        assertThat(mergedAway(first)).containsExactly("m2");

        index.rollBack();
        MatchEngine.BatchResult again = index.engine().matchAll(List.of(context("bridge", "doc-n")));

        MatchResult bridge = again.results().get(0);
        assertThat(bridge.replayed()).isFalse();
        assertThat(bridge.narrativeId()).isEqualTo("m1");
        assertThat(mergedAway(again))
                .as("the merged narrative's last record, published again")
                .containsExactly("m2");
    }

    private static List<String> mergedAway(MatchEngine.BatchResult result) {
        return result.changedNarratives().stream()
                .filter(summary -> summary.mergedInto() != null)
                .map(NarrativeSummary::narrativeId)
                .toList();
    }

    private static ClaimContext context(String claimId, String documentId) {
        return ClaimContext.of(claim(claimId, documentId, TEXT, "Quennar"));
    }
}
