package io.claimflow.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TestProducers;
import io.claimflow.testkit.kafka.TopicProbe;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Feeds the store through its real topics and builds the claims the tests feed it. */
final class StoreFixtures {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final ClaimExtracted.Extractor EXTRACTOR = new ClaimExtracted.Extractor("test-engine", "1");

    private StoreFixtures() {}

    /** A claim builder with sensible defaults; the span starts at ordinal * 100 unless placed with {@code at}. */
    static Claim claim(String documentId, int ordinal, String text) {
        return new Claim(documentId, ordinal, text);
    }

    static void send(ClaimflowEvent... events) {
        send(List.of(events));
    }

    /** Sends the events through one producer, in order, and waits for the broker to take them all. */
    static void send(List<? extends ClaimflowEvent> events) {
        sendTo(null, events);
    }

    /**
     * Sends the events to the first partition of their topics, whatever their keys: the store reads them in this order,
     * so once the last is stored, the ones before it were read.
     */
    static void sendInOrder(ClaimflowEvent... events) {
        sendTo(0, List.of(events));
    }

    private static void sendTo(Integer partition, List<? extends ClaimflowEvent> events) {
        try (KafkaProducer<String, ClaimflowEvent> producer =
                TestProducers.create(TestKafka.bootstrapServers(), new EventSerializer<>("urn:claimflow:test"))) {
            for (ClaimflowEvent event : events) {
                producer.send(new ProducerRecord<>(
                        Topics.forValueType(event.getClass()).name(), partition, event.key(), event));
            }
            producer.flush();
        }
    }

    /** The page a {@code next} link (absolute or not) points to. */
    static JsonPath page(String link) {
        return given().urlEncodingEnabled(false)
                .get(link.replaceFirst("^https?://[^/]+", ""))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The service's OpenAPI document, as JSON text. */
    static String openApi() {
        return given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    static int storedClaims(String documentId) {
        var response = given().get("/documents/{id}/claims", documentId);
        return response.statusCode() == 200 ? response.jsonPath().getList("$").size() : 0;
    }

    static String documentField(String id, String field) {
        var response = given().get("/documents/{id}", id);
        return response.statusCode() == 200 ? response.jsonPath().getString(field) : null;
    }

    /** The dead-letter reason of the record with this key on the dead-letter topic, waiting for it to arrive. */
    static String deadLetterOf(String deadLetterTopic, String key) {
        var dead = TopicProbe.read(
                TestKafka.bootstrapServers(),
                deadLetterTopic,
                new ByteArrayDeserializer(),
                records -> records.stream().anyMatch(r -> key.equals(r.key())),
                WAIT);
        return dead.stream()
                .filter(r -> key.equals(r.key()))
                .findFirst()
                .map(r ->
                        new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no dead letter for " + key));
    }

    static void await(BooleanSupplier condition) {
        await(WAIT, condition);
    }

    static void await(Duration wait, BooleanSupplier condition) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", wait).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A claim under construction. */
    static final class Claim {
        private final String documentId;
        private final int ordinal;
        private final String text;
        private int start;
        private String language = "en";
        private double score = 0.8;
        private ClaimExtracted.Claimant claimant = new ClaimExtracted.Claimant("Surovikin", ClaimantType.PERSON, true);
        private List<ClaimExtracted.Entity> entities =
                List.of(new ClaimExtracted.Entity("ISIS", EntityType.ORGANIZATION, "Islamic State"));
        private Boolean languagePack = true;
        private List<String> citations = List.of("https://example.org/source");

        private Claim(String documentId, int ordinal, String text) {
            this.documentId = documentId;
            this.ordinal = ordinal;
            this.text = text;
            this.start = ordinal * 100;
        }

        /** Where the claim starts in its document's text. */
        Claim at(int value) {
            start = value;
            return this;
        }

        Claim language(String value) {
            language = value;
            return this;
        }

        Claim score(double value) {
            score = value;
            return this;
        }

        Claim claimant(String name, ClaimantType type) {
            claimant = new ClaimExtracted.Claimant(name, type, false);
            return this;
        }

        /** A claimant with the role and normalised form the engine gives it. */
        Claim claimant(String name, ClaimantType type, String role, String normalized) {
            claimant = new ClaimExtracted.Claimant(name, type, false, role, normalized);
            return this;
        }

        /** Whether the engine had a pack for the claim's language; null as records before the field. */
        Claim languagePack(Boolean value) {
            languagePack = value;
            return this;
        }

        Claim entities(ClaimExtracted.Entity... values) {
            entities = List.of(values);
            return this;
        }

        Claim citations(String... values) {
            citations = List.of(values);
            return this;
        }

        ClaimExtracted build() {
            return new ClaimExtracted(
                    StableIds.claimId(documentId, start, start + text.length(), EXTRACTOR.version()),
                    documentId,
                    ordinal,
                    text,
                    new ClaimExtracted.Span(start, start + text.length()),
                    language,
                    score,
                    claimant,
                    "said",
                    entities,
                    List.of(new ClaimExtracted.Quantity("4,000", 4000, null)),
                    List.of(new ClaimExtracted.DateMention("June 2014", "2014-06")),
                    citations,
                    EXTRACTOR,
                    Instant.parse("2026-11-21T10:00:01.123456Z"),
                    null,
                    languagePack);
        }
    }
}
