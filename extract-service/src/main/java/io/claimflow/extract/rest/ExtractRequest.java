package io.claimflow.extract.rest;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.contracts.identity.StableIds;
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
        @Pattern(regexp = StableIds.CLIENT_DOCUMENT_ID, message = StableIds.CLIENT_DOCUMENT_ID_MESSAGE)
        String id,

        @NotBlankText String text,

        @Pattern(regexp = LanguageCodes.ISO_639_1, message = LanguageCodes.MESSAGE)
        String language) {}
