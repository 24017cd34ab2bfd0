package io.claimflow.store.messaging;

import io.claimflow.store.config.AlertConfig;
import io.claimflow.store.config.WebhookHosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Posts an alert's JSON to a watch's webhook, signed ({@link WebhookSignature}). Any 2xx answer is a delivery; any
 * other answer, a timeout or a connection failure is a failed attempt, described for the watch's {@code lastError}.
 */
@ApplicationScoped
public class WebhookSender {

    /** The alert's id, as {@code ce_id} has it on the topic: a receiver drops a delivery it already has. */
    public static final String ALERT_ID_HEADER = "X-Claimflow-Alert-Id";

    private final HttpClient client;
    private final Duration timeout;
    private final WebhookHosts hosts;

    public WebhookSender(AlertConfig config, WebhookHosts hosts) {
        this.timeout = config.webhookTimeout();
        this.hosts = hosts;
        // Redirects are not followed: the signed body goes where its owner said, or nowhere.
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Empty when the webhook took the alert; else what went wrong. */
    public Optional<String> send(String webhook, String secret, String alertId, String body) {
        URI target = URI.create(webhook);
        if (!hosts.allows(target)) {
            return Optional.of("the webhook's host " + target.getHost() + " is not listed in " + WebhookHosts.SETTING);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, WebhookSignature.of(bytes, secret))
                .header(ALERT_ID_HEADER, alertId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300
                    ? Optional.empty()
                    : Optional.of("the webhook answered HTTP " + status);
        } catch (HttpTimeoutException e) {
            return Optional.of("the webhook did not answer within " + timeout);
        } catch (IOException e) {
            return Optional.of("the webhook could not be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while the webhook was called");
        }
    }
}
