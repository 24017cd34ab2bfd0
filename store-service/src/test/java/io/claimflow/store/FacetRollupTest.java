package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.send;
import static io.claimflow.store.StoreFixtures.storedClaims;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The facet rollups count exactly what a count over the claims does, through redeliveries and refused records. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class FacetRollupTest extends ReadyServiceTest {

    /** Rows where the rollups and a fresh count over the claims disagree, both read in one statement (one snapshot). */
    private static final String DISAGREEMENTS = """
            WITH claimants AS (
                SELECT claimant_key, claimant_type, language, claimflow_score_bucket(checkworthiness) AS bucket,
                       count(*) AS claims
                FROM claim GROUP BY 1, 2, 3, 4),
            entities AS (
                SELECT x.normalized, x.type, c.claimant_type, c.language,
                       claimflow_score_bucket(c.checkworthiness) AS bucket, count(DISTINCT c.claim_id) AS claims
                FROM claim c JOIN claim_entity x ON x.claim_id = c.claim_id GROUP BY 1, 2, 3, 4, 5)
            SELECT (SELECT count(*) FROM (
                        (SELECT * FROM claimants EXCEPT
                         SELECT claimant_key, claimant_type, language, score_bucket, claims FROM claimant_rollup)
                        UNION ALL
                        (SELECT claimant_key, claimant_type, language, score_bucket, claims FROM claimant_rollup
                         EXCEPT SELECT * FROM claimants)) d)
                 + (SELECT count(*) FROM (
                        (SELECT * FROM entities EXCEPT
                         SELECT normalized, type, claimant_type, language, score_bucket, claims FROM entity_rollup)
                        UNION ALL
                        (SELECT normalized, type, claimant_type, language, score_bucket, claims FROM entity_rollup
                         EXCEPT SELECT * FROM entities)) d)
            """;

    @Inject
    EntityManager entityManager;

    @Test
    void rollupsCountEachStoredClaimOnceAndFacetsReadThem() {
        String id = "rollup-" + UUID.randomUUID();
        String claimant = "Claimant " + id;
        ClaimExtracted.Entity entity = new ClaimExtracted.Entity("Raqqa", EntityType.LOCATION, "Raqqa " + id);
        List<ClaimExtracted> claims = new ArrayList<>();
        // Scores on and just below the 0.8 boundary, which the rollups must not confuse.
        double[] scores = {0.8, 0.7999999999999999, 0.95, 0.1, 0.0, 1.0};
        for (int i = 0; i < scores.length; i++) {
            claims.add(claim(id, i, "Claim number " + i + " about Raqqa.")
                    .language(i % 2 == 0 ? "en" : "sv")
                    .score(scores[i])
                    .claimant(claimant, ClaimantType.PERSON)
                    // The same entity twice in one claim counts that claim once.
                    .entities(entity, entity)
                    .build());
        }
        // Two claims of a ministry about the same entity, in a language no other test writes: the entity rollup counts
        // by claimant type too.
        String ministry = "ministry-" + id;
        for (int i = 0; i < 2; i++) {
            claims.add(claim(ministry, i, "Ministry claim " + i + " about Raqqa.")
                    .language("is")
                    .score(0.9)
                    .claimant("Ministry " + id, ClaimantType.GOVERNMENT)
                    .entities(entity)
                    .build());
        }
        List<ClaimExtracted> sent = new ArrayList<>(claims);
        // A record the database refuses sends its batch through one-by-one storing; redeliveries follow.
        sent.add(claim("nul-" + id, 0, "Bad \u0000 claim.")
                .claimant(claimant, ClaimantType.PERSON)
                .build());
        sent.addAll(claims);
        send(sent);
        send(claims);

        await(() -> storedClaims(id) == scores.length && storedClaims(ministry) == 2);
        // The redeliveries of the second send come after the first send's records: once a marker behind them is
        // stored, they have been consumed.
        String marker = "marker-" + UUID.randomUUID();
        send(claim(marker, 0, "Marker claim.").build());
        await(() -> storedClaims(marker) == 1);

        // Details were written for every delivery, and kept once.
        given().get("/claims/{id}", claims.get(0).claimId())
                .then()
                .statusCode(200)
                .body("entities.size()", equalTo(2))
                .body("quantities.size()", equalTo(1))
                .body("citations.size()", equalTo(1));

        Number disagreements = QuarkusTransaction.requiringNew().call(() ->
                (Number) entityManager.createNativeQuery(DISAGREEMENTS).getSingleResult());
        assertThat(disagreements.longValue()).isZero();

        // en: scores 0.8, 0.95, 0.0; sv: 0.7999999999999999, 0.1, 1.0.
        facetCount("/claimants?claimant={c}", claimant, 6);
        facetCount("/claimants?claimant={c}&language=en", claimant, 3);
        facetCount("/claimants?claimant={c}&minScore=0.8", claimant, 3);
        facetCount("/claimants?claimant={c}&language=sv&minScore=0.8", claimant, 1);
        // Not on a bucket boundary: counted over the claims, with the same meaning.
        facetCount("/claimants?claimant={c}&minScore=0.79999999999999", claimant, 4);
        entityCount(entity, 2, "/entities?language=en&minScore=0.8&limit=200");
        entityCount(entity, 2, "/entities?language=en&minScore=0.8&claimantType=person&limit=200");
        entityCount(entity, 2, "/entities?language=is&claimantType=government&limit=200");
        given().get("/entities?language=is&claimantType=person&limit=200")
                .then()
                .statusCode(200)
                .body("value", not(hasItem(entity.normalized())));
        entityCount(entity, 8, "/entities?entity={e}&limit=200", entity.normalized());
    }

    private static void entityCount(ClaimExtracted.Entity entity, int expected, String path, Object... values) {
        given().get(path, values)
                .then()
                .statusCode(200)
                .body("find { it.value == '" + entity.normalized() + "' }.claims", equalTo(expected));
    }

    private static void facetCount(String path, String claimant, int expected) {
        given().get(path, claimant)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].claims", equalTo(expected));
    }
}
