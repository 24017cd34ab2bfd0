package io.claimflow.tools.eval;

import io.claimflow.contracts.event.ClaimExtracted.Span;
import io.claimflow.engine.AnalyzedSentence;
import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.DocumentAnalysis;
import io.claimflow.engine.EngineSettings;
import io.claimflow.engine.SourceDocument;
import io.claimflow.engine.claim.ClaimAssembler;
import io.claimflow.tools.SharedData;
import io.claimflow.tools.eval.PolnearArticle.GoldAttribution;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Measures claimant accuracy on PolNeAR: for every annotated attribution, the sentence where its content starts is
 * attributed right when the source the engine names overlaps the annotated source span. Direct quotes apart: of the
 * engine's claims that are direct quotes and overlap an annotated content, those whose source overlaps its source.
 */
public final class ClaimantEvaluation {

    private final ClaimflowEngine engine;
    private final double threshold = EngineSettings.defaults().claimThreshold();

    public ClaimantEvaluation(ClaimflowEngine engine) {
        this.engine = engine;
    }

    public Result evaluate(List<PolnearArticle> articles) {
        return evaluate(articles, miss -> {});
    }

    /** Evaluates and hands every miss (an attribution whose sentence names no or another source) to {@code misses}. */
    public Result evaluate(List<PolnearArticle> articles, Consumer<Miss> misses) {
        int total = 0;
        int named = 0;
        int correct = 0;
        int quotes = 0;
        int quotesCorrect = 0;
        for (PolnearArticle article : articles) {
            DocumentAnalysis analysis = engine.analyze(new SourceDocument(article.name(), article.text(), "en"));
            for (GoldAttribution gold : article.attributions()) {
                total++;
                AnalyzedSentence sentence =
                        sentenceAt(analysis.sentences(), gold.content().start());
                boolean right =
                        sentence != null && sentence.source() != null && overlaps(sentence.source(), gold.source());
                if (sentence != null && sentence.source() != null) {
                    named++;
                    correct += right ? 1 : 0;
                }
                if (sentence != null && !right) {
                    misses.accept(new Miss(article, sentence, before(analysis.sentences(), sentence), gold, false));
                }
            }
            for (AnalyzedSentence sentence : analysis.sentences()) {
                if (!sentence.attribution().quote() || !ClaimAssembler.isClaim(sentence, threshold)) {
                    continue;
                }
                List<GoldAttribution> golds = article.attributions().stream()
                        .filter(gold -> overlaps(sentence.span(), gold.content()))
                        .toList();
                if (golds.isEmpty()) {
                    continue;
                }
                quotes++;
                boolean right = sentence.source() != null
                        && golds.stream().anyMatch(gold -> overlaps(sentence.source(), gold.source()));
                quotesCorrect += right ? 1 : 0;
                if (!right) {
                    misses.accept(
                            new Miss(article, sentence, before(analysis.sentences(), sentence), golds.get(0), true));
                }
            }
        }
        return new Result(total, named, correct, quotes, quotesCorrect);
    }

    private static AnalyzedSentence sentenceAt(List<AnalyzedSentence> sentences, int offset) {
        for (AnalyzedSentence sentence : sentences) {
            if (sentence.span().start() <= offset && offset < sentence.span().end()) {
                return sentence;
            }
        }
        return null;
    }

    private static AnalyzedSentence before(List<AnalyzedSentence> sentences, AnalyzedSentence sentence) {
        int index = sentences.indexOf(sentence);
        return index > 0 ? sentences.get(index - 1) : null;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * An attribution the engine got wrong.
     *
     * @param previous the sentence before, or null
     * @param quote whether it is counted among the direct quotes
     */
    public record Miss(
            PolnearArticle article,
            AnalyzedSentence sentence,
            AnalyzedSentence previous,
            GoldAttribution gold,
            boolean quote) {}

    /**
     * The counts of an evaluation.
     *
     * @param attributions annotated attributions with a source
     * @param named those whose sentence the engine gave a named source
     * @param correct those whose named source overlaps the annotated one
     * @param quotes the engine's claims that are direct quotes, in a sentence holding an annotated content
     * @param quotesCorrect those whose source overlaps the source of one of those annotations
     */
    public record Result(int attributions, int named, int correct, int quotes, int quotesCorrect) {

        public double accuracy() {
            return attributions == 0 ? 0 : (double) correct / attributions;
        }

        public double precision() {
            return named == 0 ? 0 : (double) correct / named;
        }

        public double quoteAccuracy() {
            return quotes == 0 ? 0 : (double) quotesCorrect / quotes;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "claimant accuracy %.3f (%d of %d attributions; precision %.3f on the %d"
                            + " the engine named a source for); direct quotes %.3f (%d of %d quoted claims)",
                    accuracy(),
                    correct,
                    attributions,
                    precision(),
                    named,
                    quoteAccuracy(),
                    quotesCorrect,
                    quotes);
        }
    }

    /** Prints the claimant accuracy on {@code <shared>/datasets/polnear/dev} (or the split named). */
    public static void main(String[] args) {
        Path dev = SharedData.require().resolve("datasets/polnear/" + (args.length > 0 ? args[0] : "dev"));
        System.out.println(
                new ClaimantEvaluation(ClaimflowEngine.withDefaults()).evaluate(PolnearArticle.readSplit(dev)));
    }
}
