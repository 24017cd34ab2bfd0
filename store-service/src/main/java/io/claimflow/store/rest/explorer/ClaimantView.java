package io.claimflow.store.rest.explorer;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The claimant page.
 *
 * @param name the claimant
 * @param claims their latest claims
 * @param moreClaimsHref every claim of theirs, on the claims page; null when all are shown
 * @param claimsHref the claims page of this claimant, with its facets
 * @param narratives the narratives they push, latest first
 * @param narrativesHref every narrative they push
 */
@TemplateData
public record ClaimantView(
        String name,
        List<ClaimView> claims,
        String moreClaimsHref,
        String claimsHref,
        List<NarrativeViews.Row> narratives,
        String narrativesHref) {}
