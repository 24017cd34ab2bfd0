package io.claimflow.tools.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.score.Features;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Folds keep each language's share of positives, and no sentence is scored by a model that saw it. */
class CrossValidationTest {

    private final List<LabeledSentence> sentences = new ArrayList<>();
    private final List<Features> vectors = new ArrayList<>();

    CrossValidationTest() {
        add("en", 50, 10);
        add("nl", 25, 5);
    }

    @Test
    void eachFoldHoldsTheSameShareOfEachLanguagesPositivesAndNegatives() {
        CrossValidation folds = new CrossValidation(sentences, vectors, 5, 7);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            LabeledSentence sentence = sentences.get(i);
            counts.merge(folds.fold(i) + sentence.language() + sentence.checkworthy(), 1, Integer::sum);
        }
        for (int fold = 0; fold < 5; fold++) {
            assertThat(counts.get(fold + "entrue")).isEqualTo(2);
            assertThat(counts.get(fold + "enfalse")).isEqualTo(8);
            assertThat(counts.get(fold + "nltrue")).isEqualTo(1);
            assertThat(counts.get(fold + "nlfalse")).isEqualTo(4);
        }
        CrossValidation again = new CrossValidation(sentences, vectors, 5, 7);
        CrossValidation otherSeed = new CrossValidation(sentences, vectors, 5, 8);
        boolean differs = false;
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(again.fold(i)).isEqualTo(folds.fold(i));
            differs |= otherSeed.fold(i) != folds.fold(i);
        }
        assertThat(differs).isTrue();
    }

    @Test
    void aSentenceIsScoredByAModelThatDidNotSeeIt() {
        // Each sentence has a feature of its own that gives its label away: a model trained on it would know it.
        CrossValidation folds = new CrossValidation(sentences, vectors, 5, 7);
        double[] scores = folds.outOfFold(new LogisticRegressionTrainer(sentences.size(), 5, 0.5, 1e-6, 1));
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (folds.fold(i) == folds.fold(j)) {
                    assertThat(scores[i]).isEqualTo(scores[j]);
                }
            }
        }
    }

    private void add(String language, int count, int positives) {
        for (int i = 0; i < count; i++) {
            vectors.add(new Features(new int[] {sentences.size()}, new float[] {1}));
            sentences.add(new LabeledSentence(language + " " + i, language, i < positives));
        }
    }
}
