package io.claimflow.extract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class EngineWarmUpTest extends ReadyServiceTest {

    @Test
    void theServiceIsReadyOnlyOnceTheEngineRanOverTheSamples() {
        JsonPath health =
                given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> checks = health.getList("checks");
        Map<String, Object> warmUp = checks.stream()
                .filter(check -> "engine-warm-up".equals(check.get("name")))
                .findFirst()
                .orElseThrow();
        assertThat(warmUp.get("status")).isEqualTo("UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) warmUp.get("data");
        assertThat(((Number) data.get("documents")).longValue()).isPositive();
    }
}
