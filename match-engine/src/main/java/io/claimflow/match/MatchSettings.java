package io.claimflow.match;

import java.time.Duration;

/**
 * Tunables of the match engine. The defaults were tuned on the shared samples plus PolNeAR dev (see the README).
 *
 * @param linkThreshold score from which a claim is linked and joins the narrative of the claim it matches, 0..1
 * @param suggestThreshold score from which a match is offered as a suggestion only (never merges narratives), 0..1
 * @param window how far back a claim looks for claims to match: only claims seen within it before the claim count
 * @param candidates how many candidates the Lucene search hands to scoring for each claim
 */
public record MatchSettings(double linkThreshold, double suggestThreshold, Duration window, int candidates) {

    /** The default link threshold, as text so that configuration can name this very value. */
    public static final String DEFAULT_LINK_THRESHOLD = "0.55";

    /** The default suggest threshold. */
    public static final String DEFAULT_SUGGEST_THRESHOLD = "0.45";

    /** The default window, ISO 8601. */
    public static final String DEFAULT_WINDOW = "P30D";

    /** The default number of candidates scored per claim. */
    public static final String DEFAULT_CANDIDATES = "40";

    public MatchSettings {
        if (!(linkThreshold > 0 && linkThreshold <= 1)) {
            throw new IllegalArgumentException("linkThreshold must be in (0, 1], was " + linkThreshold);
        }
        if (!(suggestThreshold > 0 && suggestThreshold <= linkThreshold)) {
            throw new IllegalArgumentException(
                    "suggestThreshold must be in (0, linkThreshold], was " + suggestThreshold);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
        }
    }

    public static MatchSettings defaults() {
        return new MatchSettings(
                Double.parseDouble(DEFAULT_LINK_THRESHOLD),
                Double.parseDouble(DEFAULT_SUGGEST_THRESHOLD),
                Duration.parse(DEFAULT_WINDOW),
                Integer.parseInt(DEFAULT_CANDIDATES));
    }

    public MatchSettings withThresholds(double link, double suggest) {
        return new MatchSettings(link, suggest, window, candidates);
    }

    public MatchSettings withWindow(Duration newWindow) {
        return new MatchSettings(linkThreshold, suggestThreshold, newWindow, candidates);
    }
}
