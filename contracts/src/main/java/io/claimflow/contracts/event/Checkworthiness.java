package io.claimflow.contracts.event;

/**
 * The one rule for check-worthiness scores, of claims and of the thresholds and filters applied to them: a number from
 * 0 to 1.
 */
public final class Checkworthiness {

    /** What an out-of-range score is told. */
    public static final String MESSAGE = "must be a number from 0 to 1";

    private Checkworthiness() {}

    /** Whether the value is a score: within 0..1, not NaN. */
    public static boolean isScore(double value) {
        return value >= 0.0 && value <= 1.0;
    }
}
