package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.serde.CloudEventHeaders;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.EmbeddedKafkaBroker;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.postgres.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Poison drill: records extract-service cannot read, a document that runs over its time budget and a 10 MB document go
 * through the running pipeline; each unprocessable one lands on the dead-letter topic with headers naming the error and
 * where it came from, the documents after them are processed, and {@code claimflow redrive} sends a dead-lettered
 * document back once the cause is fixed. Rerun: {@code ./mvnw -B verify -pl e2e-tests -am -Dit.test=PoisonDrillIT
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}
 */
class PoisonDrillIT {

    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final int HUGE_BYTES = 10 * 1024 * 1024;
    private static final EventSerializer<DocumentSubmitted> EVENTS = new EventSerializer<>("urn:claimflow:drill");

    @Test
    void poisonGoesToTheDeadLetterTopicTheRestGoesOnAndRedriveBringsItBack() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.createTemporary().start();
                Pipeline pipeline =
                        Pipeline.start(broker.bootstrapServers(), TestPostgres.newDatabase("poison"), "poison-drill");
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
            List<ConsumerRecord<String, byte[]>> dead = deadLetters(broker.bootstrapServers());
            for (String key : List.of("poison-json", "poison-fields", "poison-version")) {
                ConsumerRecord<String, byte[]> record = dead.stream()
                        .filter(r -> key.equals(r.key()))
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError(key + " is not on " + Topics.DOCUMENTS.deadLetterTopic()));
                assertThat(header(record, "dead-letter-reason")).isNotBlank();
                assertThat(header(record, "dead-letter-topic")).isEqualTo(Topics.DOCUMENTS.name());
                assertThat(header(record, "dead-letter-partition")).matches("\\d+");
                assertThat(header(record, "dead-letter-offset")).matches("\\d+");
                report.put(key + " dead-lettered because", header(record, "dead-letter-reason"));
            }
            report.put("document after the poison", "processed");

            boolean hugeStored = store.awaitComplete(List.of("huge"), WAIT);
            boolean hugeDead = deadLetters(broker.bootstrapServers()).stream().anyMatch(r -> "huge".equals(r.key()));
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

            // A document the engine cannot finish in time (here: a budget no document can keep) is dead-lettered...
            pipeline.terminate(ClaimflowService.EXTRACT);
            pipeline.restart(ClaimflowService.EXTRACT, Map.of("claimflow.extract.time-budget", "PT0.000001S"));
            submit(producer, "slow", SteadyLoad.text(3));
            ConsumerRecord<String, byte[]> slowDead = awaitDeadLetter(broker.bootstrapServers(), "slow");
            assertThat(header(slowDead, "dead-letter-reason")).contains("time budget");
            report.put("slow dead-lettered because", header(slowDead, "dead-letter-reason"));

            // ...and once the cause is fixed, the redrive command sends it back and it is processed.
            pipeline.terminate(ClaimflowService.EXTRACT);
            pipeline.restart(ClaimflowService.EXTRACT);
            ClaimflowCommand.Run redrive = ClaimflowCommand.run(
                    Path.of("target/drills/redrive.out"),
                    Duration.ofMinutes(2),
                    "redrive",
                    Topics.DOCUMENTS.deadLetterTopic(),
                    "--bootstrap-servers",
                    broker.bootstrapServers());
            assertThat(redrive.exitCode()).as(redrive.output()).isZero();
            for (String key : List.of("slow", "poison-json", "poison-fields", "poison-version")) {
                // extract-service and store-service both dead-letter an unreadable document; it goes back once.
                assertThat(redrive.output().lines().filter(line -> line.startsWith("sent back " + key + " from ")))
                        .as("%s sent back once:%n%s", key, redrive.output())
                        .hasSize(1);
            }
            assertThat(store.awaitComplete(List.of("slow"), WAIT))
                    .as("the re-driven document%s", pipeline.logTails())
                    .isTrue();
            JsonNode slowStored = store.get("/documents/slow");
            assertThat(slowStored.path("claimCount").asInt()).isPositive();
            report.put(
                    "redrive",
                    redrive.output().lines().reduce((first, last) -> last).orElse(""));
            report.put(
                    "slow after redrive",
                    "processed, claims stored: "
                            + slowStored.path("storedClaims").asInt());

            ClaimflowCommand.Run again = ClaimflowCommand.run(
                    Path.of("target/drills/redrive-again.out"),
                    Duration.ofMinutes(2),
                    "redrive",
                    Topics.DOCUMENTS.deadLetterTopic(),
                    "--dry-run",
                    "--bootstrap-servers",
                    broker.bootstrapServers());
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

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String bootstrapServers, String key)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var found = deadLetters(bootstrapServers).stream()
                    .filter(r -> key.equals(r.key()))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(key + " did not reach " + Topics.DOCUMENTS.deadLetterTopic());
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String bootstrapServers) {
        return TopicProbe.readAll(bootstrapServers, Topics.DOCUMENTS.deadLetterTopic(), new ByteArrayDeserializer());
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
