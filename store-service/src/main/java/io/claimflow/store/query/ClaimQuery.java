package io.claimflow.store.query;

/**
 * A request of the query API, its parameters read and checked. Fields that the request's {@link QueryKind} does not
 * take are null.
 *
 * @param filter which claims
 * @param sort the order of a page
 * @param limit how many claims (a page) or values (a facet)
 * @param after where a page starts, null for the first page
 * @param resumeAfter the sequence number a live feed resumes after, null to start from now
 * @param format the form a page was asked for in {@code format}, null when the request left it to its Accept header
 */
public record ClaimQuery(
        ClaimFilter filter, ClaimSort sort, Integer limit, PagePosition after, Long resumeAfter, ClaimFormat format) {}
