package io.claimflow.cli.command;

import io.claimflow.cli.bench.IngestIndexFill;
import io.claimflow.cli.bench.IngestLoad;
import io.claimflow.cli.stack.LocalStack;
import io.claimflow.cli.stack.StackSettings;
import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.PipelineServices;
import io.claimflow.stack.ServiceProcess;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimflow bench ingest-index}: ingest-service's start-up, memory and answer latency with many documents
 * already submitted, which its index of accepted documents must not make grow.
 */
@Command(
        name = "ingest-index",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a Kafka broker, a PostgreSQL and one ingest-service of its own, puts --known documents on "
                    + "claimflow.documents.v1 and in ingest's index of accepted documents (written directly, as "
                    + "if submitted earlier), restarts ingest-service and reports its start-up time, heap and "
                    + "resident memory, then the latency of --lookups resubmissions of known documents (200) and "
                    + "of as many new ones (202), --concurrency in flight."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every answer as expected", "1:an answer was not"})
public class BenchIngestIndexCommand implements Callable<Integer> {

    @Option(
            names = "--known",
            defaultValue = "1000000",
            description = "Documents submitted before (default: ${DEFAULT-VALUE}).")
    int known;

    @Option(
            names = "--lookups",
            defaultValue = "20000",
            description = "Resubmissions timed, and new documents (default: ${DEFAULT-VALUE}).")
    int lookups;

    @Option(
            names = "--concurrency",
            defaultValue = "32",
            description = "Requests in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StackSettings settings =
                StackSettings.temporary(Path.of(System.getProperty("claimflow.home", ".")), "bench-ingest-index");
        out.println("Starting a Kafka broker, PostgreSQL and ingest-service of their own in " + settings.dataDirectory()
                + " ...");
        out.flush();
        try (LocalStack alone = new LocalStack(settings)) {
            alone.startIngestAlone();
            long fillStart = System.nanoTime();
            IngestIndexFill.Filled filled = IngestIndexFill.fill(settings.bootstrapServers(), alone.database(), known);
            out.printf(
                    Locale.ROOT,
                    "%d documents on the topic and in the index in %.0f s; the index takes %d MB in PostgreSQL%n",
                    known,
                    (System.nanoTime() - fillStart) / 1e9,
                    filled.indexBytes() / 1_000_000);

            PipelineServices services = alone.services();
            services.terminate(ClaimflowService.INGEST);
            long start = System.nanoTime();
            services.start(ClaimflowService.INGEST);
            double startSeconds = (System.nanoTime() - start) / 1e9;
            String url = settings.ingestUrl();
            ServiceProcess ingest =
                    services.processOf(ClaimflowService.INGEST, 1).orElseThrow();
            out.printf(
                    Locale.ROOT,
                    "ingest-service restarted and ready in %.1f s (process start to ready); heap used %d MB, "
                            + "resident %d MB%n",
                    startSeconds,
                    heapUsedBytes(url) / 1_000_000,
                    residentBytes(ingest.pid()) / 1_000_000);

            ExecutorService executor = IngestLoad.executor();
            try {
                IngestLoad load = new IngestLoad(url, List.of(IngestIndexFill.TEXT), executor);
                IngestLoad.Result resubmitted = load.run(IngestIndexFill.ID_PREFIX, lookups, concurrency);
                IngestLoad.Result fresh = load.run("new-" + System.nanoTime() + "-", lookups, concurrency);
                report(out, "resubmissions of known documents", resubmitted);
                report(out, "new documents", fresh);
                return resubmitted.statuses().getOrDefault(200, 0) == lookups && fresh.accepted() == lookups ? 0 : 1;
            } finally {
                executor.shutdownNow();
            }
        } finally {
            BenchIngestCommand.deleteRecursively(settings.dataDirectory().resolve("kafka"));
            BenchIngestCommand.deleteRecursively(settings.postgresDirectory());
        }
    }

    private static void report(PrintWriter out, String what, IngestLoad.Result result) {
        out.printf(
                Locale.ROOT,
                "%s: %.0f answers/s, by status %s; latency (ms) count | p50 | p95 | p99 | max: %s%n",
                what,
                result.documents() / result.seconds(),
                result.statuses(),
                result.latency().cells());
        if (result.firstProblem() != null) {
            out.println("  first answer that was not a success: " + result.firstProblem());
        }
        out.flush();
    }

    /** The heap in use as the service's own metrics say, summed over its pools. */
    private static long heapUsedBytes(String url) throws IOException, InterruptedException {
        HttpResponse<String> metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url + "/q/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString());
        return (long) metrics.body()
                .lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static long residentBytes(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                        .filter(line -> line.startsWith("VmRSS:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                        .findFirst()
                        .orElse(0)
                * 1024;
    }
}
