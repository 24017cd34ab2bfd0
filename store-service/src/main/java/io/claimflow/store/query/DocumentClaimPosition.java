package io.claimflow.store.query;

/**
 * Where a page of a document's claims ends, in their document order (ordinal, then id).
 *
 * @param ordinal the last claim's position among the document's claims
 * @param claimId the last claim's id
 */
public record DocumentClaimPosition(int ordinal, String claimId) {}
