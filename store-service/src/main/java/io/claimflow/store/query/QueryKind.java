package io.claimflow.store.query;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a request of the query API asks for, and so which parameters it takes beside the filters. */
public enum QueryKind {
    /** A page of claims: {@code GET /claims}. */
    PAGE(QueryParameters.SORT, QueryParameters.LIMIT, QueryParameters.CURSOR),
    /** The live feed of new claims: {@code GET /claims/stream}; it resumes after {@code Last-Event-ID}. */
    FEED,
    /** The counts of a facet: {@code GET /claimants}, {@code GET /entities}. */
    FACET(QueryParameters.LIMIT);

    private final Set<String> parameters;

    QueryKind(String... ownParameters) {
        Set<String> all = new TreeSet<>(QueryParameters.FILTERS);
        all.addAll(List.of(ownParameters));
        this.parameters = all;
    }

    /** Every query parameter this kind of request takes, in alphabetical order. */
    public Set<String> parameters() {
        return parameters;
    }
}
