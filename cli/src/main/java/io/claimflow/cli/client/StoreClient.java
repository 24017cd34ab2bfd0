package io.claimflow.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimflow.stack.StoreProgress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;

/** Reads documents and claims back from store-service. */
public final class StoreClient {

    private static final String SERVICE = "store-service";

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
