package io.claimflow.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimflow.cli.client.ClaimStream;
import io.claimflow.cli.client.IngestClient;
import io.claimflow.cli.client.StoreClient;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Drives documents through a running stack at a fixed rate and times each from its submission until the store holds
 * every claim of it: submissions go to ingest-service; how many claims a document has comes from
 * claimflow.document-status.v1; when each is stored, from the store's live feed. The outcome is committed in the
 * transaction that holds the document's claims, so when it can be read is also when a Kafka consumer such as
 * {@code claimflow tail} sees them. Every document gets an id of this run, so nothing is taken for a resubmission.
 */
public final class PipelineBench {

    private final IngestClient ingest;
    private final StoreClient store;
    private final String storeUrl;
    private final String bootstrapServers;
    private final String prefix = "bench-" + Long.toString(System.currentTimeMillis(), 36) + "-";
    private final Map<String, Long> submittedAt = new ConcurrentHashMap<>();
    private final Map<String, Integer> expected = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> stored = new ConcurrentHashMap<>();
    private final Map<String, Long> lastStoredAt = new ConcurrentHashMap<>();
    /** When the document's outcome, committed in the transaction that holds its claims, could be read from Kafka. */
    private final Map<String, Long> committedAt = new ConcurrentHashMap<>();

    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    public PipelineBench(String ingestUrl, String storeUrl, String bootstrapServers) {
        this.ingest = new IngestClient(ingestUrl, null);
        this.store = new StoreClient(storeUrl);
        this.storeUrl = storeUrl;
        this.bootstrapServers = bootstrapServers;
    }

    /** What one run measured. */
    public record Result(
            int submitted,
            int accepted,
            int refused,
            int complete,
            long claims,
            int duplicateClaims,
            double seconds,
            Percentiles latency,
            Percentiles topicLatency,
            List<Timing> timings) {
        public double throughput() {
            return complete / seconds;
        }
    }

    /** One complete document: when it was submitted, in ms from the start of the run, and its latency in ms. */
    public record Timing(String documentId, double submittedMillis, double latencyMillis) {}

    public Result run(List<String> texts, int documents, double rate, Duration timeout) throws InterruptedException {
        try (ClaimStream feed = ClaimStream.follow(storeUrl, this::claimStored);
                KafkaConsumer<String, DocumentProcessed> outcomes = outcomes()) {
            Thread outcomeReader = new Thread(() -> readOutcomes(outcomes), "bench-outcomes");
            outcomeReader.setDaemon(true);
            outcomeReader.start();
            long start = System.nanoTime();
            submit(texts, documents, rate);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && complete().size() < submittedAt.size()) {
                Thread.sleep(100);
            }
            outcomes.wakeup();
            List<String> complete = complete();
            long end = complete.stream().mapToLong(lastStoredAt::get).max().orElse(System.nanoTime());
            List<Timing> timings = complete.stream()
                    .map(id -> new Timing(
                            id,
                            (submittedAt.get(id) - start) / 1e6,
                            (lastStoredAt.get(id) - submittedAt.get(id)) / 1e6))
                    .sorted(Comparator.comparingDouble(Timing::submittedMillis))
                    .toList();
            long claims = stored.values().stream().mapToLong(Set::size).sum();
            return new Result(
                    documents,
                    submittedAt.size(),
                    refused.get(),
                    complete.size(),
                    claims,
                    duplicates.get(),
                    (end - start) / 1e9,
                    Percentiles.of(timings.stream().map(Timing::latencyMillis).toList()),
                    Percentiles.of(complete.stream()
                            .map(id -> (committedAt.get(id) - submittedAt.get(id)) / 1e6)
                            .toList()),
                    timings);
        }
    }

    private void submit(List<String> texts, int documents, double rate) throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(32);
        long interval = (long) (1e9 / rate);
        long next = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            String id = prefix + i;
            String text = texts.get(i % texts.size());
            long due = next;
            senders.execute(() -> {
                long sentAt = System.nanoTime();
                IngestClient.Submission submission =
                        ingest.submitJson(Map.of("id", id, "text", text, "source", "claimflow bench"));
                if (submission.status() == 202) {
                    submittedAt.put(id, sentAt);
                } else {
                    refused.incrementAndGet();
                }
            });
            next = due + interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
    }

    private void claimStored(JsonNode claim) {
        String documentId = claim.path("documentId").asText();
        if (documentId.startsWith(prefix)) {
            if (!stored.computeIfAbsent(documentId, id -> ConcurrentHashMap.newKeySet())
                    .add(claim.path("claimId").asText())) {
                duplicates.incrementAndGet();
            }
            lastStoredAt.put(documentId, System.nanoTime());
        }
    }

    private KafkaConsumer<String, DocumentProcessed> outcomes() {
        KafkaConsumer<String, DocumentProcessed> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                Topics.DOCUMENT_STATUS.deserializer());
        List<TopicPartition> partitions =
                consumer.partitionsFor(Topics.DOCUMENT_STATUS.name(), Duration.ofSeconds(15)).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private void readOutcomes(KafkaConsumer<String, DocumentProcessed> consumer) {
        try {
            while (true) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key() != null && record.key().startsWith(prefix) && record.value() != null) {
                        committedAt.putIfAbsent(record.key(), System.nanoTime());
                        expected.put(record.key(), record.value().claimCount());
                        if (record.value().claimCount() == 0) {
                            lastStoredAt.putIfAbsent(record.key(), System.nanoTime());
                        }
                    }
                });
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // the run is over
        }
    }

    /** Documents whose every claim the store has. */
    private List<String> complete() {
        List<String> complete = new ArrayList<>();
        for (Map.Entry<String, Integer> outcome : expected.entrySet()) {
            Set<String> claims = stored.getOrDefault(outcome.getKey(), Set.of());
            if (submittedAt.containsKey(outcome.getKey())
                    && claims.size() >= outcome.getValue()
                    && lastStoredAt.containsKey(outcome.getKey())) {
                complete.add(outcome.getKey());
            }
        }
        return complete;
    }

    /**
     * Documents of the run whose stored claims, as the store's document view counts them, differ from their outcome's
     * count: asked once the run is measured, as it reads every document back.
     */
    public int storeMismatches(Result result) {
        return (int) result.timings().stream()
                .map(Timing::documentId)
                .filter(id -> storedInStore(id) != expected.get(id))
                .count();
    }

    private int storedInStore(String documentId) {
        JsonNode document = store.document(documentId);
        return document == null ? -1 : document.path("storedClaims").asInt(-1);
    }
}
