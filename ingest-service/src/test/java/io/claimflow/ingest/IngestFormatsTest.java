package io.claimflow.ingest;

import static io.claimflow.ingest.DocumentResourceTest.recordOf;
import static io.claimflow.ingest.DocumentResourceTest.recordsOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Documents the way users have them: plain text, HTML pages, NDJSON batches and file uploads, in any charset. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class IngestFormatsTest extends ReadyServiceTest {

    @Test
    void plainTextWithMetadataInTheQueryOrInHeaders() {
        String id = "plain-" + UUID.randomUUID();
        given().contentType(ContentType.TEXT)
                .body("The U.S. let 4,000 fighters leave Raqqa.")
                .queryParam("id", id)
                .queryParam("title", "Raqqa")
                .queryParam("publishedAt", "2017-11-13T10:00:00+01:00")
                .header("X-Document-Source", "Example News")
                .header("Content-Language", "en")
                .post("/documents")
                .then()
                .statusCode(202)
                .body("documentId", equalTo(id));
        DocumentSubmitted event = recordOf(id).value();
        assertThat(event.text()).isEqualTo("The U.S. let 4,000 fighters leave Raqqa.");
        assertThat(event.title()).isEqualTo("Raqqa");
        assertThat(event.source()).isEqualTo("Example News");
        assertThat(event.language()).isEqualTo("en");
        assertThat(event.publishedAt()).isEqualTo(Instant.parse("2017-11-13T09:00:00Z"));
    }

    @Test
    void textInTheCharsetTheRequestDeclares() {
        String swedish =
                "Ryska televisionen hävdar att USA låter 4 000 IS-soldater fly från Raqqa. " + UUID.randomUUID();
        String id = given().contentType("text/plain; charset=ISO-8859-1")
                .body(swedish.getBytes(StandardCharsets.ISO_8859_1))
                .post("/documents")
                .then()
                .statusCode(202)
                .extract()
                .path("documentId");
        assertThat(recordOf(id).value().text()).isEqualTo(swedish);
        String utf16 = "Det finns omkring 70 000 terrorister i Idlib. " + UUID.randomUUID();
        String other = given().contentType("text/plain; charset=UTF-16")
                .body(utf16.getBytes(StandardCharsets.UTF_16))
                .post("/documents")
                .then()
                .statusCode(202)
                .extract()
                .path("documentId");
        assertThat(recordOf(other).value().text()).isEqualTo(utf16);
    }

    @Test
    void anHtmlPageGivesItsMainTextLinksAndMetadata() {
        String marker = UUID.randomUUID().toString();
        String page = """
                <!doctype html><html lang="en-GB"><head>
                <title>Ignored when og:title is there</title>
                <meta property="og:title" content="Convoys left Raqqa">
                <meta property="article:published_time" content="2017-11-13T08:00:00Z">
                <link rel="canonical" href="https://news.example/raqqa">
                <script>var tracking = 1;</script>
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <header>Site header</header>
                <article><h1>Convoys left Raqqa</h1>
                <p>The BBC <a href="https://www.bbc.com/news/raqqa">reported</a> that 4,000 fighters left Raqqa. %s</p>
                <p>The coalition denied it.</p></article>
                <div class="comments">Leave a Reply</div><footer>Copyright 2017</footer>
                </body></html>
                """.formatted(marker);
        String id = given().contentType("text/html; charset=UTF-8")
                .body(page)
                .post("/documents")
                .then()
                .statusCode(202)
                .extract()
                .path("documentId");
        DocumentSubmitted event = recordOf(id).value();
        assertThat(event.title()).isEqualTo("Convoys left Raqqa");
        assertThat(event.url()).isEqualTo("https://news.example/raqqa");
        assertThat(event.language()).isEqualTo("en");
        assertThat(event.publishedAt()).isEqualTo(Instant.parse("2017-11-13T08:00:00Z"));
        assertThat(event.text())
                .contains(
                        "The BBC reported https://www.bbc.com/news/raqqa that 4,000 fighters left Raqqa.",
                        "The coalition denied it.")
                .doesNotContain("Home", "World", "Site header", "Leave a Reply", "Copyright", "tracking");
    }

    @Test
    void anNdjsonBatchAnswersEveryLineInOrderAndOneBadLineSinksNothing() {
        String first = "batch-" + UUID.randomUUID();
        String third = "batch-" + UUID.randomUUID();
        String batch = "{\"id\": \"" + first + "\", \"text\": \"First document of the batch.\"}\n"
                + "{\"id\": \"bad\", \"text\": \"\"}\n"
                + "\n"
                + "{\"id\": \"" + third + "\", \"text\": \"Third line of the batch.\"}\n"
                + "not json at all\n";
        String answer = given().contentType("application/x-ndjson")
                .body(batch.getBytes(StandardCharsets.UTF_8))
                .post("/documents")
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        List<String> lines = answer.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("\"line\":1", "\"status\":202", first);
        assertThat(lines.get(1)).contains("\"line\":2", "\"status\":400", "\"field\":\"text\"");
        assertThat(lines.get(2)).contains("\"line\":4", "\"status\":202", third);
        assertThat(lines.get(3)).contains("\"line\":5", "\"status\":400", "invalid-json");
        assertThat(recordOf(first).value().text()).isEqualTo("First document of the batch.");
        assertThat(recordOf(third).value().text()).isEqualTo("Third line of the batch.");
    }

    @Test
    void aDocumentRepeatedInOneBatchIsPublishedOnceAndAcceptedOnItsFirstLine() {
        // Several pairs, so that lines decided in the wrong order would show in one run, not one run in many.
        List<String> ids = IntStream.range(0, 8)
                .mapToObj(i -> "twice-" + UUID.randomUUID())
                .toList();
        StringBuilder batch = new StringBuilder();
        for (String id : ids) {
            String line = "{\"id\": \"" + id + "\", \"text\": \"The same document on two lines of one batch.\"}\n";
            batch.append(line).append(line);
        }
        String answer = given().contentType("application/x-ndjson")
                .body(batch.toString().getBytes(StandardCharsets.UTF_8))
                .post("/documents")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = answer.lines().toList();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            assertThat(lines.get(2 * i)).contains("\"line\":" + (2 * i + 1), "\"status\":202", id);
            assertThat(lines.get(2 * i + 1)).contains("\"line\":" + (2 * i + 2), "\"status\":200", id);
            assertThat(recordsOf(id)).hasSize(1);
        }
    }

    @Test
    void anUploadedPageKeepsItsOwnTitle() {
        String page = "<html><head><title>The page's own title</title></head><body><p>Uploaded page "
                + UUID.randomUUID() + ".</p></body></html>";
        String id = given().multiPart("file", "page.html", page.getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/documents")
                .then()
                .statusCode(202)
                .extract()
                .path("documentId");
        assertThat(recordOf(id).value().title()).isEqualTo("The page's own title");
    }

    @Test
    void aFileUploadWithMetadataFields() {
        String text = "Uploaded: the minister said 1.2 million households received subsidies. " + UUID.randomUUID();
        String id = given().multiPart("file", "report.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("source", "Uploads")
                .multiPart("language", "en")
                .post("/documents")
                .then()
                .statusCode(202)
                .extract()
                .path("documentId");
        DocumentSubmitted event = recordOf(id).value();
        assertThat(event.text()).isEqualTo(text);
        assertThat(event.title()).isEqualTo("report.txt");
        assertThat(event.source()).isEqualTo("Uploads");

        given().multiPart("file", "a.txt", "a".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "b.txt", "b".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/documents")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:claimflow:problem:one-file"));
        given().multiPart("file", "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png")
                .post("/documents")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void bodiesOverTheLimitAre413Problems() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        given().contentType(ContentType.TEXT)
                .body(big)
                .post("/documents")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:body-too-large"));
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            batch.append("{\"text\": \"Line ").append(i).append(".\"}\n");
        }
        given().contentType("application/x-ndjson")
                .body(batch.toString().getBytes(StandardCharsets.UTF_8))
                .post("/documents")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimflow:problem:batch-too-large"));
    }

    @Test
    void prometheusCountsOutcomesAndRejectionsByReason() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Counted " + UUID.randomUUID()))
                .post("/documents")
                .then()
                .statusCode(202);
        given().contentType(ContentType.JSON)
                .body("{")
                .post("/documents")
                .then()
                .statusCode(400);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("claimflow_ingest_documents_total{outcome=\"accepted\"}"))
                .body(containsString("claimflow_ingest_documents_rejected_total{reason=\"invalid-json\"}"))
                .body(containsString("claimflow_ingest_publish_seconds_count"));
    }
}
