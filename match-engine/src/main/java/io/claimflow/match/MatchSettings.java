package io.claimflow.match;

import java.time.Duration;

/**
 * Tunables of the match engine. The defaults were tuned on the shared samples plus PolNeAR dev (see the README).
 *
 * @param linkThreshold score from which a claim is linked and joins the narrative of the claim it matches, 0..1
 * @param suggestThreshold score from which a match is offered as a suggestion only (never merges narratives), 0..1
 * @param window how far back a claim looks for claims to match: only claims seen within it before the claim count
 * @param candidates how many candidates the Lucene search hands to scoring for each claim
 * @param supportFloor pair score from which a candidate supports its narrative (narrative-level evidence: when two
 *     supporting claims of one narrative, one of them sharing a rare anchor, or three without one, cover the claim's
 *     weighted features up to the cover threshold, or one has rare evidence of the support strength, the claim is
 *     linked to that narrative); 1 turns it almost off
 * @param coverThreshold share of the claim's idf-weighted features that the supporting claims of one narrative must
 *     hold between them to link the claim to it, 0..1
 * @param supportStrength rare evidence (rare anchors shared, plus the pivots shared along with them) from which one
 *     supporting claim links the claim to its narrative
 * @param rareShare the largest share of the index's claims an anchor may be in and still count as rare: a rare anchor
 *     shared lets two supporting claims link, and makes the rare evidence of one
 */
public record MatchSettings(
        double linkThreshold,
        double suggestThreshold,
        Duration window,
        int candidates,
        double supportFloor,
        double rareShare,
        double coverThreshold,
        int supportStrength) {

    /** The default link threshold, as text so that configuration can name this very value. */
    public static final String DEFAULT_LINK_THRESHOLD = "0.55";

    /** The default suggest threshold. */
    public static final String DEFAULT_SUGGEST_THRESHOLD = "0.45";

    /** The default window, ISO 8601. */
    public static final String DEFAULT_WINDOW = "P30D";

    /** The default number of candidates scored per claim. */
    public static final String DEFAULT_CANDIDATES = "40";

    /** The default support floor. */
    public static final String DEFAULT_SUPPORT_FLOOR = "0.2";

    /** The default largest share of a rare anchor. */
    public static final String DEFAULT_RARE_SHARE = "0.08";

    /** The default cover threshold. */
    public static final String DEFAULT_COVER_THRESHOLD = "0.4";

    /** The default support strength. */
    public static final String DEFAULT_SUPPORT_STRENGTH = "4";

    /** Settings with the default narrative support. */
    public MatchSettings(double linkThreshold, double suggestThreshold, Duration window, int candidates) {
        this(
                linkThreshold,
                suggestThreshold,
                window,
                candidates,
                Double.parseDouble(DEFAULT_SUPPORT_FLOOR),
                Double.parseDouble(DEFAULT_RARE_SHARE),
                Double.parseDouble(DEFAULT_COVER_THRESHOLD),
                Integer.parseInt(DEFAULT_SUPPORT_STRENGTH));
    }

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
        if (!(supportFloor > 0 && supportFloor <= 1)) {
            throw new IllegalArgumentException("supportFloor must be in (0, 1], was " + supportFloor);
        }
        if (!(rareShare > 0 && rareShare <= 1)) {
            throw new IllegalArgumentException("rareShare must be in (0, 1], was " + rareShare);
        }
        if (!(coverThreshold > 0 && coverThreshold <= 1)) {
            throw new IllegalArgumentException("coverThreshold must be in (0, 1], was " + coverThreshold);
        }
        if (supportStrength < 1) {
            throw new IllegalArgumentException("supportStrength must be at least 1, was " + supportStrength);
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
        return new MatchSettings(
                link, suggest, window, candidates, supportFloor, rareShare, coverThreshold, supportStrength);
    }

    public MatchSettings withSupport(double floor, double share) {
        return new MatchSettings(
                linkThreshold, suggestThreshold, window, candidates, floor, share, coverThreshold, supportStrength);
    }

    public MatchSettings withCover(double threshold, int strength) {
        return new MatchSettings(
                linkThreshold, suggestThreshold, window, candidates, supportFloor, rareShare, threshold, strength);
    }

    public MatchSettings withCandidates(int count) {
        return new MatchSettings(
                linkThreshold,
                suggestThreshold,
                window,
                count,
                supportFloor,
                rareShare,
                coverThreshold,
                supportStrength);
    }

    public MatchSettings withWindow(Duration newWindow) {
        return new MatchSettings(
                linkThreshold,
                suggestThreshold,
                newWindow,
                candidates,
                supportFloor,
                rareShare,
                coverThreshold,
                supportStrength);
    }
}
