package io.claimflow.store;

import static io.claimflow.store.NarrativeFixtures.matched;
import static io.claimflow.store.NarrativeFixtures.narrative;
import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /narratives and /narratives/{id} on records published to the real topics. Each test's narratives share a source
 * of their own, so a listing filtered by it counts exactly what the test stored.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class NarrativeApiTest extends ReadyServiceTest {

    @Test
    void aNarrativeComesWithItsDocumentsTimelineAndClaimsWithLinksAndSuggestions() {
        String id = UUID.randomUUID().toString();
        String en = "en-" + id;
        String sv = "sv-" + id;
        ClaimExtracted first =
                claim(en, 0, "The U.S. let 4,000 fighters leave Raqqa.").build();
        ClaimExtracted second =
                claim(en, 1, "The convoy carried 4,000 fighters.").build();
        ClaimExtracted swedish =
                claim(sv, 0, "USA släpper iväg IS från Raqqa.").language("sv").build();
        String narrativeId = first.claimId();
        send(
                new DocumentSubmitted(
                        en,
                        "text",
                        "https://alpha.example/raqqa",
                        "Raqqa deal",
                        "en",
                        Instant.parse("2017-11-14T10:00:00Z"),
                        "Alpha " + id,
                        Instant.now(),
                        null),
                new DocumentSubmitted(
                        sv,
                        "text",
                        null,
                        "IS släpps",
                        "sv",
                        Instant.parse("2017-11-15T09:00:00Z"),
                        "Beta " + id,
                        Instant.now(),
                        null),
                first,
                second,
                swedish,
                matched(first, narrativeId),
                matched(second, narrativeId, List.of(first), List.of()),
                matched(swedish, narrativeId, List.of(first), List.of(second)),
                narrative(narrativeId, 3)
                        .claims(3)
                        .languages("en", "sv")
                        .sources("Alpha " + id, "Beta " + id)
                        .build());

        // Five topics, read independently: wait until every record has landed.
        await(() -> {
            var answer = given().get("/narratives/{id}", narrativeId);
            return answer.statusCode() == 200
                    && answer.jsonPath().getList("claims").size() == 3
                    && answer.jsonPath().getList("timeline.day").equals(List.of("2017-11-14", "2017-11-15"))
                    && answer.jsonPath().getList("documents.url").contains("https://alpha.example/raqqa");
        });
        JsonPath details = given().get("/narratives/{id}", narrativeId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(details.getString("narrative.narrativeId")).isEqualTo(narrativeId);
        assertThat(details.getInt("narrative.revision")).isEqualTo(3);
        assertThat(details.getList("narrative.languages")).containsExactly("en", "sv");
        assertThat(details.getList("documents.documentId")).containsExactly(en, sv);
        assertThat(details.getList("documents.claims", Integer.class)).containsExactly(2, 1);
        assertThat(details.getList("documents.source")).containsExactly("Alpha " + id, "Beta " + id);
        assertThat(details.getList("timeline"))
                .containsExactly(
                        Map.of("day", "2017-11-14", "language", "en", "claims", 2),
                        Map.of("day", "2017-11-15", "language", "sv", "claims", 1));
        assertThat(details.getList("claims.claimId"))
                .containsExactlyInAnyOrder(first.claimId(), second.claimId(), swedish.claimId());
        assertThat(details.getList("claims.narrativeId")).containsOnly(narrativeId);
        String swedishClaim = "claims.find { it.language == 'sv' }";
        assertThat(details.getList(swedishClaim + ".links.claimId")).containsExactly(first.claimId());
        assertThat(details.getList(swedishClaim + ".suggestions.claimId")).containsExactly(second.claimId());
        assertThat(details.getDouble(swedishClaim + ".suggestions[0].score")).isEqualTo(0.6);
        assertThat(details.getDouble(swedishClaim + ".links[0].score")).isEqualTo(0.9);
        assertThat(details.getList(swedishClaim + ".links[0].evidence.entities"))
                .containsExactly("Islamic State");
        assertThat(details.getString(swedishClaim + ".text")).isEqualTo("USA släpper iväg IS från Raqqa.");
        assertThat(details.getList("claims.find { it.claimId == '" + first.claimId() + "' }.links"))
                .isEmpty();

        given().get("/claims/{id}", swedish.claimId()).then().statusCode(200).body("narrativeId", equalTo(narrativeId));
        assertThat(given().get("/claims?narrative=" + narrativeId).jsonPath().getList("items.claimId"))
                .containsExactlyInAnyOrder(first.claimId(), second.claimId(), swedish.claimId());
        assertThat(given().get("/claims?narrative=" + narrativeId + "&language=sv")
                        .jsonPath()
                        .getList("items.text"))
                .containsExactly(swedish.text());
    }

    @Test
    void narrativesAreFilteredAndSortedBySizeSpreadAndRecency() {
        String source = "Source " + UUID.randomUUID();
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        String c = "c-" + UUID.randomUUID();
        send(
                narrative(a, 1)
                        .claims(5)
                        .sources(source)
                        .languages("en")
                        .claimants("Surovikin")
                        .entities("Raqqa")
                        .seen("2017-06-01T00:00:00Z", "2017-06-10T00:00:00Z")
                        .build(),
                narrative(b, 1)
                        .claims(2)
                        .sources(source, "Other")
                        .languages("en", "sv", "sq")
                        .claimants("Ryska televisionen")
                        .entities("Islamic State")
                        .seen("2017-11-01T00:00:00Z", "2017-11-20T00:00:00Z")
                        .build(),
                narrative(c, 1)
                        .claims(9)
                        .sources(source)
                        .languages("sv")
                        .claimants("Surovikin")
                        .entities("Idlib", "Raqqa")
                        .seen("2017-09-01T00:00:00Z", "2017-09-02T00:00:00Z")
                        .build());
        String bySource = "source=" + source.toLowerCase();
        await(() -> ids(bySource).size() == 3);

        assertThat(ids(bySource)).as("recent by default").containsExactly(b, c, a);
        assertThat(ids(bySource + "&sort=size")).containsExactly(c, a, b);
        assertThat(ids(bySource + "&sort=spread")).containsExactly(b, c, a).hasSize(3);
        assertThat(ids(bySource + "&language=sv")).containsExactlyInAnyOrder(b, c);
        assertThat(ids(bySource + "&entity=RAQQA")).containsExactlyInAnyOrder(a, c);
        assertThat(ids(bySource + "&claimant=surovikin&language=en")).containsExactly(a);
        assertThat(ids(bySource + "&from=2017-09-02"))
                .as("lastSeen on or after")
                .containsExactlyInAnyOrder(b, c);
        assertThat(ids(bySource + "&to=2017-09-01"))
                .as("a date as 'to' includes the day")
                .containsExactlyInAnyOrder(a, c);
        assertThat(ids(bySource + "&from=2017-06-05&to=2017-06-06"))
                .as("overlap")
                .containsExactly(a);
        assertThat(ids(bySource + "&from=2017-06-11&to=2017-08-31")).isEmpty();
    }

    @Test
    void pagesNeitherSkipNorRepeatWhileNarrativesGrow() {
        String source = "Paged " + UUID.randomUUID();
        List<String> narratives = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            narratives.add("n" + i + "-" + UUID.randomUUID());
            send(narrative(narratives.get(i), 1).claims(10 + i).sources(source).build());
        }
        await(() -> ids("source=" + source).size() == 7);

        List<String> seen = new ArrayList<>();
        String next = "/narratives?sort=size&limit=3&source=" + source.replace(" ", "%20");
        boolean firstPage = true;
        while (next != null) {
            JsonPath page = StoreFixtures.page(next);
            seen.addAll(page.getList("items.narrativeId"));
            next = page.getString("next");
            if (firstPage) {
                // The smallest narrative, not read yet, grows past every one read: the next pages must still show it,
                // once; and a new narrative appears.
                send(
                        narrative(narratives.get(0), 2)
                                .claims(100)
                                .sources(source)
                                .build(),
                        narrative("late-" + UUID.randomUUID(), 1)
                                .claims(1000)
                                .sources(source)
                                .build());
                await(() -> {
                    List<String> now = ids("source=" + source + "&sort=size");
                    return now.get(0).startsWith("late-") && now.get(1).equals(narratives.get(0));
                });
                firstPage = false;
            }
        }
        List<String> largestFirst = new ArrayList<>(narratives);
        java.util.Collections.reverse(largestFirst);
        assertThat(seen).as("the listing as it stood at its first page").containsExactlyElementsOf(largestFirst);
        List<String> now = ids("source=" + source + "&sort=size");
        assertThat(now).hasSize(8).element(1).isEqualTo(narratives.get(0));
    }

    @Test
    void badParametersAre400sAndUnknownIdsAre404s() {
        given().get("/narratives?sort=best&limit=0&language=english&from=yesterday&minScore=0.5")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("sort", "limit", "language", "from", "minScore"));
        given().get("/narratives?from=2018-01-01&to=2017-01-01")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("to"));
        given().get("/narratives?cursor=garbage!").then().statusCode(400).body("errors.field", hasItem("cursor"));
        String sizeCursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("Nsize:1:5:x".getBytes());
        given().get("/narratives?sort=recent&cursor=" + sizeCursor)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
        given().get("/narratives/stream?sort=size").then().statusCode(400).contentType("application/problem+json");
        given().get("/narratives/{id}", "no-such-narrative")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:narrative-not-found"));
        String openApi = StoreFixtures.openApi();
        assertThat(openApi)
                .contains(
                        "/narratives/stream",
                        "/narratives/{id}",
                        "most sources plus languages",
                        "lastSeen is not before it",
                        "308");
    }

    /** The ids of the first page (up to 200) of GET /narratives with the query. */
    static List<String> ids(String query) {
        return given().urlEncodingEnabled(true)
                .get("/narratives?limit=200&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.narrativeId");
    }
}
