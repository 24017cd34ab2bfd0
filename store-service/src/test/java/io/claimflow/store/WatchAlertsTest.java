package io.claimflow.store;

import static io.claimflow.store.NarrativeFixtures.MATCHED_AT;
import static io.claimflow.store.NarrativeFixtures.MATCHER;
import static io.claimflow.store.StoreFixtures.WAIT;
import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.send;
import static io.claimflow.store.StoreFixtures.sendInOrder;
import static io.claimflow.store.StoreFixtures.storedClaims;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Watches through the real topics and database: defined, listed and deleted over REST with every bad field named; a
 * stored claim, or a claim's fact-check match, that a watch matches fires one alert (also when its batch comes again),
 * published on claimflow.alerts.v1 and posted, signed, to the watch's webhook, retried after a failure and
 * dead-lettered, with the watch's lastError, when it keeps failing.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@TestProfile(WatchAlertsTest.QuickRetries.class)
class WatchAlertsTest extends ReadyServiceTest {

    private static final String SECRET = "a-webhook-secret-of-some-length";

    /**
     * Retries within a test's patience: three attempts, 300 ms apart and then 600 ms; webhooks only to the test's
     * receivers and example.org.
     */
    public static class QuickRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "claimflow.store.alerts.poll-interval", "200ms",
                    "claimflow.store.alerts.webhook-backoff", "300ms",
                    "claimflow.store.alerts.webhook-attempts", "3",
                    "claimflow.store.alerts.webhook-timeout", "2s",
                    "claimflow.store.alerts.webhook-hosts", "127.0.0.1,.example.org");
        }
    }

    @Inject
    AgroalDataSource database;

    @Test
    void aWatchIsCreatedListedAndDeletedWithoutEverShowingItsSecret() {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Raqqa",
                        "entity",
                        "Raqqa",
                        "minScore",
                        0.5,
                        "webhook",
                        "https://example.org/h",
                        "secret",
                        SECRET))
                .post("/watches")
                .then()
                .statusCode(201)
                .body("name", equalTo("Raqqa"))
                .body("filter.entity", equalTo("Raqqa"))
                .body("filter.minScore", equalTo(0.5f))
                .body("webhook", equalTo("https://example.org/h"))
                .body("secret", nullValue())
                .body("lastError", nullValue())
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().get("/watches")
                .then()
                .statusCode(200)
                .body("watchId", hasItem(id))
                .body("secret", not(hasItem(SECRET)));
        assertThat(given().get("/watches").asString()).doesNotContain(SECRET);
        given().get("/watches/{id}", id).then().statusCode(200).body("watchId", equalTo(id));

        given().delete("/watches/{id}", id).then().statusCode(204);
        given().get("/watches/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:watch-not-found"));
        given().delete("/watches/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().get("/watches").then().body("watchId", not(hasItem(id)));
    }

    @Test
    void aBadDefinitionIsRefusedNamingEachWrongField() {
        refused(Map.of("name", "n", "minScore", 1.5), "minScore");
        refused(Map.of("minScore", 0.5), "name");
        refused(Map.of("name", "n", "factChecked", false, "verdict", "false"), "verdict");
        refused(Map.of("name", "n", "webhook", "ftp://example.org/h", "secret", SECRET), "webhook");
        refused(Map.of("name", "n", "webhook", "https://example.org/h"), "secret");
        refused(Map.of("name", "n", "secret", SECRET), "secret");
        refused(Map.of("name", "n", "source", "x"), "source");
        refused(Map.of("name", "n", "minScore", "high"), "minScore");
        refused(Map.of("name", "n", "webhook", "http://169.254.169.254/latest/meta-data", "secret", SECRET), "webhook");
        refused(Map.of("name", "n", "webhook", "http://localhost:8080/h", "secret", SECRET), "webhook");
        given().get("/watches").then().body("name", not(hasItem("n")));
    }

    @Test
    void aWebhookUnderAListedDomainIsTaken() {
        String watchId = watch(Map.of(
                "name",
                "listed",
                "claimant",
                "Nobody " + UUID.randomUUID(),
                "webhook",
                "https://alerts.example.org/h",
                "secret",
                SECRET));
        given().delete("/watches/{id}", watchId).then().statusCode(204);
    }

    @Test
    void aWebhookWhoseHostIsNoLongerListedIsNeverCalledAndTheWatchSaysWhy() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, n -> 200)) {
            String claimant = "Unlisted " + UUID.randomUUID();
            String watchId = watch(
                    Map.of("name", "unlisted", "claimant", claimant, "webhook", receiver.url(), "secret", SECRET));
            // As if the setting had changed since: the same receiver, under a name the list does not hold.
            try (Connection connection = database.getConnection();
                    PreparedStatement update =
                            connection.prepareStatement("UPDATE watch SET webhook = ? WHERE watch_id = ?")) {
                update.setString(1, receiver.url().replace("127.0.0.1", "localhost"));
                update.setString(2, watchId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            send(claim("unlisted-" + UUID.randomUUID(), 0, "The convoy left at dawn.")
                    .claimant(claimant, ClaimantType.PERSON)
                    .build());

            String refusal = "the webhook's host localhost is not listed in claimflow.store.alerts.webhook-hosts";
            String reason = StoreFixtures.deadLetterOf(Topics.ALERT_DELIVERY_DEAD_LETTERS, watchId);
            assertThat(reason).contains(refusal);
            await(() -> given().get("/watches/{id}", watchId).jsonPath().getString("lastError") != null);
            given().get("/watches/{id}", watchId).then().body("lastError", equalTo(refusal));
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void aMatchingClaimFiresOneAlertOnTheTopicAlsoWhenItsBatchComesAgain() throws SQLException {
        String claimant = "Claimant " + UUID.randomUUID();
        String watchId = watch(Map.of("name", "claimant watch", "claimant", claimant.toUpperCase()));
        String doc = "watched-" + UUID.randomUUID();
        ClaimExtracted watched = claim(doc, 0, "The coalition let the convoy leave Raqqa.")
                .claimant(claimant, ClaimantType.PERSON)
                .build();
        ClaimExtracted other =
                claim(doc, 1, "Someone else said something else.").build();
        send(watched, other);
        await(() -> storedClaims(doc) == 2);

        ConsumerRecord<String, byte[]> alert = alertsOf(watchId, 1).get(0);
        JsonPath json = JsonPath.from(new String(alert.value(), StandardCharsets.UTF_8));
        assertThat(json.getString("alertId")).isEqualTo(watchId + "/" + watched.claimId());
        assertThat(json.getString("watchName")).isEqualTo("claimant watch");
        assertThat(json.getString("claimId")).isEqualTo(watched.claimId());
        assertThat(json.getString("documentId")).isEqualTo(doc);
        assertThat(json.getString("text")).isEqualTo(watched.text());
        assertThat(json.getString("claimant")).isEqualTo(claimant);
        assertThat(json.getList("factCheckVerdicts")).isEmpty();
        assertThat(new String(alert.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                .isEqualTo(watchId + "/" + watched.claimId());

        // The batch again (a redelivery), then a claim of the same document (so of the same partition) behind it.
        ClaimExtracted after =
                claim(doc, 2, "A claim read after the redelivered ones.").build();
        sendInOrder(watched, other, after);
        await(() -> storedClaims(doc) == 3);
        assertThat(alertRows(watchId)).isEqualTo(1);
        assertThat(
                        TopicProbe.readAll(
                                        TestKafka.bootstrapServers(), Topics.ALERTS.name(), new ByteArrayDeserializer())
                                .stream()
                                .filter(r -> watchId.equals(r.key())))
                .hasSize(1);
    }

    @Test
    void aFactCheckMatchFiresAFactCheckWatchOnceWithTheVerdicts() throws SQLException {
        String claimant = "Fact-checked " + UUID.randomUUID();
        String watchId =
                watch(Map.of("name", "debunked", "claimant", claimant, "factChecked", true, "verdict", "False"));
        String doc = "checked-" + UUID.randomUUID();
        ClaimExtracted claim = claim(doc, 0, "ISIS fighters left Raqqa in a convoy.")
                .claimant(claimant, ClaimantType.PERSON)
                .build();
        send(claim);
        await(() -> storedClaims(doc) == 1);
        assertThat(alertRows(watchId)).as("not fact-checked yet").isZero();

        ClaimMatched match = new ClaimMatched(
                claim.claimId(), doc, claim.claimId(), List.of(), List.of(), List.of(snopes()), MATCHER, MATCHED_AT);
        send(match);
        JsonPath json = JsonPath.from(new String(alertsOf(watchId, 1).get(0).value(), StandardCharsets.UTF_8));
        assertThat(json.getString("claimId")).isEqualTo(claim.claimId());
        assertThat(json.getList("factCheckVerdicts")).containsExactly("false");

        // The match again (a redelivery), then a later one of the same claim (same key, same partition) behind it.
        String marker = "marker-" + doc;
        ClaimMatched later = new ClaimMatched(
                claim.claimId(),
                doc,
                marker,
                List.of(),
                List.of(),
                List.of(snopes()),
                MATCHER,
                MATCHED_AT.plusSeconds(60));
        sendInOrder(match, later);
        await(() -> marker.equals(
                given().get("/claims/{id}", claim.claimId()).jsonPath().getString("narrativeId")));
        assertThat(alertRows(watchId)).isEqualTo(1);
    }

    @Test
    void aMergeFiresTheWatchesOfBothNarrativesOnTheClaimsTheyGain() throws SQLException {
        String run = UUID.randomUUID().toString();
        String older = "narrative-older-" + run;
        String newer = "narrative-newer-" + run;
        String olderWatch = watch(Map.of("name", "older narrative", "narrative", older));
        String newerWatch = watch(Map.of("name", "newer narrative", "narrative", newer));
        String doc = "merge-" + run;
        ClaimExtracted first =
                claim(doc, 0, "ISIS fighters left Raqqa in a convoy.").build();
        ClaimExtracted second =
                claim(doc, 1, "The convoy carried 4,000 fighters.").build();
        send(first, second);
        await(() -> storedClaims(doc) == 2);
        send(NarrativeFixtures.matched(first, older), NarrativeFixtures.matched(second, newer));
        assertThat(alertsOf(olderWatch, 1)).extracting(ConsumerRecord::key).containsExactly(olderWatch);
        assertThat(alertsOf(newerWatch, 1)).extracting(ConsumerRecord::key).containsExactly(newerWatch);

        // The newer narrative merges into the older: each watch's narrative now holds both claims.
        send(NarrativeFixtures.narrative(newer, 2).mergedInto(older).build());
        assertThat(alertsOf(olderWatch, 2))
                .extracting(r -> JsonPath.from(new String(r.value(), StandardCharsets.UTF_8))
                        .getString("claimId"))
                .containsExactlyInAnyOrder(first.claimId(), second.claimId());
        assertThat(alertsOf(newerWatch, 2))
                .extracting(r -> JsonPath.from(new String(r.value(), StandardCharsets.UTF_8))
                        .getString("claimId"))
                .containsExactlyInAnyOrder(first.claimId(), second.claimId());

        // The merge again (a redelivery), then a record behind it on the same partition, fires nothing more.
        sendInOrder(
                NarrativeFixtures.narrative(newer, 2).mergedInto(older).build(),
                NarrativeFixtures.narrative(older, 3).claims(2).build());
        await(() -> {
            var answer = given().get("/narratives/{id}", older);
            return answer.statusCode() == 200 && answer.jsonPath().getInt("narrative.revision") == 3;
        });
        assertThat(alertRows(olderWatch)).isEqualTo(2);
        assertThat(alertRows(newerWatch)).isEqualTo(2);
    }

    @Test
    void aWebhookGetsTheSignedAlertAgainAfterAFailure() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, n -> n == 0 ? 500 : 200)) {
            String claimant = "Hooked " + UUID.randomUUID();
            String watchId =
                    watch(Map.of("name", "hooked", "claimant", claimant, "webhook", receiver.url(), "secret", SECRET));
            ClaimExtracted claim = claim("hooked-" + UUID.randomUUID(), 0, "The convoy carried 4,000 fighters.")
                    .claimant(claimant, ClaimantType.PERSON)
                    .build();
            send(claim);
            await(() -> given().get("/watches/{id}", watchId).jsonPath().getString("lastDeliveredAt") != null);

            List<WebhookReceiver.Received> received = receiver.received();
            assertThat(received).as("a 500, then the retry that got 200").hasSize(2);
            assertThat(received).allSatisfy(request -> {
                assertThat(request.signatureValid())
                        .as("signature %s", request.signature())
                        .isTrue();
                assertThat(request.alertId()).isEqualTo(watchId + "/" + claim.claimId());
            });
            assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
            assertThat(JsonPath.from(received.get(0).body()).getString("claimId"))
                    .isEqualTo(claim.claimId());
            assertThat(WebhookReceiver.verifies(
                            received.get(0).body().getBytes(StandardCharsets.UTF_8),
                            received.get(0).signature(),
                            "another secret entirely"))
                    .as("the signature depends on the secret")
                    .isFalse();
            given().get("/watches/{id}", watchId).then().body("lastError", nullValue());
        }
    }

    @Test
    void aWebhookThatKeepsFailingDeadLettersTheAlertAndTheWatchShowsTheError() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, n -> 503)) {
            String claimant = "Unreachable " + UUID.randomUUID();
            String watchId =
                    watch(Map.of("name", "failing", "claimant", claimant, "webhook", receiver.url(), "secret", SECRET));
            ClaimExtracted claim = claim("failing-" + UUID.randomUUID(), 0, "The convoy left at night.")
                    .claimant(claimant, ClaimantType.PERSON)
                    .build();
            send(claim);

            String reason = StoreFixtures.deadLetterOf(Topics.ALERT_DELIVERY_DEAD_LETTERS, watchId);
            assertThat(reason).contains("HTTP 503");
            await(() -> given().get("/watches/{id}", watchId).jsonPath().getString("lastError") != null);
            given().get("/watches/{id}", watchId)
                    .then()
                    .body("lastError", equalTo("the webhook answered HTTP 503"))
                    .body("lastErrorAt", notNullValue())
                    .body("lastDeliveredAt", nullValue());
            assertThat(receiver.received()).as("every attempt, no more").hasSize(3);
        }
    }

    static String watch(Map<String, Object> definition) {
        return given().contentType(ContentType.JSON)
                .body(definition)
                .post("/watches")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("watchId");
    }

    private static void refused(Map<String, Object> definition, String field) {
        given().contentType(ContentType.JSON)
                .body(definition)
                .post("/watches")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field)));
    }

    /** The alerts of the watch on the topic, once there are at least {@code count}. */
    static List<ConsumerRecord<String, byte[]>> alertsOf(String watchId, int count) {
        return TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.ALERTS.name(),
                        new ByteArrayDeserializer(),
                        records -> records.stream()
                                        .filter(r -> watchId.equals(r.key()))
                                        .count()
                                >= count,
                        WAIT)
                .stream()
                .filter(r -> watchId.equals(r.key()))
                .toList();
    }

    private int alertRows(String watchId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count =
                        connection.prepareStatement("SELECT count(*) FROM alert WHERE watch_id = ?")) {
            count.setString(1, watchId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static ClaimMatched.FactCheckMatch snopes() {
        return new ClaimMatched.FactCheckMatch(
                "snopes-raqqa",
                "https://www.snopes.com/fact-check/raqqa/",
                "False",
                "Snopes",
                0.82,
                new ClaimMatched.Evidence(
                        false, List.of("Raqqa"), List.of(), List.of(), List.of(), List.of(), List.of("convoy")));
    }
}
