package io.claimflow.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits for a service's readiness endpoint, e.g. until it has created its Kafka topics. */
public final class Readiness {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {}

    /** Blocks until {@code baseUrl/q/health/ready} answers 200, failing after the timeout. */
    public static void await(String baseUrl, Duration timeout) {
        String last = awaitStatus(baseUrl, 200, timeout);
        if (last != null) {
            throw new IllegalStateException(readyUri(baseUrl) + " not ready after " + timeout + ": " + last);
        }
    }

    /**
     * Blocks until the service reports not-ready (503), as it should while something it needs is away; false after the
     * timeout.
     */
    public static boolean awaitNotReady(String baseUrl, Duration timeout) {
        return awaitStatus(baseUrl, 503, timeout) == null;
    }

    /** Null once readiness answers {@code status}; the last answer instead when the timeout comes first. */
    private static String awaitStatus(String baseUrl, int status, Duration timeout) {
        URI ready = readyUri(baseUrl);
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == status) {
                    return null;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + ready, e);
            }
            sleep();
        }
        return last;
    }

    private static URI readyUri(String baseUrl) {
        return URI.create(baseUrl.replaceAll("/$", "") + "/q/health/ready");
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
