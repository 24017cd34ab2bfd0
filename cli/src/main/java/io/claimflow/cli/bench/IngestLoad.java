package io.claimflow.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Posts JSON documents to ingest-service's {@code POST /documents} with a fixed number in flight and times each answer.
 * The client shares the machine with what it measures, so it is kept cheap: each text is written as JSON once, a body
 * is that plus its id, requests go asynchronously over reused HTTP/1.1 keep-alive connections from two threads, and an
 * answer's body is read only when it is not a success.
 */
public final class IngestLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "claimflow bench";

    private final HttpClient http;
    private final URI documents;
    private final List<byte[][]> templates;

    /**
     * What a run gave.
     *
     * @param statuses answers by HTTP status
     * @param latency of every answer, in ms
     * @param firstProblem the body of the first answer that was not a success, or null
     * @param unreachable why the first request that got no answer failed, or null
     */
    public record Result(
            int documents,
            double seconds,
            Map<Integer, Integer> statuses,
            Percentiles latency,
            String firstProblem,
            String unreachable) {
        public int accepted() {
            return statuses.getOrDefault(202, 0);
        }
    }

    /** A client of the ingest-service at {@code ingestUrl} that sends the given texts in turn. */
    public IngestLoad(String ingestUrl, List<String> texts, ExecutorService executor) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(executor)
                .build();
        this.documents = URI.create(ingestUrl.replaceAll("/+$", "") + "/documents");
        this.templates = texts.stream().map(IngestLoad::template).toList();
    }

    /** An executor for the client's own work: two threads, which is what two cores can use. */
    public static ExecutorService executor() {
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "claimflow-bench-ingest");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Submits {@code count} documents under ids {@code prefix + n}, {@code concurrency} at a time. */
    public Result run(String prefix, int count, int concurrency) throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        double[] latencies = new double[count];
        Arrays.fill(latencies, Double.NaN);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicReference<String> problem = new AtomicReference<>();
        AtomicReference<String> unreachable = new AtomicReference<>();
        long start = System.nanoTime();
        for (int i = 0; i < count && unreachable.get() == null; i++) {
            inFlight.acquire();
            int n = i;
            long sent = System.nanoTime();
            http.sendAsync(request(prefix + i, templates.get(i % templates.size())), IngestLoad::bodyIfProblem)
                    .whenComplete((response, failure) -> {
                        if (failure != null) {
                            unreachable.compareAndSet(null, documents + ": " + failure);
                        } else {
                            latencies[n] = (System.nanoTime() - sent) / 1e6;
                            statuses.merge(response.statusCode(), 1, Integer::sum);
                            if (response.body() != null) {
                                problem.compareAndSet(null, response.statusCode() + " " + response.body());
                            }
                        }
                        inFlight.release();
                    });
        }
        // Taking every permit waits for the last answers, and makes their latencies visible here.
        inFlight.acquire(concurrency);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> answered = Arrays.stream(latencies)
                .filter(latency -> !Double.isNaN(latency))
                .boxed()
                .toList();
        return new Result(
                count, seconds, new TreeMap<>(statuses), Percentiles.of(answered), problem.get(), unreachable.get());
    }

    private HttpRequest request(String id, byte[][] template) {
        byte[] idBytes = id.getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[template[0].length + idBytes.length + template[1].length];
        System.arraycopy(template[0], 0, body, 0, template[0].length);
        System.arraycopy(idBytes, 0, body, template[0].length, idBytes.length);
        System.arraycopy(template[1], 0, body, template[0].length + idBytes.length, template[1].length);
        return HttpRequest.newBuilder(documents)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /** The JSON of a document before and after its id: the text is escaped once, not on every request. */
    private static byte[][] template(String text) {
        try {
            String rest = "\",\"source\":" + JSON.writeValueAsString(SOURCE) + ",\"text\":"
                    + JSON.writeValueAsString(text) + "}";
            return new byte[][] {"{\"id\":\"".getBytes(StandardCharsets.UTF_8), rest.getBytes(StandardCharsets.UTF_8)};
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a text that cannot be written as JSON", e);
        }
    }

    /** Success bodies are dropped unread; a problem's body is kept to tell the user. */
    private static HttpResponse.BodySubscriber<String> bodyIfProblem(HttpResponse.ResponseInfo info) {
        return info.statusCode() / 100 == 2
                ? HttpResponse.BodySubscribers.replacing(null)
                : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
    }
}
