package io.claimflow.store.mapping;

import java.time.Instant;
import java.util.List;

/**
 * A document as the API shows it, with its text and its claims, whose spans point into that text so a client can
 * highlight them.
 *
 * @param documentId the document
 * @param status received (waiting for extraction), processed or failed
 * @param language the detected (else declared) language
 * @param claimCount how many claims extraction found, once processed
 * @param storedClaims how many claims of the document the store holds
 * @param url where it was published
 * @param title its title
 * @param source publisher or feed
 * @param publishedAt when it was published
 * @param receivedAt when ingest accepted it
 * @param processedAt when extraction finished
 * @param error why extraction failed
 * @param text the submitted text, null until the submission is stored
 * @param claims the first stored claims in document order, as many as one answer may hold
 * @param claimsNext the URL of the page of its claims after these, or null when these are all
 */
public record DocumentView(
        String documentId,
        String status,
        String language,
        Integer claimCount,
        int storedClaims,
        String url,
        String title,
        String source,
        Instant publishedAt,
        Instant receivedAt,
        Instant processedAt,
        String error,
        String text,
        List<StoredClaim> claims,
        String claimsNext) {

    /** The same document with the URL of its next page of claims. */
    public DocumentView withClaimsNext(String link) {
        return new DocumentView(
                documentId,
                status,
                language,
                claimCount,
                storedClaims,
                url,
                title,
                source,
                publishedAt,
                receivedAt,
                processedAt,
                error,
                text,
                claims,
                link);
    }
}
