package io.claimflow.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimflow.stack.StoreProgress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;

/** Reads documents and claims back from store-service, and keeps its watches. */
public final class StoreClient {

    private static final String SERVICE = "store-service";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;

    public StoreClient(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The document as the store shows it, or null while the store knows nothing of it. */
    public JsonNode document(String documentId) {
        return JsonHttp.getJson(SERVICE, uri("/documents/" + URLEncoder.encode(documentId, StandardCharsets.UTF_8)));
    }

    /** A page of claims for a query string such as {@code sort=score&limit=5}. */
    public JsonNode claims(String query) {
        return JsonHttp.getJson(SERVICE, uri("/claims?" + query));
    }

    /**
     * Defines a watch ({@code POST /watches}); the answer's status and JSON: 201 with the watch, or 400 with the
     * problem naming each wrong field.
     */
    public Answer addWatch(JsonNode watch) {
        HttpRequest request = HttpRequest.newBuilder(uri("/watches"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(watch.toString()))
                .build();
        return answer(JsonHttp.send(SERVICE, request));
    }

    /** Every watch, oldest first. */
    public JsonNode watches() {
        return JsonHttp.getJson(SERVICE, uri("/watches"));
    }

    /** Deletes the watch; false when there is none with this id. */
    public boolean removeWatch(String watchId) {
        HttpRequest request = HttpRequest.newBuilder(
                        uri("/watches/" + URLEncoder.encode(watchId, StandardCharsets.UTF_8)))
                .timeout(TIMEOUT)
                .DELETE()
                .build();
        Answer answer = answer(JsonHttp.send(SERVICE, request));
        if (answer.status() == 404) {
            return false;
        }
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException(SERVICE + " answered " + answer.status() + ": "
                    + answer.body().path("detail").asText());
        }
        return true;
    }

    /** A status and its JSON body (an empty object when there was none). */
    public record Answer(int status, JsonNode body) {}

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), JsonHttp.parse(response.body()));
    }

    /** Whether the store has the document extracted with every claim it announced ({@link StoreProgress}). */
    public boolean isComplete(String documentId) {
        return StoreProgress.isComplete(document(documentId));
    }

    /** Waits until every document is complete in the store; false if the timeout came first. */
    public boolean awaitComplete(Collection<String> documentIds, Duration timeout) throws InterruptedException {
        return StoreProgress.awaitAll(documentIds, timeout, this::isComplete);
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }
}
