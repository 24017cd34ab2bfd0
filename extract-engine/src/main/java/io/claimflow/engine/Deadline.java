package io.claimflow.engine;

import java.time.Duration;

/** When the work on one document must stop; the stages check it between steps, so the check costs next to nothing. */
final class Deadline {

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
}
