package io.claimflow.tools.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.score.CheckworthinessFeatures;
import io.claimflow.engine.score.CheckworthinessModel;
import io.claimflow.tools.SharedFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Retrains with the training command's code and its recorded settings on the same data and compares with the committed
 * model.
 */
class TrainingReproducesModelTest {

    @Test
    void retrainingGivesTheCommittedModelBack() throws IOException {
        Ct24 data = new Ct24(SharedFixtures.require("datasets/ct24"));
        CheckworthinessFeatures features =
                new CheckworthinessFeatures(LanguageResources.load(), CheckworthinessTraining.HASH_BITS);
        CheckworthinessTraining training = new CheckworthinessTraining(features);
        ByteArrayOutputStream retrained = new ByteArrayOutputStream();
        // The settings the command's search chose: the search itself takes minutes, the thresholds' cross-validation
        // with these settings seconds.
        training.train(CheckworthinessTraining.trainingSentences(data), ChosenSettings.committed())
                .model()
                .write(retrained);

        // Compared uncompressed: the weights must be the same, whichever zlib the JDK compresses with.
        byte[] committed = uncompressed(
                CheckworthinessModel.class.getClassLoader().getResourceAsStream(CheckworthinessModel.RESOURCE));
        assertThat(Arrays.mismatch(uncompressed(new ByteArrayInputStream(retrained.toByteArray())), committed))
                .as("first byte where the committed model differs from a retrained one: retrain with"
                        + " ./mvnw -B -q -pl extract-tools -am test-compile -Ptrain")
                .isEqualTo(-1);
        assertThat(training.evaluate(CheckworthinessModel.loadDefault(), data)
                        .get("en")
                        .f1())
                .isGreaterThanOrEqualTo(0.86);
    }

    private static byte[] uncompressed(InputStream model) throws IOException {
        try (InputStream in = new GZIPInputStream(model)) {
            return in.readAllBytes();
        }
    }
}
