package io.claimflow.store.rest.explorer;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** The parts of the explorer's narrative pages: a row of the listing, a document, the claims of a document. */
public final class NarrativeViews {

    private NarrativeViews() {}

    /**
     * A narrative in the listing.
     *
     * @param label the claim that labels it
     * @param href its page
     * @param claims how many claims it holds
     * @param documents from how many documents
     * @param languages its languages
     * @param sources its top sources
     * @param firstSeen when its first claim was seen
     * @param lastSeen when its latest claim was seen
     */
    @TemplateData
    public record Row(
            String label,
            String href,
            int claims,
            int documents,
            String languages,
            String sources,
            String firstSeen,
            String lastSeen) {}

    /** A document of a narrative: its page, its title (else URL, else id), source, language and claims in it. */
    @TemplateData
    public record DocumentRef(String href, String title, String source, String language, long claims) {}

    /** The narrative's claims from one document, each with its links and, apart, its suggestions. */
    @TemplateData
    public record Group(DocumentRef document, List<DocumentPageView.ClaimDetail> claims) {}
}
