package io.claimflow.tools.train;

import io.claimflow.engine.score.CheckworthinessFeatures;
import io.claimflow.engine.score.CheckworthinessModel;
import io.claimflow.engine.score.Features;
import io.claimflow.engine.score.LinearModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Trains the check-worthiness model on the CT24 training sets of English, Dutch and Arabic. Settings and decision
 * thresholds are chosen by cross-validation on those training sets; no development set is read here, so the development
 * sets measure a model that has not seen them.
 */
public final class CheckworthinessTraining {

    /** Languages with a training split: the lexical model covers them. */
    public static final List<String> TRAINED = List.of("en", "nl", "ar");

    /** The language whose cross-validated F1 chooses the settings and the thresholds: the engine's news is English. */
    public static final String TARGET = "en";

    public static final int HASH_BITS = 18;
    public static final int FOLDS = 5;

    /** The settings the search tries, in this order; the first of equal F1 wins. */
    public static final List<TrainingSettings> GRID =
            grid(List.of(3, 6, 10), List.of(0.1, 0.2, 0.4), List.of(1e-6, 1e-4, 1e-3));

    private static final long SEED = 20240101L;
    private static final int LEXICAL = CheckworthinessFeatures.DENSE + (1 << HASH_BITS);
    private static final int UNIVERSAL = CheckworthinessFeatures.DENSE;

    private final CheckworthinessFeatures features;
    private final List<TrainingSettings> grid;
    private final Consumer<String> progress;

    public CheckworthinessTraining(CheckworthinessFeatures features) {
        this(features, GRID, line -> {});
    }

    /** Training that searches {@code grid} and tells {@code progress} each setting's cross-validated F1. */
    public CheckworthinessTraining(
            CheckworthinessFeatures features, List<TrainingSettings> grid, Consumer<String> progress) {
        this.features = features;
        this.grid = List.copyOf(grid);
        this.progress = progress;
    }

    /**
     * A model trained on all the training sentences, the thresholds its scores are centred on (so the model's own
     * threshold is 0.5), and the cross-validated F1 at those thresholds per training language.
     *
     * @param thresholds the lexical model's threshold per trained language
     */
    public record Trained(
            CheckworthinessModel model,
            ChosenSettings settings,
            Map<String, Double> thresholds,
            double universalThreshold,
            Map<String, F1> crossValidated) {}

    /** The training splits of the trained languages, in order: all that training and the search may see. */
    public static List<LabeledSentence> trainingSentences(Ct24 data) {
        List<LabeledSentence> training = new ArrayList<>();
        for (String language : TRAINED) {
            training.addAll(data.read(language, "train"));
        }
        return training;
    }

    /** For each model, the settings of the grid with the best cross-validated F1 on {@link #TARGET}. */
    public ChosenSettings search(List<LabeledSentence> training) {
        CrossValidation folds = folds(training);
        return new ChosenSettings(best(folds, LEXICAL), best(folds, UNIVERSAL));
    }

    /**
     * Trains with {@code settings} on all of {@code training}. Each trained language's threshold is the best one on the
     * out-of-fold scores of its own training sentences; the language-independent model's, on {@link #TARGET}'s.
     */
    public Trained train(List<LabeledSentence> training, ChosenSettings settings) {
        CrossValidation folds = folds(training);
        double[] lexicalScores = folds.outOfFold(settings.lexical().trainer(LEXICAL, SEED));
        double[] universalScores = folds.outOfFold(settings.universal().trainer(UNIVERSAL, SEED));
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<String, F1> crossValidated = new LinkedHashMap<>();
        for (String language : TRAINED) {
            CrossValidation.Scored scored = folds.of(lexicalScores, language);
            thresholds.put(language, scored.bestThreshold());
            crossValidated.put(language, scored.at(thresholds.get(language)));
        }
        CrossValidation.Scored universalTarget = folds.of(universalScores, TARGET);
        double universalThreshold = universalTarget.bestThreshold();
        crossValidated.put(TARGET + " (language-independent features only)", universalTarget.at(universalThreshold));
        LinearModel lexical = settings.lexical().trainer(LEXICAL, SEED).train(folds.vectors(), folds.labels());
        LinearModel universal = settings.universal().trainer(UNIVERSAL, SEED).train(folds.vectors(), folds.labels());
        return new Trained(
                new CheckworthinessModel(HASH_BITS, lexical, thresholds, universal, universalThreshold),
                settings,
                thresholds,
                universalThreshold,
                crossValidated);
    }

    /** F1 of the positive class at the model's threshold (0.5) on each development set present. */
    public Map<String, F1> evaluate(CheckworthinessModel model, Ct24 data) {
        return evaluate(model, data, 0.5);
    }

    /** F1 of the positive class at a score threshold on each development set present. */
    public Map<String, F1> evaluate(CheckworthinessModel model, Ct24 data, double threshold) {
        Map<String, F1> results = new LinkedHashMap<>();
        for (String language : List.of("en", "nl", "ar", "es")) {
            if (data.has(language, "dev")) {
                List<LabeledSentence> dev = data.read(language, "dev");
                double[] scores = new double[dev.size()];
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = model.score(features.extract(dev.get(i).text(), language), language);
                }
                results.put(language, F1.at(scores, labels(dev), threshold));
            }
        }
        List<LabeledSentence> english = data.read("en", "dev");
        List<Features> vectors = new ArrayList<>(english.size());
        english.forEach(sentence -> vectors.add(features.extract(sentence.text(), sentence.language())));
        double[] scores = new double[vectors.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.universal().probability(vectors.get(i));
        }
        results.put("en (language-independent features only)", F1.at(scores, labels(english), threshold));
        return results;
    }

    private TrainingSettings best(CrossValidation folds, int dimensions) {
        TrainingSettings best = null;
        double bestF1 = -1;
        for (TrainingSettings settings : grid) {
            CrossValidation.Scored target = folds.of(folds.outOfFold(settings.trainer(dimensions, SEED)), TARGET);
            double threshold = target.bestThreshold();
            double f1 = target.at(threshold).f1();
            progress.accept(String.format(
                    Locale.ROOT,
                    "%s model, %s: cross-validated F1 %.4f at %.2f",
                    dimensions == LEXICAL ? "lexical" : "language-independent",
                    settings,
                    f1,
                    threshold));
            if (f1 > bestF1) {
                bestF1 = f1;
                best = settings;
            }
        }
        return best;
    }

    private CrossValidation folds(List<LabeledSentence> training) {
        List<Features> vectors = new ArrayList<>(training.size());
        for (LabeledSentence sentence : training) {
            vectors.add(features.extract(sentence.text(), sentence.language()));
        }
        return new CrossValidation(training, vectors, FOLDS, SEED);
    }

    private static List<TrainingSettings> grid(List<Integer> epochs, List<Double> rates, List<Double> l2s) {
        List<TrainingSettings> grid = new ArrayList<>();
        for (int epoch : epochs) {
            for (double rate : rates) {
                for (double l2 : l2s) {
                    grid.add(new TrainingSettings(epoch, rate, l2));
                }
            }
        }
        return grid;
    }

    private static boolean[] labels(List<LabeledSentence> sentences) {
        boolean[] labels = new boolean[sentences.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = sentences.get(i).checkworthy();
        }
        return labels;
    }
}
