package io.claimflow.extract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ExtractionResourceTest {

    private static final String ARTICLE = """
            A Russian general who commands forces in Syria has accused the United States \
            of colluding with the Islamic State.
            Surovikin claimed in a briefing that militants made a deal with Kurdish forces \
            to leave two villages near Raqqa.
            What happens next?
            """;

    @Test
    void extractsTheClaimsOfAJsonDocument() {
        JsonPath result = given().contentType(ContentType.JSON)
                .body(Map.of("text", ARTICLE, "language", "EN"))
                .post("/extract")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
        assertThat(result.getString("documentId")).matches("[0-9a-f]{32}");
        assertThat(result.getString("language")).isEqualTo("en");
        List<Map<String, Object>> claims = result.getList("claims");
        assertThat(claims).isNotEmpty();
        assertThat(claims).extracting(claim -> claim.get("text")).doesNotContain("What happens next?");
        assertThat(result.getList("claims.claimant.name")).contains("Surovikin");
        assertThat(result.getList("claims.cue")).contains("claimed in a briefing");
    }

    @Test
    void extractsPlainTextInTheCharsetItDeclares() {
        String swedish = "Ryska televisionen hävdar att USA låter 4 000 IS-soldater fly från Raqqa.";
        given().contentType("text/plain; charset=ISO-8859-1")
                .body(swedish.getBytes(StandardCharsets.ISO_8859_1))
                .queryParam("id", "sv-doc")
                .post("/extract")
                .then()
                .statusCode(200)
                .body("documentId", equalTo("sv-doc"))
                .body("claims[0].text", equalTo(swedish))
                .body("claims[0].cue", equalTo("hävdar"))
                .body("claims[0].language", equalTo("sv"));
    }

    @Test
    void scoresSentencesInTheOrderSent() {
        List<Double> scores = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "sentences",
                        List.of(
                                "Over 4,000 fighters left Raqqa in October 2017, the BBC reported.",
                                "Why?",
                                "Thanks!")))
                .post("/score")
                .then()
                .statusCode(200)
                .body("scores", hasSize(3))
                .extract()
                .jsonPath()
                .getList("scores", Double.class);
        assertThat(scores).allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
        assertThat(scores.get(0)).isGreaterThan(scores.get(1)).isGreaterThan(0.5);

        given().contentType(ContentType.TEXT)
                .body("Over 4,000 fighters left Raqqa in October 2017.\nWhy?\n")
                .post("/score")
                .then()
                .statusCode(200)
                .body("scores", hasSize(2));
    }

    @Test
    void badInputIsA4xxProblemNamingIt() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/extract")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("text"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "  \n "))
                .post("/extract")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("text"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "x", "language", "english"))
                .post("/extract")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("language"));
        given().contentType(ContentType.TEXT)
                .queryParam("id", "not an id")
                .body("Raqqa fell in 2017.")
                .post("/extract")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("id"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "x", "id", "not an id"))
                .post("/extract")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("id"));
        given().contentType(ContentType.TEXT)
                .body(new byte[0])
                .post("/extract")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:claimflow:problem:empty-body"));
        given().contentType(ContentType.TEXT)
                .body(new byte[] {'P', 'K', 3, 4, 0, 0, 1})
                .post("/extract")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:claimflow:problem:binary-body"));
        given().contentType("text/plain; charset=UTF-8")
                .body(new byte[] {'c', 'a', 'f', (byte) 0xE9})
                .post("/extract")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:claimflow:problem:invalid-encoding"));
        given().contentType("text/plain; charset=klingon-8")
                .body("text".getBytes(StandardCharsets.UTF_8))
                .post("/extract")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().contentType("application/xml")
                .body("<text/>")
                .post("/extract")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().contentType(ContentType.TEXT)
                .body("x".repeat(1_000_001))
                .post("/extract")
                .then()
                .statusCode(413)
                .body("type", equalTo("urn:claimflow:problem:text-too-long"));

        given().contentType(ContentType.JSON)
                .body(Map.of("sentences", List.of()))
                .post("/score")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sentences"));
        given().contentType(ContentType.JSON)
                .body(Map.of("sentences", Collections.nCopies(1001, "A sentence.")))
                .post("/score")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"sentences\": \"not a list\"}")
                .post("/score")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
