package io.claimflow.engine;

import java.time.Duration;

/** When the work on one document must stop; the stages check it between steps, so the check costs next to nothing. */
final class Deadline {

    /** Sentences between two checks in a per-sentence stage: often enough to stop soon, seldom enough to be free. */
    private static final int SENTENCES_PER_CHECK = 100;

    private final Duration budget;
    private final long endsAt;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.endsAt = System.nanoTime() + budget.toNanos();
    }

    static Deadline after(Duration budget) {
        return new Deadline(budget);
    }

    void check(String stage) {
        if (System.nanoTime() - endsAt > 0) {
            throw new BudgetExceededException(budget, stage);
        }
    }

    /** {@link #check} on every {@value #SENTENCES_PER_CHECK}th sentence of a stage that goes sentence by sentence. */
    void checkAtSentence(int index, String stage) {
        if (index % SENTENCES_PER_CHECK == 0) {
            check(stage);
        }
    }
}
