package io.claimflow.cli.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Submits documents to ingest-service's {@code POST /documents}. */
public final class IngestClient {

    private static final String SERVICE = "ingest-service";

    private final String baseUrl;
    private final String apiKey;

    public IngestClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
    }

    /** What ingest-service answered for one submission; for a batch, {@link #batchLines()} has each document's. */
    public record Submission(int status, String documentId, String detail, String contentType, String rawBody) {
        public boolean accepted() {
            return status == 200 || status == 202;
        }

        public boolean isBatch() {
            return contentType != null && contentType.startsWith("application/x-ndjson");
        }

        /** One JSON object per document line of a batch: line, status, and documentId or problem. */
        public List<JsonNode> batchLines() {
            return rawBody.lines()
                    .filter(line -> !line.isBlank())
                    .map(JsonHttp::parse)
                    .toList();
        }
    }

    /** Submits a document as a JSON object of the ingest contract ({@code text}, {@code id}, {@code url}, ...). */
    public Submission submitJson(Map<String, ?> document) {
        try {
            return submit(JsonHttp.JSON.writeValueAsBytes(document), "application/json", Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the document cannot be written as JSON", e);
        }
    }

    /** What ingest-service answered for an import of fact-checks: the receipt's counts, or the problem's detail. */
    public record Import(int status, int imported, int revised, int unchanged, String detail) {
        public boolean taken() {
            return status == 200 || status == 202;
        }
    }

    /** Imports fact-checks, one JSON object of the contract's {@code FactCheck} a line. */
    public Import importFactChecks(byte[] ndjson) {
        HttpResponse<String> response = post("/factchecks", ndjson, "application/x-ndjson", Map.of());
        JsonNode answer = JsonHttp.parse(response.body());
        return new Import(
                response.statusCode(),
                answer.path("imported").asInt(),
                answer.path("revised").asInt(),
                answer.path("unchanged").asInt(),
                answer.path("detail").asText(null));
    }

    /** Submits a body of the given media type, with metadata as query parameters. */
    public Submission submit(byte[] body, String contentType, Map<String, String> query) {
        HttpResponse<String> response = post("/documents", body, contentType, query);
        String answerType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode answer = answerType.startsWith("application/x-ndjson")
                ? JsonHttp.JSON.createObjectNode()
                : JsonHttp.parse(response.body());
        return new Submission(
                response.statusCode(),
                answer.path("documentId").asText(null),
                answer.path("detail").asText(null),
                answerType,
                response.body());
    }

    private HttpResponse<String> post(String path, byte[] body, String contentType, Map<String, String> query) {
        String queryString = query.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(baseUrl + path + (queryString.isEmpty() ? "" : "?" + queryString)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return JsonHttp.send(SERVICE, request.build());
    }
}
