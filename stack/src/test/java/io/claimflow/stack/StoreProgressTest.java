package io.claimflow.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StoreProgressTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aProcessedDocumentWithEveryClaimAndItsTextIsComplete() throws Exception {
        assertThat(StoreProgress.isComplete(document("processed", 2, 2, "\"The text.\"")))
                .isTrue();
        assertThat(StoreProgress.isComplete(document("processed", 0, 0, "\"No claims here.\"")))
                .isTrue();
    }

    @Test
    void aDocumentWhoseTextIsNotStoredYetIsNotComplete() throws Exception {
        // The submission and the extraction's outcome reach the store on two topics: either may come first.
        assertThat(StoreProgress.isComplete(document("processed", 2, 2, "null")))
                .isFalse();
    }

    @Test
    void aDocumentWaitingForClaimsOrExtractionOrThatFailedIsNotComplete() throws Exception {
        assertThat(StoreProgress.isComplete(document("processed", 1, 2, "\"The text.\"")))
                .isFalse();
        assertThat(StoreProgress.isComplete(document("received", 0, null, "\"The text.\"")))
                .isFalse();
        assertThat(StoreProgress.isComplete(document("failed", 0, null, "\"The text.\"")))
                .isFalse();
        assertThat(StoreProgress.isComplete(null)).isFalse();
    }

    private static JsonNode document(String status, int stored, Integer count, String text) throws Exception {
        return JSON.readTree("{\"status\":\"%s\",\"storedClaims\":%d,\"claimCount\":%s,\"text\":%s}"
                .formatted(status, stored, count, text));
    }
}
