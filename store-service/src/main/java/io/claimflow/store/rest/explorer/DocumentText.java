package io.claimflow.store.rest.explorer;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.store.mapping.StoredClaim;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A document's text cut at its claims' spans, so the page can show the text as it came with each claim marked where it
 * stands. A span that overlaps an earlier one or runs past the text is left unmarked rather than cut the text wrong.
 */
final class DocumentText {

    private DocumentText() {}

    /**
     * A piece of the text: plain, or a claim's sentence.
     *
     * @param text the piece as written
     * @param ordinal the claim's ordinal, null for plain text
     * @param shade the claim's check-worthiness shade, null for plain text
     * @param score the claim's check-worthiness, null for plain text
     */
    @TemplateData
    public record Segment(String text, Integer ordinal, String shade, String score) {}

    static List<Segment> segments(String text, List<StoredClaim> claims) {
        List<Segment> segments = new ArrayList<>();
        if (text == null) {
            return segments;
        }
        List<ClaimExtracted> bySpan = claims.stream()
                .map(StoredClaim::claim)
                .sorted(Comparator.comparingInt(claim -> claim.span().start()))
                .toList();
        int at = 0;
        for (ClaimExtracted claim : bySpan) {
            int start = claim.span().start();
            int end = claim.span().end();
            if (start < at || end > text.length() || end == start) {
                continue;
            }
            if (start > at) {
                segments.add(new Segment(text.substring(at, start), null, null, null));
            }
            segments.add(new Segment(
                    text.substring(start, end),
                    claim.ordinal(),
                    ClaimView.shade(claim.checkworthiness()),
                    ClaimView.score(claim.checkworthiness())));
            at = end;
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null, null, null));
        }
        return segments;
    }
}
