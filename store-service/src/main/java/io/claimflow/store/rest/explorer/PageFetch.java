package io.claimflow.store.rest.explorer;

import io.claimflow.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches the page whose URL the submit page was given, as {@code claimflow ingest URL} does: http(s) only, no
 * redirects, at most as much as ingest takes. Addresses of this machine and of private networks are refused unless
 * {@code claimflow.store.submit-fetches-private-addresses} allows them, so the page cannot be used to read what only
 * the store's network can reach. The JVM caches a host's addresses (30 s by default), so the connection goes to the
 * addresses checked here, not to another answer a name server gives a moment later.
 */
@ApplicationScoped
public class PageFetch {

    /** ingest-service's default body limit: a larger page would be refused there anyway. */
    private static final int MOST_BYTES = 5 * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final boolean privateAddresses;

    public PageFetch(StoreConfig config) {
        this.privateAddresses = config.submitFetchesPrivateAddresses();
    }

    /**
     * A fetched page, or why it could not be.
     *
     * @param body its content
     * @param html whether it is HTML (else it is taken as text)
     * @param problem why it was not fetched, else null
     */
    public record Fetched(byte[] body, boolean html, String problem) {

        static Fetched refused(String problem) {
            return new Fetched(null, false, problem);
        }
    }

    Fetched get(String url) throws InterruptedException {
        SafeLink link = SafeLink.of(url);
        if (link.href() == null) {
            return Fetched.refused("The URL must be an absolute http or https URL.");
        }
        URI uri = URI.create(link.href());
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!privateAddresses && isPrivate(address)) {
                    return Fetched.refused("The store does not fetch pages of its own network: " + uri.getHost());
                }
            }
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(20))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return Fetched.refused(uri + " answered " + response.statusCode());
                }
                byte[] content = body.readNBytes(MOST_BYTES + 1);
                if (content.length > MOST_BYTES) {
                    return Fetched.refused(uri + " is larger than " + MOST_BYTES + " bytes");
                }
                String type =
                        response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                return new Fetched(content, type.startsWith("text/html") || type.contains("xhtml"), null);
            }
        } catch (IOException e) {
            return Fetched.refused("Could not fetch " + uri + ": " + e.getMessage());
        }
    }

    private static boolean isPrivate(InetAddress address) {
        return address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress();
    }
}
