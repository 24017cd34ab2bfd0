package io.claimflow.tools.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.TestEngine;
import io.claimflow.match.MatchSettings;
import io.claimflow.tools.SharedFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The narrative figures the match-engine README reports do not regress; skipped without the shared folder. */
class NarrativeEvaluationTest {

    @Test
    void narrativeFiguresOnTheSamplesAndPolnearDev() throws IOException {
        SharedFixtures.require("datasets/polnear/dev/text");
        NarrativeEvaluation.Result result = new NarrativeEvaluation(TestEngine.get(), MatchSettings.defaults())
                .evaluate(SharedFixtures.require("samples").getParent());
        Map<Set<String>, Boolean> labels;
        try (InputStream in = getClass().getResourceAsStream("narrative-links.tsv")) {
            labels = NarrativeEvaluation.labels(
                    List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
        NarrativeEvaluation.Precision precision = NarrativeEvaluation.precision(result, labels);
        assertThat(precision.labelled()).isGreaterThanOrEqualTo(20);
        assertThat(precision.value()).isGreaterThanOrEqualTo(0.45);
        assertThat(result.sampleClaimsInMain()).isGreaterThanOrEqualTo(3);
        assertThat(result.purity()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.links().size()).isLessThanOrEqualTo(80);
    }
}
