package io.claimflow.cli.command;

import io.claimflow.cli.bench.Percentiles;
import io.claimflow.cli.client.IngestClient;
import io.claimflow.cli.client.ServerUnreachableException;
import io.claimflow.cli.demo.DemoDocuments;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimflow bench ingest}: how many documents per second ingest-service accepts (acks=all). */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description =
                "Submits --documents sample-sized JSON documents (each under an id of this run) from --concurrency "
                        + "clients"
                        + " as fast as ingest-service answers, and reports accepted documents/s and the latency of "
                        + "each answer.")
public class BenchIngestCommand implements Callable<Integer> {

    @Option(
            names = "--documents",
            defaultValue = "5000",
            description = "How many documents (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(
            names = "--concurrency",
            defaultValue = "32",
            description = "Requests in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Mixin
    Endpoints.Ingest ingest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = List.copyOf(DemoDocuments.load().byName().values());
        IngestClient client = new IngestClient(ingest.url, null);
        String prefix = "bench-ingest-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unreachable = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            Map<String, String> document =
                    Map.of("id", prefix + i, "text", texts.get(i % texts.size()), "source", "claimflow bench");
            clients.execute(() -> {
                long sent = System.nanoTime();
                try {
                    statuses.merge(client.submitJson(document).status(), 1, Integer::sum);
                    latencies.add((System.nanoTime() - sent) / 1e6);
                } catch (ServerUnreachableException e) {
                    unreachable.add(e.getMessage());
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!unreachable.isEmpty()) {
            spec.commandLine().getErr().println("claimflow bench ingest: " + unreachable.peek());
            return 3;
        }
        int accepted = statuses.getOrDefault(202, 0);
        out.printf(
                Locale.ROOT,
                "%d documents (%d KB on average) from %d clients in %.1f s: %.0f accepted documents/s%n",
                documents,
                texts.stream().mapToInt(String::length).sum() / texts.size() / 1024,
                concurrency,
                seconds,
                accepted / seconds);
        out.println("answers by status: " + new TreeMap<>(statuses));
        out.println("latency (ms): count | p50 | p95 | p99 | max");
        out.println("  " + Percentiles.of(List.copyOf(latencies)).cells());
        out.flush();
        return accepted == documents ? 0 : 1;
    }
}
