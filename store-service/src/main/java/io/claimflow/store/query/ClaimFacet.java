package io.claimflow.store.query;

/**
 * A facet of the claims beyond {@code /claimants} and {@code /entities}: one value per claim, counted over the claims a
 * filter matches. Each is named by the query parameter that filters on its values, so a value links to its view.
 */
public enum ClaimFacet {
    LANGUAGE(QueryParameters.LANGUAGE),
    CLAIMANT_TYPE(QueryParameters.CLAIMANT_TYPE),
    SOURCE(QueryParameters.SOURCE),
    NARRATIVE(QueryParameters.NARRATIVE),
    FACT_CHECKED(QueryParameters.FACT_CHECKED);

    private final String parameter;

    ClaimFacet(String parameter) {
        this.parameter = parameter;
    }

    /** The query parameter that filters on this facet's values. */
    public String parameter() {
        return parameter;
    }
}
