package io.claimflow.match.factcheck;

import io.claimflow.contracts.event.FactCheck;
import java.util.List;

/**
 * A fact-check ranked for a text, with why.
 *
 * @param factCheck the fact-check
 * @param score its BM25 score for the text: comparable within one ranking, not across texts
 * @param terms the analysed terms the text shares with the fact-check's claim or title
 * @param numbers the numbers among them ("2019", "4000"): a shared figure is strong evidence for a claim
 * @param confidence the estimated probability, 0..1, that the fact-check checked the text's claim
 *     ({@link ConfidenceModel}): comparable across texts, so one threshold serves every text
 */
public record FactCheckHit(
        FactCheck factCheck, double score, List<String> terms, List<String> numbers, double confidence) {

    public FactCheckHit {
        terms = List.copyOf(terms);
        numbers = List.copyOf(numbers);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
        }
    }
}
