package io.claimflow.tools.eval;

import io.claimflow.contracts.event.ClaimExtracted.Span;
import io.claimflow.engine.AnalyzedSentence;
import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.DocumentAnalysis;
import io.claimflow.engine.SourceDocument;
import io.claimflow.tools.SharedData;
import io.claimflow.tools.eval.PolnearArticle.GoldAttribution;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures claimant accuracy on PolNeAR: for every annotated attribution, the sentence where its content starts is
 * attributed right when the source the engine names overlaps the annotated source span.
 */
public final class ClaimantEvaluation {

    private final ClaimflowEngine engine;

    public ClaimantEvaluation(ClaimflowEngine engine) {
        this.engine = engine;
    }

    public Result evaluate(List<PolnearArticle> articles) {
        int total = 0;
        int named = 0;
        int correct = 0;
        for (PolnearArticle article : articles) {
            DocumentAnalysis analysis = engine.analyze(new SourceDocument(article.name(), article.text(), "en"));
            for (GoldAttribution gold : article.attributions()) {
                total++;
                AnalyzedSentence sentence =
                        sentenceAt(analysis.sentences(), gold.content().start());
                if (sentence != null && sentence.source() != null) {
                    named++;
                    correct += overlaps(sentence.source(), gold.source()) ? 1 : 0;
                }
            }
        }
        return new Result(total, named, correct);
    }

    private static AnalyzedSentence sentenceAt(List<AnalyzedSentence> sentences, int offset) {
        for (AnalyzedSentence sentence : sentences) {
            if (sentence.span().start() <= offset && offset < sentence.span().end()) {
                return sentence;
            }
        }
        return null;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * The counts of an evaluation.
     *
     * @param attributions annotated attributions with a source
     * @param named those whose sentence the engine gave a named source
     * @param correct those whose named source overlaps the annotated one
     */
    public record Result(int attributions, int named, int correct) {

        public double accuracy() {
            return attributions == 0 ? 0 : (double) correct / attributions;
        }

        public double precision() {
            return named == 0 ? 0 : (double) correct / named;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "claimant accuracy %.3f (%d of %d attributions; precision %.3f on the %d"
                            + " the engine named a source for)",
                    accuracy(),
                    correct,
                    attributions,
                    precision(),
                    named);
        }
    }

    /** Prints the claimant accuracy on {@code <shared>/datasets/polnear/dev}. */
    public static void main(String[] args) {
        Path dev = SharedData.require().resolve("datasets/polnear/" + (args.length > 0 ? args[0] : "dev"));
        System.out.println(
                new ClaimantEvaluation(ClaimflowEngine.withDefaults()).evaluate(PolnearArticle.readSplit(dev)));
    }
}
