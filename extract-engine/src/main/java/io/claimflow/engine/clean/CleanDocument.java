package io.claimflow.engine.clean;

import io.claimflow.engine.text.MappedText;
import java.util.List;

/**
 * A document with markup and boilerplate removed: one line per block of text, the URLs it cited, and which lines its
 * markup made headings (Markdown headings, breadcrumb trails).
 *
 * @param text the cleaned text, mapped to the original
 * @param citations the URLs in document order
 * @param headings the heading lines of the cleaned text, in text order
 * @param author the author its byline names, or null
 */
public record CleanDocument(MappedText text, List<Citation> citations, List<HeadingLine> headings, String author) {

    /** One heading line of the cleaned text, from {@code start} (inclusive) to {@code end} (exclusive). */
    public record HeadingLine(int start, int end) {}

    public CleanDocument {
        citations = List.copyOf(citations);
        headings = List.copyOf(headings);
    }

    /**
     * Whether the cleaned text at {@code offset} belongs to a heading line. A binary search rather than a scan back to
     * the line start, because a document that is one endless line would make that quadratic.
     */
    public boolean inHeading(int offset) {
        int low = 0;
        int high = headings.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            HeadingLine heading = headings.get(middle);
            if (offset < heading.start()) {
                high = middle - 1;
            } else if (offset >= heading.end()) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
