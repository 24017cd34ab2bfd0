package io.claimflow.matching;

import io.claimflow.match.MatchSettings;
import io.claimflow.matching.config.MatchConfig;
import java.nio.file.Path;
import java.time.Duration;

/** match-service's settings at their defaults, on an index folder of the test's, for tests without Quarkus. */
record TestMatchConfig(Path indexFolder) implements MatchConfig {

    @Override
    public double linkThreshold() {
        return MatchSettings.defaults().linkThreshold();
    }

    @Override
    public double suggestThreshold() {
        return MatchSettings.defaults().suggestThreshold();
    }

    @Override
    public Duration window() {
        return MatchSettings.defaults().window();
    }

    @Override
    public int candidates() {
        return MatchSettings.defaults().candidates();
    }

    @Override
    public double factCheckThreshold() {
        return Double.parseDouble(DEFAULT_FACT_CHECK_THRESHOLD);
    }

    @Override
    public int factChecksPerClaim() {
        return Integer.parseInt(DEFAULT_FACT_CHECKS_PER_CLAIM);
    }

    @Override
    public boolean factCheckReranking() {
        return false;
    }

    @Override
    public int maxTextLength() {
        return 10_000;
    }
}
