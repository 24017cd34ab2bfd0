package io.claimflow.store.query;

/**
 * A request of {@code GET /factchecks}, its parameters read and checked.
 *
 * @param filter which fact-checks
 * @param limit how many on a page
 * @param after the sequence number a page starts after (newest first), null for the first page
 */
public record FactCheckQuery(FactCheckFilter filter, int limit, Long after) {}
