package io.claimflow.store.mapping;

import java.time.Instant;

/**
 * A document as the API shows it.
 *
 * @param documentId the document
 * @param status received (waiting for extraction), processed or failed
 * @param language the detected (else declared) language
 * @param claimCount how many claims extraction found, once processed
 * @param storedClaims how many of them the store holds now
 * @param url where it was published
 * @param title its title
 * @param source publisher or feed
 * @param publishedAt when it was published
 * @param receivedAt when ingest accepted it
 * @param processedAt when extraction finished
 * @param error why extraction failed
 */
public record DocumentView(
        String documentId,
        String status,
        String language,
        Integer claimCount,
        long storedClaims,
        String url,
        String title,
        String source,
        Instant publishedAt,
        Instant receivedAt,
        Instant processedAt,
        String error) {}
