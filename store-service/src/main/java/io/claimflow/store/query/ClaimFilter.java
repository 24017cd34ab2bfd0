package io.claimflow.store.query;

import io.claimflow.contracts.event.ClaimantType;
import java.time.Instant;

/**
 * Which claims a query, a facet or the live feed is about; null fields do not filter. All given fields must hold.
 *
 * @param q words to find (PostgreSQL full-text search, any language)
 * @param language the claim sentence's language: an ISO 639-1 code, or {@code und} when it could not be told
 * @param claimant the claimant's name, case-insensitive
 * @param claimantType the kind of claimant
 * @param entity the normalised form of an entity the claim mentions, case-insensitive
 * @param documentId the document the claim was found in
 * @param source the document's source
 * @param minScore the least check-worthiness
 * @param from the earliest publication time of the document, inclusive
 * @param to the latest publication time of the document, exclusive
 * @param narrative the narrative the claim belongs to; a merged narrative's id stands for its survivor
 * @param factChecked whether the matcher found published fact-checks of the claim
 * @param verdict the verdict of one of the claim's fact-checks, case-insensitive; only fact-checked claims have one
 */
public record ClaimFilter(
        String q,
        String language,
        String claimant,
        ClaimantType claimantType,
        String entity,
        String documentId,
        String source,
        Double minScore,
        Instant from,
        Instant to,
        String narrative,
        Boolean factChecked,
        String verdict) {

    /** Whether the filter looks at the claim's document, which claims that arrived first may not have yet. */
    public boolean needsDocument() {
        return source != null || from != null || to != null;
    }
}
