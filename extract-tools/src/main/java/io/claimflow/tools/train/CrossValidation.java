package io.claimflow.tools.train;

import io.claimflow.engine.score.Features;
import io.claimflow.engine.score.LinearModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stratified k-fold cross-validation over training sentences: each sentence is scored by a model trained on the other
 * folds, so thresholds and settings can be chosen without a development set.
 */
public final class CrossValidation {

    private final List<LabeledSentence> sentences;
    private final List<Features> vectors;
    private final boolean[] labels;
    private final int folds;
    private final int[] fold;

    /**
     * Folds drawn per language and label (so each fold has every language's share of positives), by a seeded shuffle:
     * the same sentences in the same order give the same folds.
     */
    public CrossValidation(List<LabeledSentence> sentences, List<Features> vectors, int folds, long seed) {
        this.sentences = List.copyOf(sentences);
        this.vectors = List.copyOf(vectors);
        this.folds = folds;
        this.labels = new boolean[sentences.size()];
        this.fold = new int[sentences.size()];
        Map<String, List<Integer>> strata = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            LabeledSentence sentence = sentences.get(i);
            labels[i] = sentence.checkworthy();
            strata.computeIfAbsent(sentence.language() + (labels[i] ? "+" : "-"), key -> new ArrayList<>())
                    .add(i);
        }
        Random random = new Random(seed);
        for (List<Integer> stratum : strata.values()) {
            for (int i = stratum.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                stratum.set(j, stratum.set(i, stratum.get(j)));
            }
            for (int i = 0; i < stratum.size(); i++) {
                fold[stratum.get(i)] = i % folds;
            }
        }
    }

    /** The fold sentence {@code index} is held out in. */
    int fold(int index) {
        return fold[index];
    }

    public List<Features> vectors() {
        return vectors;
    }

    public boolean[] labels() {
        return labels.clone();
    }

    /** Each sentence's probability under the model trained, by {@code trainer}, on the folds it is not in. */
    public double[] outOfFold(LogisticRegressionTrainer trainer) {
        double[] scores = new double[labels.length];
        for (int held = 0; held < folds; held++) {
            List<Features> training = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (fold[i] != held) {
                    training.add(vectors.get(i));
                    kept.add(i);
                }
            }
            boolean[] trainingLabels = new boolean[kept.size()];
            for (int i = 0; i < trainingLabels.length; i++) {
                trainingLabels[i] = labels[kept.get(i)];
            }
            LinearModel model = trainer.train(training, trainingLabels);
            for (int i = 0; i < labels.length; i++) {
                if (fold[i] == held) {
                    scores[i] = model.probability(vectors.get(i));
                }
            }
        }
        return scores;
    }

    /** The scores and labels of one language's sentences, in order. */
    public Scored of(double[] scores, String language) {
        int count = 0;
        for (LabeledSentence sentence : sentences) {
            count += sentence.language().equals(language) ? 1 : 0;
        }
        double[] kept = new double[count];
        boolean[] keptLabels = new boolean[count];
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
            if (sentences.get(i).language().equals(language)) {
                kept[next] = scores[i];
                keptLabels[next++] = labels[i];
            }
        }
        return new Scored(kept, keptLabels);
    }

    /**
     * Scores with their labels.
     *
     * @param scores probabilities
     * @param labels whether each is positive
     */
    public record Scored(double[] scores, boolean[] labels) {

        /** The threshold with the best F1 on these scores. */
        public double bestThreshold() {
            return F1.bestThreshold(scores, labels);
        }

        public F1 at(double threshold) {
            return F1.at(scores, labels, threshold);
        }
    }
}
