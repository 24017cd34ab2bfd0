package io.claimflow.store.query;

/**
 * Where a page ended: the sort key of its last claim. The next page starts after it, so claims stored meanwhile neither
 * shift nor repeat what follows.
 *
 * @param sort the order the position belongs to
 * @param score the last claim's check-worthiness (used by {@link ClaimSort#SCORE})
 * @param seq the last claim's sequence number
 */
public record PagePosition(ClaimSort sort, double score, long seq) {}
