package io.claimflow.match.narrative;

import io.claimflow.match.NarrativeSummary;
import io.claimflow.match.NarrativeSummary.EntityTally;
import io.claimflow.match.NarrativeSummary.Tally;
import io.claimflow.match.index.StoredClaim;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A narrative's summary computed from its claims: label, counts and tallies (most claims first, then by value). */
final class Summaries {

    private Summaries() {}

    // A restored index adds the same link scores in another order: their sums may differ in the last bits, not more.
    private static double centrality(StoredClaim claim) {
        return Math.round(claim.linkSum() * 1e9) / 1e9;
    }

    static NarrativeSummary of(String narrativeId, int revision, List<StoredClaim> claims) {
        StoredClaim label = claims.stream()
                .max(Comparator.comparingDouble(Summaries::centrality)
                        .thenComparing(StoredClaim::seenAt, Comparator.reverseOrder())
                        .thenComparing(StoredClaim::claimId, Comparator.reverseOrder()))
                .orElseThrow();
        Set<String> documents = new HashSet<>();
        claims.forEach(claim -> documents.add(claim.documentId()));
        return new NarrativeSummary(
                narrativeId,
                revision,
                null,
                label.claimId(),
                label.documentId(),
                label.text(),
                label.features().language(),
                claims.size(),
                documents.size(),
                tally(claims, claim -> List.of(claim.features().language()), Integer.MAX_VALUE).stream()
                        .map(Tally::value)
                        .toList(),
                tally(claims, claim -> single(claim.source()), NarrativeSummary.TOP),
                tally(claims, claim -> single(claim.claimant()), NarrativeSummary.TOP),
                entities(claims),
                claims.stream()
                        .map(StoredClaim::seenAt)
                        .min(Comparator.naturalOrder())
                        .orElseThrow(),
                claims.stream()
                        .map(StoredClaim::seenAt)
                        .max(Comparator.naturalOrder())
                        .orElseThrow());
    }

    private static List<String> single(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    /** How many claims have each value (a claim counts once per distinct value), the most first. */
    private static List<Tally> tally(List<StoredClaim> claims, Function<StoredClaim, List<String>> values, int top) {
        Map<String, Integer> counts = new HashMap<>();
        for (StoredClaim claim : claims) {
            new HashSet<>(values.apply(claim)).forEach(value -> counts.merge(value, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .map(entry -> new Tally(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** Entities by claims; an entity's type is the one most of its mentions have (the first by name on a tie). */
    private static List<EntityTally> entities(List<StoredClaim> claims) {
        Map<String, Map<String, Integer>> types = new HashMap<>();
        for (StoredClaim claim : claims) {
            for (int i = 0; i < claim.entities().size(); i++) {
                types.computeIfAbsent(claim.entities().get(i), e -> new HashMap<>())
                        .merge(claim.entityTypes().get(i), 1, Integer::sum);
            }
        }
        return tally(claims, StoredClaim::entities, NarrativeSummary.TOP).stream()
                .map(tally -> new EntityTally(tally.value(), typeOf(types.get(tally.value())), tally.claims()))
                .toList();
    }

    private static String typeOf(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> entry : new java.util.TreeMap<>(counts).entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }
}
