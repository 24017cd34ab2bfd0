package io.claimflow.contracts.event;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.contracts.identity.StableIds;
import java.time.LocalDate;
import java.util.List;

/**
 * A published fact-check, with the fields of a schema.org {@code ClaimReview}.
 *
 * @param id the publisher's id, else one derived from the URL ({@link StableIds#factCheckId})
 * @param url the fact-check's page, or null when only an id is known (a CheckThat! collection)
 * @param claimReviewed the claim that was checked, as the fact-checker words it
 * @param title the article's title, or null
 * @param verdict the rating's name ({@code reviewRating.alternateName}, CheckThat! {@code truth_label}), or null
 * @param publisher who published the fact-check ({@code author}/{@code publisher} name), or null
 * @param claimant who made the claim ({@code itemReviewed.author} name, CheckThat! {@code speaker}), or null
 * @param datePublished the fact-check's date, or null
 * @param language ISO 639-1 code of the claim, {@value #DEFAULT_LANGUAGE} unless given
 * @param appearances where the claim was seen ({@code itemReviewed.appearance} URLs), possibly none
 * @param body the start of the article ({@code reviewBody}, CheckThat! {@code text_head} or {@code subtitle}), or null
 */
public record FactCheck(
        String id,
        String url,
        String claimReviewed,
        String title,
        String verdict,
        String publisher,
        String claimant,
        LocalDate datePublished,
        String language,
        List<String> appearances,
        String body) {

    /** The language of a fact-check that names none. */
    public static final String DEFAULT_LANGUAGE = "en";

    public FactCheck {
        url = blankToNull(url);
        if (claimReviewed == null || claimReviewed.isBlank()) {
            throw new IllegalArgumentException("claimReviewed is missing");
        }
        id = blankToNull(id) == null ? StableIds.factCheckId(url) : id.strip();
        if (id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("id must hold no white space (run files separate fields by it): " + id);
        }
        title = blankToNull(title);
        verdict = blankToNull(verdict);
        publisher = blankToNull(publisher);
        claimant = blankToNull(claimant);
        language = blankToNull(language) == null ? DEFAULT_LANGUAGE : language.strip();
        if (!LanguageCodes.isIso6391(language)) {
            throw new IllegalArgumentException("language " + LanguageCodes.MESSAGE + ", was " + language);
        }
        language = LanguageCodes.normalize(language);
        appearances = appearances == null ? List.of() : List.copyOf(appearances);
        body = blankToNull(body);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
