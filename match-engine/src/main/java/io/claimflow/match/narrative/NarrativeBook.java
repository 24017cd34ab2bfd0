package io.claimflow.match.narrative;

import io.claimflow.match.Match;
import io.claimflow.match.Merge;
import io.claimflow.match.NarrativeSummary;
import io.claimflow.match.index.ClaimDocuments;
import io.claimflow.match.index.ClaimIndex;
import io.claimflow.match.index.StoredClaim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * Narrative bookkeeping in the index: which narrative a linked claim joins, merging the narratives its links join (the
 * oldest survives, the others redirect to it), link sums, and summaries read back from the claims.
 */
public final class NarrativeBook {

    private final ClaimIndex index;

    public NarrativeBook(ClaimIndex index) {
        this.index = index;
    }

    /**
     * Where a claim went: its narrative, the merges its links caused, and the final state of each narrative merged away
     * (taken before its claims moved, so it still describes them).
     */
    public record Joined(String narrativeId, List<Merge> merges, List<NarrativeSummary> mergedAway) {}

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
        List<NarrativeSummary> mergedAway = new ArrayList<>();
        for (String from : narratives.subList(Math.min(1, narratives.size()), narratives.size())) {
            List<StoredClaim> members = index.claimsOf(from);
            mergedAway.add(summary(from, members).mergedInto(survivor));
            for (StoredClaim member : members) {
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
                claim.entityTypes(),
                claim.features(),
                sum,
                claim.result()));
        for (Match link : links) {
            StoredClaim other = linked.get(link.claimId());
            index.setLinkSum(other.claimId(), other.linkSum() + link.score());
        }
        index.refresh();
        return new Joined(survivor, merges, mergedAway);
    }

    // A narrative's id is its earliest claim's; that claim's time orders narratives.
    private Instant firstSeen(String narrativeId) {
        StoredClaim first = index.find(narrativeId);
        return first == null ? Instant.MAX : first.seenAt();
    }

    /** The summary of a live narrative, or null when no claim belongs to it. */
    public NarrativeSummary summary(String narrativeId) {
        List<StoredClaim> claims = index.claimsOf(narrativeId);
        return claims.isEmpty() ? null : summary(narrativeId, claims);
    }

    private NarrativeSummary summary(String narrativeId, List<StoredClaim> claims) {
        return Summaries.of(narrativeId, revision(narrativeId, claims.size()), claims);
    }

    /**
     * A live narrative's revision: its claims plus the narratives merged into it (its redirects; earlier redirects are
     * repointed to the survivor, so they count too). Both only grow while it lives, and both are in the index, so the
     * revision survives a restart and a rebuild without being stored on its own.
     */
    private int revision(String narrativeId, int claims) {
        int merged = index.read(searcher -> searcher.count(new TermQuery(new Term(ClaimDocuments.INTO, narrativeId))));
        return claims + merged;
    }
}
