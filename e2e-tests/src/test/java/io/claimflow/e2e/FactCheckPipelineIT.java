package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.ConsumerLag;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fact-checks through the whole pipeline, as separate processes on a real broker and PostgreSQL: imported by the
 * console through ingest-service, stored, and matched by match-service both ways, with claims that come after a
 * fact-check and with claims that were there before it.
 */
class FactCheckPipelineIT {

    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Pipeline pipeline;
    private static StoreReads store;

    @BeforeAll
    static void startPipeline() {
        pipeline = Pipeline.start();
        store = new StoreReads(pipeline.storeUrl);
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void aClaimMatchesTheFactChecksImportedBeforeAndAfterIt(@TempDir Path folder) throws Exception {
        Path library = Files.writeString(folder.resolve("library.jsonl"), """
                {"@type": "ClaimReview", "url": "https://checks.example.org/vellmar-water",
                 "claimReviewed":
                   "4,300 patients in Vellmar were infected by the contaminated water supply in March 2026",
                 "author": {"name": "Example Checks"}, "reviewRating": {"alternateName": "Mostly false"}}
                """.replace("\n ", " "));
        ClaimflowCommand.Run imported = ClaimflowCommand.run(
                ClaimflowCommand.logs().resolve("claimflow-factchecks-import.out"),
                Duration.ofMinutes(1),
                "factchecks",
                "import",
                "--ingest-url",
                pipeline.ingestUrl,
                library.toString());
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("imported 1, revised 0, unchanged 0");

        String before = postDocument("Health minister Anna Berglund said on Tuesday that 4,300 patients in Vellmar "
                + "were infected by the contaminated water supply in March 2026.");
        JsonNode checked = onlyClaim(before, "&factChecked=true");
        JsonNode factCheck = checked.path("factChecks").get(0);
        assertThat(factCheck.path("verdict").asText()).isEqualTo("Mostly false");
        assertThat(factCheck.path("publisher").asText()).isEqualTo("Example Checks");
        assertThat(factCheck.path("url").asText()).isEqualTo("https://checks.example.org/vellmar-water");
        assertThat(factCheck.path("score").asDouble()).isBetween(0.5, 1.0);
        JsonNode stored = store.get("/factchecks/" + factCheck.path("id").asText());
        assertThat(stored.path("claimReviewed").asText()).startsWith("4,300 patients in Vellmar");

        String after = postDocument("Opposition leader Tomas Reinholt claimed that the Kestrel Bay wind farm killed "
                + "12,000 seabirds during its first year of operation.");
        assertThat(store.get("/claims?documentId=" + after + "&factChecked=true")
                        .path("items"))
                .isEmpty();
        HttpResponse<String> later = postFactCheck("""
                {"id": "kestrel-bay",
                 "claimReviewed": "The Kestrel Bay wind farm killed 12,000 seabirds in its first year",
                 "author": "Example Checks", "verdict": "False"}
                """);
        assertThat(later.statusCode()).as(later.body()).isEqualTo(202);
        awaitFactChecksMatched();
        assertThat(onlyClaim(after, "&verdict=false").at("/factChecks/0/id").asText())
                .isEqualTo("kestrel-bay");

        // A revised verdict reaches the claims it checked.
        HttpResponse<String> revised = postFactCheck("""
                {"id": "kestrel-bay",
                 "claimReviewed": "The Kestrel Bay wind farm killed 12,000 seabirds in its first year",
                 "author": "Example Checks", "verdict": "Misleading"}
                """);
        assertThat(JSON.readTree(revised.body()).path("revised").asInt()).isEqualTo(1);
        awaitFactChecksMatched();
        assertThat(onlyClaim(after, "&verdict=misleading")
                        .at("/factChecks/0/verdict")
                        .asText())
                .isEqualTo("Misleading");
        assertThat(store.get("/factchecks/kestrel-bay").path("verdict").asText())
                .isEqualTo("Misleading");
    }

    /** The one claim of a document among the claims the filters list. */
    private static JsonNode onlyClaim(String documentId, String filters) {
        JsonNode claims =
                store.get("/claims?documentId=" + documentId + filters).path("items");
        assertThat(claims).as("claims of %s with %s", documentId, filters).hasSize(1);
        return claims.get(0);
    }

    private static String postDocument(String text) throws IOException, InterruptedException {
        HttpResponse<String> accepted = post("/documents", JSON.writeValueAsString(Map.of("text", text)));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).path("documentId").asText();
        assertThat(store.awaitComplete(List.of(id), WAIT))
                .as("%s stored%s", id, pipeline.logTails())
                .isTrue();
        awaitMatchedAndStored();
        return id;
    }

    private static HttpResponse<String> postFactCheck(String json) throws IOException, InterruptedException {
        return post("/factchecks", json.replace("\n ", " "));
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(pipeline.ingestUrl + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitFactChecksMatched() {
        ConsumerLag.awaitCaughtUp(
                pipeline.bootstrapServers, "claimflow-match-factchecks", List.of(Topics.FACT_CHECKS.name()), WAIT);
        awaitMatchedAndStored();
    }

    private static void awaitMatchedAndStored() {
        ConsumerLag.awaitCaughtUp(pipeline.bootstrapServers, "claimflow-match", List.of(Topics.CLAIMS.name()), WAIT);
        ConsumerLag.awaitCaughtUp(
                pipeline.bootstrapServers,
                "claimflow-store",
                List.of(Topics.CLAIM_MATCHES.name(), Topics.FACT_CHECKS.name()),
                WAIT);
    }
}
