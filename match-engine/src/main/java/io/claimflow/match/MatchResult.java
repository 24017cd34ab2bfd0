package io.claimflow.match;

import java.util.List;

/**
 * What matching one claim found and changed.
 *
 * @param claimId the claim matched
 * @param narrativeId the narrative it belongs to now
 * @param links the earlier claims it was linked to (score at least the link threshold), best first
 * @param suggestions possible matches between the suggest and link thresholds, best first; they join nothing
 * @param changedNarratives the summaries, after the change, of every narrative the claim changed
 * @param merges the narratives merged by the claim's links, each with the one it went into
 * @param replayed the claim had been matched before: this is its stored result and nothing changed
 */
public record MatchResult(
        String claimId,
        String narrativeId,
        List<Match> links,
        List<Match> suggestions,
        List<NarrativeSummary> changedNarratives,
        List<Merge> merges,
        boolean replayed) {

    public MatchResult {
        links = List.copyOf(links);
        suggestions = List.copyOf(suggestions);
        changedNarratives = List.copyOf(changedNarratives);
        merges = List.copyOf(merges);
    }
}
