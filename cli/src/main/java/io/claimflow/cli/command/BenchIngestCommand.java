package io.claimflow.cli.command;

import io.claimflow.cli.bench.IngestLoad;
import io.claimflow.cli.demo.DemoDocuments;
import io.claimflow.cli.stack.LocalStack;
import io.claimflow.cli.stack.StackSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimflow bench ingest}: how many documents per second ingest-service accepts (acks=all). */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Submits --documents sample-sized JSON documents (each under an id of this run) from --concurrency "
                    + "requests in flight as fast as ingest-service answers, after --warm-up documents that are not "
                    + "counted, and reports accepted documents/s and the latency of each answer.",
            "Without --standalone it measures the running stack (--ingest-url), whose pipeline extracts what it "
                    + "accepts; with --standalone it starts a Kafka broker, a PostgreSQL (ingest's index of "
                    + "accepted documents) and one ingest-service of its own on free ports, with nothing behind "
                    + "them, measures that, and stops them."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document accepted",
            "1:a document was not accepted",
            "3:ingest-service is not reachable"
        })
public class BenchIngestCommand implements Callable<Integer> {

    @Option(
            names = "--documents",
            defaultValue = "5000",
            description = "How many documents are counted (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(
            names = "--concurrency",
            defaultValue = "32",
            description = "Requests in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--warm-up",
            defaultValue = "5000",
            description = "Documents submitted first and not counted, while the JVMs compile the hot code "
                    + "(default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(
            names = "--standalone",
            description = "Measure a Kafka broker, a PostgreSQL and an ingest-service of this command's own, with "
                    + "no pipeline behind them, instead of the running stack.")
    boolean standalone;

    @Mixin
    Endpoints.Ingest ingest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (!standalone) {
            return measure(ingest.url);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path home = Path.of(System.getProperty("claimflow.home", "."));
        StackSettings settings = StackSettings.temporary(home, "bench-ingest");
        out.println("Starting a Kafka broker, PostgreSQL and ingest-service of their own, data and logs in "
                + settings.dataDirectory() + " ...");
        out.flush();
        try (LocalStack alone = new LocalStack(settings)) {
            alone.startIngestAlone();
            out.println("ingest-service at " + settings.ingestUrl());
            return measure(settings.ingestUrl());
        } finally {
            // The broker's copy of every document and the index of them are of no further use; the logs stay.
            deleteRecursively(settings.dataDirectory().resolve("kafka"));
            deleteRecursively(settings.postgresDirectory());
        }
    }

    static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Only temporary files are left behind.
        }
    }

    private int measure(String url) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = List.copyOf(DemoDocuments.load().byName().values());
        String prefix = "bench-ingest-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        ExecutorService executor = IngestLoad.executor();
        try {
            IngestLoad load = new IngestLoad(url, texts, executor);
            IngestLoad.Result warm = load.run(prefix + "warm-", warmUp, concurrency);
            IngestLoad.Result result = warm.unreachable() != null ? warm : load.run(prefix, documents, concurrency);
            if (result.unreachable() != null) {
                spec.commandLine().getErr().println("claimflow bench ingest: " + result.unreachable());
                return 3;
            }
            out.printf(
                    Locale.ROOT,
                    "%d documents (%d KB on average) from %d requests in flight in %.1f s, after %d not counted: "
                            + "%.0f accepted documents/s%n",
                    documents,
                    texts.stream().mapToInt(String::length).sum() / texts.size() / 1024,
                    concurrency,
                    result.seconds(),
                    warmUp,
                    result.accepted() / result.seconds());
            out.println("answers by status: " + result.statuses());
            if (result.firstProblem() != null) {
                out.println("first answer that was not a success: " + result.firstProblem());
            }
            out.println("latency (ms): count | p50 | p95 | p99 | max");
            out.println("  " + result.latency().cells());
            out.flush();
            return result.accepted() == documents ? 0 : 1;
        } finally {
            executor.shutdownNow();
        }
    }
}
