package io.claimflow.extract.rest;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.service.validation.NotBlankText;
import jakarta.validation.constraints.Pattern;

/**
 * The JSON body of {@code POST /extract}.
 *
 * @param id the document id to put in the claims; derived from the text when absent
 * @param text the document's text
 * @param language ISO 639-1 code, when known
 */
public record ExtractRequest(
        @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}",
                message = "must be 1 to 128 letters, digits or ._:- and start with a letter or digit")
        String id,

        @NotBlankText String text,

        @Pattern(regexp = LanguageCodes.ISO_639_1, message = LanguageCodes.MESSAGE)
        String language) {}
