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
 */
public record FactCheckHit(FactCheck factCheck, double score, List<String> terms, List<String> numbers) {

    public FactCheckHit {
        terms = List.copyOf(terms);
        numbers = List.copyOf(numbers);
    }
}
