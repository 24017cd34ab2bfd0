package io.claimflow.cli.bench;

import java.util.List;
import java.util.Locale;

/** Nearest-rank percentiles of measured durations, in milliseconds. */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

    public static Percentiles of(List<Double> millis) {
        if (millis.isEmpty()) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        return new Percentiles(
                sorted.size(), rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double rank(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    /** p50/p95/p99/max, as a Markdown table row's cells. */
    public String cells() {
        return String.format(Locale.ROOT, "%d | %.1f | %.1f | %.1f | %.1f", count, p50, p95, p99, max);
    }
}
