package io.claimflow.store.mapping;

import java.util.List;

/**
 * One page of the fact-check library.
 *
 * @param items the fact-checks, newest in the library first
 * @param next the URL of the following page with the same filters, or null on the last one
 */
public record FactCheckPage(List<StoredFactCheck> items, String next) {}
