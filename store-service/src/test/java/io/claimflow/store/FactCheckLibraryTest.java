package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.deadLetterOf;
import static io.claimflow.store.StoreFixtures.page;
import static io.claimflow.store.StoreFixtures.send;
import static io.claimflow.store.StoreFixtures.sendInOrder;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.store.query.PageCursor;
import io.claimflow.store.query.PagePosition;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The fact-check library through the real topic and database: each fact-check's latest version by importedAt, GET
 * /factchecks paged newest first without skips or repeats, every filter, 404 and 400 problems, and unreadable records
 * dead-lettered while the consumer goes on.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class FactCheckLibraryTest extends ReadyServiceTest {

    private static final Instant T1 = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void aRevisedVersionReplacesTheStoredOneAndAnOlderOneDoesNot() {
        String id = "revised-" + UUID.randomUUID();
        sendInOrder(imported(factCheck(id, "Pub " + id, "Mostly False", "en", "The dam burst."), T1));
        await(() -> verdictOf(id).equals("Mostly False"));

        FactCheck revised = new FactCheck(
                id,
                "https://factcheck.example/" + id,
                "The dam burst after the repairs failed.",
                "Did the dam burst?",
                "False",
                "Full Fact",
                "A. Minister",
                LocalDate.parse("2017-11-16"),
                "en",
                List.of("https://news.example/dam", "https://forum.example/dam"),
                "The dam held; a spillway opened.");
        Instant t2 = T1.plusSeconds(60);
        sendInOrder(new FactCheckImported(revised, t2, "desk"));
        await(() -> verdictOf(id).equals("False"));
        given().get("/factchecks/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("url", equalTo("https://factcheck.example/" + id))
                .body("claimReviewed", equalTo("The dam burst after the repairs failed."))
                .body("title", equalTo("Did the dam burst?"))
                .body("publisher", equalTo("Full Fact"))
                .body("claimant", equalTo("A. Minister"))
                .body("datePublished", equalTo("2017-11-16"))
                .body("language", equalTo("en"))
                .body("appearances", equalTo(List.of("https://news.example/dam", "https://forum.example/dam")))
                .body("body", equalTo("The dam held; a spillway opened."))
                .body("importedAt", equalTo(t2.toString()))
                .body("submitter", equalTo("desk"));

        // An older version, read before a marker on the same partition: once the marker is stored, it was read.
        String marker = "marker-" + UUID.randomUUID();
        sendInOrder(
                imported(factCheck(id, "Pub " + id, "True", "en", "The dam burst."), T1.minusSeconds(60)),
                imported(factCheck(marker, "Pub " + marker, "True", "en", "A marker."), T1));
        await(() -> given().get("/factchecks/{id}", marker).statusCode() == 200);
        given().get("/factchecks/{id}", id)
                .then()
                .body("verdict", equalTo("False"))
                .body("importedAt", equalTo(t2.toString()));

        // Two versions in one batch: the later one is kept, whatever their order.
        sendInOrder(
                imported(factCheck(id, "Pub " + id, "Pants on Fire", "en", "The dam burst."), t2.plusSeconds(120)),
                imported(factCheck(id, "Pub " + id, "Half True", "en", "The dam burst."), t2.plusSeconds(60)));
        await(() -> verdictOf(id).equals("Pants on Fire"));
    }

    @Test
    void pagesGoNewestFirstWithoutSkipsOrRepeatsWhileTheLibraryChanges() {
        String tag = UUID.randomUUID().toString();
        String publisher = "Paging " + tag;
        List<FactCheckImported> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(imported(factCheck("paged-" + tag + "-" + i, publisher, "False", "en", "Claim " + i + "."), T1));
        }
        send(five);
        await(() -> ids("publisher=" + enc(publisher) + "&limit=200").size() == 5);
        List<String> listed = ids("publisher=" + enc(publisher) + "&limit=200");

        JsonPath first = page("/factchecks?limit=2&publisher=" + enc(publisher));
        List<String> paged = new ArrayList<>(first.getList("items.id"));
        // Meanwhile a new fact-check arrives and one on a later page is revised.
        String newcomer = "paged-" + tag + "-new";
        send(
                imported(factCheck(newcomer, publisher, "False", "en", "A newer claim."), T1),
                imported(factCheck(listed.get(4), publisher, "True", "en", "Claim revised."), T1.plusSeconds(5)));
        await(() -> ids("publisher=" + enc(publisher) + "&limit=200").size() == 6
                && verdictOf(listed.get(4)).equals("True"));
        String next = first.getString("next");
        while (next != null) {
            JsonPath more = page(next);
            assertThat(more.getList("items")).hasSizeLessThanOrEqualTo(2);
            paged.addAll(more.getList("items.id"));
            next = more.getString("next");
        }
        assertThat(paged).as("every fact-check once, in the listing's order").isEqualTo(listed);
        assertThat(ids("publisher=" + enc(publisher) + "&limit=200"))
                .as("a new listing starts with the newcomer; the revised one kept its place")
                .startsWith(newcomer)
                .endsWith(listed.get(4));
    }

    @Test
    void everyFilterNarrowsTheLibrary() {
        String tag = UUID.randomUUID().toString();
        String publisher = "Filters " + tag;
        String p = enc(publisher);
        send(
                imported(factCheck("a-" + tag, publisher, "False", "en", "ISIS fighters left Raqqa in a convoy."), T1),
                imported(factCheck("b-" + tag, publisher, "FALSE", "en", "The dam burst after the repairs."), T1),
                imported(
                        new FactCheck(
                                "c-" + tag,
                                null,
                                "Prices rose in March.",
                                "What the fighters did next",
                                "True",
                                publisher,
                                null,
                                null,
                                "en",
                                List.of(),
                                null),
                        T1),
                imported(factCheck("d-" + tag, publisher, "Mostly false", "sv", "Kriget i Raqqa tog slut."), T1),
                imported(factCheck("e-" + tag, publisher, null, "en", "An unrated claim about elections."), T1));
        await(() -> ids("publisher=" + p + "&limit=200").size() == 5);

        assertThat(ids("publisher=" + p + "&verdict=false"))
                .as("verdict: exact, any case")
                .containsExactlyInAnyOrder("a-" + tag, "b-" + tag);
        assertThat(ids("publisher=" + enc(publisher.toUpperCase()))).hasSize(5);
        assertThat(ids("publisher=" + p + "&language=sv")).containsExactly("d-" + tag);
        assertThat(ids("publisher=" + p + "&q=fighter"))
                .as("q: stemmed, over the claim reviewed and the title")
                .containsExactlyInAnyOrder("a-" + tag, "c-" + tag);
        assertThat(ids("publisher=" + p + "&q=raqqa&language=sv")).containsExactly("d-" + tag);
        assertThat(ids("publisher=" + p + "&q=convoy&verdict=False")).containsExactly("a-" + tag);
        assertThat(ids("publisher=" + p + "&q=convoy&verdict=True")).isEmpty();
        assertThat(ids("publisher=nobody-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void anUnknownIdIsA404AndBadParametersA400NamingEach() {
        given().get("/factchecks/{id}", "unknown-" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:fact-check-not-found"));
        given().get("/factchecks?limit=0&language=swe&sort=newest")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:invalid-parameter"))
                .body("errors.field", hasItems("limit", "language", "sort"));
        String claimCursor = PageCursor.encode(new PagePosition(io.claimflow.store.query.ClaimSort.NEWEST, 0, 5));
        given().get("/factchecks?cursor=" + claimCursor)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", equalTo("is not a cursor this API issued for fact-checks"));
    }

    @Test
    void theOpenApiDocumentDescribesTheLibraryAndTheClaimsFactCheckFilters() {
        String openApi = StoreFixtures.openApi();
        assertThat(openApi)
                .contains(
                        "/factchecks/{id}",
                        "Fact-checks per page, 1..200 (default 20)",
                        "implies factChecked=true",
                        "Did the U.S. Let ISIS Fighters Leave Raqqa?");
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String poison = "poison-" + UUID.randomUUID();
        TestProducers.sendRaw(
                TestKafka.bootstrapServers(),
                Topics.FACT_CHECKS.name(),
                poison,
                "{\"factCheck\": {\"id\": \"no claim\"}}".getBytes(StandardCharsets.UTF_8));
        String after = "after-" + UUID.randomUUID();
        send(imported(factCheck(after, "Pub " + after, "False", "en", "Stored after the poison."), T1));

        await(() -> given().get("/factchecks/{id}", after).statusCode() == 200);
        assertThat(deadLetterOf(Topics.FACT_CHECKS.deadLetterTopic(Topics.STORE_SERVICE), poison))
                .contains("FactCheckImported");
        given().get("/factchecks/{id}", poison).then().statusCode(404);
    }

    private static FactCheck factCheck(String id, String publisher, String verdict, String language, String claim) {
        return new FactCheck(
                id,
                "https://factcheck.example/" + enc(id),
                claim,
                null,
                verdict,
                publisher,
                null,
                null,
                language,
                List.of(),
                null);
    }

    private static FactCheckImported imported(FactCheck factCheck, Instant importedAt) {
        return new FactCheckImported(factCheck, importedAt, null);
    }

    /** The stored verdict of a fact-check; "" while it is not stored or has none. */
    private static String verdictOf(String id) {
        var response = given().get("/factchecks/{id}", id);
        String verdict = response.statusCode() == 200 ? response.jsonPath().getString("verdict") : null;
        return verdict == null ? "" : verdict;
    }

    private static List<String> ids(String query) {
        return page("/factchecks?" + query).getList("items.id");
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
