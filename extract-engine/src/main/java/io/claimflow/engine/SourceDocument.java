package io.claimflow.engine;

import java.util.Objects;

/**
 * A document as the engine sees it.
 *
 * @param id the document id, part of every claim id
 * @param text the text as submitted; claim spans point into it
 * @param languageHint ISO 639-1 code the submitter declared, or null to detect it
 */
public record SourceDocument(String id, String text, String languageHint) {

    public SourceDocument {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(text, "text is required");
    }
}
