package io.claimflow.store.query;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a request of the query API asks for, and so which parameters it takes. */
public enum QueryKind {
    /** A page of claims: {@code GET /claims} (or, as CSV, every claim from the cursor on). */
    PAGE(
            QueryParameters.FILTERS,
            QueryParameters.SORT,
            QueryParameters.LIMIT,
            QueryParameters.CURSOR,
            QueryParameters.FORMAT),
    /** The live feed of new claims: {@code GET /claims/stream}; it resumes after {@code Last-Event-ID}. */
    FEED(QueryParameters.FILTERS),
    /** The counts of a facet: {@code GET /claimants}, {@code GET /entities}. */
    FACET(QueryParameters.FILTERS, QueryParameters.LIMIT),
    /** A page of narratives: {@code GET /narratives}. */
    NARRATIVE_PAGE(
            QueryParameters.NARRATIVE_FILTERS, QueryParameters.SORT, QueryParameters.LIMIT, QueryParameters.CURSOR),
    /** The live feed of narrative updates: {@code GET /narratives/stream}; it resumes after {@code Last-Event-ID}. */
    NARRATIVE_FEED(QueryParameters.NARRATIVE_FILTERS),
    /** A page of the fact-check library: {@code GET /factchecks}, in one order. */
    FACT_CHECK_PAGE(QueryParameters.FACT_CHECK_FILTERS, QueryParameters.LIMIT, QueryParameters.CURSOR),
    /** A page of one document's claims in document order: {@code GET /documents/{id}/claims}. */
    DOCUMENT_CLAIMS(List.of(), QueryParameters.LIMIT, QueryParameters.CURSOR),
    /** The saved filter of a watch: {@code POST /watches}, and each watch as it is evaluated. */
    WATCH(QueryParameters.WATCH_FILTERS);

    private final Set<String> parameters;

    QueryKind(List<String> filters, String... ownParameters) {
        Set<String> all = new TreeSet<>(filters);
        all.addAll(List.of(ownParameters));
        this.parameters = all;
    }

    /** Every query parameter this kind of request takes, in alphabetical order. */
    public Set<String> parameters() {
        return parameters;
    }
}
