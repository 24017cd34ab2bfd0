package io.claimflow.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.TestEngine;
import io.claimflow.tools.SharedFixtures;
import org.junit.jupiter.api.Test;

/** Claimant accuracy on PolNeAR dev stays at the level the README reports; skipped without the dataset. */
class ClaimantEvaluationTest {

    @Test
    void claimantAccuracyOnPolnearDev() {
        var articles = PolnearArticle.readSplit(SharedFixtures.require("datasets/polnear/dev"));
        ClaimantEvaluation.Result result = new ClaimantEvaluation(TestEngine.get()).evaluate(articles);
        assertThat(result.attributions()).isGreaterThan(1000);
        assertThat(result.accuracy()).isGreaterThanOrEqualTo(0.53);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.82);
        assertThat(result.quotes()).isGreaterThan(150);
        assertThat(result.quoteAccuracy()).isGreaterThanOrEqualTo(0.80);
    }
}
