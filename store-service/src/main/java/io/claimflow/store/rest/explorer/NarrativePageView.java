package io.claimflow.store.rest.explorer;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * One narrative's page.
 *
 * @param narrativeId the narrative
 * @param label the claim that labels it
 * @param claims how many claims it holds
 * @param documents from how many documents
 * @param languages its languages, each linking to its claims in that language
 * @param sources its sources with their claims
 * @param firstSeen when its first claim was seen
 * @param lastSeen when its latest claim was seen
 * @param claimsHref the claims page of this narrative
 * @param timeline claims per day and language
 * @param documentList the documents of its stored claims
 * @param groups its stored claims, grouped by document
 */
@TemplateData
public record NarrativePageView(
        String narrativeId,
        String label,
        int claims,
        int documents,
        List<ClaimView.Labelled> languages,
        List<String> sources,
        String firstSeen,
        String lastSeen,
        String claimsHref,
        TimelineChart timeline,
        List<NarrativeViews.DocumentRef> documentList,
        List<NarrativeViews.Group> groups) {}
