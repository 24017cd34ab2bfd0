package io.claimflow.cli.command;

import io.claimflow.cli.bench.Percentiles;
import io.claimflow.cli.bench.SyntheticClaims;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.ConsumerLag;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimflow bench store}: claims stored per second from the topic into PostgreSQL, then the latency of the main
 * queries.
 */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description =
                "Writes --claims generated claims (and their documents) to the claim topics, reports how fast the "
                        + "running store-service takes them into PostgreSQL, then times --queries requests of each "
                        + "main kind of query (--claims 0: only the queries, on what the store holds).")
public class BenchStoreCommand implements Callable<Integer> {

    private static final int CLAIMS_PER_DOCUMENT = 25;
    private static final int WARM_UP = 20;

    @Option(names = "--claims", defaultValue = "100000", description = "How many claims (default: ${DEFAULT-VALUE}).")
    int claims;

    @Option(
            names = "--queries",
            defaultValue = "200",
            description = "Timed requests per kind of query (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(
            names = "--settle",
            defaultValue = "PT60S",
            description =
                    "Pause between the load and the queries, so PostgreSQL's autovacuum gathers statistics on the "
                            + "new rows as it"
                            + " would have in a store that grew over time (ISO-8601 duration, default: "
                            + "${DEFAULT-VALUE}).")
    Duration settle;

    @Option(
            names = "--db-url",
            description =
                    "The store's PostgreSQL (as `claimflow up` prints it), to report how many claims it held when "
                            + "the queries were timed; without it that count is not reported.")
    String dbUrl;

    @Option(
            names = "--db-user",
            defaultValue = "postgres",
            description = "User of --db-url (default: ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "", description = "Password of --db-url (default: none).")
    String dbPassword;

    @Mixin
    Endpoints.Store store;

    @Mixin
    Endpoints.Kafka kafka;

    @Spec
    CommandSpec spec;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SyntheticClaims generator =
                new SyntheticClaims(42, Long.toString(System.currentTimeMillis(), 36), CLAIMS_PER_DOCUMENT);
        int documents = (claims + CLAIMS_PER_DOCUMENT - 1) / CLAIMS_PER_DOCUMENT;
        if (documents > 0) {
            load(out, generator, documents);
            out.printf(Locale.ROOT, "settling %d s before the queries ...%n", settle.toSeconds());
            out.flush();
            Thread.sleep(settle.toMillis());
        }
        out.println(storedClaims());
        out.println();
        out.println("| query | count | p50 ms | p95 ms | p99 ms | max ms |");
        out.println("|---|---|---|---|---|---|");
        for (Map.Entry<String, Supplier<String>> kind :
                kinds(generator, documents).entrySet()) {
            out.println("| " + kind.getKey() + " | " + time(kind.getValue()).cells() + " |");
            out.flush();
        }
        out.println(storedClaims());
        return 0;
    }

    private void load(PrintWriter out, SyntheticClaims generator, int documents) {
        long start = System.nanoTime();
        try (KafkaProducer<String, ClaimflowEvent> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        262_144),
                new StringSerializer(),
                new EventSerializer<>("urn:claimflow:bench"))) {
            for (int d = 0; d < documents; d++) {
                send(producer, generator.document(d));
                for (ClaimExtracted claim : generator.claims(d)) {
                    send(producer, claim);
                }
            }
            producer.flush();
        }
        double produced = (System.nanoTime() - start) / 1e9;
        ConsumerLag.awaitCaughtUp(
                kafka.bootstrapServers,
                "claimflow-store",
                // The topics store-service reads: it writes claimflow.alerts.v1, which its group never commits.
                Topics.ALL.stream()
                        .filter(topic -> topic.readers().contains(Topics.STORE_SERVICE))
                        .map(Topic::name)
                        .toList(),
                Duration.ofMinutes(30));
        double stored = (System.nanoTime() - start) / 1e9;
        long written = (long) documents * CLAIMS_PER_DOCUMENT;
        out.printf(
                Locale.ROOT,
                "%d claims of %d documents written to Kafka in %.1f s; the store had them all after %.1f s: %.0f "
                        + "claims/s%n",
                written,
                documents,
                produced,
                stored,
                written / stored);
    }

    /** How many claims the store holds, counted in its database, or why that is not known. */
    private String storedClaims() {
        if (dbUrl == null) {
            return "claims in the store: not counted (no --db-url)";
        }
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM claim")) {
            count.next();
            return String.format(Locale.ROOT, "claims in the store: %,d", count.getLong(1));
        } catch (SQLException e) {
            return "claims in the store: not counted (" + e.getMessage() + ")";
        }
    }

    private static void send(KafkaProducer<String, ClaimflowEvent> producer, ClaimflowEvent event) {
        producer.send(new ProducerRecord<>(Topics.forValueType(event.getClass()).name(), event.key(), event));
    }

    /** The main queries, each with parameters drawn from what was generated. */
    private Map<String, Supplier<String>> kinds(SyntheticClaims generator, int documents) {
        Random random = new Random(7);
        Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("newest page (`/claims?limit=20`)", () -> "/claims?limit=20");
        kinds.put("filtered page (`language=en&minScore=0.7`)", () -> "/claims?language=en&minScore=0.7&limit=20");
        kinds.put(
                "claimant (`claimant=…`)",
                () -> "/claims?limit=20&claimant=" + encode(SyntheticClaims.claimant(random.nextInt(200))));
        kinds.put(
                "entity (`entity=…`)",
                () -> "/claims?limit=20&entity=" + encode(SyntheticClaims.entity(random.nextInt(120))));
        kinds.put("full text (`q=…`)", () -> "/claims?limit=20&q=" + encode(SyntheticClaims.word(random.nextInt(100))));
        kinds.put(
                "combined, by score (`source, from, to, minScore, sort=score`)",
                () -> "/claims?limit=20&sort=score&minScore=0.5&from=2017-01-01&to=2018-01-01&source="
                        + encode(SyntheticClaims.source(random.nextInt(20))));
        // Facets with no filter and with the filters analysts use most (answered from the rollups).
        for (String filter : List.of("", "?language=en", "?minScore=0.8", "?language=en&minScore=0.8")) {
            kinds.put("claimant facet (`/claimants" + filter + "`)", () -> "/claimants" + filter);
            kinds.put("entity facet (`/entities" + filter + "`)", () -> "/entities" + filter);
        }
        if (documents > 0) {
            kinds.put(
                    "document with claims (`/documents/{id}`)",
                    () -> "/documents/" + generator.documentId(random.nextInt(documents)));
        }
        return kinds;
    }

    private Percentiles time(Supplier<String> paths) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + queries; i++) {
            HttpRequest request =
                    HttpRequest.newBuilder(URI.create(store.url + paths.get())).build();
            long sent = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double elapsed = (System.nanoTime() - sent) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= WARM_UP) {
                millis.add(elapsed);
            }
        }
        return Percentiles.of(millis);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
