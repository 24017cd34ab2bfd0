package io.claimflow.store;

import static io.claimflow.store.NarrativeApiTest.ids;
import static io.claimflow.store.NarrativeFixtures.matched;
import static io.claimflow.store.NarrativeFixtures.narrative;
import static io.claimflow.store.StoreFixtures.WAIT;
import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.deadLetterOf;
import static io.claimflow.store.StoreFixtures.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TestProducers;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Matches and narratives through the real topics whatever order they arrive in: merges move claims, a merge may come
 * before the match it concerns, a match before its claim, stale and repeated revisions change nothing, unreadable
 * records are dead-lettered, and the live feed sends each stored revision.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class NarrativePipelineTest extends ReadyServiceTest {

    @Test
    void aMergeMovesTheClaimsAndTheMergedIdResolvesToTheSurvivor() {
        String source = "Merging " + UUID.randomUUID();
        ClaimExtracted kept =
                claim("kept-" + UUID.randomUUID(), 0, "The survivor's claim.").build();
        ClaimExtracted moved = claim("moved-" + UUID.randomUUID(), 0, "The merged narrative's claim.")
                .build();
        String survivor = kept.claimId();
        String merged = moved.claimId();
        send(
                kept,
                moved,
                narrative(survivor, 1).sources(source).build(),
                narrative(merged, 1).sources(source).build(),
                matched(kept, survivor),
                matched(moved, merged));
        await(() -> claimsOf(merged).equals(List.of(moved.claimId()))
                && ids("source=" + source).size() == 2);

        send(narrative(merged, 2).mergedInto(survivor).sources(source).build());
        await(() -> claimsOf(survivor).size() == 2);
        assertThat(claimsOf(merged))
                .as("a merged id finds the survivor's claims")
                .hasSize(2);
        given().get("/claims/{id}", moved.claimId()).then().body("narrativeId", equalTo(survivor));
        assertThat(ids("source=" + source))
                .as("merged narratives are not listed")
                .containsExactly(survivor);
        given().redirects()
                .follow(false)
                .get("/narratives/{id}", merged)
                .then()
                .statusCode(308)
                .header("Location", endsWith("/narratives/" + survivor));
        given().get("/narratives/{id}", merged).then().statusCode(200).body("narrative.narrativeId", equalTo(survivor));

        // A merge that arrives before the match of the merged narrative: the match is written to the survivor.
        ClaimExtracted late = claim("late-" + UUID.randomUUID(), 0, "A claim matched after its merge.")
                .build();
        send(
                late,
                narrative(late.claimId(), 2).mergedInto(merged).sources(source).build());
        await(() -> given().redirects()
                        .follow(false)
                        .get("/narratives/{id}", late.claimId())
                        .statusCode()
                == 308);
        send(matched(late, late.claimId()));
        await(() -> claimsOf(survivor).size() == 3);

        // The survivor is merged in turn: every claim moves on, and each old id resolves to the last survivor.
        String last = "last-" + UUID.randomUUID();
        send(
                narrative(last, 1).sources(source).build(),
                narrative(survivor, 2).mergedInto(last).build());
        await(() -> claimsOf(last).size() == 3);
        assertThat(claimsOf(late.claimId())).hasSize(3);
        given().get("/claims/{id}", late.claimId()).then().body("narrativeId", equalTo(last));
    }

    @Test
    void aMatchMayArriveBeforeItsClaim() {
        ClaimExtracted early = claim("early-" + UUID.randomUUID(), 0, "Matched before it was stored.")
                .build();
        String narrativeId = early.claimId();
        send(narrative(narrativeId, 1).build(), matched(early, narrativeId));
        // The narrative lists the match's document as soon as the match is stored, before the claim is.
        await(() -> given().get("/narratives/{id}", narrativeId).statusCode() == 200
                && given().get("/narratives/{id}", narrativeId)
                        .jsonPath()
                        .getList("documents.documentId")
                        .contains(early.documentId()));
        given().get("/claims/{id}", early.claimId()).then().statusCode(404);

        send(early);
        await(() -> given().get("/claims/{id}", early.claimId()).statusCode() == 200);
        given().get("/claims/{id}", early.claimId()).then().body("narrativeId", equalTo(narrativeId));
        assertThat(claimsOf(narrativeId)).containsExactly(early.claimId());
    }

    @Test
    void theFeedSendsEachStoredRevisionOnceAndStaleOnesNever() throws Exception {
        String source = "Feed " + UUID.randomUUID();
        String narrativeId = "fed-" + UUID.randomUUID();
        String firstId;
        try (SseProbe feed = SseProbe.connect(
                URI.create(service + "narratives/stream?source=" + source.replace(" ", "%20")), null)) {
            assertThat(feed.status()).isEqualTo(200);
            // One key, one partition: the store reads them in this order. Revision 1 twice (a redelivery), then 3,
            // then 2, which is older than what is stored, then 4.
            send(
                    narrative("other-" + UUID.randomUUID(), 1)
                            .sources("Somewhere else")
                            .build(),
                    narrative(narrativeId, 1).sources(source).build(),
                    narrative(narrativeId, 1).sources(source).build(),
                    narrative(narrativeId, 3).claims(3).sources(source).build(),
                    narrative(narrativeId, 2).claims(2).sources(source).build(),
                    narrative(narrativeId, 4).claims(4).sources(source).build());
            SseProbe.Event first = feed.next(WAIT);
            assertThat(first).isNotNull();
            assertThat(first.name()).isEqualTo("narrative");
            assertThat(revisionOf(first)).isEqualTo(1);
            assertThat(revisionOf(feed.next(WAIT))).isEqualTo(3);
            assertThat(revisionOf(feed.next(WAIT))).isEqualTo(4);
            assertThat(feed.next(Duration.ofSeconds(2))).as("nothing else").isNull();
            firstId = first.id();
        }
        given().get("/narratives/{id}", narrativeId)
                .then()
                .body("narrative.revision", equalTo(4))
                .body("narrative.claims", equalTo(4));

        try (SseProbe resumed = SseProbe.connect(
                URI.create(service + "narratives/stream?source=" + source.replace(" ", "%20")), firstId)) {
            assertThat(revisionOf(resumed.next(WAIT))).isEqualTo(3);
            assertThat(revisionOf(resumed.next(WAIT))).isEqualTo(4);
        }
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicsAndConsumptionGoesOn() {
        String poison = "poison-" + UUID.randomUUID();
        byte[] garbage = "{\"narrativeId\": \"no other fields\"}".getBytes(StandardCharsets.UTF_8);
        TestProducers.sendRaw(TestKafka.bootstrapServers(), Topics.CLAIM_MATCHES.name(), poison, garbage);
        TestProducers.sendRaw(TestKafka.bootstrapServers(), Topics.NARRATIVES.name(), poison, garbage);
        ClaimExtracted after = claim("after-" + UUID.randomUUID(), 0, "Matched after the poison.")
                .build();
        send(
                after,
                matched(after, after.claimId()),
                narrative(after.claimId(), 1).build());

        await(() -> claimsOf(after.claimId()).size() == 1
                && given().get("/narratives/{id}", after.claimId()).statusCode() == 200);
        assertThat(deadLetterOf(Topics.CLAIM_MATCHES.deadLetterTopic(Topics.STORE_SERVICE), poison))
                .contains("ClaimMatched");
        assertThat(deadLetterOf(Topics.NARRATIVES.deadLetterTopic(Topics.STORE_SERVICE), poison))
                .contains("NarrativeUpdated");
    }

    /** The ids of the claims GET /claims?narrative= finds. */
    private static List<String> claimsOf(String narrativeId) {
        return given().get("/claims?limit=200&narrative=" + narrativeId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.claimId");
    }

    private static int revisionOf(SseProbe.Event event) throws Exception {
        assertThat(event).as("an event").isNotNull();
        return EventJson.mapper()
                .readValue(event.data(), NarrativeUpdated.class)
                .revision();
    }
}
