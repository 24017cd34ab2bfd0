package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.documentField;
import static io.claimflow.store.StoreFixtures.send;
import static io.claimflow.store.StoreFixtures.storedClaims;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.mapping.ClaimReviewSkeleton;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /claims/{id} as a schema.org ClaimReview JSON-LD skeleton (Accept: application/ld+json): every field from the
 * stored claim and its document, what the fact-checker fills left null, a JSON-LD processor's reading of it, the JSON
 * form unchanged, and the problems of an unknown id and of a type the store does not serve.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimJsonLdExportTest extends ReadyServiceTest {

    private static final String DOC = "jsonld-doc";
    private static final String UNSUBMITTED = "jsonld-unsubmitted";
    private static final String TEXT = "Surovikin said ISIS fighters left Raqqa for Palmyra.";
    private static final String OTHER_TEXT = "The ministry said the convoy carried 4,000 fighters.";
    private static final String URL = "https://alpha.example/raqqa-deal";
    private static final String TITLE = "Russia accuses the coalition";
    private static final Instant PUBLISHED = Instant.parse("2017-11-17T09:30:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String claimId;
    private static String otherClaimId;

    @BeforeEach
    void seed() {
        if (claimId != null) {
            return;
        }
        ClaimExtracted personal = claim(DOC, 0, TEXT)
                .claimant("Sergei Surovikin", ClaimantType.PERSON)
                .entities(
                        new ClaimExtracted.Entity("ISIS", EntityType.ORGANIZATION, "Islamic State"),
                        new ClaimExtracted.Entity("Raqqa", EntityType.LOCATION, "Raqqa"))
                .build();
        // A claim whose document's submission the store never received: no URL, title or date to give.
        ClaimExtracted official = claim(UNSUBMITTED, 0, OTHER_TEXT)
                .claimant("Russian Defence Ministry", ClaimantType.GOVERNMENT)
                .language("und")
                .build();
        send(
                new DocumentSubmitted(DOC, TEXT, URL, TITLE, "en", PUBLISHED, "Alpha News", Instant.now(), null),
                personal,
                official);
        await(() -> storedClaims(DOC) == 1 && storedClaims(UNSUBMITTED) == 1 && URL.equals(documentField(DOC, "url")));
        claimId = personal.claimId();
        otherClaimId = official.claimId();
    }

    @Test
    void acceptLdJsonAnswersTheClaimAsAClaimReviewSkeleton() throws Exception {
        JsonNode review = skeleton(claimId);

        assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("creativeWorkStatus").asText()).isEqualTo("Draft");
        assertThat(review.get("claimReviewed").asText()).isEqualTo(TEXT);
        assertThat(review.get("inLanguage").asText()).isEqualTo("en");

        JsonNode claim = review.get("itemReviewed");
        assertThat(claim.fieldNames())
                .toIterable()
                .containsExactly(
                        "@type",
                        "identifier",
                        "sameAs",
                        "inLanguage",
                        "author",
                        "datePublished",
                        "appearance",
                        "firstAppearance",
                        "mentions");
        assertThat(claim.get("@type").asText()).isEqualTo("Claim");
        assertThat(claim.get("identifier").asText()).isEqualTo(claimId);
        assertThat(claim.get("sameAs").asText()).startsWith("http").endsWith("/claims/" + claimId);
        assertThat(claim.get("inLanguage").asText()).isEqualTo("en");
        assertThat(JSON.writeValueAsString(claim.get("author")))
                .isEqualTo("{\"@type\":\"Person\",\"name\":\"Sergei Surovikin\"}");
        assertThat(claim.get("datePublished").asText()).isEqualTo(PUBLISHED.toString());
        assertThat(JSON.writeValueAsString(claim.get("appearance")))
                .isEqualTo("[{\"@type\":\"CreativeWork\",\"url\":\"" + URL + "\",\"headline\":\"" + TITLE + "\"}]");
        assertNull(claim, "firstAppearance");
        assertThat(JSON.writeValueAsString(claim.get("mentions")))
                .isEqualTo("[{\"@type\":\"Organization\",\"name\":\"Islamic State\"},"
                        + "{\"@type\":\"Place\",\"name\":\"Raqqa\"}]");

        // What only the fact-checker can say is there to fill, and null: no verdict is made up.
        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("@type").asText()).isEqualTo("Rating");
        assertNull(rating, "ratingValue");
        assertNull(rating, "alternateName");
        assertThat(rating.get("bestRating").asInt()).isEqualTo(5);
        assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
        assertThat(review.get("author").get("@type").asText()).isEqualTo("Organization");
        assertNull(review.get("author"), "name");
        assertNull(review, "url");
        assertNull(review, "datePublished");
        assertThat(review.fieldNames())
                .toIterable()
                .containsExactly(
                        "@context",
                        "@type",
                        "creativeWorkStatus",
                        "claimReviewed",
                        "inLanguage",
                        "itemReviewed",
                        "reviewRating",
                        "author",
                        "url",
                        "datePublished");
    }

    @Test
    void whatTheStoreDoesNotKnowStaysNull() throws Exception {
        JsonNode review = skeleton(otherClaimId);

        assertThat(review.get("claimReviewed").asText()).isEqualTo(OTHER_TEXT);
        assertNull(review, "inLanguage");
        JsonNode claim = review.get("itemReviewed");
        assertNull(claim, "inLanguage");
        assertThat(JSON.writeValueAsString(claim.get("author")))
                .isEqualTo("{\"@type\":\"Organization\",\"name\":\"Russian Defence Ministry\"}");
        assertNull(claim, "datePublished");
        assertThat(JSON.writeValueAsString(claim.get("appearance")))
                .isEqualTo("[{\"@type\":\"CreativeWork\",\"url\":null,\"headline\":null}]");
    }

    @Test
    void theSkeletonIsJsonLdThatAProcessorReads() throws JsonLdError {
        String body = given().accept(ClaimReviewSkeleton.MEDIA_TYPE)
                .get("/claims/{id}", claimId)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(body)))
                .loader(SCHEMA_ORG_STAND_IN)
                .get();

        assertThat(expanded).hasSize(1);
        JsonObject review = expanded.getJsonObject(0);
        assertThat(review.getJsonArray("@type").getString(0)).isEqualTo("https://schema.org/ClaimReview");
        assertThat(value(review, "claimReviewed")).isEqualTo(TEXT);
        JsonObject claim =
                review.getJsonArray("https://schema.org/itemReviewed").getJsonObject(0);
        assertThat(claim.getJsonArray("@type").getString(0)).isEqualTo("https://schema.org/Claim");
        assertThat(value(claim, "identifier")).isEqualTo(claimId);
        JsonObject appearance =
                claim.getJsonArray("https://schema.org/appearance").getJsonObject(0);
        assertThat(value(appearance, "url")).isEqualTo(URL);
        // A null is no statement: the review published unfinished says nothing about a verdict, URL or date.
        JsonObject rating =
                review.getJsonArray("https://schema.org/reviewRating").getJsonObject(0);
        assertThat(rating).doesNotContainKeys("https://schema.org/ratingValue", "https://schema.org/alternateName");
        assertThat(review).doesNotContainKeys("https://schema.org/url", "https://schema.org/datePublished");
        assertThat(claim).doesNotContainKey("https://schema.org/firstAppearance");
    }

    @Test
    void theJsonFormStaysTheDefaultAndUnchanged() {
        String asJson = given().accept("application/json")
                .get("/claims/{id}", claimId)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("claimId", equalTo(claimId))
                .body("text", equalTo(TEXT))
                .body("claimant.name", equalTo("Sergei Surovikin"))
                .extract()
                .asString();
        assertThat(asJson).doesNotContain("@context", "ClaimReview");
        // The same claim as every other endpoint serves it.
        String inDocument =
                given().get("/documents/{id}/claims", DOC).then().extract().asString();
        assertThat(inDocument).isEqualTo("[" + asJson + "]");

        for (String accept : List.of("*/*", "application/ld+json;q=0.5, application/json", "application/*")) {
            given().accept(accept)
                    .get("/claims/{id}", claimId)
                    .then()
                    .statusCode(200)
                    .contentType("application/json")
                    .body("claimId", equalTo(claimId));
        }
        given().get("/claims/{id}", claimId).then().statusCode(200).contentType("application/json");
        given().accept("application/json;q=0.5, application/ld+json")
                .get("/claims/{id}", claimId)
                .then()
                .statusCode(200)
                .contentType(ClaimReviewSkeleton.MEDIA_TYPE);
    }

    @Test
    void anUnknownIdIsA404ProblemInEitherForm() {
        for (String accept : List.of(ClaimReviewSkeleton.MEDIA_TYPE, "application/json")) {
            given().accept(accept)
                    .get("/claims/{id}", "no-such-claim")
                    .then()
                    .statusCode(404)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo(ProblemKind.CLAIM_NOT_FOUND.urn()))
                    .body("detail", equalTo("No claim has the id no-such-claim"));
        }
    }

    @Test
    void aTypeTheStoreDoesNotServeIsA406Problem() {
        given().accept("text/html")
                .get("/claims/{id}", claimId)
                .then()
                .statusCode(406)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemKind.NOT_ACCEPTABLE.urn()));
    }

    @Test
    void theApiDocumentShowsBothFormsWithExamples() throws Exception {
        JsonNode openApi = JSON.readTree(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        JsonNode content = openApi.at("/paths/~1claims~1{id}/get/responses/200/content");
        assertThat(content.fieldNames()).toIterable().contains("application/json", ClaimReviewSkeleton.MEDIA_TYPE);
        assertThat(content.at("/application~1ld+json/examples").toString())
                .contains("ClaimReview", "alternateName", "claimed in a briefing");
    }

    private static JsonNode skeleton(String id) throws Exception {
        String body = given().accept(ClaimReviewSkeleton.MEDIA_TYPE)
                .get("/claims/{id}", id)
                .then()
                .statusCode(200)
                .contentType(ClaimReviewSkeleton.MEDIA_TYPE)
                .extract()
                .asString();
        return JSON.readTree(body);
    }

    private static void assertNull(JsonNode node, String field) {
        assertThat(node.has(field)).as("%s is present", field).isTrue();
        assertThat(node.get(field).isNull()).as("%s is null", field).isTrue();
    }

    private static String value(JsonObject node, String property) {
        return node.getJsonArray("https://schema.org/" + property)
                .getJsonObject(0)
                .getString("@value");
    }

    /**
     * Tests have no network, so schema.org's context is stood in for by what it does for these terms: every term is a
     * schema.org property or type.
     */
    private static final DocumentLoader SCHEMA_ORG_STAND_IN = (url, options) -> {
        assertThat(url).hasToString(ClaimReviewSkeleton.SCHEMA_ORG);
        return JsonDocument.of(new StringReader("{\"@context\": {\"@vocab\": \"https://schema.org/\"}}"));
    };
}
