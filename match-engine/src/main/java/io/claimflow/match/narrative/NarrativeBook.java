package io.claimflow.match.narrative;

import io.claimflow.match.Match;
import io.claimflow.match.Merge;
import io.claimflow.match.NarrativeSummary;
import io.claimflow.match.index.ClaimIndex;
import io.claimflow.match.index.StoredClaim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Narrative bookkeeping in the index: which narrative a linked claim joins, merging the narratives its links join (the
 * oldest survives, the others redirect to it), link sums, and summaries read back from the claims.
 */
public final class NarrativeBook {

    private static final int TOP_ENTITIES = 10;

    private final ClaimIndex index;

    public NarrativeBook(ClaimIndex index) {
        this.index = index;
    }

    /** Where a claim went: its narrative and the merges its links caused. */
    public record Joined(String narrativeId, List<Merge> merges) {}

    /**
     * Adds a claim (whose narrative field is ignored) with its links: it joins the oldest narrative among its links'
     * (or starts its own, named by its id), every other narrative of its links is merged into that one.
     */
    public Joined add(StoredClaim claim, List<Match> links, Map<String, StoredClaim> linked) {
        List<String> narratives = links.stream()
                .map(link -> linked.get(link.claimId()).narrativeId())
                .distinct()
                .sorted(Comparator.comparing(this::firstSeen).thenComparing(Comparator.naturalOrder()))
                .toList();
        String survivor = narratives.isEmpty() ? claim.claimId() : narratives.get(0);
        List<Merge> merges = new ArrayList<>();
        for (String from : narratives.subList(Math.min(1, narratives.size()), narratives.size())) {
            for (StoredClaim member : index.claimsOf(from)) {
                index.replace(member.inNarrative(survivor));
            }
            index.redirect(from, survivor);
            merges.add(new Merge(from, survivor));
        }
        double sum = links.stream().mapToDouble(Match::score).sum();
        index.add(new StoredClaim(
                claim.claimId(),
                claim.documentId(),
                survivor,
                claim.text(),
                claim.source(),
                claim.url(),
                claim.claimant(),
                claim.seenAt(),
                claim.entities(),
                claim.features(),
                sum,
                claim.result()));
        for (Match link : links) {
            StoredClaim other = linked.get(link.claimId());
            index.setLinkSum(other.claimId(), other.linkSum() + link.score());
        }
        index.refresh();
        return new Joined(survivor, merges);
    }

    // A narrative's id is its earliest claim's; that claim's time orders narratives.
    private Instant firstSeen(String narrativeId) {
        StoredClaim first = index.find(narrativeId);
        return first == null ? Instant.MAX : first.seenAt();
    }

    /** The summary of a live narrative, or null when no claim belongs to it. */
    public NarrativeSummary summary(String narrativeId) {
        List<StoredClaim> claims = index.claimsOf(narrativeId);
        if (claims.isEmpty()) {
            return null;
        }
        StoredClaim label = claims.stream()
                .max(Comparator.comparingDouble(StoredClaim::linkSum)
                        .thenComparing(StoredClaim::seenAt, Comparator.reverseOrder())
                        .thenComparing(StoredClaim::claimId, Comparator.reverseOrder()))
                .orElseThrow();
        Map<String, Integer> entityCounts = new HashMap<>();
        claims.forEach(c -> c.entities().forEach(e -> entityCounts.merge(e, 1, Integer::sum)));
        Map<String, Integer> top = new LinkedHashMap<>();
        entityCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ENTITIES)
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return new NarrativeSummary(
                narrativeId,
                label.claimId(),
                label.text(),
                sorted(claims.stream().map(c -> c.features().language()).toList()),
                sorted(claims.stream().map(StoredClaim::source).toList()),
                sorted(claims.stream().map(StoredClaim::documentId).toList()),
                sorted(claims.stream().map(StoredClaim::claimant).toList()),
                top,
                claims.size(),
                claims.stream()
                        .map(StoredClaim::seenAt)
                        .min(Comparator.naturalOrder())
                        .orElseThrow(),
                claims.stream()
                        .map(StoredClaim::seenAt)
                        .max(Comparator.naturalOrder())
                        .orElseThrow());
    }

    private static List<String> sorted(List<String> values) {
        return List.copyOf(
                new TreeSet<>(values.stream().filter(Objects::nonNull).toList()));
    }
}
