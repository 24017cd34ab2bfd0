package io.claimflow.engine;

import java.time.Duration;

/**
 * Tunables of the engine.
 *
 * @param claimThreshold check-worthiness score from which a sentence becomes a claim, 0..1
 * @param timeBudget the longest one document may take; past it extraction stops with {@link BudgetExceededException}
 */
public record EngineSettings(double claimThreshold, Duration timeBudget) {

    public static final double DEFAULT_CLAIM_THRESHOLD = 0.5;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(30);

    public EngineSettings {
        if (!(claimThreshold >= 0.0 && claimThreshold <= 1.0)) {
            throw new IllegalArgumentException("claimThreshold must be within 0..1, was " + claimThreshold);
        }
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive, was " + timeBudget);
        }
    }

    public EngineSettings(double claimThreshold) {
        this(claimThreshold, DEFAULT_TIME_BUDGET);
    }

    public static EngineSettings defaults() {
        return new EngineSettings(DEFAULT_CLAIM_THRESHOLD);
    }
}
