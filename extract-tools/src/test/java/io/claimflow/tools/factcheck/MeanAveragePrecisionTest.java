package io.claimflow.tools.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeanAveragePrecisionTest {

    @Test
    void mapAtFiveOnAHandComputedExample() {
        Map<String, Set<String>> qrels = Qrels.parse(
                List.of(
                        "q1 0 a 1",
                        "q1 0 b 1",
                        "q2 0 c 1",
                        "q3 0 d 1",
                        "q3 0 e 1",
                        "q3 0 f 1",
                        "q3 0 g 1",
                        "q3 0 h 1",
                        "q3 0 i 1",
                        "q4 0 j 1",
                        "q5 0 k 1",
                        "q5 0 never 0"),
                "qrels");
        Map<String, List<String>> run = Map.of(
                "q1", List.of("x", "a", "y", "b", "z"), // (1/2 + 2/4) / 2 = 0.5
                "q2", List.of("c"), // 1
                "q3", List.of("d", "e", "f", "g", "h", "i"), // 5 found in the top 5 of 6 relevant: 5/6
                "q5", List.of("l", "m", "n", "o", "p", "k")); // k at rank 6, past the cut: 0; q4 not run: 0
        assertThat(MeanAveragePrecision.averagePrecision(run.get("q1"), qrels.get("q1"), 5))
                .isEqualTo(0.5);
        assertThat(MeanAveragePrecision.averagePrecision(run.get("q3"), qrels.get("q3"), 5))
                .isCloseTo(5.0 / 6, within(1e-12));
        assertThat(qrels.get("q5")).containsExactly("k");
        assertThat(MeanAveragePrecision.of(run, qrels, 5)).isCloseTo((0.5 + 1 + 5.0 / 6) / 5, within(1e-12));
        assertThat(MeanAveragePrecision.of(run, qrels, 1)).isCloseTo((0 + 1 + 1.0 / 6) / 5, within(1e-12));
    }
}
