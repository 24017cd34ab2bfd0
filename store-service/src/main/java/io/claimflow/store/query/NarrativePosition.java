package io.claimflow.store.query;

/**
 * Where a page of narratives ended, and the state of the store it was read from. Narratives change as claims join them,
 * so every page of one listing reads the narratives as they stood at {@code asOf}: a narrative that grows or merges
 * meanwhile neither moves into a page already read nor out of one still to come.
 *
 * @param sort the order the position belongs to
 * @param key the last narrative's sort key: its claims, its spread, or its last-seen time in microseconds
 * @param narrativeId the last narrative's id
 * @param asOf the narrative revision sequence number the listing reads as of
 */
public record NarrativePosition(NarrativeSort sort, long key, String narrativeId, long asOf) {}
