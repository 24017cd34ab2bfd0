package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.engine.data.SharedData;
import io.claimflow.stack.ConsumerLag;
import io.claimflow.testkit.kafka.TopicProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A user's road through Claimflow: documents posted to ingest-service come back as claims from
 * store-service, with the three services running as separate processes on a real broker and PostgreSQL.
 * Uses the five sample documents of ../shared/samples where that folder is present (as in CI), else the
 * project's own fixture documents.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Pipeline pipeline;
    private static final Map<String, String> DOCUMENT_IDS = new LinkedHashMap<>();

    @BeforeAll
    static void startPipeline() {
        pipeline = Pipeline.start();
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void everyPostedDocumentEndsUpAsClaimsReadableFromTheStore() throws Exception {
        Map<String, String> documents = documents();
        for (Map.Entry<String, String> document : documents.entrySet()) {
            HttpResponse<String> accepted = post(document.getKey(), document.getValue());
            assertThat(accepted.statusCode()).as("POST %s: %s", document.getKey(), accepted.body()).isEqualTo(202);
            String id = JSON.readTree(accepted.body()).path("documentId").asText();
            assertThat(accepted.headers().firstValue("Location")).hasValue(pipeline.storeUrl + "/documents/" + id);
            DOCUMENT_IDS.put(document.getKey(), id);
        }

        for (Map.Entry<String, String> document : DOCUMENT_IDS.entrySet()) {
            JsonNode status = awaitProcessed(document.getValue());
            List<JsonNode> claims = claimsOf(document.getValue());
            assertThat(claims).as("claims of %s", document.getKey()).isNotEmpty();
            assertThat(claims).hasSize(status.path("claimCount").asInt());
            String text = documents.get(document.getKey());
            for (JsonNode claim : claims) {
                assertSpanHolds(text, claim);
            }
        }
    }

    @Test
    @Order(2)
    void postingADocumentAgainCreatesNoDuplicateClaims() throws Exception {
        Map.Entry<String, String> first = documents().entrySet().iterator().next();
        String id = DOCUMENT_IDS.get(first.getKey());
        int claimCount = claimsOf(id).size();

        HttpResponse<String> again = post(first.getKey(), first.getValue());
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(again.body()).path("documentId").asText()).as("content-derived id").isEqualTo(id);

        // The second submission really went through the pipeline: the claims topic carries each claim twice...
        List<ClaimExtracted> onTopic = TopicProbe.read(pipeline.bootstrapServers, Topics.CLAIMS.name(), Topics.CLAIMS.deserializer(),
                        records -> records.stream().filter(r -> id.equals(r.key())).count() >= 2L * claimCount, WAIT)
                .stream().filter(r -> id.equals(r.key())).map(r -> r.value()).toList();
        assertThat(onTopic).hasSize(2 * claimCount);
        ConsumerLag.awaitCaughtUp(pipeline.bootstrapServers, "claimflow-store",
                List.of(Topics.CLAIMS.name(), Topics.DOCUMENT_STATUS.name(), Topics.DOCUMENTS.name()), WAIT);

        // ...and the store, having read all of it, still holds each claim once.
        List<JsonNode> stored = claimsOf(id);
        assertThat(stored).hasSize(claimCount);
        Set<String> storedIds = new HashSet<>();
        stored.forEach(claim -> storedIds.add(claim.path("claimId").asText()));
        assertThat(storedIds).hasSize(claimCount)
                .containsExactlyInAnyOrderElementsOf(onTopic.stream().map(ClaimExtracted::claimId).distinct().toList());
        assertThat(get("/documents/" + id).path("storedClaims").asInt()).isEqualTo(claimCount);
    }

    @Test
    @Order(3)
    void readmeEndpointTableListsExactlyWhatTheServicesServe() throws Exception {
        Set<String> documented = new HashSet<>();
        for (List<String> row : ReadmeTest.table("| service | method | path | what it does |")) {
            documented.add(row.get(0) + " " + row.get(1) + " " + row.get(2));
        }
        Set<String> served = new HashSet<>();
        for (String service : List.of("ingest-service", "extract-service", "store-service")) {
            HttpResponse<String> openApi = HTTP.send(
                    HttpRequest.newBuilder(URI.create(pipeline.urlOf(service) + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(openApi.statusCode()).as("OpenAPI of %s", service).isEqualTo(200);
            JSON.readTree(openApi.body()).path("paths").fields().forEachRemaining(path ->
                    path.getValue().fieldNames().forEachRemaining(method ->
                            served.add(service + " " + method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        }
        assertThat(documented).isEqualTo(served);
    }

    /**
     * The span stands where the claim sentence does: it starts with the sentence's first word, ends with its
     * last character, and holds all its words in order (a link line that interrupted the sentence in the
     * source is inside the span but not in the claim's text).
     */
    private static void assertSpanHolds(String document, JsonNode claim) {
        String text = claim.path("text").asText();
        String covered = document.substring(claim.at("/span/start").asInt(), claim.at("/span/end").asInt());
        String[] words = text.split("\\s+");
        assertThat(covered).as("span of %s", text).startsWith(words[0]).endsWith(words[words.length - 1]);
        int from = 0;
        for (String word : words) {
            int at = covered.indexOf(word, from);
            assertThat(at).as("'%s' of '%s' within its span '%s'", word, text, covered).isNotNegative();
            from = at + word.length();
        }
    }

    /** The sample documents when ../shared is there, else the project's own fixtures; file name → text. */
    private static Map<String, String> documents() throws IOException {
        Path folder = SharedData.resolve("samples").orElse(null);
        if (folder == null) {
            System.out.println("../shared/samples not found: the end-to-end test posts the project's fixture documents");
            folder = Path.of("src/test/resources/fixtures");
        }
        Map<String, String> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                documents.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        assertThat(documents).as("documents in %s", folder).isNotEmpty();
        return documents;
    }

    private static HttpResponse<String> post(String title, String text) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("text", text, "title", title));
        return HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl + "/documents"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode awaitProcessed(String id) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode document = get("/documents/" + id);
            if (document != null && "processed".equals(document.path("status").asText())
                    && document.path("storedClaims").asInt() == document.path("claimCount").asInt()) {
                return document;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("document " + id + " not processed and stored within " + WAIT + pipeline.logTails());
    }

    private static List<JsonNode> claimsOf(String id) {
        JsonNode claims = get("/documents/" + id + "/claims");
        assertThat(claims).as("claims of %s", id).isNotNull();
        List<JsonNode> list = new ArrayList<>();
        claims.forEach(list::add);
        return list;
    }

    /** The store's JSON at the path, or null when it answers 404. */
    private static JsonNode get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(pipeline.storeUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
