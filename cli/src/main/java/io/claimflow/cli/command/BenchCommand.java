package io.claimflow.cli.command;

import io.claimflow.cli.bench.EngineBaseline;
import io.claimflow.cli.bench.PipelineBench;
import io.claimflow.cli.bench.StackProfile;
import io.claimflow.cli.client.ServerUnreachableException;
import io.claimflow.cli.demo.DemoDocuments;
import io.claimflow.cli.stack.StackSettings;
import io.claimflow.contracts.topic.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimflow bench}: documents through the running stack at a given rate, timed from submission to claims
 * persisted.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Drives --documents documents (the sample documents, each under an id of this run) through the running "
                    + "stack"
                    + " at --rate documents/s and reports throughput and the latency from submission to every claim "
                    + "persisted,"
                    + " with the check that no claim was lost or stored twice. Run ./claimflow up first."
        },
        subcommands = {
            BenchIngestCommand.class,
            BenchIngestIndexCommand.class,
            BenchSoakCommand.class,
            BenchStoreCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document complete, nothing lost or duplicated",
            "1:something lost, duplicated or late",
            "3:the stack is not reachable"
        })
public class BenchCommand implements Callable<Integer> {

    private static final Duration BASELINE_WARM_UP = Duration.ofSeconds(10);
    private static final Duration BASELINE_MEASURED = Duration.ofSeconds(20);

    @Option(
            names = "--documents",
            defaultValue = "500",
            description = "How many documents (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(
            names = "--rate",
            defaultValue = "50",
            description = "Documents submitted per second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(
            names = "--timeout",
            defaultValue = "PT10M",
            description = "How long to wait for the last document (ISO-8601 duration, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(
            names = "--engine-baseline",
            description = "First measure the engine alone in this process (every core, the same documents, "
                    + "10 s warm-up, 20 s measured) and report the pipeline's throughput as a share of it.")
    boolean engineBaseline;

    @Option(
            names = "--profile",
            paramLabel = "DIR",
            description = "Record every JVM of the local stack (broker, services, this client) with JDK Flight "
                    + "Recorder during the run, write the recordings to DIR and print where each spent its CPU, "
                    + "and the broker's request metrics (count, mean time, time waiting) of the run.")
    Path profile;

    @Option(
            names = "--latencies",
            paramLabel = "FILE",
            description = "Also write each complete document's submission time and latency (ms from the start, "
                    + "CSV), to see when in the run the slow ones were.")
    Path latencies;

    @Mixin
    Endpoints.Ingest ingest;

    @Mixin
    Endpoints.Store store;

    @Mixin
    Endpoints.Kafka kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = List.copyOf(DemoDocuments.load().byName().values());
        EngineBaseline.Result baseline = null;
        if (engineBaseline) {
            out.println("Measuring the engine alone ...");
            out.flush();
            baseline = EngineBaseline.measure(texts, BASELINE_WARM_UP, BASELINE_MEASURED);
            out.printf(
                    Locale.ROOT,
                    "engine alone: %.1f documents/s on %d threads (%d documents, %d claims in %.1f s)%n",
                    baseline.counts().documentsPerSecond(),
                    baseline.threads(),
                    baseline.counts().documents(),
                    baseline.counts().claims(),
                    baseline.counts().seconds());
        }
        out.printf(Locale.ROOT, "Submitting %d documents at %.0f/s ...%n", documents, rate);
        out.flush();
        PipelineBench.Result result;
        List<String> observed;
        int mismatches;
        try (StackProfile observing = StackProfile.start(StackSettings.checkout(), profile)) {
            PipelineBench bench = new PipelineBench(ingest.url, store.url, kafka.bootstrapServers);
            result = bench.run(texts, documents, rate, timeout);
            observed = observing.stop();
            mismatches = bench.storeMismatches(result);
        } catch (ServerUnreachableException | org.apache.kafka.common.errors.TimeoutException e) {
            spec.commandLine().getErr().println("claimflow bench: " + e.getMessage());
            return 3;
        } catch (IOException | IllegalStateException e) {
            spec.commandLine().getErr().println("claimflow bench: cannot profile: " + e.getMessage());
            return 3;
        }
        out.printf(
                Locale.ROOT,
                "documents submitted %d, accepted %d, refused %d, complete %d, claims persisted %d%n",
                result.submitted(),
                result.accepted(),
                result.refused(),
                result.complete(),
                result.claims());
        out.printf(Locale.ROOT, "throughput %.1f documents/s over %.1f s%n", result.throughput(), result.seconds());
        out.println("latency submit -> claims persisted, seen on the store's live feed (ms): "
                + "count | p50 | p95 | p99 | max");
        out.println("  " + result.latency().cells());
        out.println("latency submit -> claims readable on " + Topics.CLAIMS.name()
                + " (ms): count | p50 | p95 | p99 | max");
        out.println("  " + result.topicLatency().cells());
        int lost = result.accepted() - result.complete();
        out.printf(
                "lost %d, claims seen twice %d, documents whose stored claims differ from their count %d%n",
                lost, result.duplicateClaims(), mismatches);
        if (baseline != null) {
            out.printf(
                    Locale.ROOT,
                    "pipeline / engine alone: %.2f (%.1f / %.1f documents/s)%n",
                    result.throughput() / baseline.counts().documentsPerSecond(),
                    result.throughput(),
                    baseline.counts().documentsPerSecond());
        }
        observed.forEach(out::println);
        if (latencies != null) {
            try {
                writeLatencies(result);
            } catch (IOException e) {
                spec.commandLine().getErr().println("claimflow bench: cannot write " + latencies + ": " + e);
            }
        }
        out.flush();
        return lost == 0 && result.duplicateClaims() == 0 && mismatches == 0 && result.refused() == 0 ? 0 : 1;
    }

    private void writeLatencies(PipelineBench.Result result) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("document,submitted_ms,latency_ms");
        result.timings()
                .forEach(timing -> lines.add(String.format(
                        Locale.ROOT,
                        "%s,%.1f,%.1f",
                        timing.documentId(),
                        timing.submittedMillis(),
                        timing.latencyMillis())));
        Files.write(latencies, lines);
    }
}
