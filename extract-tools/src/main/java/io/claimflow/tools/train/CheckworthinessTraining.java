package io.claimflow.tools.train;

import io.claimflow.engine.score.CheckworthinessFeatures;
import io.claimflow.engine.score.CheckworthinessModel;
import io.claimflow.engine.score.Features;
import io.claimflow.engine.score.LinearModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains the check-worthiness model on CT24: English, Dutch and Arabic training sets; decision thresholds chosen on the
 * English development set, as the lab prescribes.
 */
public final class CheckworthinessTraining {

    /** Languages with a training split: the lexical model covers them. */
    public static final List<String> TRAINED = List.of("en", "nl", "ar");

    public static final int HASH_BITS = 18;
    private static final long SEED = 20240101L;
    private static final LogisticRegressionTrainer LEXICAL =
            new LogisticRegressionTrainer(CheckworthinessFeatures.DENSE + (1 << HASH_BITS), 6, 0.1, 1e-6, SEED);
    private static final LogisticRegressionTrainer UNIVERSAL =
            new LogisticRegressionTrainer(CheckworthinessFeatures.DENSE, 6, 0.1, 1e-6, SEED);

    private final CheckworthinessFeatures features;

    public CheckworthinessTraining(CheckworthinessFeatures features) {
        this.features = features;
    }

    /**
     * A trained model and the decision thresholds chosen for it on the English development set (its scores are centred
     * on them, so the model's own threshold is 0.5).
     */
    public record Trained(CheckworthinessModel model, double lexicalThreshold, double universalThreshold) {}

    /** The model trained on {@code data}. */
    public Trained train(Ct24 data) {
        List<LabeledSentence> training = new ArrayList<>();
        for (String language : TRAINED) {
            training.addAll(data.read(language, "train"));
        }
        List<Features> vectors = vectors(training);
        boolean[] labels = labels(training);
        LinearModel lexical = LEXICAL.train(vectors, labels);
        LinearModel universal = UNIVERSAL.train(vectors, labels);
        List<LabeledSentence> dev = data.read("en", "dev");
        List<Features> devVectors = vectors(dev);
        boolean[] devLabels = labels(dev);
        double lexicalThreshold = F1.bestThreshold(scores(lexical, devVectors), devLabels);
        double universalThreshold = F1.bestThreshold(scores(universal, devVectors), devLabels);
        return new Trained(
                new CheckworthinessModel(
                        HASH_BITS,
                        Set.copyOf(TRAINED),
                        lexical.centeredOn(lexicalThreshold),
                        universal.centeredOn(universalThreshold)),
                lexicalThreshold,
                universalThreshold);
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
        results.put(
                "en (language-independent features only)",
                F1.at(scores(model.universal(), vectors(english)), labels(english), threshold));
        return results;
    }

    private List<Features> vectors(List<LabeledSentence> sentences) {
        List<Features> vectors = new ArrayList<>(sentences.size());
        for (LabeledSentence sentence : sentences) {
            vectors.add(features.extract(sentence.text(), sentence.language()));
        }
        return vectors;
    }

    private static double[] scores(LinearModel model, List<Features> vectors) {
        double[] scores = new double[vectors.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.probability(vectors.get(i));
        }
        return scores;
    }

    private static boolean[] labels(List<LabeledSentence> sentences) {
        boolean[] labels = new boolean[sentences.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = sentences.get(i).checkworthy();
        }
        return labels;
    }
}
