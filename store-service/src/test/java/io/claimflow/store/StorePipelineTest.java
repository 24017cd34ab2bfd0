package io.claimflow.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TestProducers;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.Readiness;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StorePipelineTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ClaimExtracted.Extractor EXTRACTOR = new ClaimExtracted.Extractor("test-engine", "1");

    @TestHTTPResource("/")
    URL service;

    @BeforeEach
    void serviceHasItsTopics() {
        Readiness.await(service.toString(), WAIT);
    }

    @Test
    void storesADocumentItsClaimsAndItsOutcome() {
        String id = "doc-" + UUID.randomUUID();
        Instant received = Instant.parse("2026-11-21T10:00:00Z");
        send(new DocumentSubmitted(id, "Surovikin said 4,000 fighters left. Then more.", "https://example.org/x", "Title",
                null, null, "Example", received));
        ClaimExtracted claim = claim(id, 0, "Surovikin said 4,000 fighters left.");
        send(claim);
        send(new DocumentProcessed(id, DocumentProcessed.Status.PROCESSED, "en", 1, EXTRACTOR, Instant.now(), null));

        // Three topics, three consumers: wait until all three records have landed.
        await(() -> "processed".equals(documentField(id, "status")) && documentField(id, "url") != null && storedClaims(id) == 1);
        given().get("/documents/{id}", id).then().statusCode(200)
                .body("documentId", equalTo(id)).body("language", equalTo("en"))
                .body("claimCount", equalTo(1)).body("storedClaims", equalTo(1))
                .body("url", equalTo("https://example.org/x")).body("source", equalTo("Example"))
                .body("receivedAt", equalTo("2026-11-21T10:00:00Z"));

        ClaimExtracted stored = given().get("/claims/{id}", claim.claimId()).then().statusCode(200)
                .extract().as(ClaimExtracted.class);
        assertThat(stored).usingRecursiveComparison().ignoringFields("extractedAt").isEqualTo(claim);
        assertThat(stored.extractedAt()).isEqualTo(claim.extractedAt());
        given().get("/documents/{id}/claims", id).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].claimant.name", equalTo("Surovikin"))
                .body("[0].entities[0].normalized", equalTo("Islamic State"));
    }

    @Test
    void redeliveredClaimsAreStoredOnce() {
        String id = "doc-" + UUID.randomUUID();
        ClaimExtracted first = claim(id, 0, "One claim.");
        ClaimExtracted second = claim(id, 1, "Another claim.");
        send(first);
        send(second);
        send(first);
        send(second);
        send(first);
        send(new DocumentProcessed(id, DocumentProcessed.Status.PROCESSED, "en", 2, EXTRACTOR, Instant.now(), null));

        await(() -> "processed".equals(documentField(id, "status")));
        await(() -> storedClaims(id) == 2);
        // The outcome comes last on its topic, but the claims topic is consumed independently: give the
        // duplicates sent after the originals their chance to land before checking they did not.
        String marker = "marker-" + UUID.randomUUID();
        send(claim(marker, 0, "Marker claim sent after every duplicate."));
        await(() -> given().get("/claims/{id}", claim(marker, 0, "Marker claim sent after every duplicate.").claimId())
                .statusCode() == 200);
        assertThat(storedClaims(id)).isEqualTo(2);
        given().get("/documents/{id}/claims", id).then().statusCode(200).body("ordinal", equalTo(List.of(0, 1)));
    }

    @Test
    void claimsArrivingBeforeTheirDocumentAreKept() {
        String id = "early-" + UUID.randomUUID();
        send(claim(id, 0, "Early claim."));
        await(() -> given().get("/documents/{id}/claims", id).statusCode() == 200);
        given().get("/documents/{id}", id).then().statusCode(404).contentType("application/problem+json");

        send(new DocumentSubmitted(id, "Early claim.", null, null, null, null, null, Instant.now()));
        await(() -> "received".equals(documentField(id, "status")));
        given().get("/documents/{id}", id).then().body("storedClaims", equalTo(1)).body("claimCount", nullValue());
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        String poison = "poison-" + UUID.randomUUID();
        TestProducers.sendRaw(TestKafka.bootstrapServers(), Topics.CLAIMS.name(), poison,
                "{\"claimId\": \"no other fields\"}".getBytes(StandardCharsets.UTF_8));
        String id = "after-" + UUID.randomUUID();
        send(claim(id, 0, "Stored after the poison record."));

        await(() -> storedClaims(id) == 1);
        var dead = TopicProbe.read(TestKafka.bootstrapServers(), Topics.CLAIMS.deadLetterTopic(), new ByteArrayDeserializer(),
                records -> records.stream().anyMatch(r -> poison.equals(r.key())), WAIT);
        assertThat(dead).anySatisfy(record -> {
            assertThat(record.key()).isEqualTo(poison);
            assertThat(new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                    .contains("not a valid ClaimExtracted");
        });
    }

    @Test
    void pagesThroughClaimsNewestFirstWithoutGapsOrRepeats() {
        String id = "paged-" + UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            send(claim(id, i, "Paged claim number " + i + "."));
        }
        await(() -> storedClaims(id) == 7);

        List<String> seen = new ArrayList<>();
        String next = "/claims?limit=3";
        while (next != null && seen.size() < 1000) {
            JsonPath page = given().urlEncodingEnabled(false).get(next.replaceFirst("^https?://[^/]+", ""))
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.claimId"));
            next = page.getString("next");
        }
        assertThat(seen).doesNotHaveDuplicates();
        List<String> ours = seen.stream()
                .filter(claimId -> List.of(0, 1, 2, 3, 4, 5, 6).stream().anyMatch(i -> claim(id, i, "").claimId().equals(claimId)))
                .toList();
        assertThat(ours).hasSize(7);
        List<String> newestFirst = new ArrayList<>();
        for (int i = 6; i >= 0; i--) {
            newestFirst.add(claim(id, i, "").claimId());
        }
        assertThat(ours).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void badParametersAndUnknownIdsAreProblems() {
        given().get("/claims?limit=0").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
        given().get("/claims?limit=abc").then().statusCode(400).contentType("application/problem+json");
        given().get("/claims?cursor=bm9wZQ").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("cursor"));
        given().get("/claims/{id}", "missing").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:claim-not-found"));
        given().get("/documents/{id}/claims", "missing").then().statusCode(404).contentType("application/problem+json");
    }

    private static ClaimExtracted claim(String documentId, int ordinal, String text) {
        int start = ordinal * 100;
        return new ClaimExtracted(
                io.claimflow.contracts.identity.StableIds.claimId(documentId, start, start + 40, EXTRACTOR.version()),
                documentId, ordinal, text, new ClaimExtracted.Span(start, start + 40), "en", 0.8,
                new ClaimExtracted.Claimant("Surovikin", ClaimantType.PERSON, true), "said",
                List.of(new ClaimExtracted.Entity("ISIS", EntityType.ORGANIZATION, "Islamic State")),
                List.of(new ClaimExtracted.Quantity("4,000", 4000, null)),
                List.of(new ClaimExtracted.DateMention("June 2014", "2014-06")),
                List.of("https://example.org/source"), EXTRACTOR, Instant.parse("2026-11-21T10:00:01.123456Z"));
    }

    private static void send(ClaimflowEvent event) {
        TestProducers.send(TestKafka.bootstrapServers(), Topics.forValueType(event.getClass()).name(), event.documentId(),
                event, new EventSerializer<>("urn:claimflow:test"));
    }

    private static String documentField(String id, String field) {
        var response = given().get("/documents/{id}", id);
        return response.statusCode() == 200 ? response.jsonPath().getString(field) : null;
    }

    private static int storedClaims(String id) {
        var response = given().get("/documents/{id}/claims", id);
        return response.statusCode() == 200 ? response.jsonPath().getList("$").size() : 0;
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", WAIT).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
