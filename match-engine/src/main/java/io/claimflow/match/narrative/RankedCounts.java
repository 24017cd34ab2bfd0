package io.claimflow.match.narrative;

import io.claimflow.match.NarrativeSummary.Tally;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Values with how many claims have each, kept in rank order (most claims first, then by value), so a narrative's top
 * few cost no sort of all its values each time it is published. Counts only grow, as a narrative only grows.
 */
final class RankedCounts {

    private static final Comparator<Tally> RANK =
            Comparator.comparingInt(Tally::claims).reversed().thenComparing(Tally::value);

    private final Map<String, Integer> counts = new HashMap<>();
    private final TreeSet<Tally> ranked = new TreeSet<>(RANK);

    /** Counts a value for {@code claims} more claims; a null value counts for nothing. */
    void add(String value, int claims) {
        if (value == null) {
            return;
        }
        Integer before = counts.get(value);
        if (before != null) {
            ranked.remove(new Tally(value, before));
        }
        int now = before == null ? claims : before + claims;
        counts.put(value, now);
        ranked.add(new Tally(value, now));
    }

    /** Adds another's counts: the claims of a narrative merged into this one. */
    void addAll(RankedCounts other) {
        other.counts.forEach(this::add);
    }

    /** The first {@code limit} values in rank order. */
    List<Tally> top(int limit) {
        return ranked.stream().limit(limit).toList();
    }
}
