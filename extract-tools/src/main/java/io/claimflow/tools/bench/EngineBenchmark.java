package io.claimflow.tools.bench;

import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.SourceDocument;
import io.claimflow.tools.SharedData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures documents per second per core on the shared sample documents with every stage on, on one thread after a
 * warm-up, and prints the engine's construction time and heap.
 */
public final class EngineBenchmark {

    private static final long WARM_UP_NANOS = 10_000_000_000L;
    private static final long MEASURE_NANOS = 20_000_000_000L;

    private EngineBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<SourceDocument> documents = samples(SharedData.require().resolve("samples"));
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();
        ClaimflowEngine engine = ClaimflowEngine.withDefaults();
        double constructionSeconds = (System.nanoTime() - started) / 1e9;
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(
                Locale.ROOT,
                "construction %.2f s, engine heap %.0f MB%n",
                constructionSeconds,
                (heapAfter - heapBefore) / 1e6);
        run(engine, documents, WARM_UP_NANOS);
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Run measured = run(engine, documents, MEASURE_NANOS);
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%d documents (%d claims) in %.2f s wall, %.2f s CPU: %.1f documents/s per core%n",
                measured.documents(),
                measured.claims(),
                measured.seconds(),
                cpuSeconds,
                measured.documents() / cpuSeconds);
    }

    private static Run run(ClaimflowEngine engine, List<SourceDocument> documents, long nanos) {
        long start = System.nanoTime();
        int count = 0;
        long claims = 0;
        while (System.nanoTime() - start < nanos) {
            for (SourceDocument document : documents) {
                claims += engine.extract(document).claims().size();
                count++;
            }
        }
        return new Run(count, claims, (System.nanoTime() - start) / 1e9);
    }

    private static List<SourceDocument> samples(Path folder) throws IOException {
        List<SourceDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                documents.add(new SourceDocument(
                        file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), null));
            }
        }
        return documents;
    }

    private record Run(int documents, long claims, double seconds) {}
}
