package io.claimflow.engine;

import java.time.Duration;

/** A document took longer than the engine's time budget: pathological input, to be set aside rather than retried. */
public class BudgetExceededException extends RuntimeException {

    public BudgetExceededException(Duration budget, String stage) {
        super("extraction exceeded its time budget of " + budget.toMillis() + " ms (" + stage + ")");
    }
}
