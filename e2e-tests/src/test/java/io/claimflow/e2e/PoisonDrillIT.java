package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentProcessed.Status;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.serde.CloudEventHeaders;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.ConsumerLag;
import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.stack.EmbeddedKafkaBroker;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.postgres.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Poison drill: records extract-service cannot read, a document that runs over its time budget, a document only the
 * store's database refuses and a 10 MB document go through the running pipeline; each unprocessable one lands on the
 * dead-letter topic of each consumer group that failed on it, with headers naming the error and where it came from, the
 * documents after them are processed, and once the cause is fixed {@code claimflow redrive} sends each group's dead
 * letters back to that group alone: the document only store-service failed on is stored, not extracted again. Rerun:
 * {@code ./mvnw -B verify -pl e2e-tests -am -Dit.test=PoisonDrillIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false}
 */
class PoisonDrillIT {

    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final int HUGE_BYTES = 10 * 1024 * 1024;
    private static final EventSerializer<DocumentSubmitted> EVENTS = new EventSerializer<>("urn:claimflow:drill");
    private static final String EXTRACT_DLQ = Topics.DOCUMENTS.deadLetterTopic(Topics.EXTRACT_SERVICE);
    private static final String STORE_DLQ = Topics.DOCUMENTS.deadLetterTopic(Topics.STORE_SERVICE);
    private static final List<String> UNREADABLE = List.of("poison-json", "poison-fields", "poison-version");

