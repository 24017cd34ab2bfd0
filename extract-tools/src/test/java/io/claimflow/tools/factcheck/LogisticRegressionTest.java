package io.claimflow.tools.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void separatesASeparableSampleWithFiniteWeights() {
        // Positive exactly when the first feature exceeds the second; the third is noise.
        double[][] rows = {{2, 0, 1}, {3, 1, 0}, {1, 0, 0}, {4, 2, 1}, {0, 2, 1}, {1, 3, 0}, {0, 1, 0}, {2, 4, 1}};
        boolean[] labels = {true, true, true, true, false, false, false, false};
        LogisticRegression.Fit fit = LogisticRegression.fit(rows, labels, 0.1);
        for (int i = 0; i < rows.length; i++) {
            assertThat(fit.probability(rows[i]) > 0.5).as("row %d", i).isEqualTo(labels[i]);
        }
        assertThat(fit.weights()[0]).isPositive().isFinite();
        assertThat(fit.weights()[1]).isNegative().isFinite();
        assertThat(Math.abs(fit.weights()[2])).isLessThan(Math.abs(fit.weights()[0]));
    }

    @Test
    void learnsTheBaseRateWithoutFeaturesThatTell() {
        double[][] rows = {{1}, {1}, {1}, {1}};
        boolean[] labels = {true, false, false, false};
        LogisticRegression.Fit fit = LogisticRegression.fit(rows, labels, 1e-6);
        assertThat(fit.probability(new double[] {1})).isCloseTo(0.25, Offset.offset(1e-6));
        assertThatThrownBy(() -> LogisticRegression.fit(rows, new boolean[] {true}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void solvesALinearSystem() {
        double[] x = LogisticRegression.solve(new double[][] {{0, 2}, {3, 1}}, new double[] {4, 5});
        assertThat(x[0]).isCloseTo(1, Offset.offset(1e-12));
        assertThat(x[1]).isCloseTo(2, Offset.offset(1e-12));
    }
}
