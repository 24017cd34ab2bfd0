package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.stack.StoreProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads documents and claims back from a running store-service, as a client of its API would. */
final class StoreReads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String storeUrl;

    StoreReads(String storeUrl) {
        this.storeUrl = storeUrl;
    }

    /** The store's JSON at the path, or null when it answers 404. */
    JsonNode get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(storeUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            assertThat(response.statusCode())
                    .as("GET %s: %s", path, response.body())
                    .isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The ids of the claims of {@code GET /claims} with this query string. */
    Set<String> claimIds(String query) {
        Set<String> ids = new HashSet<>();
        get("/claims?" + query)
                .path("items")
                .forEach(claim -> ids.add(claim.path("claimId").asText()));
        return ids;
    }

    List<JsonNode> claimsOf(String documentId) {
        JsonNode claims = get("/documents/" + documentId + "/claims");
        assertThat(claims).as("claims of %s", documentId).isNotNull();
        List<JsonNode> list = new ArrayList<>();
        claims.forEach(list::add);
        return list;
    }

    /** Whether the store has the document extracted with every claim it announced ({@link StoreProgress}). */
    boolean isComplete(String documentId) {
        return StoreProgress.isComplete(get("/documents/" + documentId));
    }

    /** Waits until every document is complete; false when the timeout comes first. */
    boolean awaitComplete(Collection<String> documentIds, Duration timeout) throws InterruptedException {
        return StoreProgress.awaitAll(documentIds, timeout, this::isComplete);
    }
}
