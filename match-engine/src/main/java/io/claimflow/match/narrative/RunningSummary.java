package io.claimflow.match.narrative;

import io.claimflow.match.NarrativeSummary;
import io.claimflow.match.NarrativeSummary.EntityTally;
import io.claimflow.match.NarrativeSummary.Tally;
import io.claimflow.match.index.StoredClaim;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A narrative's summary kept up to date claim by claim and merge by merge, so that publishing a narrative of thousands
 * of claims does not read them all again. Built from the claims themselves it is the summary of those claims; each
 * change after that leaves it as if it had been built again from the claims the narrative then holds.
 */
final class RunningSummary {

    // The label is the most central claim; on a tie the earliest, then the smallest id.
    private static final Comparator<Label> CENTRAL = Comparator.comparingDouble(Label::centrality)
            .thenComparing(Label::seenAt, Comparator.reverseOrder())
            .thenComparing(Label::claimId, Comparator.reverseOrder());

    private int claims;
    private int documents;
    private final RankedCounts languages = new RankedCounts();
    private final RankedCounts sources = new RankedCounts();
    private final RankedCounts claimants = new RankedCounts();
    private final RankedCounts entities = new RankedCounts();
    // Per entity, how many of its mentions have each type.
    private final Map<String, Map<String, Integer>> entityTypes = new HashMap<>();
    private Label label;
    private Instant firstSeen;
    private Instant lastSeen;

    private record Label(
            String claimId, String documentId, String text, String language, double centrality, Instant seenAt) {}

    /** The summary of these claims, which are all of a narrative's. */
    static RunningSummary of(List<StoredClaim> claims) {
        RunningSummary summary = new RunningSummary();
        Set<String> documents = new HashSet<>();
        for (StoredClaim claim : claims) {
            summary.add(claim, documents.add(claim.documentId()));
        }
        return summary;
    }

    // A restored index adds the same link scores in another order: their sums may differ in the last bits, not more.
    private static double centrality(double linkSum) {
        return Math.round(linkSum * 1e9) / 1e9;
    }

    int claims() {
        return claims;
    }

    /** A claim joined; {@code newDocument} when none of the narrative's claims so far came from its document. */
    void add(StoredClaim claim, boolean newDocument) {
        claims++;
        documents += newDocument ? 1 : 0;
        languages.add(claim.features().language(), 1);
        sources.add(blankToNull(claim.source()), 1);
        claimants.add(blankToNull(claim.claimant()), 1);
        for (int i = 0; i < claim.entities().size(); i++) {
            entities.add(claim.entities().get(i), 1);
            entityTypes
                    .computeIfAbsent(claim.entities().get(i), entity -> new HashMap<>())
                    .merge(claim.entityTypes().get(i), 1, Integer::sum);
        }
        offer(claim);
        firstSeen = firstSeen == null || claim.seenAt().isBefore(firstSeen) ? claim.seenAt() : firstSeen;
        lastSeen = lastSeen == null || claim.seenAt().isAfter(lastSeen) ? claim.seenAt() : lastSeen;
    }

    /** A claim of the narrative whose link sum grew (sums only grow): it may be the most central now. */
    void offer(StoredClaim claim) {
        Label candidate = new Label(
                claim.claimId(),
                claim.documentId(),
                claim.text(),
                claim.features().language(),
                centrality(claim.linkSum()),
                claim.seenAt());
        if (label == null || candidate.claimId().equals(label.claimId()) || CENTRAL.compare(candidate, label) > 0) {
            label = candidate;
        }
    }

    /** A narrative merged into this one; {@code newDocuments} of its documents had none of this one's claims. */
    void absorb(RunningSummary merged, int newDocuments) {
        if (merged.claims == 0) {
            return;
        }
        claims += merged.claims;
        documents += newDocuments;
        languages.addAll(merged.languages);
        sources.addAll(merged.sources);
        claimants.addAll(merged.claimants);
        entities.addAll(merged.entities);
        merged.entityTypes.forEach((entity, types) -> types.forEach((type, mentions) ->
                entityTypes.computeIfAbsent(entity, e -> new HashMap<>()).merge(type, mentions, Integer::sum)));
        if (label == null || CENTRAL.compare(merged.label, label) > 0) {
            label = merged.label;
        }
        firstSeen = firstSeen == null || merged.firstSeen.isBefore(firstSeen) ? merged.firstSeen : firstSeen;
        lastSeen = lastSeen == null || merged.lastSeen.isAfter(lastSeen) ? merged.lastSeen : lastSeen;
    }

    /** The summary as published; only for a narrative that holds claims. */
    NarrativeSummary summary(String narrativeId, int revision) {
        if (claims == 0) {
            throw new IllegalStateException("narrative " + narrativeId + " holds no claims");
        }
        return new NarrativeSummary(
                narrativeId,
                revision,
                null,
                label.claimId(),
                label.documentId(),
                label.text(),
                label.language(),
                claims,
                documents,
                languages.top(Integer.MAX_VALUE).stream().map(Tally::value).toList(),
                sources.top(NarrativeSummary.TOP),
                claimants.top(NarrativeSummary.TOP),
                entities.top(NarrativeSummary.TOP).stream()
                        .map(tally -> new EntityTally(tally.value(), typeOf(tally.value()), tally.claims()))
                        .toList(),
                firstSeen,
                lastSeen);
    }

    // The type most of an entity's mentions have, the first by name on a tie.
    private String typeOf(String entity) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> type : new TreeMap<>(entityTypes.get(entity)).entrySet()) {
            if (type.getValue() > most) {
                best = type.getKey();
                most = type.getValue();
            }
        }
        return best;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
