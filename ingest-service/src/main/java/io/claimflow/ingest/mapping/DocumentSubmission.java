package io.claimflow.ingest.mapping;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.service.validation.NotBlankText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON body of {@code POST /documents}.
 *
 * @param id the client's document id; when absent the id is derived from text and URL
 * @param text the document's text, required
 * @param url where it was published, an absolute http(s) URL
 * @param title its title
 * @param language ISO 639-1 code, when the client knows it
 * @param publishedAt publication time, ISO 8601 with an offset
 * @param source the publisher or feed name
 */
@Schema(name = "DocumentSubmission", description = "A document to extract claims from")
public record DocumentSubmission(
        @Pattern(regexp = StableIds.CLIENT_DOCUMENT_ID, message = StableIds.CLIENT_DOCUMENT_ID_MESSAGE)
        String id,

        @NotBlankText String text,

        @Size(max = 2048, message = "must be at most 2048 characters") @HttpUrl
        String url,

        @Size(max = 1000, message = "must be at most 1000 characters")
        String title,

        @Pattern(regexp = LanguageCodes.ISO_639_1, message = LanguageCodes.MESSAGE)
        String language,

        @IsoTimestamp String publishedAt,

        @Size(max = 200, message = "must be at most 200 characters")
        String source) {}
