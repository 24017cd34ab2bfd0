package io.claimflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The soak report's rows from a run's timings and samples, and jstat's output read into columns. */
class SoakReportTest {

    private static PipelineBench.Result result(List<PipelineBench.Timing> timings) {
        return new PipelineBench.Result(
                timings.size(),
                timings.size(),
                0,
                timings.size(),
                timings.size() * 3L,
                0,
                3,
                Percentiles.of(List.of()),
                Percentiles.of(List.of()),
                timings);
    }

    private static SoakSampler.Sample sample(double minute, double old, double postgres, Map<String, Long> lags) {
        return new SoakSampler.Sample(
                minute, Map.of("store-service", new SoakSampler.JvmSample(old + 50, old, 300)), postgres, lags);
    }

    @Test
    void eachIntervalCountsItsSubmissionsAndCompletionsApart() {
        // Submitted at 10 s and 50 s; the second completes in the next minute.
        List<PipelineBench.Timing> timings =
                List.of(new PipelineBench.Timing("a", 10_000, 200), new PipelineBench.Timing("b", 50_000, 20_000));

        List<String> rows = new SoakReport(result(timings), List.of(), Duration.ofMinutes(1)).intervals();

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("     0.0 | 2 | 2 | 200.0 |").endsWith("| 1");
        assertThat(rows.get(2)).startsWith("     1.0 | 0 | 0 |").endsWith("| 1");
    }

    @Test
    void growthComparesTheOldGenerationFloorOfEachHalfAndTheDatabasePerThousandDocuments() {
        List<PipelineBench.Timing> timings = List.of(new PipelineBench.Timing("a", 0, 100));
        List<SoakSampler.Sample> samples = List.of(
                sample(0, 40, 10, Map.of("claimflow-store", 0L)),
                sample(1, 30, 11, Map.of("claimflow-store", 12L, "claimflow-match", 300L)),
                sample(2, 60, 12, Map.of()),
                sample(3, 55, 12.5, Map.of("claimflow-store", 0L, "claimflow-match", 9L)));

        SoakReport report = new SoakReport(result(timings), samples, Duration.ofMinutes(1));

        assertThat(report.growth())
                .containsExactly(
                        "store-service: old generation floor 30 MB in the first half, 55 MB in the second; resident"
                                + " 300 MB at the start, 300 MB at the end",
                        "PostgreSQL files: 10.0 MB at the start, 12.5 MB at the end: 2500.00 MB per 1,000 documents");
        assertThat(report.samples()).hasSize(5);
        assertThat(report.samples())
                .as("each group's lag where Kafka answered, in order of the group ids")
                .containsExactly(
                        "minute | store-service heap/old/RSS | PostgreSQL files (MB) | lag claimflow-match"
                                + " | lag claimflow-store",
                        "   0.0 | 90/40/300 | 10.0 | - | 0",
                        "   1.0 | 80/30/300 | 11.0 | 300 | 12",
                        "   2.0 | 110/60/300 | 12.0 | - | -",
                        "   3.0 | 105/55/300 | 12.5 | 9 | 0");
    }

    @Test
    void readsJstatColumnsLeavingOutDashes() {
        String output = """
                 S0C    S1C    S0U    S1U      EC       EU        OC         OU       MC     MU    CCSC   CCSU
                 0.0   4096.0  0.0   4096.0  53248.0  12288.0  204800.0   81920.5     -      -      0.0    0.0
                """;

        Map<String, Double> columns = SoakSampler.parseColumns(output);

        assertThat(columns)
                .containsEntry("OU", 81920.5)
                .containsEntry("EU", 12288.0)
                .doesNotContainKey("MC");
        assertThat(SoakSampler.parseColumns("")).isEmpty();
    }

    @Test
    void readsTheColumnsOfThisJvm() {
        Map<String, Double> columns =
                SoakSampler.jstatGc(ProcessHandle.current().pid());

        assertThat(columns).containsKeys("EU", "OU");
    }
}
