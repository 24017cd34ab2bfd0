package io.claimflow.extract.config;

import io.claimflow.engine.EngineSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of extract-service ({@code claimflow.extract.*}). */
@ConfigMapping(prefix = "claimflow.extract")
public interface ExtractConfig {

    /** Check-worthiness score from which a sentence becomes a claim, 0..1. */
    @WithDefault(EngineSettings.DEFAULT_CLAIM_THRESHOLD)
    double claimThreshold();

    /** The longest one document may take; past it the document goes to the dead-letter topic. */
    @WithDefault(EngineSettings.DEFAULT_TIME_BUDGET)
    Duration timeBudget();

    /** Documents extracted at once: about the CPU cores given to the service. */
    @WithDefault("2")
    int concurrency();

    /**
     * How long the engine runs over the bundled samples after start-up, before the service reports ready, so the JIT
     * compiler has compiled it; {@code PT0S} skips it.
     */
    @WithDefault("PT10S")
    Duration warmUp();

    /** The longest text {@code POST /extract} takes, in characters. */
    @WithDefault("1000000")
    int maxTextLength();

    /** The most sentences one {@code POST /score} takes. */
    @WithDefault("1000")
    int maxSentences();
}
