package io.claimflow.cli.command;

import io.claimflow.cli.bench.ConsumerLag;
import io.claimflow.cli.bench.PipelineBench;
import io.claimflow.cli.bench.SoakReport;
import io.claimflow.cli.bench.SoakSampler;
import io.claimflow.cli.bench.StackCpu;
import io.claimflow.cli.client.ServerUnreachableException;
import io.claimflow.cli.demo.DemoDocuments;
import io.claimflow.cli.stack.StackSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimflow bench soak}: the running stack at a steady rate for a long time, reported over time, so that leaks
 * and unbounded growth show.
 */
@Command(
        name = "soak",
        mixinStandardHelpOptions = true,
        description = {
            "Drives the sample documents through the running local stack at --rate documents/s for --minutes and "
                    + "reports, per interval, the documents submitted and complete and the latency from submission "
                    + "to every claim persisted, and, sampled at each interval, every JVM's heap and old generation "
                    + "and resident memory, PostgreSQL's database files and each consumer group's lag. Run "
                    + "./claimflow up first."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document complete, nothing lost or duplicated",
            "1:something lost, duplicated or late",
            "3:no local stack of this checkout runs, or it is not reachable"
        })
public class BenchSoakCommand implements Callable<Integer> {

    @Option(
            names = "--minutes",
            defaultValue = "30",
            description = "How long documents are submitted (default: ${DEFAULT-VALUE}; fractions allowed).")
    double minutes;

    @Option(
            names = "--rate",
            defaultValue = "5",
            description = "Documents submitted per second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(
            names = "--every",
            defaultValue = "PT1M",
            description = "The interval of the report and of the samples (ISO-8601 duration, default: "
                    + "${DEFAULT-VALUE}).")
    Duration every;

    @Option(
            names = "--timeout",
            defaultValue = "PT10M",
            description = "How long to wait for the last document after the last submission (default: "
                    + "${DEFAULT-VALUE}).")
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
        Optional<StackCpu> stack = StackCpu.find(StackSettings.checkout());
        if (stack.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("claimflow bench soak: " + StackCpu.notFound().getMessage());
            return 3;
        }
        int documents = (int) Math.round(minutes * 60 * rate);
        out.printf(Locale.ROOT, "Submitting %d documents at %.1f/s for %.1f minutes ...%n", documents, rate, minutes);
        out.flush();
        PipelineBench.Result result;
        List<SoakSampler.Sample> samples;
        int mismatches;
        try (ConsumerLag lag = new ConsumerLag(kafka.bootstrapServers);
                SoakSampler sampler = SoakSampler.start(stack.get(), lag, every)) {
            PipelineBench bench = new PipelineBench(ingest.url, store.url, kafka.bootstrapServers);
            result = bench.run(List.copyOf(DemoDocuments.load().byName().values()), documents, rate, timeout);
            samples = sampler.stop();
            mismatches = bench.storeMismatches(result);
        } catch (ServerUnreachableException | org.apache.kafka.common.errors.TimeoutException e) {
            spec.commandLine().getErr().println("claimflow bench soak: " + e.getMessage());
            return 3;
        }
        SoakReport report = new SoakReport(result, samples, every);
        report.intervals().forEach(out::println);
        out.println();
        report.samples().forEach(out::println);
        out.println();
        report.growth().forEach(out::println);
        int lost = result.accepted() - result.complete();
        out.printf(
                Locale.ROOT,
                "documents submitted %d, accepted %d, refused %d, complete %d, claims persisted %d; throughput "
                        + "%.1f documents/s; latency (ms) count | p50 | p95 | p99 | max: %s%n",
                result.submitted(),
                result.accepted(),
                result.refused(),
                result.complete(),
                result.claims(),
                result.throughput(),
                result.latency().cells());
        out.printf(
                "lost %d, claims seen twice %d, documents whose stored claims differ from their count %d%n",
                lost, result.duplicateClaims(), mismatches);
        out.flush();
        return lost == 0 && result.duplicateClaims() == 0 && mismatches == 0 && result.refused() == 0 ? 0 : 1;
    }
}
