package io.claimflow.match;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A narrative as consumers see it: its claims summed up.
 *
 * @param narrativeId its earliest claim's id
 * @param labelClaimId its most central claim (the highest sum of link scores, the earliest on a tie)
 * @param label that claim's text
 * @param languages the languages of its claims, sorted
 * @param sources the sources of its claims, sorted
 * @param documents the documents of its claims, sorted
 * @param claimants the named claimants of its claims, sorted
 * @param topEntities the most frequent normalised entities with their claim counts, most frequent first
 * @param claimCount how many claims it holds
 * @param firstSeen when its earliest claim was seen
 * @param lastSeen when its latest claim was seen
 */
public record NarrativeSummary(
        String narrativeId,
        String labelClaimId,
        String label,
        List<String> languages,
        List<String> sources,
        List<String> documents,
        List<String> claimants,
        Map<String, Integer> topEntities,
        int claimCount,
        Instant firstSeen,
        Instant lastSeen) {}
