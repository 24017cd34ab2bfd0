package io.claimflow.tools.factcheck;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.factcheck.QueryText;
import io.claimflow.match.analysis.LanguageAnalyzers;
import io.claimflow.match.factcheck.ConfidenceModel;
import io.claimflow.match.factcheck.FactCheckLibrary;
import io.claimflow.match.factcheck.HitFeatures;
import io.claimflow.match.factcheck.LibraryWeights;
import io.claimflow.tools.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Learns the fact-check library's {@link ConfidenceModel} on the CheckThat! train splits of both collections (each
 * query's top {@value FactCheckEvaluation#DEPTH} hits, labelled by the qrels), writes it to match-engine's resource,
 * and reports its calibration on dev: predicted against observed in bins, precision and recall at 0.5.
 */
public final class ConfidenceTraining {

    /** The resource the model is written to, from the repository's root. */
    static final Path MODEL = Path.of("match-engine/src/main/resources/io/claimflow/match/factcheck")
            .resolve(ConfidenceModel.RESOURCE);

    // Small: thousands of rows and seven features; it only keeps a separable corner finite.
    private static final double L2 = 1.0;
    private static final double THRESHOLD = 0.5;
    private static final int BINS = 10;

    private ConfidenceTraining() {}

    /** Labelled hits: the features of each ranked fact-check and whether the qrels call it relevant. */
    record Sample(List<double[]> rows, List<Boolean> labels, int relevantPairs) {
        static Sample pooled(List<Sample> samples) {
            List<double[]> rows = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            int pairs = 0;
            for (Sample sample : samples) {
                rows.addAll(sample.rows());
                labels.addAll(sample.labels());
                pairs += sample.relevantPairs();
            }
            return new Sample(rows, labels, pairs);
        }
    }

    static Sample sample(FactCheckEvaluation evaluation, Path collection, String split) throws Exception {
        FactCheckLibrary library = evaluation.library(collection);
        Map<String, Set<String>> qrels = Qrels.read(collection.resolve(split).resolve("qrels.tsv"));
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (QueryText query : QueryText.read(collection.resolve(split).resolve("queries.jsonl"))) {
            Set<String> relevant = qrels.getOrDefault(query.id(), Set.of());
            for (FactCheckLibrary.Candidate candidate : library.candidates(
                    query.text(), FactCheckEvaluation.LANGUAGE, FactCheckEvaluation.DEPTH, LibraryWeights.defaults())) {
                rows.add(candidate.features().values());
                labels.add(relevant.contains(candidate.hit().factCheck().id()));
            }
        }
        int pairs = qrels.values().stream().mapToInt(Set::size).sum();
        return new Sample(rows, labels, pairs);
    }

    public static void main(String[] args) throws Exception {
        Path claimmatch = SharedData.require().resolve("datasets/claimmatch");
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("match-engine"))) {
            throw new IllegalStateException("run from the repository's root (no match-engine/ in " + root + ")");
        }
        // Neutral while learning: the features do not depend on the model, only the hits' confidence does.
        ConfidenceModel neutral = new ConfidenceModel(0, new double[HitFeatures.NAMES.size()]);
        try (LanguageAnalyzers analyzers = new LanguageAnalyzers(LanguageResources.load());
                FactCheckEvaluation evaluation = new FactCheckEvaluation(analyzers, neutral)) {
            List<double[]> rows = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (String collection : FactCheckEvaluation.COLLECTIONS) {
                Sample train = sample(evaluation, claimmatch.resolve(collection), "train");
                rows.addAll(train.rows());
                labels.addAll(train.labels());
            }
            boolean[] y = new boolean[labels.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = labels.get(i);
            }
            LogisticRegression.Fit fit = LogisticRegression.fit(rows.toArray(double[][]::new), y, L2);
            ConfidenceModel model = new ConfidenceModel(fit.intercept(), fit.weights());
            Files.writeString(
                    root.resolve(MODEL),
                    model.write("The fact-check library's confidence: a logistic model over HitFeatures, learned on\n"
                            + "CheckThat! 2A and 2B train (" + y.length + " hits, the top "
                            + FactCheckEvaluation.DEPTH + " of each query) by\n"
                            + "./mvnw -B -q -pl extract-tools -am test-compile -Pevaluate-factchecks "
                            + "-Dexec.args=confidence"));
            System.out.println("wrote " + MODEL + " from " + y.length + " train hits");
            List<Sample> dev = new ArrayList<>();
            for (String collection : FactCheckEvaluation.COLLECTIONS) {
                for (String split : FactCheckEvaluation.SPLITS) {
                    Sample sample = sample(evaluation, claimmatch.resolve(collection), split);
                    report(collection + " " + split, sample, fit);
                    if (split.equals("dev")) {
                        dev.add(sample);
                    }
                }
            }
            report("both dev splits", Sample.pooled(dev), fit);
        }
    }

    private static void report(String name, Sample sample, LogisticRegression.Fit fit) {
        double[] predicted = new double[BINS];
        int[] positives = new int[BINS];
        int[] counts = new int[BINS];
        int truePositives = 0;
        int predictedPositives = 0;
        int positivesInTop = 0;
        double logLoss = 0;
        for (int i = 0; i < sample.rows().size(); i++) {
            double p = fit.probability(sample.rows().get(i));
            boolean label = sample.labels().get(i);
            int bin = Math.min(BINS - 1, (int) (p * BINS));
            predicted[bin] += p;
            counts[bin]++;
            positives[bin] += label ? 1 : 0;
            predictedPositives += p >= THRESHOLD ? 1 : 0;
            truePositives += p >= THRESHOLD && label ? 1 : 0;
            positivesInTop += label ? 1 : 0;
            logLoss -= Math.log(Math.max(1e-12, label ? p : 1 - p));
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d hits, log loss %.4f; at %.1f: precision %.4f, recall %.4f of the relevant hits in the top %d"
                        + " (%d), %.4f of all relevant pairs (%d)%n",
                name,
                sample.rows().size(),
                logLoss / sample.rows().size(),
                THRESHOLD,
                (double) truePositives / Math.max(1, predictedPositives),
                (double) truePositives / Math.max(1, positivesInTop),
                FactCheckEvaluation.DEPTH,
                positivesInTop,
                (double) truePositives / Math.max(1, sample.relevantPairs()),
                sample.relevantPairs());
        double calibrationError = 0;
        for (int bin = 0; bin < BINS; bin++) {
            calibrationError += Math.abs(predicted[bin] - positives[bin]);
        }
        System.out.printf(
                Locale.ROOT,
                "  expected calibration error %.4f%n",
                calibrationError / sample.rows().size());
        for (int bin = 0; bin < BINS; bin++) {
            if (counts[bin] > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "  %.1f-%.1f: %5d hits, predicted %.3f, observed %.3f%n",
                        (double) bin / BINS,
                        (double) (bin + 1) / BINS,
                        counts[bin],
                        predicted[bin] / counts[bin],
                        (double) positives[bin] / counts[bin]);
            }
        }
    }
}
