package io.claimflow.match.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ConfidenceModelTest {

    private static final HitFeatures STRONG = new HitFeatures(1, 1, 2, 1, 1, 1, 1, 1);
    private static final HitFeatures WEAK = new HitFeatures(0.1, 0.1, 0.1, 0.03, 0, 0.02, 0.01, 0);

    @Test
    void theShippedModelLoadsAndTellsAStrongHitFromAWeakOne() {
        ConfidenceModel model = ConfidenceModel.standard();
        assertThat(ConfidenceModel.standard()).isSameAs(model);
        assertThat(model.probability(STRONG)).isGreaterThan(0.9);
        assertThat(model.probability(WEAK)).isLessThan(0.1);
    }

    @Test
    void theValuesFollowTheNamesOrder() throws Exception {
        HitFeatures features = new HitFeatures(1, 2, 3, 4, 5, 6, 7, 8);
        double[] values = features.values();
        assertThat(values).hasSize(HitFeatures.NAMES.size());
        for (int i = 0; i < values.length; i++) {
            Object named = HitFeatures.class.getMethod(HitFeatures.NAMES.get(i)).invoke(features);
            assertThat(values[i]).as(HitFeatures.NAMES.get(i)).isEqualTo(named);
        }
    }

    @Test
    void readsBackWhatItWritesAndRefusesAMissingWeight() throws Exception {
        ConfidenceModel model = new ConfidenceModel(-1, new double[] {0.5, 1, 0, 2, 0, 0, 0, 0.25});
        String text = model.write("a comment\nof two lines");
        assertThat(text).startsWith("# a comment\n# of two lines\nintercept=-1.000000\n");
        ConfidenceModel read = ConfidenceModel.parse(new StringReader(text));
        assertThat(read.probability(STRONG)).isEqualTo(model.probability(STRONG));
        assertThat(read.probability(WEAK)).isEqualTo(model.probability(WEAK));
        // -1 + 0.5 + 1 + 0 + 2 + 0 + 0 + 0.25 = 2.75
        assertThat(model.probability(STRONG)).isCloseTo(1 / (1 + Math.exp(-2.75)), Offset.offset(1e-12));

        assertThatThrownBy(() -> ConfidenceModel.parse(new StringReader(text.replaceAll("(?m)^gap=.*\\n", ""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gap");
        assertThatThrownBy(() -> new ConfidenceModel(0, new double[2])).isInstanceOf(IllegalArgumentException.class);
    }
}
