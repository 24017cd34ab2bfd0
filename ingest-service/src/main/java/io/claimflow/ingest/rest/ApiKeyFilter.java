package io.claimflow.ingest.rest;

import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemKind;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Optional API-key authentication of {@code POST /documents}: with {@code claimflow.ingest.require-api-key} a
 * submission needs one of {@code claimflow.ingest.api-keys} in {@code X-API-Key} or {@code Authorization: Bearer}; the
 * key's owner is recorded as the document's submitter.
 */
@Startup
@ApplicationScoped
public class ApiKeyFilter {

    private static final String SCHEME = "Bearer ";

    private final boolean required;
    private final Map<String, byte[]> keysBySubmitter;
    private final Submitter submitter;

    public ApiKeyFilter(IngestConfig config, Submitter submitter) {
        this.required = config.requireApiKey();
        this.keysBySubmitter = parse(config.apiKeys().orElse(List.of()));
        this.submitter = submitter;
        if (required && keysBySubmitter.isEmpty()) {
            throw new IllegalStateException(
                    "claimflow.ingest.require-api-key is on but claimflow.ingest.api-keys names no key");
        }
    }

    @ServerRequestFilter
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (SubmissionPaths.endpoint(request.getUriInfo().getPath()).isEmpty()) {
            return Optional.empty();
        }
        String key = presentedKey(request);
        Optional<String> owner = key == null ? Optional.empty() : ownerOf(key);
        if (owner.isPresent()) {
            submitter.authenticated(owner.get());
            return Optional.empty();
        }
        if (!required) {
            return Optional.empty();
        }
        String detail = key == null
                ? "An API key is required: send it in X-API-Key or as Authorization: Bearer <key>"
                : "The API key is not valid";
        return Optional.of(Problem.of(ProblemKind.UNAUTHORIZED, detail)
                .toResponseBuilder()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"claimflow\"")
                .build());
    }

    private static String presentedKey(ContainerRequestContext request) {
        String header = request.getHeaderString("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.startsWith(SCHEME)
                ? authorization.substring(SCHEME.length()).strip()
                : null;
    }

    /** Compares in constant time, so the time an answer takes tells nothing of the keys. */
    private Optional<String> ownerOf(String key) {
        byte[] presented = key.getBytes(StandardCharsets.UTF_8);
        String owner = null;
        for (Map.Entry<String, byte[]> entry : keysBySubmitter.entrySet()) {
            if (MessageDigest.isEqual(entry.getValue(), presented)) {
                owner = entry.getKey();
            }
        }
        return Optional.ofNullable(owner);
    }

    private static Map<String, byte[]> parse(List<String> entries) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon < 1 || colon == entry.length() - 1) {
                throw new IllegalStateException("claimflow.ingest.api-keys entries are submitter:key, not '"
                        + entry.replaceAll(":.*", ":…") + "'");
            }
            keys.put(
                    entry.substring(0, colon).strip(),
                    entry.substring(colon + 1).strip().getBytes(StandardCharsets.UTF_8));
        }
        return keys;
    }
}
