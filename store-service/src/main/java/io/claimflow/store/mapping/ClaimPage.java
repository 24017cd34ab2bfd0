package io.claimflow.store.mapping;

import java.util.List;

/**
 * One page of claims.
 *
 * @param items the claims, in the requested order
 * @param next the URL of the following page with the same filters, or null on the last one
 */
public record ClaimPage(List<StoredClaim> items, String next) {}
