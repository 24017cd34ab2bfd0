package io.claimflow.match.analysis;

import java.util.List;

/**
 * What matching compares of a claim, language-analysed and keyed.
 *
 * @param language the claim's language
 * @param textField the Lucene field its text is analysed into ({@code text_en})
 * @param terms its distinct analysed terms
 * @param pivots its distinct glossary pivots
 * @param anchors its distinct anchors as typed keys ({@link Anchors})
 * @param textKey a digest of its folded words: equal for the same text, whatever the case, accents or spacing
 */
public record ClaimFeatures(
        String language,
        String textField,
        List<String> terms,
        List<String> pivots,
        List<String> anchors,
        String textKey) {

    public ClaimFeatures {
        terms = List.copyOf(terms);
        pivots = List.copyOf(pivots);
        anchors = List.copyOf(anchors);
    }
}
