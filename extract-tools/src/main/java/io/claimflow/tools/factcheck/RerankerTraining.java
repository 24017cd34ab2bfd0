package io.claimflow.tools.factcheck;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.factcheck.QueryText;
import io.claimflow.match.analysis.LanguageAnalyzers;
import io.claimflow.match.factcheck.ConfidenceModel;
import io.claimflow.match.factcheck.FactCheckLibrary;
import io.claimflow.match.factcheck.LibraryWeights;
import io.claimflow.match.factcheck.RerankFeatures;
import io.claimflow.match.factcheck.Reranker;
import io.claimflow.match.factcheck.SentenceEmbedder;
import io.claimflow.tools.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Learns the fact-check library's {@link Reranker} on the CheckThat! train splits of both collections: for each query,
 * BM25's best {@value Reranker#CANDIDATES} and every pair of a relevant and an irrelevant one among them, a logistic
 * regression on the difference of their features (RankNet with a linear scorer); writes it to match-engine's resource
 * and prints MAP@5 of BM25 and of the reranker on train and dev.
 */
public final class RerankerTraining {

    private static final double L2 = 1.0;
    private static final int EMBEDDING = RerankFeatures.NAMES.indexOf(RerankFeatures.EMBEDDING);

    private RerankerTraining() {}

    /** A split's queries with their candidates in BM25's order, the qrels, and the time taken a query. */
    record Split(
            Map<String, List<FactCheckLibrary.Candidate>> candidates,
            Map<String, Set<String>> qrels,
            double millisPerQuery) {}

    static Split split(FactCheckEvaluation evaluation, Path collection, String split) throws Exception {
        FactCheckLibrary library = evaluation.library(collection);
        Map<String, List<FactCheckLibrary.Candidate>> candidates = new LinkedHashMap<>();
        List<QueryText> queries = QueryText.read(collection.resolve(split).resolve("queries.jsonl"));
        long start = System.nanoTime();
        for (QueryText query : queries) {
            // Reranked, so that the features are all computed; then back in BM25's order.
            List<FactCheckLibrary.Candidate> reranked = library.candidates(
                    query.text(), FactCheckEvaluation.LANGUAGE, Reranker.CANDIDATES, LibraryWeights.defaults());
            candidates.put(
                    query.id(),
                    reranked.stream()
                            .sorted(Comparator.comparingDouble((FactCheckLibrary.Candidate c) ->
                                    -c.rerank().reciprocalRank()))
                            .toList());
        }
        double millis = (System.nanoTime() - start) / 1e6 / queries.size();
        return new Split(candidates, Qrels.read(collection.resolve(split).resolve("qrels.tsv")), millis);
    }

    /**
     * Adds a row per ordered pair of a relevant and an irrelevant candidate of each query (both ways round); without
     * {@code embeddings}, the embeddings' column is 0 (so its weight is).
     */
    static void pairs(Split split, boolean embeddings, List<double[]> rows, List<Boolean> labels) {
        split.candidates().forEach((query, candidates) -> {
            Set<String> relevant = split.qrels().getOrDefault(query, Set.of());
            for (FactCheckLibrary.Candidate good : candidates) {
                if (!relevant.contains(good.hit().factCheck().id())) {
                    continue;
                }
                for (FactCheckLibrary.Candidate bad : candidates) {
                    if (!relevant.contains(bad.hit().factCheck().id())) {
                        double[] difference = difference(good.rerank(), bad.rerank());
                        if (!embeddings) {
                            difference[EMBEDDING] = 0;
                        }
                        rows.add(difference);
                        labels.add(true);
                        rows.add(negated(difference));
                        labels.add(false);
                    }
                }
            }
        });
    }

    private static double[] difference(RerankFeatures a, RerankFeatures b) {
        double[] x = a.values();
        double[] y = b.values();
        for (int i = 0; i < x.length; i++) {
            x[i] -= y[i];
        }
        return x;
    }

    private static double[] negated(double[] values) {
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return negated;
    }

    /** MAP@5 of a split's candidates in BM25's order, or reordered by a reranker. */
    static double map(Split split, Reranker reranker) {
        Map<String, List<String>> run = new LinkedHashMap<>();
        split.candidates()
                .forEach((query, candidates) -> run.put(
                        query,
                        (reranker == null ? candidates : reranker.order(candidates))
                                .stream().map(c -> c.hit().factCheck().id()).toList()));
        return MeanAveragePrecision.of(run, split.qrels(), FactCheckEvaluation.DEPTH);
    }

    public static void main(String[] args) throws Exception {
        Path claimmatch = SharedData.require().resolve("datasets/claimmatch");
        // The features depend on neither model: the shipped ones only fill in what is not learned here.
        try (LanguageAnalyzers analyzers = new LanguageAnalyzers(LanguageResources.load());
                FactCheckEvaluation evaluation = new FactCheckEvaluation(
                        analyzers,
                        ConfidenceModel.standard(),
                        Reranker.standard(),
                        Optional.of(SentenceEmbedder.standard()))) {
            Map<String, Split> splits = new LinkedHashMap<>();
            for (String collection : FactCheckEvaluation.COLLECTIONS) {
                for (String name : FactCheckEvaluation.SPLITS) {
                    splits.put(collection + " " + name, split(evaluation, claimmatch.resolve(collection), name));
                }
            }
            Reranker lexical = learn(splits, false);
            Reranker embedded = learn(splits, true);
            double lexicalTrain = 0;
            double embeddedTrain = 0;
            for (Map.Entry<String, Split> entry : splits.entrySet()) {
                Split split = entry.getValue();
                double withEmbeddings = map(split, embedded);
                double without = map(split, lexical);
                System.out.printf(
                        Locale.ROOT,
                        "%s: MAP@5 BM25 %.4f, reranked %.4f, reranked with embeddings %.4f (%.1f ms a query with"
                                + " embeddings, features and BM25's %d)%n",
                        entry.getKey(),
                        map(split, null),
                        without,
                        withEmbeddings,
                        split.millisPerQuery(),
                        Reranker.CANDIDATES);
                if (entry.getKey().endsWith("train")) {
                    lexicalTrain += without;
                    embeddedTrain += withEmbeddings;
                }
            }
            // Chosen on train: the embeddings stay only if they raise the mean train MAP@5.
            boolean keep = embeddedTrain > lexicalTrain;
            Reranker chosen = keep ? embedded : lexical;
            ModelResources.write(
                    Reranker.RESOURCE,
                    chosen.write("The fact-check library's reranker: a linear score over RerankFeatures, learned on\n"
                            + "CheckThat! 2A and 2B train (pairs of a relevant and an irrelevant candidate among BM25's"
                            + " best " + Reranker.CANDIDATES + "; sentence embeddings "
                            + (keep ? "kept" : "left out") + ", by mean train MAP@5) by\n"
                            + ModelResources.COMMAND
                            + "rerank"));
        }
    }

    private static Reranker learn(Map<String, Split> splits, boolean embeddings) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        splits.forEach((name, split) -> {
            if (name.endsWith("train")) {
                pairs(split, embeddings, rows, labels);
            }
        });
        LogisticRegression.Fit fit =
                LogisticRegression.fit(rows.toArray(double[][]::new), ModelResources.labels(labels), L2);
        return new Reranker(0, fit.weights());
    }
}
