package io.claimflow.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.claimflow.engine.data.SharedFixtures;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.score.CheckworthinessFeatures;
import io.claimflow.engine.score.CheckworthinessModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retrains with the training command's code on the same data and compares with the committed model. */
class TrainingReproducesModelTest {

    @Test
    void retrainingGivesTheCommittedModelBack() {
        Ct24 data = new Ct24(SharedFixtures.require("datasets/ct24"));
        CheckworthinessFeatures features = new CheckworthinessFeatures(LanguageResources.load(), CheckworthinessTraining.HASH_BITS);
        CheckworthinessTraining training = new CheckworthinessTraining(features);
        CheckworthinessModel committed = CheckworthinessModel.loadDefault();
        CheckworthinessModel retrained = training.train(data).model();

        double committedF1 = training.evaluate(committed, data).get("en").f1();
        double retrainedF1 = training.evaluate(retrained, data).get("en").f1();
        assertThat(retrainedF1).isCloseTo(committedF1, within(0.005));
        assertThat(committedF1).isGreaterThanOrEqualTo(0.80);

        List<LabeledSentence> dev = data.read("en", "dev");
        for (LabeledSentence sentence : dev) {
            double before = committed.score(features.extract(sentence.text(), "en"), "en");
            double after = retrained.score(features.extract(sentence.text(), "en"), "en");
            assertThat(after).as(sentence.text()).isCloseTo(before, within(0.01));
        }
    }
}
