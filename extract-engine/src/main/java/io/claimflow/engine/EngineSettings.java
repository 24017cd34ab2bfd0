package io.claimflow.engine;

import io.claimflow.contracts.event.Checkworthiness;
import java.time.Duration;

/**
 * Tunables of the engine.
 *
 * @param claimThreshold check-worthiness score from which a sentence becomes a claim, 0..1
 * @param timeBudget the longest one document may take; past it extraction stops with {@link BudgetExceededException}
 */
public record EngineSettings(double claimThreshold, Duration timeBudget) {

    /**
     * The defaults, written as text so that configuration (extract-service's {@code @WithDefault}, the CLI's option
     * defaults) names these very values instead of repeating them.
     */
    public static final String DEFAULT_CLAIM_THRESHOLD = "0.5";

    /** The default time budget, ISO 8601, as text for the same reason. */
    public static final String DEFAULT_TIME_BUDGET = "PT30S";

    public EngineSettings {
        if (!Checkworthiness.isScore(claimThreshold)) {
            throw new IllegalArgumentException("claimThreshold " + Checkworthiness.MESSAGE + ", was " + claimThreshold);
        }
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive, was " + timeBudget);
        }
    }

    public EngineSettings(double claimThreshold) {
        this(claimThreshold, Duration.parse(DEFAULT_TIME_BUDGET));
    }

    public static EngineSettings defaults() {
        return new EngineSettings(Double.parseDouble(DEFAULT_CLAIM_THRESHOLD));
    }
}
