package io.claimflow.store.mapping;

import io.claimflow.contracts.event.NarrativeUpdated;
import java.util.List;

/**
 * A narrative with what the store holds of it.
 *
 * @param narrative its summary as the matcher last published it
 * @param documents the documents its stored claims come from, earliest first (at most max-page-size)
 * @param timeline how many of its stored claims each day had, per language, by day
 * @param claims its stored claims in the order they were stored (at most max-page-size), each with its links and
 *     suggestions
 */
public record NarrativeDetails(
        NarrativeUpdated narrative,
        List<NarrativeDocument> documents,
        List<TimelineDay> timeline,
        List<NarrativeClaim> claims) {

    /**
     * A document of the narrative.
     *
     * @param documentId the document
     * @param url where it was published, null until its submission is stored
     * @param title its title
     * @param source its publisher or feed
     * @param language its language
     * @param claims how many of its claims are in the narrative
     */
    public record NarrativeDocument(
            String documentId, String url, String title, String source, String language, long claims) {}

    /**
     * The narrative's claims of one day in one language.
     *
     * @param day the ISO date (UTC) of the claims' documents: published, else received
     * @param language the claims' language
     * @param claims how many
     */
    public record TimelineDay(String day, String language, long claims) {}
}
