package io.claimflow.extract.rest;

import io.claimflow.contracts.identity.LanguageCodes;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * The JSON body of {@code POST /score}.
 *
 * @param sentences the sentences to score
 * @param language ISO 639-1 code of all of them; detected per sentence when absent
 */
public record ScoreRequest(
        @NotEmpty(message = "must hold at least one sentence")
        List<@NotNull(message = "must not be null") String> sentences,

        @Pattern(regexp = LanguageCodes.ISO_639_1, message = LanguageCodes.MESSAGE)
        String language) {}
