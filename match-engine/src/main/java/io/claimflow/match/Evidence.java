package io.claimflow.match;

import java.util.List;

/**
 * Why two claims were matched: what they share, each list sorted.
 *
 * @param sameText the two claims have the same normalised text (the same article under another URL)
 * @param entities shared normalised entities
 * @param quantities shared quantities, as {@code value unit}
 * @param dates shared ISO dates
 * @param citations shared cited URLs and domains
 * @param terms shared analysed terms of the text (same language only)
 * @param pivots shared glossary pivots (the language-independent forms of content words)
 * @param textScore the calibrated text similarity, 0..1
 * @param pivotScore the calibrated glossary similarity, 0..1
 * @param anchorScore the calibrated anchor similarity, 0..1
 */
public record Evidence(
        boolean sameText,
        List<String> entities,
        List<String> quantities,
        List<String> dates,
        List<String> citations,
        List<String> terms,
        List<String> pivots,
        double textScore,
        double pivotScore,
        double anchorScore) {

    public Evidence {
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
        citations = List.copyOf(citations);
        terms = List.copyOf(terms);
        pivots = List.copyOf(pivots);
    }

    /** The evidence of two claims with the same text. */
    public static Evidence sameText(List<String> entities) {
        return new Evidence(true, entities, List.of(), List.of(), List.of(), List.of(), List.of(), 1, 1, 1);
    }
}
