package io.claimflow.engine.score;

import io.claimflow.engine.detect.SentenceLanguages;
import io.claimflow.engine.sentence.Sentence;
import java.util.List;

/** The check-worthiness stage: a 0..1 score for any sentence in any language. Thread-safe. */
public final class CheckworthinessScorer {

    private final CheckworthinessFeatures features;
    private final CheckworthinessModel model;
    private final SentenceLanguages languages;

    public CheckworthinessScorer(
            CheckworthinessFeatures features, CheckworthinessModel model, SentenceLanguages languages) {
        if (features.hashBits() != model.hashBits()) {
            throw new IllegalArgumentException(
                    "features hash into " + features.hashBits() + " bits, the model into " + model.hashBits());
        }
        this.features = features;
        this.model = model;
        this.languages = languages;
    }

    /** The score of a sentence whose language is known (ISO 639-1, or "und"). */
    public double score(String sentence, String language) {
        return model.score(features.extract(sentence, language), language);
    }

    /** The score of a tokenized sentence whose language is known (ISO 639-1, or "und"). */
    public double score(Sentence sentence, String language) {
        return model.score(features.extract(sentence.text(), sentence.tokens(), language), language);
    }

    /** The scores of free-standing sentences, each in the language detected for it. */
    public double[] score(List<String> sentences) {
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < scores.length; i++) {
            String sentence = sentences.get(i);
            scores[i] = score(sentence, languages.detect(sentence));
        }
        return scores;
    }
}
