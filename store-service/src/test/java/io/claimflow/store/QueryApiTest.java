package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.documentField;
import static io.claimflow.store.StoreFixtures.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every filter of GET /claims, their combinations, the score order, the facets and documents, on a known corpus. The
 * assertions count every claim in the store, so the class runs on a database of its own.
 */
@QuarkusTest
@TestProfile(QueryApiTest.OwnDatabase.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class QueryApiTest extends ReadyServiceTest {

    /**
     * A profile of its own restarts the application with fresh test resources: a new, empty database. Answers about a
     * document hold two of its claims at most, so the three-claim document takes two pages.
     */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimflow.store.max-document-claims", "2");
        }
    }

    private static final String EN = "query-en";
    private static final String SV = "query-sv";
    private static final String ORPHAN = "query-orphan";
    private static final String C0 = "The U.S. let 4,000 fighters leave Raqqa.";
    private static final String C1 = "Russia accused the coalition of bombing civilians.";
    private static final String C2 = "The fighter convoy was filmed by Al-Masdar.";
    private static final String EN_TEXT = C0 + " " + C1 + " " + C2;
    private static final String S0 = "Ryska televisionen hävdar att USA låter IS-soldater fly.";
    private static final String S1 = "Det finns omkring 70 000 terrorister i Idlib.";
    private static final String O0 = "An anonymous official said the deal was signed in June 2014.";
    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        ClaimExtracted.Entity us = new ClaimExtracted.Entity("USA", EntityType.LOCATION, "United States");
        send(
                new DocumentSubmitted(
                        EN,
                        EN_TEXT,
                        "https://alpha.example/raqqa",
                        "Raqqa",
                        "en",
                        Instant.parse("2017-11-14T10:00:00Z"),
                        "Alpha News",
                        Instant.now(),
                        null),
                new DocumentSubmitted(
                        SV,
                        S0 + " " + S1,
                        null,
                        null,
                        "sv",
                        Instant.parse("2017-06-20T08:00:00Z"),
                        "Beta Post",
                        Instant.now(),
                        null),
                claim(EN, 0, C0)
                        .at(0)
                        .score(0.9)
                        .claimant("Surovikin", ClaimantType.PERSON)
                        .entities(
                                new ClaimExtracted.Entity("U.S.", EntityType.LOCATION, "United States"),
                                new ClaimExtracted.Entity("Raqqa", EntityType.LOCATION, "Raqqa"))
                        .build(),
                claim(EN, 1, C1)
                        .at(C0.length() + 1)
                        .score(0.6)
                        .claimant("Russian Defence Ministry", ClaimantType.GOVERNMENT)
                        .entities(new ClaimExtracted.Entity("Russia", EntityType.LOCATION, "Russia"))
                        .build(),
                claim(EN, 2, C2)
                        .at(C0.length() + C1.length() + 2)
                        .score(0.75)
                        .claimant("Al-Masdar", ClaimantType.MEDIA)
                        .entities(new ClaimExtracted.Entity("Al-Masdar", EntityType.ORGANIZATION, "Al-Masdar"))
                        .build(),
                claim(SV, 0, S0)
                        .language("sv")
                        .score(0.85)
                        .claimant("Ryska televisionen", ClaimantType.MEDIA)
                        .entities(us, new ClaimExtracted.Entity("IS", EntityType.ORGANIZATION, "Islamic State"))
                        .build(),
                claim(SV, 1, S1)
                        .language("sv")
                        .score(0.7)
                        .claimant(null, ClaimantType.AUTHOR)
                        .entities(new ClaimExtracted.Entity("Idlib", EntityType.LOCATION, "Idlib"))
                        .build(),
                claim(ORPHAN, 0, O0)
                        .score(0.5)
                        .claimant(null, ClaimantType.ANONYMOUS)
                        .entities()
                        .build(),
                new DocumentProcessed(
                        EN, DocumentProcessed.Status.PROCESSED, "en", 3, StoreFixtures.EXTRACTOR, Instant.now(), null));
        await(() -> given().get("/claims?limit=200").jsonPath().getList("items").size() == 6
                && documentField(SV, "source") != null
                && "processed".equals(documentField(EN, "status")));
        seeded = true;
    }

    @Test
    void withoutFiltersEveryClaimIsListed() {
        assertThat(texts("")).containsExactlyInAnyOrder(C0, C1, C2, S0, S1, O0);
    }

    @Test
    void fullTextSearchFindsWordsAsWrittenAndTheirStems() {
        assertThat(texts("q=fighters")).containsExactlyInAnyOrder(C0, C2);
        assertThat(texts("q=fighter")).containsExactlyInAnyOrder(C0, C2);
        assertThat(texts("q=hävdar")).containsExactly(S0);
        assertThat(texts("q=terrorist&language=sv")).containsExactly(S1);
        assertThat(texts("q=\"leave Raqqa\"")).containsExactly(C0);
        assertThat(texts("q=fighters -convoy")).containsExactly(C0);
        assertThat(texts("q=nonexistentword")).isEmpty();
    }

    @Test
    void eachFilterAlone() {
        assertThat(texts("language=sv")).containsExactlyInAnyOrder(S0, S1);
        assertThat(texts("claimant=surovikin")).containsExactly(C0);
        assertThat(texts("claimantType=media")).containsExactlyInAnyOrder(C2, S0);
        assertThat(texts("claimantType=anonymous")).containsExactly(O0);
        assertThat(texts("entity=united states")).containsExactlyInAnyOrder(C0, S0);
        assertThat(texts("documentId=" + SV)).containsExactlyInAnyOrder(S0, S1);
        assertThat(texts("source=Alpha News")).containsExactlyInAnyOrder(C0, C1, C2);
        assertThat(texts("minScore=0.8")).containsExactlyInAnyOrder(C0, S0);
        assertThat(texts("from=2017-11-01")).containsExactlyInAnyOrder(C0, C1, C2);
        assertThat(texts("to=2017-07-01T00:00:00Z")).containsExactlyInAnyOrder(S0, S1);
        assertThat(texts("to=2017-06-20"))
                .as("a date as 'to' includes that day")
                .containsExactlyInAnyOrder(S0, S1);
        assertThat(texts("from=2017-06-21&to=2017-11-13")).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(texts("language=en&minScore=0.7&claimantType=person")).containsExactly(C0);
        assertThat(texts("q=fighters&claimantType=media")).containsExactly(C2);
        assertThat(texts("entity=United States&language=sv")).containsExactly(S0);
        assertThat(texts("source=Alpha News&minScore=0.7&from=2017-01-01")).containsExactlyInAnyOrder(C0, C2);
        assertThat(texts("source=Beta Post&claimant=Surovikin")).isEmpty();
    }

    @Test
    void sortsByScore() {
        assertThat(texts("sort=score")).containsExactly(C0, S0, C2, S1, C1, O0);
        assertThat(pagedTexts("sort=score&limit=2")).containsExactly(C0, S0, C2, S1, C1, O0);
    }

    @Test
    void facetsCountTheMatchingClaims() {
        JsonPath claimants = given().get("/claimants?language=sv")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(claimants.getList("value")).containsExactlyInAnyOrder("Ryska televisionen", null);
        assertThat(claimants.getList("claims", Integer.class)).containsOnly(1);

        JsonPath entities =
                given().get("/entities").then().statusCode(200).extract().jsonPath();
        assertThat(entities.getString("[0].value")).isEqualTo("United States");
        assertThat(entities.getInt("[0].claims")).isEqualTo(2);
        assertThat(entities.getList("value"))
                .containsExactlyInAnyOrder("United States", "Raqqa", "Russia", "Al-Masdar", "Islamic State", "Idlib");
        given().get("/entities?language=en&limit=2").then().statusCode(200).body("size()", equalTo(2));
        given().get("/claimants?claimantType=media")
                .then()
                .statusCode(200)
                .body("value", hasItems("Al-Masdar", "Ryska televisionen"))
                .body("type", hasItem("media"));
    }

    @Test
    void aDocumentComesWithItsTextAndClaimsWhoseSpansPointIntoIt() {
        JsonPath document = given().get("/documents/{id}", EN)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(document.getString("text")).isEqualTo(EN_TEXT);
        assertThat(document.getString("source")).isEqualTo("Alpha News");
        assertThat(document.getInt("storedClaims")).isEqualTo(3);
        List<Map<String, Object>> claims = new ArrayList<>(document.getList("claims"));
        assertThat(claims).as("as many as one answer holds").hasSize(2);
        Response rest = given().get(document.getString("claimsNext"));
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(rest.header("Link")).as("the last page links nowhere").isNull();
        claims.addAll(rest.jsonPath().getList("$"));
        assertThat(claims).extracting(claim -> claim.get("text")).containsExactly(C0, C1, C2);
        for (Map<String, Object> claim : claims) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> span = (Map<String, Integer>) claim.get("span");
            assertThat(EN_TEXT.substring(span.get("start"), span.get("end"))).isEqualTo(claim.get("text"));
        }
    }

    @Test
    void aDocumentsClaimsComeInPagesLinkedByTheirLinkHeader() {
        List<Object> texts = new ArrayList<>();
        String next = "/documents/" + EN + "/claims?limit=1";
        int pages = 0;
        while (next != null) {
            Response page = given().get(next);
            assertThat(page.statusCode()).isEqualTo(200);
            texts.addAll(page.jsonPath().getList("text"));
            String link = page.header("Link");
            next = link == null ? null : link.replaceFirst("^<([^>]+)>; rel=\"next\"$", "$1");
            pages++;
        }
        assertThat(texts).containsExactly(C0, C1, C2);
        assertThat(pages).isEqualTo(3);
        given().get("/documents/{id}/claims?limit=0&cursor=bm90LW91cnM&sort=score", EN)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("limit", "cursor", "sort"));
        given().get("/documents/{id}/claims?limit=3", EN).then().statusCode(400);
        given().get("/documents/{id}/claims?limit=1", "no-such-document")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badParametersAre400sNamingEveryOne() {
        given().get("/claims?languge=en")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("languge"));
        given().get("/claims?minScore=2&language=english&from=yesterday&sort=best&limit=0&claimantType=robot")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("minScore", "language", "from", "sort", "limit", "claimantType"));
        given().get("/claims?from=2018-01-01&to=2017-01-01")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("to"));
        given().get("/claims?q=" + "x".repeat(501)).then().statusCode(400).body("errors.field", hasItem("q"));
        String newestCursor =
                given().get("/claims?limit=1").jsonPath().getString("next").replaceAll(".*cursor=([^&]+).*", "$1");
        given().get("/claims?sort=score&cursor=" + newestCursor)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
        given().get("/claims?cursor=garbage!").then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().get("/claimants?limit=500").then().statusCode(400).contentType("application/problem+json");
        given().get("/entities?minScore=abc").then().statusCode(400).body("errors.field", hasItem("minScore"));
        given().get("/claims/stream?minScore=abc").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theLanguageFilterTakesIso6391CodesAndUndOnly() {
        // The store used to take any two or three letters; ingest and the engine take ISO 639-1 only.
        given().get("/claims?language=swe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("language"));
        assertThat(texts("language=und")).isEmpty();
        assertThat(texts("language=SV")).containsExactlyInAnyOrder(S0, S1);
    }

    @Test
    void theOpenApiDocumentDescribesTheFiltersWithExamplesFromTheSamples() {
        String openApi = StoreFixtures.openApi();
        assertThat(openApi).contains("/claims/stream", "/claimants", "/entities", "minScore", "claimed in a briefing");
    }

    private static List<String> texts(String query) {
        return given().urlEncodingEnabled(true)
                .get("/claims?limit=200&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.text");
    }

    /** All pages of a query, following the next links. */
    private static List<String> pagedTexts(String query) {
        List<String> texts = new ArrayList<>();
        String next = "/claims?" + query;
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false)
                    .get(next.replaceFirst("^https?://[^/]+", ""))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            texts.addAll(page.getList("items.text"));
            next = page.getString("next");
        }
        return texts;
    }
}
