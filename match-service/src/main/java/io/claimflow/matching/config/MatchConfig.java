package io.claimflow.matching.config;

import io.claimflow.match.MatchSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Settings of match-service ({@code claimflow.match.*}); their defaults are here and nowhere else. */
@ConfigMapping(prefix = "claimflow.match")
public interface MatchConfig {

    /** The default of {@link #factCheckThreshold()}: a claim matches a fact-check when that is more likely than not. */
    String DEFAULT_FACT_CHECK_THRESHOLD = "0.5";

    String DEFAULT_FACT_CHECKS_PER_CLAIM = "3";

    /**
     * The folder of the Lucene index (every claim matched, the narratives and the consumed offsets), relative to the
     * working directory unless absolute. Lost, it is rebuilt from {@code claimflow.claims.v1} without publishing.
     */
    @WithDefault("data/match-index")
    Path indexFolder();

    /** Score from which a claim is linked and joins the narrative of the claim it matches, 0..1. */
    @WithDefault(MatchSettings.DEFAULT_LINK_THRESHOLD)
    double linkThreshold();

    /** Score from which a match is offered as a suggestion only, 0..1, at most the link threshold. */
    @WithDefault(MatchSettings.DEFAULT_SUGGEST_THRESHOLD)
    double suggestThreshold();

    /** How far back a claim looks for claims saying the same thing, by the time its document was seen. */
    @WithDefault(MatchSettings.DEFAULT_WINDOW)
    Duration window();

    /** How many candidates the search hands to scoring for each claim. */
    @WithDefault(MatchSettings.DEFAULT_CANDIDATES)
    int candidates();

    /**
     * Confidence (0..1, the estimated probability that a fact-check checked the same claim) from which a claim is said
     * to match a fact-check.
     */
    @WithDefault(MatchConfig.DEFAULT_FACT_CHECK_THRESHOLD)
    double factCheckThreshold();

    /** How many fact-checks, best first, a claim is checked against; at most this many are reported per claim. */
    @WithDefault(MatchConfig.DEFAULT_FACT_CHECKS_PER_CLAIM)
    int factChecksPerClaim();

    /**
     * Whether each claim's fact-check candidates are reordered by the learned reranker with sentence embeddings (MAP@5
     * 0.94 and 0.45 on the CheckThat! dev splits, against 0.91 and 0.36 for BM25 alone), at about ten times the CPU a
     * claim, the embedding model loaded and every fact-check embedded when the library is read; off, BM25 ranks them.
     */
    @WithDefault("false")
    boolean factCheckReranking();

    /** The longest claim text {@code POST /match} takes, in characters. */
    @WithDefault("10000")
    int maxTextLength();

    /** The engine's settings. */
    default MatchSettings settings() {
        return new MatchSettings(linkThreshold(), suggestThreshold(), window(), candidates());
    }
}
