package io.claimflow.e2e;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.identity.StableIds;
import java.time.Instant;
import java.util.List;

/**
 * What ExplorerIT feeds the explorer to prove it runs nothing a document brings: markup and attribute-breaking quotes
 * in a text and a title, and a claim whose citations are script links. Each payload, if it ran, would set
 * {@code window.__xss} or the page's title.
 */
final class HostileDocument {

    /** The hostile document's text: each payload, if it ran, would set window.__xss or the page's title. */
    static final String TEXT = "Officials said 4,000 fighters left Raqqa in October 2017."
            + " <script>window.__xss='script';document.title='pwned'</script>"
            + " The ministry claimed \"><img src=x onerror=\"window.__xss='img'\"> 70,000 terrorists are in Idlib."
            + " A spokesman said '><svg onload=window.__xss='svg'> the convoy left on 12 October 2017.";

    /** A title that would run a script, and close an attribute and open an element, if it were markup. */
    static final String TITLE = "<script>window.__xss='title'</script>\"><b>";

    private HostileDocument() {}

    /**
     * A claim of the document as a producer could write it to the claims topic (the store keeps what producers write):
     * markup in its text and claimant, {@code javascript:} links among its citations.
     */
    static ClaimExtracted citingClaim(String documentId) {
        return new ClaimExtracted(
                StableIds.claimId(documentId, 0, 10, "explorer-it"),
                documentId,
                99,
                "Officials \"><script>window.__xss='claim'</script>",
                new ClaimExtracted.Span(0, 10),
                "en",
                0.99,
                new ClaimExtracted.Claimant(
                        "<img src=x onerror=\"window.__xss='claimant'\">", ClaimantType.PERSON, false),
                "said",
                List.of(),
                List.of(),
                List.of(),
                List.of("javascript:window.__xss='citation'", "JaVaScRiPt:alert(1)", "https://example.org/ok"),
                new ClaimExtracted.Extractor("explorer-it", "1"),
                Instant.now(),
                null,
                null);
    }
}
