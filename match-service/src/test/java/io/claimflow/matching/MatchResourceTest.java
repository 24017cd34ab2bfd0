package io.claimflow.matching;

import static io.claimflow.matching.ClaimTopics.claim;
import static io.claimflow.matching.ClaimTopics.matchesOf;
import static io.claimflow.matching.ClaimTopics.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class MatchResourceTest extends ReadyServiceTest {

    @Test
    void previewsAMatchWithoutChangingTheIndex() {
        String run = UUID.randomUUID().toString().replace("-", "");
        String text = "Harbour pilots in Velmora refused to guide the Korrin tankers past the reef " + run;
        publish(claim("p-" + run, "doc-p-" + run, text, "Velmora"));
        matchesOf("p-" + run);

        for (int attempt = 0; attempt < 2; attempt++) {
            // Twice: a dry run leaves nothing behind that the second could link to.
            given().contentType("application/json")
                    .body(Map.of(
                            "text",
                            text,
                            "language",
                            "en",
                            "seenAt",
                            ClaimTopics.SEEN.plusSeconds(60).toString()))
                    .post("/match")
                    .then()
                    .statusCode(200)
                    .body("narrativeId", equalTo("p-" + run))
                    .body("links.size()", equalTo(1))
                    .body("links[0].claimId", equalTo("p-" + run))
                    .body("links[0].score", equalTo(1.0f))
                    .body("links[0].evidence.sameText", equalTo(true));
        }
    }

    @Test
    void aClaimOutsideTheWindowMatchesNothing() {
        given().contentType("application/json")
                .body(Map.of("text", "Nobody ever said this sentence about Parrington", "language", "en"))
                .post("/match")
                .then()
                .statusCode(200)
                .body("narrativeId", nullValue())
                .body("links.size()", equalTo(0));
    }

    @Test
    void refusesABodyWithoutLanguageOrText() {
        given().contentType("application/json")
                .body(Map.of("text", "Something was claimed"))
                .post("/match")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("language"));
        given().contentType("application/json")
                .body(Map.of("text", "  ", "language", "en"))
                .post("/match")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void refusesARankingOfNoneOrTooMany() {
        for (int top : new int[] {0, 101}) {
            given().contentType("application/json")
                    .body(Map.of("text", "Something was claimed", "language", "en", "top", top))
                    .post("/match")
                    .then()
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("errors.field", hasItem("top"));
        }
    }

    @Test
    void refusesATextOverTheLimit() {
        given().contentType("application/json")
                .body(Map.of("text", "word ".repeat(2001), "language", "en"))
                .post("/match")
                .then()
                .statusCode(413)
                .contentType(containsString("application/problem+json"));
    }
}
