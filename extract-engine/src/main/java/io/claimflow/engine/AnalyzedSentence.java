package io.claimflow.engine;

import io.claimflow.contracts.event.ClaimExtracted.Span;
import io.claimflow.engine.attribution.Attribution;
import io.claimflow.engine.claim.SentenceKind;
import java.util.List;

/**
 * One sentence of a document as every stage saw it, claim or not.
 *
 * @param span offsets in the submitted text
 * @param text the sentence, markup removed
 * @param language ISO 639-1 code of the sentence, or "und"
 * @param checkworthiness the model's score, 0..1
 * @param kind assertion, question, heading, imperative or fragment
 * @param attribution who asserted it
 * @param source offsets of the source's mention in the submitted text, or null when the text names none
 * @param citations the URLs that belong to it
 */
public record AnalyzedSentence(
        Span span,
        String text,
        String language,
        double checkworthiness,
        SentenceKind kind,
        Attribution attribution,
        Span source,
        List<String> citations) {

    public AnalyzedSentence {
        citations = List.copyOf(citations);
    }
}
