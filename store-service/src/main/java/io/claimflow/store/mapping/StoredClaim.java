package io.claimflow.store.mapping;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimflow.contracts.event.ClaimExtracted;

/**
 * A claim as the API serves it: the fields of {@code ClaimExtracted}, as the topic carries them, plus the narrative the
 * matcher put it in.
 *
 * @param claim the claim
 * @param narrativeId its narrative (resolved through merges to the survivor), null until the claim is matched
 */
public record StoredClaim(@JsonUnwrapped ClaimExtracted claim, String narrativeId) {}
