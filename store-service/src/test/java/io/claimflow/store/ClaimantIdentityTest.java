package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.send;
import static io.claimflow.store.StoreFixtures.storedClaims;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Claimants are identities: the claimant filter matches any word of the identity or of the name, in any case and
 * without accents; {@code /claimants} counts identities, from the rollups and from the claims alike; search folds
 * accents. The claims are in a language no other test writes ({@code qq}), so the counts are this test's own.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimantIdentityTest extends ReadyServiceTest {

    private static final String LANGUAGE = "qq";
    private static final String DOCUMENT = "identity-" + UUID.randomUUID();
    private static ClaimExtracted surovikinInFull;

    @BeforeEach
    void storeClaimsOnce() {
        if (surovikinInFull != null) {
            return;
        }
        ClaimExtracted inFull = claim(DOCUMENT, 0, "Sergei Surovikin said 4,000 fighters left.")
                .language(LANGUAGE)
                .claimant("Sergei Surovikin", ClaimantType.PERSON, "Col. Gen.", "sergei surovikin")
                .build();
        List<ClaimExtracted> claims = List.of(
                inFull,
                // Another document named him by his surname alone after his full name: the engine's identity is his.
                claim(DOCUMENT, 1, "Surovikin added that the convoy left at night.")
                        .language(LANGUAGE)
                        .claimant("Surovikin", ClaimantType.PERSON, null, "sergei surovikin")
                        .build(),
                claim(DOCUMENT, 2, "Daniel Hargreaves said the figure was wrong.")
                        .language(LANGUAGE)
                        .claimant("Daniel Hargreaves", ClaimantType.PERSON, "Labour MP", "daniel hargreaves")
                        .build(),
                claim(DOCUMENT, 3, "The ONS said inflation rose to 4.4 percent.")
                        .language(LANGUAGE)
                        .claimant("ONS", ClaimantType.ORGANIZATION, null, "office for national statistics")
                        .build(),
                claim(DOCUMENT, 4, "The Office for National Statistics said wages fell.")
                        .language(LANGUAGE)
                        .claimant(
                                "Office for National Statistics",
                                ClaimantType.ORGANIZATION,
                                null,
                                "office for national statistics")
                        .build(),
                // As records before identities: a name, no normalised form.
                claim(DOCUMENT, 5, "Łukasz Nowak said the bridge was closed.")
                        .language(LANGUAGE)
                        .claimant("Łukasz Nowak", ClaimantType.PERSON)
                        .build(),
                claim(DOCUMENT, 6, "Le chômage a augmenté de 4,4 % en 2023 dans la région de Qqville.")
                        .language(LANGUAGE)
                        .claimant(null, ClaimantType.AUTHOR)
                        .build());
        send(claims);
        await(() -> storedClaims(DOCUMENT) == claims.size());
        surovikinInFull = inFull;
    }

    @Test
    void theClaimantFilterMatchesAnyWordOfTheIdentityOrName() {
        claimsOf("surovikin", 0, 1);
        claimsOf("Sergei SUROVIKIN", 0, 1);
        claimsOf("hargreaves", 2);
        claimsOf("Daniel Hargreaves", 2);
        claimsOf("Daniel Surovikin");
        claimsOf("ONS", 3);
        claimsOf("office for national statistics", 3, 4);
        claimsOf("lukasz", 5);
        claimsOf("ŁUKASZ NOWAK", 5);
        claimsOf("--");
    }

    @Test
    void claimantsCountIdentitiesShownByTheirFullestName() {
        // Language alone: read from the rollups.
        countsOf("/claimants?language=" + LANGUAGE);
        // A minScore off the buckets' boundaries: counted over the claims, to the same identities.
        countsOf("/claimants?language=" + LANGUAGE + "&minScore=0.0001");
    }

    @Test
    void aClaimCarriesItsClaimantsRoleAndIdentity() {
        given().get("/claims/{id}", surovikinInFull.claimId())
                .then()
                .statusCode(200)
                .body("claimant.name", equalTo("Sergei Surovikin"))
                .body("claimant.role", equalTo("Col. Gen."))
                .body("claimant.normalized", equalTo("sergei surovikin"));
    }

    @Test
    void searchIgnoresAccents() {
        for (String words : List.of("chomage", "CHÔMAGE", "chômage qqville")) {
            given().queryParam("q", words)
                    .queryParam("language", LANGUAGE)
                    .get("/claims")
                    .then()
                    .statusCode(200)
                    .body("items.ordinal", containsInAnyOrder(6));
        }
    }

    private void claimsOf(String claimant, Integer... ordinals) {
        given().queryParam("claimant", claimant)
                .queryParam("language", LANGUAGE)
                .get("/claims")
                .then()
                .statusCode(200)
                .body("items.ordinal", containsInAnyOrder(ordinals));
    }

    private static void countsOf(String path) {
        given().get(path)
                .then()
                .statusCode(200)
                .body("find { it.value == 'Sergei Surovikin' }.claims", equalTo(2))
                .body("find { it.value == 'Office for National Statistics' }.claims", equalTo(2))
                .body("find { it.value == 'Daniel Hargreaves' }.claims", equalTo(1))
                .body("find { it.value == 'Łukasz Nowak' }.claims", equalTo(1))
                .body("findAll { it.value == 'Surovikin' || it.value == 'ONS' }.size()", equalTo(0))
                .body("size()", equalTo(5));
    }
}
