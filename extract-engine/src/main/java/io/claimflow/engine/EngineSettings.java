package io.claimflow.engine;

/**
 * Tunables of the engine.
 *
 * @param claimThreshold check-worthiness score from which a sentence becomes a claim, 0..1
 */
public record EngineSettings(double claimThreshold) {

    public static final double DEFAULT_CLAIM_THRESHOLD = 0.5;

    public EngineSettings {
        if (!(claimThreshold >= 0.0 && claimThreshold <= 1.0)) {
            throw new IllegalArgumentException("claimThreshold must be within 0..1, was " + claimThreshold);
        }
    }

    public static EngineSettings defaults() {
        return new EngineSettings(DEFAULT_CLAIM_THRESHOLD);
    }
}
