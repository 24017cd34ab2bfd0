package io.claimflow.store.query;

/**
 * A request for narratives, its parameters read and checked; fields its {@link QueryKind} does not take are null.
 *
 * @param filter which narratives
 * @param sort the order of a page
 * @param limit how many narratives a page holds
 * @param after where a page starts, null for the first page
 * @param resumeAfter the sequence number a live feed resumes after, null to start from now
 */
public record NarrativeQuery(
        NarrativeFilter filter, NarrativeSort sort, Integer limit, NarrativePosition after, Long resumeAfter) {}
