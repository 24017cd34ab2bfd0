package io.claimflow.cli.command;

import io.claimflow.cli.bench.PipelineBench;
import io.claimflow.cli.client.ServerUnreachableException;
import io.claimflow.cli.demo.DemoDocuments;
import java.io.PrintWriter;
import java.time.Duration;
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
        subcommands = {BenchIngestCommand.class, BenchStoreCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document complete, nothing lost or duplicated",
            "1:something lost, duplicated or late",
            "3:the stack is not reachable"
        })
public class BenchCommand implements Callable<Integer> {

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
        out.printf(Locale.ROOT, "Submitting %d documents at %.0f/s ...%n", documents, rate);
        out.flush();
        PipelineBench.Result result;
        try {
            result = new PipelineBench(ingest.url, store.url, kafka.bootstrapServers)
                    .run(texts, documents, rate, timeout);
        } catch (ServerUnreachableException | org.apache.kafka.common.errors.TimeoutException e) {
            spec.commandLine().getErr().println("claimflow bench: " + e.getMessage());
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
        out.println("latency submit -> claims persisted (ms): count | p50 | p95 | p99 | max");
        out.println("  " + result.latency().cells());
        int lost = result.accepted() - result.complete();
        out.printf(
                "lost %d, claims seen twice %d, documents whose stored claims differ from their count %d%n",
                lost, result.duplicateClaims(), result.storeMismatches());
        out.flush();
        return lost == 0 && result.duplicateClaims() == 0 && result.storeMismatches() == 0 && result.refused() == 0
                ? 0
                : 1;
    }
}
