package io.claimflow.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.claimflow.stack.FreePorts;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With no broker at the configured address, a document is refused with 503 once the publish timeout has passed, never
 * accepted, and the service is not ready.
 */
@QuarkusTest
@TestProfile(KafkaUnreachableTest.NoBroker.class)
@WithTestResource(PostgresTestResource.class)
class KafkaUnreachableTest {

    /** Points the service at a loopback port nobody listens on. */
    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "127.0.0.1:" + FreePorts.next(),
                    "claimflow.ingest.publish-timeout", "3s",
                    "claimflow.ingest.retry-after", "7s");
        }
    }

    @Test
    void answers503WithRetryAfterInsteadOf202() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"Kafka is away.\"}")
                .post("/documents")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("7"))
                .body("type", equalTo("urn:claimflow:problem:kafka-unavailable"))
                .body("detail", notNullValue());
    }

    @Test
    void isNotReadyWithoutItsTopics() {
        given().get("/q/health/ready").then().statusCode(503);
    }
}
