package io.claimflow.match;

import java.time.Instant;
import java.util.List;

/**
 * A narrative as consumers see it: its claims summed up, what {@code NarrativeUpdated} publishes.
 *
 * @param narrativeId its earliest claim's id
 * @param revision grows with every change: the claims it holds plus the narratives merged into it; a narrative merged
 *     away has, in its final state, one more than in its last live state
 * @param mergedInto the narrative it was merged into, or null while it is live
 * @param labelClaimId its most central claim (the highest sum of link scores, the earliest on a tie)
 * @param labelDocumentId that claim's document
 * @param label that claim's text
 * @param labelLanguage that claim's language
 * @param claimCount how many claims it holds
 * @param documentCount how many documents those claims come from
 * @param languages the languages of its claims, most claims first (then by code)
 * @param sources the sources of its claims with their claim counts, most first, at most {@link #TOP}
 * @param claimants the named claimants of its claims with their claim counts, most first, at most {@link #TOP}
 * @param entities the normalised entities with their type and claim counts, most first, at most {@link #TOP}
 * @param firstSeen when its earliest claim was seen
 * @param lastSeen when its latest claim was seen
 */
public record NarrativeSummary(
        String narrativeId,
        int revision,
        String mergedInto,
        String labelClaimId,
        String labelDocumentId,
        String label,
        String labelLanguage,
        int claimCount,
        int documentCount,
        List<String> languages,
        List<Tally> sources,
        List<Tally> claimants,
        List<EntityTally> entities,
        Instant firstSeen,
        Instant lastSeen) {

    /** The most values a tally keeps (the contract's limit). */
    public static final int TOP = 20;

    public NarrativeSummary {
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        claimants = List.copyOf(claimants);
        entities = List.copyOf(entities);
    }

    /** This narrative's final state: merged into another, one revision on. */
    public NarrativeSummary mergedInto(String into) {
        return new NarrativeSummary(
                narrativeId,
                revision + 1,
                into,
                labelClaimId,
                labelDocumentId,
                label,
                labelLanguage,
                claimCount,
                documentCount,
                languages,
                sources,
                claimants,
                entities,
                firstSeen,
                lastSeen);
    }

    /** A value and how many of the narrative's claims have it. */
    public record Tally(String value, int claims) {}

    /** A normalised entity, its type (an {@code EntityType} name) and how many of the narrative's claims name it. */
    public record EntityTally(String normalized, String type, int claims) {}
}
