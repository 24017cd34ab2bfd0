package io.claimflow.engine.clean;

import io.claimflow.engine.text.MappedText;
import java.util.List;

/**
 * A document with markup and boilerplate removed: one line per block of text, the URLs it cited, and which
 * lines its markup made headings (Markdown headings, breadcrumb trails).
 *
 * @param text the cleaned text, mapped to the original
 * @param citations the URLs in document order
 * @param headingStarts offsets in the cleaned text where heading lines start
 */
public record CleanDocument(MappedText text, List<Citation> citations, List<Integer> headingStarts) {

    public CleanDocument {
        citations = List.copyOf(citations);
        headingStarts = List.copyOf(headingStarts);
    }

    /** Whether the cleaned text at {@code offset} belongs to a heading line. */
    public boolean inHeading(int offset) {
        String cleaned = text.text();
        int lineStart = cleaned.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        return headingStarts.contains(lineStart);
    }
}
