package io.claimflow.engine;

import io.claimflow.contracts.event.ClaimExtracted;
import java.util.List;

/**
 * What the engine found in one document.
 *
 * @param documentId the document
 * @param language ISO 639-1 code of the document's main language, or "und"
 * @param claims the claims in document order
 */
public record Extraction(String documentId, String language, List<ClaimExtracted> claims) {

    public Extraction {
        claims = List.copyOf(claims);
    }
}
