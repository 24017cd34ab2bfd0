package io.claimflow.matching.rest;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.service.validation.NotBlankText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * The JSON body of {@code POST /match}: a claim's text and language, matched as they are (no entities are extracted:
 * for a claim with its anchors, match what extract-service publishes).
 *
 * @param text the claim sentence
 * @param language its ISO 639-1 code: the analyzer and glossary it is read with
 * @param seenAt when its document was seen, for the window (claims seen up to a window before it); now when absent
 * @param top when given, the library's {@code top} best fact-checks whatever their confidence (a ranking, as
 *     {@code claimflow match --top} prints it); when absent, those a claim's match record would carry
 */
public record PreviewRequest(
        @NotBlankText String text,

        @NotNull(message = LanguageCodes.MESSAGE)
        @Pattern(regexp = LanguageCodes.ISO_639_1, message = LanguageCodes.MESSAGE)
        String language,

        Instant seenAt,

        @Min(value = 1, message = "top must be at least 1")
        @Max(value = MAX_TOP, message = "top must be at most " + MAX_TOP)
        Integer top) {

    /** The longest ranking one request gets: enough to judge a threshold, small enough to answer at once. */
    public static final int MAX_TOP = 100;
}
