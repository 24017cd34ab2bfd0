package io.claimflow.matching.rest;

import io.claimflow.contracts.event.ClaimMatched;
import java.util.List;

/**
 * What matching a claim would find, nothing changed: the narrative it would join (null: it would start its own), the
 * claims it would be linked to and the ones only suggested, and the fact-checks it matches, each with score and
 * evidence as on the topic.
 */
public record PreviewResult(
        String narrativeId,
        List<ClaimMatched.Match> links,
        List<ClaimMatched.Match> suggestions,
        List<ClaimMatched.FactCheckMatch> factChecks) {}
