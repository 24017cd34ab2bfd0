package io.claimflow.engine.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each trained language decides at its own threshold; the model file keeps them. */
class CheckworthinessModelTest {

    /** The dense bias feature and one hashed word. */
    private static final Features SENTENCE = new Features(new int[] {0, 30}, new float[] {1, 1});

    @Test
    void eachTrainedLanguageDecidesAtItsOwnThresholdAndOthersAtTheLanguageIndependentOne() throws IOException {
        float[] lexical = new float[40];
        lexical[30] = -0.2f; // a raw probability of 0.45
        CheckworthinessModel model = new CheckworthinessModel(
                5, new LinearModel(0, lexical), Map.of("en", 0.3, "nl", 0.6), new LinearModel(0, new float[24]), 0.7);

        assertThat(model.score(SENTENCE, "en")).isGreaterThan(0.5);
        assertThat(model.score(SENTENCE, "nl")).isLessThan(0.5);
        assertThat(model.score(SENTENCE, "sv")).isLessThan(0.5);

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        model.write(file);
        CheckworthinessModel read = CheckworthinessModel.read(new ByteArrayInputStream(file.toByteArray()));
        assertThat(read.hashBits()).isEqualTo(5);
        for (String language : new String[] {"en", "nl", "sv"}) {
            assertThat(read.score(SENTENCE, language)).isEqualTo(model.score(SENTENCE, language));
        }
    }
}
