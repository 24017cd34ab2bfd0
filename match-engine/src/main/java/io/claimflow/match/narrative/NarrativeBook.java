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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * Narrative bookkeeping in the index: which narrative a linked claim joins, merging the narratives its links join (the
 * oldest survives, the others redirect to it), link sums, and summaries, kept up to date as claims join for the
 * narratives in use and read back from the claims for the others.
 */
public final class NarrativeBook {

    // Summaries kept between batches, the least recently used dropped first: the narratives that grow now, and few
    // enough that a million one-claim narratives do not stay in memory (one is read back from its claims when needed).
    private static final int KEPT_SUMMARIES = 10_000;

    private final ClaimIndex index;
    private final Map<String, RunningSummary> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RunningSummary> eldest) {
            return size() > KEPT_SUMMARIES;
        }
    };

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
        Map<String, Instant> firstSeen = new HashMap<>();
        links.forEach(
                link -> firstSeen.computeIfAbsent(linked.get(link.claimId()).narrativeId(), this::firstSeen));
        List<String> narratives = firstSeen.keySet().stream()
                .sorted(Comparator.comparing((String id) -> firstSeen.get(id)).thenComparing(Comparator.naturalOrder()))
                .toList();
        String survivor = narratives.isEmpty() ? claim.claimId() : narratives.get(0);
        // Everything below reads the index as it was before this claim (its reads of claims by id, narrative and
        // document include those added since the last refresh), so the claim's own document is looked up before the
        // claim is added. The survivor's summary is out of the kept ones until the end, so a failure half-way leaves
        // none half-updated.
        RunningSummary summary = narratives.isEmpty() ? new RunningSummary() : running(survivor);
        kept.remove(survivor);
        Set<String> documentsMovedIn = new HashSet<>();
        List<Merge> merges = new ArrayList<>();
        List<NarrativeSummary> mergedAway = new ArrayList<>();
        for (String from : narratives.subList(Math.min(1, narratives.size()), narratives.size())) {
            List<StoredClaim> members = index.claimsOf(from);
            RunningSummary merged = kept.remove(from);
            merged = merged != null ? merged : RunningSummary.of(members);
            mergedAway.add(merged.summary(from, revision(from, merged.claims())).mergedInto(survivor));
            Set<String> documents = new HashSet<>();
            members.forEach(member -> documents.add(member.documentId()));
            int newDocuments = (int) documents.stream()
                    .filter(document -> !holds(survivor, document, documentsMovedIn))
                    .count();
            summary.absorb(merged, newDocuments);
            documentsMovedIn.addAll(documents);
            for (StoredClaim member : members) {
                index.replace(member.inNarrative(survivor));
            }
            index.redirect(from, survivor);
            merges.add(new Merge(from, survivor));
        }
        double sum = links.stream().mapToDouble(Match::score).sum();
        StoredClaim joining = new StoredClaim(
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
                claim.result());
        boolean newDocument = !holds(survivor, claim.documentId(), documentsMovedIn);
        index.add(joining);
        summary.add(joining, newDocument);
        for (Match link : links) {
            StoredClaim before = linked.get(link.claimId());
            StoredClaim other = before.withLinkSum(before.linkSum() + link.score());
            index.setLinkSum(other.claimId(), other.linkSum());
            summary.offer(other);
        }
        kept.put(survivor, summary);
        return new Joined(survivor, merges, mergedAway);
    }

    // Whether the survivor had a claim of a document before this claim came, or got one in a merge it caused.
    private boolean holds(String survivor, String documentId, Set<String> documentsMovedIn) {
        return documentsMovedIn.contains(documentId) || index.holds(survivor, documentId);
    }

    // A narrative's id is its earliest claim's; that claim's time orders narratives.
    private Instant firstSeen(String narrativeId) {
        Instant seen = index.seenAt(narrativeId);
        return seen == null ? Instant.MAX : seen;
    }

    /** The summary of a live narrative, or null when no claim belongs to it. */
    public NarrativeSummary summary(String narrativeId) {
        RunningSummary summary = running(narrativeId);
        return summary.claims() == 0 ? null : summary.summary(narrativeId, revision(narrativeId, summary.claims()));
    }

    // The kept summary of a narrative, or one read back from its claims (empty when it holds none, and then not kept).
    private RunningSummary running(String narrativeId) {
        RunningSummary summary = kept.get(narrativeId);
        if (summary == null) {
            summary = RunningSummary.of(index.claimsOf(narrativeId));
            if (summary.claims() > 0) {
                kept.put(narrativeId, summary);
            }
        }
        return summary;
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
