package io.claimflow.store;

import static io.claimflow.store.NarrativeFixtures.MATCHED_AT;
import static io.claimflow.store.NarrativeFixtures.MATCHER;
import static io.claimflow.store.NarrativeFixtures.narrative;
import static io.claimflow.store.StoreFixtures.WAIT;
import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.send;
import static io.claimflow.store.StoreFixtures.storedClaims;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The fact-checks match-service found for claims, through the real topics: stored with the claim, replaced by a later
 * record that carries fact-checks and kept through records that carry none (or come late), served in every claim's
 * JSON, the live feed's and the CSV export, and filtered by factChecked and verdict together with the other filters.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class FactCheckMatchesTest extends ReadyServiceTest {

    private static final ClaimMatched.Evidence EVIDENCE = new ClaimMatched.Evidence(
            false, List.of("Raqqa"), List.of("4000"), List.of(), List.of(), List.of(), List.of("convoy"));

    @Test
    void aClaimsFactChecksAreServedAndFilteredAndALaterListReplacesThem() {
        String doc = "fact-checked-" + UUID.randomUUID();
        ClaimExtracted checked =
                claim(doc, 0, "ISIS fighters left Raqqa in a convoy.").build();
        ClaimExtracted matchedOnly =
                claim(doc, 1, "The convoy took the desert road.").build();
        ClaimExtracted unmatched =
                claim(doc, 2, "Nobody has matched this claim yet.").build();
        send(
                checked,
                matchedOnly,
                unmatched,
                matched(checked, MATCHED_AT, checked.claimId(), List.of(snopes("False"), unrated())),
                matched(matchedOnly, MATCHED_AT, matchedOnly.claimId(), List.of()));
        await(() -> storedClaims(doc) == 3
                && ids("documentId=" + doc + "&factChecked=true").size() == 1);

        assertThat(ids("documentId=" + doc + "&factChecked=true")).containsExactly(checked.claimId());
        assertThat(ids("documentId=" + doc + "&factChecked=false"))
                .containsExactlyInAnyOrder(unmatched.claimId(), matchedOnly.claimId());
        assertThat(ids("documentId=" + doc + "&verdict=FALSE&language=en&minScore=0.5"))
                .as("verdict: any case, with other filters")
                .containsExactly(checked.claimId());
        assertThat(ids("documentId=" + doc + "&verdict=true")).isEmpty();
        assertThat(ids("documentId=" + doc + "&verdict=false&q=desert")).isEmpty();
        given().get("/claimants?documentId=" + doc + "&factChecked=true")
                .then()
                .statusCode(200)
                .body("[0].claims", equalTo(1));

        given().get("/claims/{id}", checked.claimId())
                .then()
                .statusCode(200)
                .body("factChecks", hasSize(2))
                .body("factChecks[0].id", equalTo("snopes-raqqa"))
                .body("factChecks[0].url", equalTo("https://www.snopes.com/fact-check/raqqa/"))
                .body("factChecks[0].verdict", equalTo("False"))
                .body("factChecks[0].publisher", equalTo("Snopes"))
                .body("factChecks[0].score", equalTo(0.82f))
                .body("factChecks[0].evidence.entities", equalTo(List.of("Raqqa")))
                .body("factChecks[1].id", equalTo("checkthat-17"))
                .body("factChecks[1].verdict", equalTo(null));
        given().get("/claims/{id}", matchedOnly.claimId()).then().body("factChecks", hasSize(0));
        JsonPath page =
                given().get("/claims?documentId=" + doc).then().extract().jsonPath();
        assertThat(page.getList("items.collect { it.factChecks.size() }", Integer.class))
                .as("every claim of a page carries its fact-checks, an empty list when none")
                .containsExactlyInAnyOrder(0, 0, 2);

        // A later record without fact-checks (a narrative change, a replay) keeps them; the marker is its narrative.
        Instant later = MATCHED_AT.plusSeconds(60);
        send(matched(checked, later, "moved-" + doc, List.of()));
        await(() -> ("moved-" + doc).equals(narrativeOf(checked.claimId())));
        given().get("/claims/{id}", checked.claimId()).then().body("factChecks", hasSize(2));

        // A later record with fact-checks replaces the list.
        send(matched(checked, later.plusSeconds(60), "moved-" + doc, List.of(snopes("True"))));
        await(() -> ids("documentId=" + doc + "&verdict=true").size() == 1);
        assertThat(ids("documentId=" + doc + "&verdict=false")).isEmpty();
        given().get("/claims/{id}", checked.claimId()).then().body("factChecks", hasSize(1));

        // An earlier record with fact-checks, read before a marker of the same claim (one key, one partition),
        // does not bring its list back.
        send(
                matched(checked, MATCHED_AT.plusSeconds(30), "moved-" + doc, List.of(snopes("False"))),
                matched(checked, later.plusSeconds(120), "marker-" + doc, List.of()));
        await(() -> ("marker-" + doc).equals(narrativeOf(checked.claimId())));
        assertThat(ids("documentId=" + doc + "&verdict=true")).containsExactly(checked.claimId());
        assertThat(ids("documentId=" + doc + "&verdict=false")).isEmpty();

        String csv = given().get("/claims?format=csv&factChecked=true&documentId=" + doc)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith("\"factCheckVerdicts\"");
        assertThat(lines.get(1)).startsWith("\"" + checked.claimId() + "\"").endsWith(",\"True\"");
    }

    @Test
    void aVerdictWithFactCheckedFalseIsRefused() {
        given().get("/claims?factChecked=false&verdict=false")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("verdict"));
        given().get("/claims?factChecked=maybe")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("factChecked"))
                .body("errors[0].message", equalTo("must be true or false"));
    }

    @Test
    void theLiveFeedCarriesTheFactChecksOfAClaimMatchedBeforeItWasStored() throws Exception {
        String doc = "fed-" + UUID.randomUUID();
        ClaimExtracted late =
                claim(doc, 0, "Stored after its fact-check match.").build();
        String narrativeId = late.claimId();
        send(narrative(narrativeId, 1).build(), matched(late, MATCHED_AT, narrativeId, List.of(snopes("Misleading"))));
        // The match (and with it, in one transaction, its fact-checks) is stored once its narrative lists the document.
        await(() -> given().get("/narratives/{id}", narrativeId).statusCode() == 200
                && given().get("/narratives/{id}", narrativeId)
                        .jsonPath()
                        .getList("documents.documentId")
                        .contains(doc));
        try (SseProbe feed =
                SseProbe.connect(URI.create(service + "claims/stream?factChecked=true&documentId=" + doc), null)) {
            assertThat(feed.status()).isEqualTo(200);
            send(late);
            SseProbe.Event event = feed.next(WAIT);
            assertThat(event).as("the claim on the feed").isNotNull();
            JsonPath data = JsonPath.from(event.data());
            assertThat(data.getString("claimId")).isEqualTo(late.claimId());
            assertThat(data.getList("factChecks.verdict")).containsExactly("Misleading");
        }
    }

    private static ClaimMatched matched(
            ClaimExtracted claim, Instant at, String narrativeId, List<ClaimMatched.FactCheckMatch> factChecks) {
        return new ClaimMatched(
                claim.claimId(), claim.documentId(), narrativeId, List.of(), List.of(), factChecks, MATCHER, at);
    }

    private static ClaimMatched.FactCheckMatch snopes(String verdict) {
        return new ClaimMatched.FactCheckMatch(
                "snopes-raqqa", "https://www.snopes.com/fact-check/raqqa/", verdict, "Snopes", 0.82, EVIDENCE);
    }

    /** A fact-check of a CheckThat! collection: an id, no URL, verdict or publisher. */
    private static ClaimMatched.FactCheckMatch unrated() {
        return new ClaimMatched.FactCheckMatch("checkthat-17", null, null, null, 0.51, EVIDENCE);
    }

    private static String narrativeOf(String claimId) {
        return given().get("/claims/{id}", claimId).jsonPath().getString("narrativeId");
    }

    private static List<String> ids(String query) {
        return given().get("/claims?limit=200&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.claimId");
    }
}
