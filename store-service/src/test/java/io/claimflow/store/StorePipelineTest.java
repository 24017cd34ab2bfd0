package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.EXTRACTOR;
import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.deadLetterOf;
import static io.claimflow.store.StoreFixtures.documentField;
import static io.claimflow.store.StoreFixtures.send;
import static io.claimflow.store.StoreFixtures.storedClaims;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TestProducers;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StorePipelineTest extends ReadyServiceTest {

    @Test
    void storesADocumentItsClaimsAndItsOutcome() throws Exception {
        String id = "doc-" + UUID.randomUUID();
        Instant received = Instant.parse("2026-11-21T10:00:00Z");
        send(new DocumentSubmitted(
                id,
                "Surovikin said 4,000 fighters left. Then more.",
                "https://example.org/x",
                "Title",
                null,
                null,
                "Example",
                received,
                null));
        ClaimExtracted claim =
                claim(id, 0, "Surovikin said 4,000 fighters left.").build();
        send(claim);
        send(new DocumentProcessed(id, DocumentProcessed.Status.PROCESSED, "en", 1, EXTRACTOR, Instant.now(), null));

        // Three topics, three consumers: wait until all three records have landed.
        await(() -> "processed".equals(documentField(id, "status"))
                && documentField(id, "url") != null
                && storedClaims(id) == 1);
        given().get("/documents/{id}", id)
                .then()
                .statusCode(200)
                .body("documentId", equalTo(id))
                .body("language", equalTo("en"))
                .body("claimCount", equalTo(1))
                .body("storedClaims", equalTo(1))
                .body("url", equalTo("https://example.org/x"))
                .body("source", equalTo("Example"))
                .body("receivedAt", equalTo("2026-11-21T10:00:00Z"));

        String json = given().get("/claims/{id}", claim.claimId())
                .then()
                .statusCode(200)
                .body("narrativeId", nullValue())
                .extract()
                .asString();
        // The claim's JSON is ClaimExtracted's plus the narrative, which a reader of the contract ignores.
        ClaimExtracted stored = EventJson.mapper().readValue(json, ClaimExtracted.class);
        assertThat(stored)
                .usingRecursiveComparison()
                .ignoringFields("extractedAt")
                .isEqualTo(claim);
        assertThat(stored.extractedAt()).isEqualTo(claim.extractedAt());
        given().get("/documents/{id}/claims", id)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].claimant.name", equalTo("Surovikin"))
                .body("[0].entities[0].normalized", equalTo("Islamic State"));
    }

    @Test
    void redeliveredClaimsAreStoredOnce() {
        String id = "doc-" + UUID.randomUUID();
        ClaimExtracted first = claim(id, 0, "One claim.").build();
        ClaimExtracted second = claim(id, 1, "Another claim.").build();
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
        send(claim(marker, 0, "Marker claim sent after every duplicate.").build());
        await(() -> given().get(
                                "/claims/{id}",
                                claim(marker, 0, "Marker claim sent after every duplicate.")
                                        .build()
                                        .claimId())
                        .statusCode()
                == 200);
        assertThat(storedClaims(id)).isEqualTo(2);
        given().get("/documents/{id}/claims", id).then().statusCode(200).body("ordinal", equalTo(List.of(0, 1)));
    }

    @Test
    void claimsArrivingBeforeTheirDocumentAreKept() {
        String id = "early-" + UUID.randomUUID();
        send(claim(id, 0, "Early claim.").language("de").languagePack(false).build());
        await(() -> given().get("/documents/{id}/claims", id).statusCode() == 200);
        // Read without a pack: the claim says so, so "the author" is not mistaken for a reading of its attribution.
        given().get("/documents/{id}/claims", id).then().body("[0].languagePack", equalTo(false));
        given().get("/documents/{id}", id).then().statusCode(404).contentType("application/problem+json");

        send(new DocumentSubmitted(id, "Early claim.", null, null, null, null, null, Instant.now(), null));
        await(() -> "received".equals(documentField(id, "status")));
        given().get("/documents/{id}", id)
                .then()
                .body("storedClaims", equalTo(1))
                .body("claimCount", nullValue());
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        String poison = "poison-" + UUID.randomUUID();
        TestProducers.sendRaw(
                TestKafka.bootstrapServers(),
                Topics.CLAIMS.name(),
                poison,
                "{\"claimId\": \"no other fields\"}".getBytes(StandardCharsets.UTF_8));
        String id = "after-" + UUID.randomUUID();
        send(claim(id, 0, "Stored after the poison record.").build());

        await(() -> storedClaims(id) == 1);
        assertThat(deadLetterOf(Topics.CLAIMS.deadLetterTopic(Topics.STORE_SERVICE), poison))
                .contains("not a valid ClaimExtracted");
    }

    @Test
    void aClaimReDrivenToThisGroupIsStored() {
        String id = "redriven-" + UUID.randomUUID();
        ClaimExtracted claim = claim(id, 0, "Re-driven to the store alone.").build();
        TestProducers.send(
                TestKafka.bootstrapServers(),
                Topics.CLAIMS.redriveTopic(Topics.STORE_SERVICE),
                claim.key(),
                claim,
                new EventSerializer<>("urn:claimflow:test"));

        await(() -> storedClaims(id) == 1);
    }

    @Test
    void aClaimTheDatabaseRefusesIsDeadLetteredAndTheRestOfItsBatchIsStored() {
        String id = "refused-" + UUID.randomUUID();
        String refused = "nul-" + UUID.randomUUID();
        // Valid JSON, but PostgreSQL text cannot hold a NUL character: the batch fails, then each record alone.
        send(
                claim(id, 0, "Good claim before.").build(),
                claim(refused, 0, "Bad \u0000 claim.").build(),
                claim(id, 1, "Good claim after.").build());

        await(() -> storedClaims(id) == 2);
        assertThat(deadLetterOf(Topics.CLAIMS.deadLetterTopic(Topics.STORE_SERVICE), refused))
                .contains("0x00");
        assertThat(storedClaims(refused)).isZero();
    }

    @Test
    void pagesThroughClaimsNewestFirstWithoutGapsOrRepeats() {
        String id = "paged-" + UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            send(claim(id, i, "Paged claim number " + i + ".").build());
        }
        await(() -> storedClaims(id) == 7);

        List<String> seen = new ArrayList<>();
        String next = "/claims?limit=3";
        while (next != null && seen.size() < 1000) {
            JsonPath page = given().urlEncodingEnabled(false)
                    .get(next.replaceFirst("^https?://[^/]+", ""))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.claimId"));
            next = page.getString("next");
        }
        assertThat(seen).doesNotHaveDuplicates();
        List<String> ours = seen.stream()
                .filter(claimId -> List.of(0, 1, 2, 3, 4, 5, 6).stream()
                        .anyMatch(i -> claim(id, i, "Paged claim number " + i + ".")
                                .build()
                                .claimId()
                                .equals(claimId)))
                .toList();
        assertThat(ours).hasSize(7);
        List<String> newestFirst = new ArrayList<>();
        for (int i = 6; i >= 0; i--) {
            newestFirst.add(
                    claim(id, i, "Paged claim number " + i + ".").build().claimId());
        }
        assertThat(ours).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void badParametersAndUnknownIdsAreProblems() {
        given().get("/claims?limit=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
        given().get("/claims?limit=abc").then().statusCode(400).contentType("application/problem+json");
        given().get("/claims?cursor=bm9wZQ")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("cursor"));
        given().get("/claimants?sort=score&limit=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("sort", "limit"))
                .body(
                        "detail",
                        containsString("sort is not a parameter of this endpoint; known: claimant, claimantType,"
                                + " documentId, entity, factChecked, from, language, limit, minScore, narrative, q,"
                                + " source, to, verdict"));
        given().delete("/claims")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"));
        given().get("/claims/{id}", "missing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:claim-not-found"));
        given().get("/documents/{id}/claims", "missing").then().statusCode(404).contentType("application/problem+json");
    }
}
