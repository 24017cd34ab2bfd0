package io.claimflow.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** Whether the store has the document's outcome and every claim it announced. */
    public boolean isComplete(String documentId) {
        JsonNode document = document(documentId);
        return document != null
                && !"received".equals(document.path("status").asText())
                && document.path("storedClaims").asInt() == document.path("claimCount").asInt(-1);
    }

    /** Waits until every document is complete in the store; false if the timeout came first. */
    public boolean awaitComplete(Collection<String> documentIds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String id : documentIds) {
            while (!isComplete(id)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(200);
            }
        }
        return true;
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }
}
