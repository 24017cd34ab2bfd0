package io.claimflow.ingest;

import static io.claimflow.ingest.DocumentResourceTest.recordOf;
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
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With API keys required, only a known key gets in, and its owner is recorded as the submitter. */
@QuarkusTest
@TestProfile(ApiKeyTest.KeysRequired.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ApiKeyTest extends ReadyServiceTest {

    /** Two submitters with a key each. */
    public static class KeysRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "claimflow.ingest.require-api-key",
                    "true",
                    "claimflow.ingest.api-keys",
                    "alice:s3cret-a,newsroom:s3cret-n");
        }
    }

    @Test
    void aSubmissionWithoutAValidKeyIsA401Problem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "No key."))
                .post("/documents")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"claimflow\""))
                .body("type", equalTo("urn:claimflow:problem:unauthorized"));
        given().contentType(ContentType.JSON)
                .header("X-API-Key", "wrong")
                .body(Map.of("text", "Wrong key."))
                .post("/documents")
                .then()
                .statusCode(401)
                .body("detail", equalTo("The API key is not valid"));
    }

    @Test
    void theKeysOwnerIsRecordedAsSubmitter() {
        String byHeader = given().contentType(ContentType.JSON)
                .header("X-API-Key", "s3cret-a")
                .body(Map.of("text", "Keyed " + UUID.randomUUID()))
                .post("/documents")
                .then()
                .statusCode(202)
                .extract()
                .path("documentId");
        assertThat(recordOf(byHeader).value().submitter()).isEqualTo("alice");
        String byBearer = given().contentType(ContentType.TEXT)
                .header("Authorization", "Bearer s3cret-n")
                .body("Bearer " + UUID.randomUUID())
                .post("/documents")
                .then()
                .statusCode(202)
                .extract()
                .path("documentId");
        assertThat(recordOf(byBearer).value().submitter()).isEqualTo("newsroom");
    }

    @Test
    void healthAndMetricsNeedNoKey() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
