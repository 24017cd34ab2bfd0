package io.claimflow.store.mapping;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimflow.contracts.event.ClaimMatched;
import java.util.List;

/**
 * A claim of a narrative with what the matcher found for it: the claims it is linked to, and apart from those the ones
 * only suggested, each with its score and evidence, so that an analyst can see why and confirm or reject it.
 *
 * @param claim the claim, as {@code GET /claims} serves it
 * @param links earlier claims at or above the link threshold, best first
 * @param suggestions earlier claims between the suggestion and the link threshold, best first
 */
public record NarrativeClaim(
        @JsonUnwrapped StoredClaim claim, List<ClaimMatched.Match> links, List<ClaimMatched.Match> suggestions) {}
