package io.claimflow.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Limits are configuration: the API docs state the configured ones; the feed limit answers with its Retry-After. */
@QuarkusTest
@TestProfile(ConfiguredLimitsTest.Limits.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ConfiguredLimitsTest extends ReadyServiceTest {

    /** Limits unlike the defaults, so the documents can only show them if they read the configuration. */
    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "claimflow.store.default-page-size", "7",
                    "claimflow.store.default-facet-size", "3",
                    "claimflow.store.max-page-size", "42",
                    "claimflow.store.max-streams", "1",
                    "claimflow.store.stream-retry-after", "7s");
        }
    }

    @Test
    void theApiDocsStateTheConfiguredLimits() {
        JsonPath openApi = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(limitDescription(openApi, "/claims")).isEqualTo("Claims per page, 1..42 (default 7)");
        assertThat(limitDescription(openApi, "/claimants")).isEqualTo("Values, 1..42 (default 3)");
        assertThat(limitDescription(openApi, "/entities")).isEqualTo("Values, 1..42 (default 3)");
        assertThat(openApi.getList("paths.'/claims/stream'.get.parameters.name"))
                .contains("minScore", "Last-Event-ID")
                .doesNotContain("limit");
        assertThat(openApi.getString("paths.'/claims'.get.parameters.find { it.name == 'sort' }.description"))
                .isEqualTo("newest or score; newest when absent");
        assertThat(openApi.getMap("paths.'/claims'.get")).doesNotContainKey("x-claimflow-query-kind");
    }

    @Test
    void theConfiguredLimitsHold() {
        given().get("/claims?limit=43")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("must be a whole number from 1 to 42"));
        given().get("/entities?limit=42").then().statusCode(200);
    }

    @Test
    void aFeedOverTheLimitIsToldWhenToRetry() throws Exception {
        try (SseProbe first = SseProbe.connect(URI.create(service + "claims/stream"), null)) {
            assertThat(first.status()).isEqualTo(200);
            given().get("/claims/stream")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "7")
                    .body("type", equalTo("urn:claimflow:problem:too-many-streams"));
        }
        // The closed feed is noticed on its next tick; then a new one is served again.
        StoreFixtures.await(() -> {
            try (SseProbe again = SseProbe.connect(URI.create(service + "claims/stream"), null)) {
                return again.status() == 200;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    private static String limitDescription(JsonPath openApi, String path) {
        return openApi.getString("paths.'" + path + "'.get.parameters.find { it.name == 'limit' }.description");
    }
}
