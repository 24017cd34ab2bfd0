package io.claimflow.engine;

import io.claimflow.contracts.event.ClaimExtracted;

/** Finds the check-worthy claims of one document; implementations are thread-safe and loaded once. */
public interface ClaimExtractor {

    /** The claims of a document, in document order, with spans into {@code document.text()}. */
    Extraction extract(SourceDocument document);

    /** Name and version written into every claim; a new version gives new claim ids. */
    ClaimExtracted.Extractor descriptor();
}
