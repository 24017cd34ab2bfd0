package io.claimflow.engine.clean;

import io.claimflow.engine.text.MappedText;
import java.util.List;

/**
 * A document with markup and boilerplate removed: one line per block of text, and the URLs it cited.
 *
 * @param text the cleaned text, mapped to the original
 * @param citations the URLs in document order
 */
public record CleanDocument(MappedText text, List<Citation> citations) {

    public CleanDocument {
        citations = List.copyOf(citations);
    }
}
