package io.claimflow.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Follows store-service's live feed ({@code /claims/stream}) and hands each new claim to a listener as it is stored.
 */
public final class ClaimStream implements AutoCloseable {

    private final CompletableFuture<Void> reading;
    private volatile Stream<String> lines;

    private ClaimStream(URI uri, Consumer<JsonNode> listener) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .build();
        reading = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(
                                "store-service answered " + response.statusCode() + " to " + uri);
                    }
                    lines = response.body();
                    lines.filter(line -> line.startsWith("data:"))
                            .forEach(line -> listener.accept(
                                    JsonHttp.parse(line.substring(5).strip())));
                });
    }

    /**
     * Connects to the feed of every new claim of the store at {@code storeUrl}; the connection is up once this returns.
     */
    public static ClaimStream follow(String storeUrl, Consumer<JsonNode> listener) throws InterruptedException {
        ClaimStream stream = new ClaimStream(URI.create(storeUrl.replaceAll("/+$", "") + "/claims/stream"), listener);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (stream.lines == null && !stream.reading.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (stream.reading.isCompletedExceptionally() || stream.lines == null) {
            stream.close();
            throw new ServerUnreachableException("store-service", storeUrl, new IllegalStateException("no live feed"));
        }
        return stream;
    }

    @Override
    public void close() {
        reading.cancel(true);
        if (lines != null) {
            lines.close();
        }
    }
}