    @Test
    void poisonGoesToTheDeadLetterTopicTheRestGoesOnAndRedriveBringsItBack() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        DatabaseCoordinates database = TestPostgres.newDatabase("poison");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.createTemporary().start();
                Pipeline pipeline = Pipeline.start(broker.bootstrapServers(), database, "poison-drill");
                KafkaProducer<String, byte[]> producer = producer(broker.bootstrapServers())) {
            StoreReads store = new StoreReads(pipeline.storeUrl);

            send(producer, "poison-json", "{this is not a document".getBytes(StandardCharsets.UTF_8), null);
            send(
                    producer,
                    "poison-fields",
                    "{\"documentId\": \"poison-fields\"}".getBytes(StandardCharsets.UTF_8),
                    null);
            send(
                    producer,
                    "poison-version",
                    ("{\"documentId\": \"poison-version\", \"text\": \"t\", \"receivedAt\": \"2026-01-01T00:00:00Z\"}")
                            .getBytes(StandardCharsets.UTF_8),
                    "io.claimflow.document.submitted.v2");
            String hugeText =
                    SteadyLoad.text(1).repeat(HUGE_BYTES / SteadyLoad.text(1).length() + 1);
            long hugeSent = System.nanoTime();
            submit(producer, "huge", hugeText);
            submit(producer, "after-poison", SteadyLoad.text(2));

            assertThat(store.awaitComplete(List.of("after-poison"), WAIT))
                    .as("the document after the poison%s", pipeline.logTails())
                    .isTrue();
            List<ConsumerRecord<String, byte[]>> dead = deadLetters(broker.bootstrapServers(), EXTRACT_DLQ);
            for (String key : UNREADABLE) {
                ConsumerRecord<String, byte[]> record = dead.stream()
                        .filter(r -> key.equals(r.key()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(key + " is not on " + EXTRACT_DLQ));
                assertThat(header(record, "dead-letter-reason")).isNotBlank();
                assertThat(header(record, "dead-letter-topic")).isEqualTo(Topics.DOCUMENTS.name());
                assertThat(header(record, "dead-letter-partition")).matches("\\d+");
                assertThat(header(record, "dead-letter-offset")).matches("\\d+");
                report.put(key + " dead-lettered because", header(record, "dead-letter-reason"));
                // store-service cannot read it either: it is on that group's own dead-letter topic as well.
                assertThat(awaitDeadLetter(broker.bootstrapServers(), STORE_DLQ, key)
                                .headers()
                                .lastHeader("dead-letter-reason"))
                        .isNotNull();
            }
            report.put("document after the poison", "processed");

            boolean hugeStored = store.awaitComplete(List.of("huge"), WAIT);
            boolean hugeDead = Stream.of(EXTRACT_DLQ, STORE_DLQ)
                    .flatMap(topic -> deadLetters(broker.bootstrapServers(), topic).stream())
                    .anyMatch(r -> "huge".equals(r.key()));
            assertThat(hugeStored || hugeDead)
                    .as("the 10 MB document is processed or dead-lettered%s", pipeline.logTails())
                    .isTrue();
            report.put(
                    "10 MB document (" + hugeText.length() + " characters)",
                    hugeStored
                            ? "processed in "
                                    + Duration.ofNanos(System.nanoTime() - hugeSent)
                                            .toSeconds() + " s, claims stored: "
                                    + store.get("/documents/huge")
                                            .path("storedClaims")
                                            .asInt()
                            : "dead-lettered");

            // A document the store's database refuses (a constraint added for the drill) but extract-service
            // processes: only store-service dead-letters it.
            String storeOnly = "store-only-" + UUID.randomUUID().toString().substring(0, 8);
            execute(
                    database,
                    "ALTER TABLE document ADD CONSTRAINT poison_drill_refuses CHECK (document_id <> '" + storeOnly
                            + "' OR text IS NULL)");
            submit(producer, storeOnly, SteadyLoad.text(4));
            ConsumerRecord<String, byte[]> storeOnlyDead =
                    awaitDeadLetter(broker.bootstrapServers(), STORE_DLQ, storeOnly);
            assertThat(header(storeOnlyDead, "dead-letter-reason")).contains("poison_drill_refuses");
            List<DocumentProcessed> storeOnlyOutcomes = outcomesOf(broker.bootstrapServers(), storeOnly, 1);
            assertThat(storeOnlyOutcomes).extracting(DocumentProcessed::status).containsExactly(Status.PROCESSED);
            int storeOnlyClaims = storeOnlyOutcomes.get(0).claimCount();
            assertThat(deadLetters(broker.bootstrapServers(), EXTRACT_DLQ))
                    .extracting(ConsumerRecord::key)
                    .doesNotContain(storeOnly);
            execute(database, "ALTER TABLE document DROP CONSTRAINT poison_drill_refuses");
            report.put(
                    "document only the store refused",
                    "on " + STORE_DLQ + " only (" + header(storeOnlyDead, "dead-letter-reason") + "), extracted with "
                            + storeOnlyClaims + " claims");

            // A document the engine cannot finish in time (here: a budget no document can keep) is dead-lettered...
            pipeline.terminate(ClaimflowService.EXTRACT);
            pipeline.restart(ClaimflowService.EXTRACT, Map.of("claimflow.extract.time-budget", "PT0.000001S"));
            submit(producer, "slow", SteadyLoad.text(3));
            ConsumerRecord<String, byte[]> slowDead = awaitDeadLetter(broker.bootstrapServers(), EXTRACT_DLQ, "slow");
            assertThat(header(slowDead, "dead-letter-reason")).contains("time budget");
            report.put("slow dead-lettered because", header(slowDead, "dead-letter-reason"));

            // ...and once the cause is fixed, the redrive command sends extract-service's dead letters back to
            // extract-service alone, and it is processed.
            pipeline.terminate(ClaimflowService.EXTRACT);
            pipeline.restart(ClaimflowService.EXTRACT);
            ClaimflowCommand.Run redrive = redrive(
                    "redrive-extract",
                    broker.bootstrapServers(),
                    "--group",
                    Topics.EXTRACT_SERVICE,
                    "--topic",
                    Topics.DOCUMENTS.name());
            for (String key : List.of("slow", "poison-json", "poison-fields", "poison-version")) {
                assertThat(redrive.output().lines().filter(line -> line.startsWith("sent back " + key + " from ")))
                        .as("%s sent back once:%n%s", key, redrive.output())
                        .hasSize(1);
            }
            assertThat(redrive.output())
                    .contains("records to " + Topics.DOCUMENTS.redriveTopic(Topics.EXTRACT_SERVICE))
                    .doesNotContain(storeOnly);
            assertThat(store.awaitComplete(List.of("slow"), WAIT))
                    .as("the re-driven document%s", pipeline.logTails())
                    .isTrue();
            JsonNode slowStored = store.get("/documents/slow");
            assertThat(slowStored.path("claimCount").asInt()).isPositive();
            report.put("redrive --group extract-service", lastLine(redrive));
            report.put(
                    "slow after redrive",
                    "processed, claims stored: "
                            + slowStored.path("storedClaims").asInt());

            // store-service's dead letters, named by their topic, go back to store-service alone: the document it
            // refused is stored now, and extract-service does not see it again.
            ClaimflowCommand.Run storeRedrive = redrive("redrive-store", broker.bootstrapServers(), STORE_DLQ);
            for (String key : List.of(storeOnly, "poison-json", "poison-fields", "poison-version")) {
                assertThat(storeRedrive.output().lines().filter(line -> line.startsWith("sent back " + key + " from ")))
                        .as("%s sent back once:%n%s", key, storeRedrive.output())
                        .hasSize(1);
            }
            assertThat(storeRedrive.output())
                    .contains("records to " + Topics.DOCUMENTS.redriveTopic(Topics.STORE_SERVICE))
                    .doesNotContain("slow from");
            assertThat(store.awaitComplete(List.of(storeOnly), WAIT))
                    .as("the document re-driven to the store%s", pipeline.logTails())
                    .isTrue();
            assertThat(store.claimsOf(storeOnly)).hasSize(storeOnlyClaims);
            ConsumerLag.awaitCaughtUp(
                    broker.bootstrapServers(),
                    "claimflow-extract",
                    List.of(Topics.DOCUMENTS.name(), Topics.DOCUMENTS.redriveTopic(Topics.EXTRACT_SERVICE)),
                    WAIT);
            assertThat(outcomesOf(broker.bootstrapServers(), storeOnly, 1))
                    .as("extract-service processed %s once", storeOnly)
                    .hasSize(1);
            assertThat(
                            TopicProbe.readAll(
                                            broker.bootstrapServers(),
                                            Topics.CLAIMS.name(),
                                            Topics.CLAIMS.deserializer())
                                    .stream()
                                    .filter(record -> storeOnly.equals(record.key())))
                    .as("the claims of %s extracted once", storeOnly)
                    .hasSize(storeOnlyClaims);
            report.put("redrive " + STORE_DLQ, lastLine(storeRedrive));
            report.put(
                    "document only the store refused, after redrive",
                    "stored with its " + storeOnlyClaims + " claims; extracted once (one outcome, " + storeOnlyClaims
                            + " claims on " + Topics.CLAIMS.name() + ")");

            ClaimflowCommand.Run again =
                    redrive("redrive-again", broker.bootstrapServers(), "--group", Topics.EXTRACT_SERVICE, "--dry-run");
            assertThat(again.exitCode()).as(again.output()).isZero();
            assertThat(again.output())
                    .as("a second redrive sends nothing already sent back")
                    .doesNotContain("slow from");
        }
        DeliveryAudit.write("poison-drill", report);
    }

    /** A well-formed document, with the CloudEvents headers the contracts serializer writes. */
    private static void submit(KafkaProducer<String, byte[]> producer, String id, String text) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.DOCUMENTS.name(), id, null);
        byte[] value = EVENTS.serialize(
                Topics.DOCUMENTS.name(),
                record.headers(),
                new DocumentSubmitted(id, text, null, null, "en", null, "drill", Instant.now(), null));
        producer.send(new ProducerRecord<>(Topics.DOCUMENTS.name(), null, id, value, record.headers()))
                .get();
    }

    private static void send(KafkaProducer<String, byte[]> producer, String key, byte[] value, String eventType)
            throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.DOCUMENTS.name(), key, value);
        if (eventType != null) {
            record.headers().add(CloudEventHeaders.TYPE, eventType.getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get();
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(
            String bootstrapServers, String deadLetterTopic, String key) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var found = deadLetters(bootstrapServers, deadLetterTopic).stream()
                    .filter(r -> key.equals(r.key()))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(key + " did not reach " + deadLetterTopic);
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String bootstrapServers, String deadLetterTopic) {
        return TopicProbe.readAll(bootstrapServers, deadLetterTopic, new ByteArrayDeserializer());
    }

    /** The document's outcomes on the status topic, once there are at least {@code count}. */
    private static List<DocumentProcessed> outcomesOf(String bootstrapServers, String documentId, int count) {
        return TopicProbe.read(
                        bootstrapServers,
                        Topics.DOCUMENT_STATUS.name(),
                        Topics.DOCUMENT_STATUS.deserializer(),
                        records -> records.stream()
                                        .filter(r -> documentId.equals(r.key()))
                                        .count()
                                >= count,
                        WAIT)
                .stream()
                .filter(r -> documentId.equals(r.key()))
                .map(ConsumerRecord::value)
                .toList();
    }

    private static ClaimflowCommand.Run redrive(String name, String bootstrapServers, String... arguments)
            throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("redrive"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--bootstrap-servers", bootstrapServers));
        ClaimflowCommand.Run run = ClaimflowCommand.run(
                Path.of("target/drills/" + name + ".out"), Duration.ofMinutes(2), command.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.output()).isZero();
        return run;
    }

    private static String lastLine(ClaimflowCommand.Run run) {
        return run.output().lines().reduce((first, last) -> last).orElse("");
    }

    private static void execute(DatabaseCoordinates database, String statement) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        16 * 1024 * 1024,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "zstd"),
                new StringSerializer(),
                new ByteArraySerializer());
    }
}
