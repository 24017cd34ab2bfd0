package io.claimflow.store.rest.explorer;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The document page: what the store knows of the document, its text cut at its claims, and each claim's details with
 * the claims of other documents the matcher linked it to.
 *
 * @param documentId the document
 * @param title its title, else its id
 * @param status received, processed or failed
 * @param language its language
 * @param url where it was published
 * @param source its publisher or feed
 * @param publishedAt when it was published (ISO instant), or null
 * @param receivedAt when it was received (ISO instant), or null
 * @param error why extraction failed, or null
 * @param claimCount how many claims extraction found, or null until processed
 * @param storedClaims how many of its claims the store holds
 * @param textStored whether the submitted text is stored (it reaches the store apart from the extraction's outcome)
 * @param claimsHref the claims page of this document
 * @param apiHref the document in the API, which the page reads again while its claims are being stored
 * @param segments its text, cut at its claims' spans
 * @param claims each claim with what the matcher found for it, in document order
 * @param citations every URL its claims cite, once each
 */
@TemplateData
public record DocumentPageView(
        String documentId,
        String title,
        String status,
        String language,
        SafeLink url,
        String source,
        String publishedAt,
        String receivedAt,
        String error,
        Integer claimCount,
        int storedClaims,
        boolean textStored,
        String claimsHref,
        String apiHref,
        List<DocumentText.Segment> segments,
        List<ClaimDetail> claims,
        List<SafeLink> citations) {

    /** A claim of the document with its links and suggestions to claims of other documents. */
    @TemplateData
    public record ClaimDetail(ClaimView claim, List<Related> links, List<Related> suggestions) {}

    /**
     * A claim the matcher related to this one.
     *
     * @param documentHref the page of its document, at that claim
     * @param documentId its document
     * @param score how well it matches, 0..1
     * @param evidence what the two share, in words
     */
    @TemplateData
    public record Related(String documentHref, String documentId, String score, String evidence) {}
}
