package io.claimflow.cli.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * What a soak run measured, over time: per interval the documents submitted and complete and their latencies, the
 * samples of memory and database size, and how much each grew between the run's first and second half.
 */
public final class SoakReport {

    private final PipelineBench.Result result;
    private final List<SoakSampler.Sample> samples;
    private final double intervalMillis;

    public SoakReport(PipelineBench.Result result, List<SoakSampler.Sample> samples, Duration interval) {
        this.result = result;
        this.samples = List.copyOf(samples);
        this.intervalMillis = interval.toMillis();
    }

    /**
     * One row per interval: documents submitted in it that completed, the latency of those (submission to every claim
     * persisted), and documents that completed in it (the throughput).
     */
    public List<String> intervals() {
        List<String> rows = new ArrayList<>();
        rows.add("from min | documents submitted, complete | latency count | p50 | p95 | p99 | max (ms)"
                + " | documents completed in it");
        List<PipelineBench.Timing> timings = result.timings();
        double last = timings.stream()
                .mapToDouble(t -> t.submittedMillis() + t.latencyMillis())
                .max()
                .orElse(0);
        for (int k = 0; k * intervalMillis <= last; k++) {
            int interval = k;
            List<Double> latencies = timings.stream()
                    .filter(t -> intervalOf(t.submittedMillis()) == interval)
                    .map(PipelineBench.Timing::latencyMillis)
                    .toList();
            long completed = timings.stream()
                    .filter(t -> intervalOf(t.submittedMillis() + t.latencyMillis()) == interval)
                    .count();
            rows.add(String.format(
                    Locale.ROOT,
                    "%8.1f | %d | %s | %d",
                    k * intervalMillis / 60_000,
                    latencies.size(),
                    Percentiles.of(latencies).cells(),
                    completed));
        }
        return rows;
    }

    /**
     * One row per sample: each JVM's heap in use, old generation and resident memory, PostgreSQL's files (MB), and each
     * consumer group's lag (records).
     */
    public List<String> samples() {
        List<String> rows = new ArrayList<>();
        if (samples.isEmpty()) {
            return rows;
        }
        StringBuilder header = new StringBuilder("minute");
        samples.get(0)
                .jvms()
                .keySet()
                .forEach(part -> header.append(" | ").append(part).append(" heap/old/RSS"));
        header.append(" | PostgreSQL files (MB)");
        Set<String> groups = new TreeSet<>();
        samples.forEach(sample -> groups.addAll(sample.lags().keySet()));
        groups.forEach(group -> header.append(" | lag ").append(group));
        rows.add(header.toString());
        for (SoakSampler.Sample sample : samples) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%6.1f", sample.minute()));
            sample.jvms()
                    .values()
                    .forEach(jvm -> row.append(
                            String.format(Locale.ROOT, " | %.0f/%.0f/%.0f", jvm.heap(), jvm.old(), jvm.resident())));
            row.append(String.format(Locale.ROOT, " | %.1f", sample.postgres()));
            groups.forEach(group -> row.append(" | ")
                    .append(
                            sample.lags().containsKey(group)
                                    ? sample.lags().get(group).toString()
                                    : "-"));
            rows.add(row.toString());
        }
        return rows;
    }

    /**
     * How much each JVM's old generation floor (its least in each half of the run: what survived collections) and
     * resident memory moved from the first half of the samples to the second, and how much PostgreSQL's files grew per
     * 1,000 documents complete.
     */
    public List<String> growth() {
        List<String> rows = new ArrayList<>();
        if (samples.size() < 2) {
            return rows;
        }
        List<SoakSampler.Sample> first = samples.subList(0, samples.size() / 2);
        List<SoakSampler.Sample> second = samples.subList(samples.size() / 2, samples.size());
        for (String part : samples.get(0).jvms().keySet()) {
            rows.add(String.format(
                    Locale.ROOT,
                    "%s: old generation floor %.0f MB in the first half, %.0f MB in the second; resident %.0f MB"
                            + " at the start, %.0f MB at the end",
                    part,
                    least(first, part, SoakSampler.JvmSample::old),
                    least(second, part, SoakSampler.JvmSample::old),
                    samples.get(0).jvms().get(part).resident(),
                    samples.get(samples.size() - 1).jvms().get(part).resident()));
        }
        double grown =
                samples.get(samples.size() - 1).postgres() - samples.get(0).postgres();
        rows.add(String.format(
                Locale.ROOT,
                "PostgreSQL files: %.1f MB at the start, %.1f MB at the end: %.2f MB per 1,000 documents",
                samples.get(0).postgres(),
                samples.get(samples.size() - 1).postgres(),
                result.complete() == 0 ? 0 : 1000 * grown / result.complete()));
        return rows;
    }

    private static double least(
            List<SoakSampler.Sample> samples, String part, ToDoubleFunction<SoakSampler.JvmSample> value) {
        return samples.stream()
                .map(SoakSampler.Sample::jvms)
                .map((Map<String, SoakSampler.JvmSample> jvms) -> jvms.get(part))
                .filter(jvm -> jvm != null && !Double.isNaN(value.applyAsDouble(jvm)))
                .mapToDouble(value)
                .min()
                .orElse(Double.NaN);
    }

    private int intervalOf(double millis) {
        return (int) (millis / intervalMillis);
    }
}
