package io.claimflow.store.query;

/**
 * A request of {@code GET /documents/{id}/claims}, its parameters read and checked.
 *
 * @param limit how many claims on a page
 * @param after where the page starts after, null for the first page
 */
public record DocumentClaimsQuery(int limit, DocumentClaimPosition after) {}
