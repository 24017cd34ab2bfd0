package io.claimflow.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Samples what a long run could make grow, at a fixed interval: each JVM's heap in use and its old generation (read
 * with the JDK's {@code jstat}, next to the {@code java} running this command; the old generation is where retained
 * data ends up, so a leak shows as its floor rising), each JVM's resident memory, and the size of the embedded
 * PostgreSQL's database files ({@code base/}, every database, without the write-ahead log), and each consumer group's
 * lag ({@link ConsumerLag}).
 */
public final class SoakSampler implements AutoCloseable {

    private static final double MB = 1024 * 1024;

    private final Map<String, Long> jvms;
    private final Path databaseFiles;
    private final ConsumerLag lag;
    private final long start = System.nanoTime();
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "soak-sampler");
        thread.setDaemon(true);
        return thread;
    });

    /** One JVM at one moment, in MB: heap in use, of it the old generation, and resident memory. */
    public record JvmSample(double heap, double old, double resident) {}

    /**
     * Everything at one moment, {@code minute} minutes into the run; PostgreSQL's database files in MB; each consumer
     * group's lag in records (empty when Kafka did not answer).
     */
    public record Sample(double minute, Map<String, JvmSample> jvms, double postgres, Map<String, Long> lags) {}

    private SoakSampler(Map<String, Long> jvms, Path databaseFiles, ConsumerLag lag) {
        this.jvms = Map.copyOf(jvms);
        this.databaseFiles = databaseFiles;
        this.lag = lag;
    }

    /** Samples the stack's JVMs, database and consumer groups now and every {@code every} until stopped. */
    public static SoakSampler start(StackCpu stack, ConsumerLag lag, Duration every) {
        SoakSampler sampler =
                new SoakSampler(stack.jvms(), stack.postgresDirectory().resolve("base"), lag);
        sampler.timer.scheduleAtFixedRate(sampler::sample, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return sampler;
    }

    /** Takes a last sample and stops; answers every sample, the first first. */
    public List<Sample> stop() {
        timer.shutdownNow();
        sample();
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void sample() {
        Map<String, JvmSample> now = new LinkedHashMap<>();
        jvms.forEach((part, pid) -> now.put(part, jvm(pid)));
        samples.add(new Sample(
                (System.nanoTime() - start) / 60e9, now, bytesUnder(databaseFiles) / MB, Map.copyOf(lag.lags())));
    }

    private static JvmSample jvm(long pid) {
        Map<String, Double> gc = jstatGc(pid);
        double old = gc.getOrDefault("OU", Double.NaN);
        double heap = gc.getOrDefault("S0U", 0.0) + gc.getOrDefault("S1U", 0.0) + gc.getOrDefault("EU", 0.0) + old;
        return new JvmSample(heap / 1024, old / 1024, residentKb(pid) / 1024);
    }

    /** {@code jstat -gc}: its header's columns and their values (KB for the sizes), or nothing when it cannot run. */
    static Map<String, Double> jstatGc(long pid) {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jstat = java.resolveSibling("jstat");
        try {
            Process process = new ProcessBuilder(jstat.toString(), "-gc", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            process.waitFor(30, TimeUnit.SECONDS);
            return parseColumns(output);
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    /** A header line of column names and a line of numbers under it, as {@code jstat} prints them. */
    static Map<String, Double> parseColumns(String output) {
        String[] lines = output.strip().split("\\R");
        Map<String, Double> columns = new LinkedHashMap<>();
        if (lines.length < 2) {
            return columns;
        }
        String[] names = lines[0].trim().split("\\s+");
        String[] values = lines[1].trim().split("\\s+");
        for (int i = 0; i < Math.min(names.length, values.length); i++) {
            try {
                columns.put(names[i], Double.parseDouble(values[i]));
            } catch (NumberFormatException e) {
                // a column without a number ("-" for a space the collector has not): left out
            }
        }
        return columns;
    }

    private static double residentKb(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Double.parseDouble(line.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElse(Double.NaN);
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static long bytesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.mapToLong(file -> {
                        try {
                            return Files.isRegularFile(file) ? Files.size(file) : 0;
                        } catch (IOException e) {
                            return 0; // removed while walking (a table rewritten by VACUUM)
                        }
                    })
                    .sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
