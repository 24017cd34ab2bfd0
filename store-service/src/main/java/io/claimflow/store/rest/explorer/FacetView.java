package io.claimflow.store.rest.explorer;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * One facet of the claims page: its values among the claims in view with their counts, each a link to the view narrowed
 * to it, and, when the view is narrowed to one of them already, the link that widens it again.
 *
 * @param parameter the query parameter of the facet
 * @param title what the facet is
 * @param selected the value the view is narrowed to, as shown, or null
 * @param removeHref the view without this facet's filter, null when it has none
 * @param values the values, most claims first
 */
@TemplateData
public record FacetView(String parameter, String title, String selected, String removeHref, List<Value> values) {

    /** A value: its label, the claims in view that have it, and the view narrowed to it. */
    @TemplateData
    public record Value(String label, long claims, String href) {}
}
