package io.claimflow.tools.eval;

import io.claimflow.contracts.event.ClaimExtracted.Span;
import io.claimflow.engine.AnalyzedSentence;
import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.tools.SharedData;
import java.nio.file.Path;

/**
 * Prints the attributions the engine gets wrong on a PolNeAR split (tune on {@code train}, never on {@code dev}): the
 * sentence, the annotated source and cue, and what the engine named. Arguments: split, then {@code quotes} for the
 * direct quotes only.
 */
public final class AttributionMisses {

    private AttributionMisses() {}

    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "train";
        boolean quotesOnly = args.length > 1 && args[1].equals("quotes");
        Path folder = SharedData.require().resolve("datasets/polnear/" + split);
        ClaimantEvaluation.Result result = new ClaimantEvaluation(ClaimflowEngine.withDefaults())
                .evaluate(PolnearArticle.readSplit(folder), miss -> {
                    if (miss.quote() == quotesOnly) {
                        String text = miss.article().text();
                        Span source = miss.sentence().source();
                        System.out.printf(
                                "MISS %s%n  previous: %s%n  sentence: %s%n  gold: %s | cue: %s%n"
                                        + "  engine: %s | %s | cue %s%n",
                                miss.article().name(),
                                describe(miss.previous()),
                                miss.sentence().text().replace('\n', ' '),
                                slice(text, miss.gold().source()),
                                slice(text, miss.gold().cue()),
                                source == null ? "-" : slice(text, source),
                                miss.sentence().attribution().name(),
                                miss.sentence().attribution().cue());
                    }
                });
        System.out.println(result);
    }

    private static String describe(AnalyzedSentence sentence) {
        return sentence == null
                ? "-"
                : sentence.text().replace('\n', ' ') + " ["
                        + sentence.attribution().name() + "]";
    }

    private static String slice(String text, Span span) {
        return span == null ? "-" : text.substring(span.start(), span.end()).replace('\n', ' ');
    }
}
