package io.claimflow.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The warm-up runs the write path before the store reports ready and leaves nothing behind. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StoreWarmUpTest extends ReadyServiceTest {

    @Test
    void readyOnlyAfterWritingMadeUpClaimsThatAreAllRolledBack() {
        JsonPath ready =
                given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        Map<String, Object> warmUp = ready.getMap("checks.find { it.name == 'store-warm-up' }");
        assertThat(warmUp).containsEntry("status", "UP");
        assertThat(((Number) ((Map<?, ?>) warmUp.get("data")).get("claims")).longValue())
                .as("claims the warm-up wrote")
                .isPositive();

        assertThat(given().get("/claims?claimant=warm-up-claimant 0")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .as("no warm-up claim stored")
                .isEmpty();
        assertThat(valuesOf("/claimants?limit=200")).noneMatch(value -> value != null && value.startsWith("warm-up-"));
        assertThat(valuesOf("/entities?limit=200")).noneMatch(value -> value != null && value.startsWith("warm-up-"));
    }

    private static List<String> valuesOf(String facet) {
        return given().get(facet).then().statusCode(200).extract().jsonPath().getList("value");
    }
}
