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

    private static final double PRECISION = 0.42;

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
        KeyClaims keys;
        try (InputStream in = getClass().getResourceAsStream(NarrativeEvaluation.KEY_CLAIMS)) {
            keys = KeyClaims.parse(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
        NarrativeEvaluation.Precision precision = NarrativeEvaluation.precision(result, labels);
        KeyClaims.Report report = keys.report(result.claims());
        // Measured 2026-12-03 (see the match-engine README): 19 key claims, 44 of 92 links right, every link labelled;
        // the bounds leave a little room, not a regression.
        assertThat(report.unmatched()).isEmpty();
        assertThat(report.keyInMain()).isGreaterThanOrEqualTo(17);
        assertThat(report.purity()).isEqualTo(1.0);
        assertThat(report.languages()).contains("en", "sv");
        assertThat(report.documents()).anyMatch(d -> d.startsWith("000_"));
        assertThat(precision.labelled()).isGreaterThanOrEqualTo(80);
        assertThat(precision.value()).isGreaterThanOrEqualTo(PRECISION);
        assertThat(result.purity()).isEqualTo(1.0);
        assertThat(result.links().size()).isLessThanOrEqualTo(120);
    }
}
