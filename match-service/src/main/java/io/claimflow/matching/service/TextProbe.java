package io.claimflow.matching.service;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.match.ClaimContext;
import java.time.Instant;
import java.util.List;

/**
 * A text matched as if it were the one claim of a document of its own, without entities (anchors come from extraction):
 * what {@code POST /match} previews, and what a fact-check looks for the claims it checked with.
 */
public final class TextProbe {

    private static final ClaimExtracted.Extractor PROBE = new ClaimExtracted.Extractor("probe", "1");

    private TextProbe() {}

    /** The text as a claim seen at {@code seenAt}, the end of the window it looks back over. */
    public static ClaimContext of(String id, String text, String language, Instant seenAt) {
        ClaimExtracted claim = new ClaimExtracted(
                id,
                id,
                0,
                text,
                new ClaimExtracted.Span(0, text.length()),
                LanguageCodes.normalize(language),
                1,
                new ClaimExtracted.Claimant(null, ClaimantType.AUTHOR, false),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                PROBE,
                seenAt,
                null,
                null);
        return ClaimContext.of(claim);
    }
}
