package io.claimflow.store.rest.explorer;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The claims page: the search and sort of its view, the facets, one page of claims and the links to the next page and
 * the first.
 *
 * @param q the words searched, or null
 * @param sort {@code newest} or {@code score}
 * @param hidden the view's other parameters, which the search form carries along
 * @param facets the facets, in the order shown
 * @param claims the claims of this page
 * @param nextHref the next page, null on the last
 * @param firstHref the first page of the view, null on the first
 * @param filtered whether any filter narrows the view
 * @param clearHref the page without any filter
 * @param feedHref the live feed of this view's filters (the store's Server-Sent Events)
 */
@TemplateData
public record ClaimsView(
        String q,
        String sort,
        List<Field> hidden,
        List<FacetView> facets,
        List<ClaimView> claims,
        String nextHref,
        String firstHref,
        boolean filtered,
        String clearHref,
        String feedHref) {

    /** A parameter of the view and its value. */
    @TemplateData
    public record Field(String name, String value) {}
}
