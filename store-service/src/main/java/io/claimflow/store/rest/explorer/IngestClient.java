package io.claimflow.store.rest.explorer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends the submit page's documents to ingest-service's {@code POST /documents}, as any client of it would: the page
 * posts to its own origin (the explorer's policy allows no other), and the store passes the document on.
 */
@ApplicationScoped
public class IngestClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String documents;

    public IngestClient(StoreConfig config) {
        this.documents = config.ingestUrl().replaceAll("/+$", "") + "/documents";
    }

    /**
     * What ingest answered: its status, the document's id when it took it, else the problem's detail.
     *
     * @param status the HTTP status
     * @param documentId the document's id (200 or 202), else null
     * @param detail what was wrong, else null
     */
    public record Answer(int status, String documentId, String detail) {

        boolean accepted() {
            return documentId != null;
        }
    }

    /** A text with its optional URL and title, as JSON. */
    Answer text(String text, String url, String title, String apiKey) throws IOException, InterruptedException {
        Map<String, String> document = new LinkedHashMap<>();
        document.put("text", text);
        putIfGiven(document, "url", url);
        putIfGiven(document, "title", title);
        return send(documents, "application/json", JSON.writeValueAsBytes(document), apiKey);
    }

    /** A page's HTML: ingest reads its text, links, title, date and language; the URL and title given win. */
    Answer page(byte[] html, String url, String title, String apiKey) throws IOException, InterruptedException {
        Map<String, String> metadata = new LinkedHashMap<>();
        putIfGiven(metadata, "url", url);
        putIfGiven(metadata, "title", title);
        String query = metadata.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + ViewLinks.encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return send(documents + (query.isEmpty() ? "" : "?" + query), "text/html; charset=utf-8", html, apiKey);
    }

    private Answer send(String target, String type, byte[] body, String apiKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .timeout(TIMEOUT)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-API-Key", apiKey.strip());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = parse(response.body());
        if (response.statusCode() == 200 || response.statusCode() == 202) {
            return new Answer(response.statusCode(), answer.path("documentId").asText(null), null);
        }
        String detail = answer.path("detail").asText("");
        return new Answer(
                response.statusCode(),
                null,
                detail.isBlank() ? "ingest-service answered " + response.statusCode() : detail);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static void putIfGiven(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}
