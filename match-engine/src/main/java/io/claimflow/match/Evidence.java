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
 * @param supporting how many claims of the linked claim's narrative support the link together (narrative-level
 *     evidence: the score is their coverage of the claim, the other fields are the linked claim's own); 0 for a link on
 *     its own
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
        double anchorScore,
        int supporting) {

    /** Evidence of one pair of claims, no narrative-level support. */
    public Evidence(
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
        this(sameText, entities, quantities, dates, citations, terms, pivots, textScore, pivotScore, anchorScore, 0);
    }

    /** The same evidence, supported by that many claims of the linked claim's narrative. */
    public Evidence supportedBy(int claims) {
        return new Evidence(
                sameText,
                entities,
                quantities,
                dates,
                citations,
                terms,
                pivots,
                textScore,
                pivotScore,
                anchorScore,
                claims);
    }

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
