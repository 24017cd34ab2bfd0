package io.claimflow.extract.rest;

import io.claimflow.contracts.event.ClaimExtracted;
import java.util.List;

/**
 * What {@code POST /extract} found.
 *
 * @param documentId the id the claims carry
 * @param language ISO 639-1 code of the document's main language, or "und"
 * @param claims the claims in document order, with spans into the text sent
 */
public record ExtractionResult(String documentId, String language, List<ClaimExtracted> claims) {}
