package io.claimflow.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.contracts.serde.CloudEventHeaders;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class FactCheckResourceTest extends ReadyServiceTest {

    private static final String JSON_LD = "application/ld+json";

    @Test
    void aClaimReviewIsPublishedOnceAndARevisionAgain() {
        String url = "https://checks.example.org/" + UUID.randomUUID();
        String review = claimReview(url, "Mostly false");
        String id = post(JSON_LD, review, 202)
                .body("imported", equalTo(1))
                .body("factChecks[0].status", equalTo("imported"))
                .extract()
                .path("factChecks[0].id");
        assertThat(id).isEqualTo(StableIds.factCheckId(url));

        ConsumerRecord<String, FactCheckImported> record = recordsOf(id, 1).get(0);
        assertThat(record.value().factCheck().verdict()).isEqualTo("Mostly false");
        assertThat(record.value().factCheck().publisher()).isEqualTo("Example Checks");
        assertThat(record.value().factCheck().datePublished()).isEqualTo(LocalDate.parse("2017-11-20"));
        assertThat(CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE))
                .isEqualTo(Topics.FACT_CHECKS.eventType());
        assertThat(CloudEventHeaders.get(record.headers(), CloudEventHeaders.ID))
                .isEqualTo(record.value().eventId());

        post(JSON_LD, review, 200).body("unchanged", equalTo(1)).body("factChecks[0].status", equalTo("unchanged"));
        post("application/json", "[" + review + "]", 200).body("unchanged", equalTo(1));
        post(JSON_LD, claimReview(url, "False"), 202)
                .body("revised", equalTo(1))
                .body("factChecks[0].location", equalTo("http://localhost:8083/factchecks/" + id));
        List<ConsumerRecord<String, FactCheckImported>> records = recordsOf(id, 2);
        assertThat(records).extracting(r -> r.value().factCheck().verdict()).containsExactly("Mostly false", "False");
    }

    @Test
    void csvAndCheckThatCollectionsImportWithTheirOwnIds() {
        String first = "csv-" + UUID.randomUUID();
        String second = "csv-" + UUID.randomUUID();
        String csv = """
                id,claimReviewed,url,reviewRating.alternateName,author,datePublished,language
                %s,"Sweden banned cash, says a post",https://checks.example.org/%s,False,Example,2021-03-01,sv
                %s,Raqqa fighters left,,Misleading,Example,,en
                """.formatted(first, first, second);
        post("text/csv", csv, 202).body("imported", equalTo(2));
        assertThat(recordsOf(first, 1).get(0).value().factCheck().language()).isEqualTo("sv");
        assertThat(recordsOf(second, 1).get(0).value().factCheck().url()).isNull();

        String vclaim = "vclaim-" + UUID.randomUUID();
        String vclaims = """
                {"id": "%s", "vclaim": "Biden said he would ban fracking.", "title": "Fracking", "truth_label": "false"}
                """.formatted(vclaim);
        post("application/x-ndjson", vclaims, 202).body("factChecks[0].id", equalTo(vclaim));
        assertThat(recordsOf(vclaim, 1).get(0).value().factCheck().verdict()).isEqualTo("false");
    }

    @Test
    void aUrlKeepsTheIdItWasFirstImportedUnder() {
        String id = "own-" + UUID.randomUUID();
        String url = "https://checks.example.org/" + id;
        String withId = "{\"id\": \"%s\", \"claimReviewed\": \"The moon is cheese.\", \"url\": \"%s\"}";
        post("application/json", withId.formatted(id, url), 202);
        // The same page without an id is the same fact-check; under another id it is a conflict.
        post("application/json", "{\"claimReviewed\": \"The moon is cheese.\", \"url\": \"%s\"}".formatted(url), 200)
                .body("factChecks[0].id", equalTo(id));
        post("application/json", withId.formatted("other-" + id, url), 409)
                .body("type", equalTo("urn:claimflow:problem:id-conflict"))
                .body("detail", containsString(id));
        assertThat(recordsOf(id, 1)).hasSize(1);
    }

    @Test
    void aBadRecordRefusesTheWholeImportNamingItAndPublishesNothing() {
        String good = "good-" + UUID.randomUUID();
        String ndjson = """
                {"id": "%s", "claimReviewed": "A fine claim."}
                {"id": "bad", "url": "https://checks.example.org/bad"}
                """.formatted(good);
        post("application/x-ndjson", ndjson, 400)
                .body("type", equalTo("urn:claimflow:problem:invalid-fact-check"))
                .body("detail", containsString("record 2 (line 2): claimReviewed is missing"));
        post("application/json", "{\"claimReviewed\": \"No id and no URL.\"}", 400)
                .body("detail", containsString("needs a URL"));
        post(
                        "application/json",
                        "{\"claimReviewed\": \"x\", \"url\": \"https://a.example/\", \"datePublished\": \"soon\"}",
                        400)
                .body("detail", containsString("datePublished"));
        post("application/json", "", 400);
        post("text/csv", "name,age\nAda,36\n", 400).body("detail", containsString("claimReviewed"));
        String twice = """
                {"id": "%s", "claimReviewed": "One."}
                {"id": "%s", "claimReviewed": "Two."}
                """.formatted(good, good);
        post("application/x-ndjson", twice, 400).body("detail", containsString("Records 1 and 2"));
        given().contentType("application/pdf")
                .body("%PDF".getBytes(StandardCharsets.UTF_8))
                .post("/factchecks")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("application/ld+json"));

        post("application/json", "{\"id\": \"%s\", \"claimReviewed\": \"A fine claim.\"}".formatted(good), 202)
                .body("imported", equalTo(1));
        assertThat(recordsOf(good, 1)).hasSize(1);
    }

    private static String claimReview(String url, String verdict) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%s",
                 "claimReviewed": "The coalition let 4,000 ISIS fighters leave Raqqa.",
                 "author": {"@type": "Organization", "name": "Example Checks"},
                 "datePublished": "2017-11-20",
                 "reviewRating": {"@type": "Rating", "alternateName": "%s"},
                 "itemReviewed": {"@type": "Claim", "appearance": [{"url": "https://example.org/raqqa"}]}}
                """.formatted(url, verdict);
    }

    private static ValidatableResponse post(String type, String body, int status) {
        ValidatableResponse response = given().contentType(type)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/factchecks")
                .then()
                .statusCode(status);
        return status >= 400 ? response.contentType("application/problem+json") : response;
    }

    /** The records of the fact-check on the topic, once there are as many as expected. */
    private static List<ConsumerRecord<String, FactCheckImported>> recordsOf(String id, int expected) {
        TopicProbe.read(
                TestKafka.bootstrapServers(),
                Topics.FACT_CHECKS.name(),
                Topics.FACT_CHECKS.deserializer(),
                read -> read.stream().filter(r -> r.key().equals(id)).count() >= expected,
                Duration.ofSeconds(30));
        return TopicProbe.readAll(
                        TestKafka.bootstrapServers(), Topics.FACT_CHECKS.name(), Topics.FACT_CHECKS.deserializer())
                .stream()
                .filter(r -> r.key().equals(id))
                .toList();
    }
}
