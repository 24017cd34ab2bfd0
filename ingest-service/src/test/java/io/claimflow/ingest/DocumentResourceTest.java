package io.claimflow.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.serde.CloudEventHeaders;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DocumentResourceTest extends ReadyServiceTest {

    @Test
    void acceptsADocumentOnlyAfterKafkaHasIt() {
        String id = "doc-" + UUID.randomUUID();
        String location = given().contentType(ContentType.JSON)
                .body("""
                        {"id": "%s", "text": "The U.S. let 4,000 fighters leave Raqqa.", "url": "https://example.org/a",
                         "title": "Raqqa", "language": "EN", "publishedAt": "2017-11-13T10:00:00+01:00",
                         "source": "Example"}
                        """.formatted(id))
                .post("/documents")
                .then()
                .statusCode(202)
                .contentType(ContentType.JSON)
                .body("documentId", equalTo(id))
                .body("status", equalTo("accepted"))
                .header("Location", equalTo("http://localhost:8083/documents/" + id))
                .extract()
                .header("Location");
        assertThat(location).endsWith(id);

        ConsumerRecord<String, DocumentSubmitted> record = recordOf(id);
        DocumentSubmitted event = record.value();
        assertThat(record.key()).isEqualTo(id);
        assertThat(event.text()).isEqualTo("The U.S. let 4,000 fighters leave Raqqa.");
        assertThat(event.url()).isEqualTo("https://example.org/a");
        assertThat(event.language()).isEqualTo("en");
        assertThat(event.publishedAt()).isEqualTo(Instant.parse("2017-11-13T09:00:00Z"));
        assertThat(event.source()).isEqualTo("Example");
        assertThat(CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE))
                .isEqualTo(Topics.DOCUMENTS.eventType());
        assertThat(CloudEventHeaders.get(record.headers(), CloudEventHeaders.SOURCE))
                .isEqualTo("urn:claimflow:ingest-service");
        assertThat(CloudEventHeaders.get(record.headers(), CloudEventHeaders.ID))
                .isEqualTo(id);
    }

    @Test
    void resubmittingTheSameContentGivesTheSameIdWith200AndPublishesNothing() {
        String text = "Content-derived id " + UUID.randomUUID() + ": the same article twice is one document.";
        String first = submitText(text, 202);
        String second = submitText("  " + text.replace(" ", "\n ") + "\n", 200);
        assertThat(first).matches("[0-9a-f]{32}").isEqualTo(second);
        assertThat(recordsOf(first)).hasSize(1);
    }

    @Test
    void aClientIdReusedForOtherContentIsAConflict() {
        String id = "reused-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("id", id, "text", "First content."))
                .post("/documents")
                .then()
                .statusCode(202);
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("id", id, "text", "First content."))
                .post("/documents")
                .then()
                .statusCode(200)
                .body("status", equalTo("duplicate"));
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("id", id, "text", "Other content."))
                .post("/documents")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:id-conflict"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": ")
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:invalid-json"))
                .body("status", equalTo(400))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void missingOrBlankTextIsA400NamingTheField() {
        for (String body : List.of("{}", "{\"text\": \"\"}", "{\"text\": \"  \\n\\t \"}", "{\"title\": \"no text\"}")) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/documents")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:claimflow:problem:invalid-field"))
                    .body("errors.field", hasItem("text"));
        }
    }

    @Test
    void emptyBodyWrongTypesUnknownFieldsAndBadValuesAre400s() {
        given().contentType(ContentType.JSON)
                .body("")
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:empty-body"));
        given().contentType(ContentType.JSON)
                .body("{\"text\": 42}")
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("text"));
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"t\", \"txet\": \"typo\"}")
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:unknown-field"))
                .body("errors.field", hasItem("txet"));
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"t\", \"publishedAt\": \"yesterday\"}")
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("publishedAt"));
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"t\", \"url\": \"not a url\", \"language\": \"english\"}")
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("url"))
                .body("errors.field", hasItem("language"));
        given().contentType(ContentType.JSON)
                .body("[1, 2]")
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void wrongMediaTypeAndUnknownPathsAreProblemsToo() {
        given().contentType("application/xml")
                .body("<doc/>")
                .post("/documents")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
        given().get("/nowhere")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().get("/documents")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void aWrongContentTypeIsA415ListingTheAcceptedTypes() {
        given().contentType("application/xml")
                .body("<doc/>")
                .post("/documents")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:unsupported-media-type"))
                .body(
                        "detail",
                        allOf(
                                containsString("application/xml"),
                                containsString("application/json"),
                                containsString("text/plain"),
                                containsString("text/html"),
                                containsString("application/x-ndjson"),
                                containsString("multipart/form-data")));
    }

    @Test
    void unknownQueryParametersAreRefusedNamingTheKnownOnes() {
        given().contentType(ContentType.TEXT)
                .body("Some text.")
                .queryParam("titel", "typo")
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:invalid-parameter"))
                .body("errors.field", contains("titel"))
                .body(
                        "detail",
                        containsString("is not a parameter of this endpoint; known: id, language, publishedAt,"
                                + " source, title, url"));
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("text", "Some text."))
                .queryParam("id", "x")
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:invalid-parameter"))
                .body("errors.field", contains("id"));
    }

    @Test
    void methodsNotAllowedSayWhichAre() {
        for (String method : List.of("GET", "PUT", "DELETE")) {
            given().request(method, "/documents")
                    .then()
                    .statusCode(405)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:claimflow:problem:method-not-allowed"))
                    .header("Allow", containsString("POST"));
        }
    }

    private static String submitText(String text, int status) {
        return given().contentType(ContentType.JSON)
                .body(java.util.Map.of("text", text))
                .post("/documents")
                .then()
                .statusCode(status)
                .extract()
                .path("documentId");
    }

    static ConsumerRecord<String, DocumentSubmitted> recordOf(String id) {
        return recordsOf(id).get(0);
    }

    /** The records of the document on the topic: read until one is there, then the whole topic to its end. */
    static List<ConsumerRecord<String, DocumentSubmitted>> recordsOf(String id) {
        TopicProbe.read(
                TestKafka.bootstrapServers(),
                Topics.DOCUMENTS.name(),
                Topics.DOCUMENTS.deserializer(),
                read -> read.stream().anyMatch(r -> r.key().equals(id)),
                Duration.ofSeconds(30));
        List<ConsumerRecord<String, DocumentSubmitted>> records = TopicProbe.readAll(
                TestKafka.bootstrapServers(), Topics.DOCUMENTS.name(), Topics.DOCUMENTS.deserializer());
        List<ConsumerRecord<String, DocumentSubmitted>> mine =
                records.stream().filter(r -> r.key().equals(id)).toList();
        assertThat(mine).as("records of %s", id).isNotEmpty();
        return mine;
    }
}
