package io.claimflow.store.rest.explorer;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The narratives page.
 *
 * @param sort {@code recent}, {@code size} or {@code spread}
 * @param sorts the links to each order of the same view
 * @param narratives this page of narratives
 * @param nextHref the next page, null on the last
 * @param firstHref the first page, null on the first
 */
@TemplateData
public record NarrativeListing(
        String sort,
        List<ClaimView.Labelled> sorts,
        List<NarrativeViews.Row> narratives,
        String nextHref,
        String firstHref) {}
