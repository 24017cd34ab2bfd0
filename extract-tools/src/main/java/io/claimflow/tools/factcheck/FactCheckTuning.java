package io.claimflow.tools.factcheck;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.match.analysis.LanguageAnalyzers;
import io.claimflow.match.factcheck.LibraryWeights;
import io.claimflow.tools.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Chooses the library's weights on the CheckThat! train splits only: a coordinate search (one parameter at a time, from
 * the plain baseline, twice round) maximising the mean train MAP@5 of both collections, so that one default serves
 * tweets and debate sentences alike; then prints the dev figures of the choice.
 */
public final class FactCheckTuning {

    private record Axis(String name, List<Double> values, BiFunction<LibraryWeights, Double, LibraryWeights> set) {}

    private static final List<Axis> AXES = List.of(
            new Axis(
                    "title",
                    List.of(0.0, 0.25, 0.5, 0.75, 1.0, 1.5),
                    (w, v) -> new LibraryWeights(w.claim(), v, w.body(), w.k1(), w.b(), w.postText(), w.rerank())),
            new Axis(
                    "body",
                    List.of(0.0, 0.1, 0.2, 0.35, 0.5, 0.75),
                    (w, v) -> new LibraryWeights(w.claim(), w.title(), v, w.k1(), w.b(), w.postText(), w.rerank())),
            new Axis(
                    "k1",
                    List.of(0.3, 0.45, 0.6, 0.9, 1.2, 1.6, 2.0),
                    (w, v) -> new LibraryWeights(
                            w.claim(), w.title(), w.body(), v.floatValue(), w.b(), w.postText(), w.rerank())),
            new Axis(
                    "b",
                    List.of(0.3, 0.5, 0.75, 0.9, 1.0),
                    (w, v) -> new LibraryWeights(
                            w.claim(), w.title(), w.body(), w.k1(), v.floatValue(), w.postText(), w.rerank())),
            new Axis(
                    "postText",
                    List.of(0.0, 1.0),
                    (w, v) -> new LibraryWeights(w.claim(), w.title(), w.body(), w.k1(), w.b(), v > 0, w.rerank())));

    private FactCheckTuning() {}

    public static void main(String[] args) throws Exception {
        Path claimmatch = SharedData.require().resolve("datasets/claimmatch");
        try (LanguageAnalyzers analyzers = new LanguageAnalyzers(LanguageResources.load());
                FactCheckEvaluation evaluation = new FactCheckEvaluation(analyzers)) {
            LibraryWeights best = LibraryWeights.plain();
            double bestScore = trainMap(evaluation, claimmatch, best);
            System.out.printf(Locale.ROOT, "start %s: mean train MAP@5 %.4f%n", best, bestScore);
            for (int round = 0; round < 2; round++) {
                for (Axis axis : AXES) {
                    for (double value : axis.values()) {
                        LibraryWeights candidate = axis.set().apply(best, value);
                        double score = trainMap(evaluation, claimmatch, candidate);
                        System.out.printf(Locale.ROOT, "  %s=%s: %.4f%n", axis.name(), value, score);
                        if (score > bestScore + 1e-9) {
                            best = candidate;
                            bestScore = score;
                        }
                    }
                    System.out.printf(Locale.ROOT, "best after %s: %s, %.4f%n", axis.name(), best, bestScore);
                }
            }
            for (String collection : FactCheckEvaluation.COLLECTIONS) {
                evaluation
                        .evaluate(claimmatch.resolve(collection), FactCheckEvaluation.SPLITS, best)
                        .forEach(figure -> System.out.println("chosen | " + figure));
            }
        }
    }

    private static double trainMap(FactCheckEvaluation evaluation, Path claimmatch, LibraryWeights weights)
            throws Exception {
        double sum = 0;
        for (String collection : FactCheckEvaluation.COLLECTIONS) {
            sum += evaluation
                    .evaluate(claimmatch.resolve(collection), List.of("train"), weights)
                    .get(0)
                    .map();
        }
        return sum / FactCheckEvaluation.COLLECTIONS.size();
    }
}
