package io.claimflow.store.mapping;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import java.util.List;

/**
 * A claim as the API serves it: the fields of {@code ClaimExtracted}, as the topic carries them, plus the narrative the
 * matcher put it in and the published fact-checks it found for it.
 *
 * @param claim the claim
 * @param narrativeId its narrative (resolved through merges to the survivor), null until the claim is matched
 * @param factChecks the fact-checks of the latest match record that carried any, best first; empty when none
 */
public record StoredClaim(
        @JsonUnwrapped ClaimExtracted claim, String narrativeId, List<ClaimMatched.FactCheckMatch> factChecks) {

    public StoredClaim {
        factChecks = factChecks == null ? List.of() : List.copyOf(factChecks);
    }
}
