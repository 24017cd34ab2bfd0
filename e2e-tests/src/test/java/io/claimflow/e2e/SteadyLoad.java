package io.claimflow.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client posting documents to ingest-service at a steady rate while a drill breaks things, and behaving as a careful
 * client does: a document refused with 503 or left without an answer is posted again until it is accepted (202) or
 * known (200). Records what it was told, so a drill can check every acknowledged document.
 */
final class SteadyLoad implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP = Duration.ofMinutes(4);
    private static final List<String> PLACES =
            List.of("Raqqa", "Mosul", "Kherson", "Gaza", "Aleppo", "Donetsk", "Kabul", "Tripoli");

    private final List<String> ingestUrls;
    private final String prefix;
    private final int documents;
    private final Duration interval;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService posters = Executors.newFixedThreadPool(16);
    private final Thread pacer;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Set<String> knownOnRetry = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();

    private SteadyLoad(List<String> ingestUrls, String prefix, int documents, int perSecond) {
        this.ingestUrls = List.copyOf(ingestUrls);
        this.prefix = prefix;
        this.documents = documents;
        this.interval = Duration.ofNanos(1_000_000_000L / perSecond);
        this.pacer = new Thread(this::pace, "steady-load");
    }

    /** Starts posting {@code documents} documents with ids {@code prefix-0…}, {@code perSecond} a second. */
    public static SteadyLoad start(String ingestUrl, String prefix, int documents, int perSecond) {
        return start(List.of(ingestUrl), prefix, documents, perSecond);
    }

    /**
     * Posts as {@link #start(String, String, int, int)} does, spread over several ingest instances: document {@code i}
     * to the {@code i}th modulo their number, retries included, as a client behind a sticky load balancer.
     */
    public static SteadyLoad start(List<String> ingestUrls, String prefix, int documents, int perSecond) {
        SteadyLoad load = new SteadyLoad(ingestUrls, prefix, documents, perSecond);
        load.pacer.start();
        return load;
    }

    /** The text of drill document {@code i}: a few check-worthy, attributed sentences, different for every i. */
    public static String text(int i) {
        String place = PLACES.get(i % PLACES.size());
        return "Officials in " + place + " said on March " + (1 + i % 28) + ", 2024 that " + (100 + i)
                + " families were evacuated. "
                + "According to the regional health ministry, " + (i % 17 + 2) + " hospitals were closed and "
                + (3 * i + 7)
                + " schools were damaged. “We counted " + (i + 40)
                + " destroyed homes,” the governor told reporters on Tuesday.";
    }

    /** The JSON body that posts document {@code i} of a load with the given prefix. */
    public static String body(String prefix, int i) throws IOException {
        return JSON.writeValueAsString(
                Map.of("id", prefix + "-" + i, "text", text(i), "language", "en", "source", "drill"));
    }

    /** How many documents the load has handed to the posters so far. */
    public int sent() {
        return sent.get();
    }

    /** Waits until every document was answered 202 or 200, or gave up; the load's figures. */
    public Result finish() throws InterruptedException {
        pacer.join();
        posters.shutdown();
        if (!posters.awaitTermination(GIVE_UP.toSeconds() + 30, TimeUnit.SECONDS)) {
            throw new AssertionError("the load's posters did not finish");
        }
        return new Result(
                documents, Set.copyOf(accepted), Set.copyOf(knownOnRetry), retries.get(), Map.copyOf(failures));
    }

    private void pace() {
        long next = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
            next += interval.toNanos();
            int document = i;
            posters.submit(() -> post(document));
            sent.incrementAndGet();
        }
    }

    private void post(int i) {
        String id = prefix + "-" + i;
        String body;
        try {
            body = body(prefix, i);
        } catch (IOException e) {
            failures.put(id, e.toString());
            return;
        }
        long giveUpAt = System.nanoTime() + GIVE_UP.toNanos();
        for (int attempt = 1; System.nanoTime() < giveUpAt; attempt++) {
            if (attempt > 1) {
                retries.incrementAndGet();
                pause();
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(ingestUrls.get(i % ingestUrls.size()) + "/documents"))
                                .timeout(Duration.ofSeconds(20))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                switch (response.statusCode()) {
                    case 202 -> {
                        accepted.add(id);
                        return;
                    }
                    case 200 -> {
                        accepted.add(id);
                        knownOnRetry.add(id);
                        return;
                    }
                    case 503 -> {
                        /* not taken: post again */
                    }
                    default -> {
                        failures.put(id, response.statusCode() + " " + response.body());
                        return;
                    }
                }
            } catch (IOException e) {
                // No answer (the service died or is restarting): the document may or may not be in Kafka; post again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        failures.put(id, "not accepted within " + GIVE_UP);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pacer.interrupt();
        posters.shutdownNow();
    }

    /**
     * What the load was told.
     *
     * @param documents how many documents it posted
     * @param accepted the ids answered 202, or 200 on a retry (the first answer was lost but Kafka had it)
     * @param knownOnRetry the ids of {@code accepted} that a retry found already there
     * @param retries how many posts were repeats after a 503 or no answer
     * @param failures ids that got another answer, with it
     */
    public record Result(
            int documents, Set<String> accepted, Set<String> knownOnRetry, int retries, Map<String, String> failures) {}
}
