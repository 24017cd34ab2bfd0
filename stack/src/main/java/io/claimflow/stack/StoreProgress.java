package io.claimflow.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * When the store holds all of a document, read from its {@code GET /documents/{id}} answer: the one rule that
 * {@code claimflow} and the end-to-end tests wait on.
 */
public final class StoreProgress {

    private static final Duration POLL = Duration.ofMillis(200);

    private StoreProgress() {}

    /**
     * Whether the document was extracted and the store has every claim extraction announced for it and the submitted
     * text; null (the store knows nothing of it yet) is not. A failed document is not complete: no claims will ever
     * come. The text is asked for because the submission and the extraction's outcome reach the store on two topics, so
     * either may be stored first.
     */
    public static boolean isComplete(JsonNode document) {
        return document != null
                && "processed".equals(document.path("status").asText())
                && document.hasNonNull("text")
                && document.path("storedClaims").asInt()
                        == document.path("claimCount").asInt(-1);
    }

    /** Waits until every document is complete by the given test; false when the timeout comes first. */
    public static boolean awaitAll(Collection<String> documentIds, Duration timeout, Predicate<String> isComplete)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String id : documentIds) {
            while (!isComplete.test(id)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(POLL.toMillis());
            }
        }
        return true;
    }
}
