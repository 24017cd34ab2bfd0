package io.claimflow.store.query;

import java.net.URI;
import java.util.Map;

/**
 * A watch as its owner defined it, checked: a name, a claim filter and, optionally, a webhook with its secret.
 *
 * @param name what the owner calls it
 * @param parameters the filter as given, by the parameter names of {@code GET /claims}; what the store keeps
 * @param filter the same filter, read
 * @param webhook where alerts are posted, or null
 * @param secret the key of the HMAC-SHA256 signature of each webhook body; present exactly when the webhook is
 */
public record WatchDefinition(
        String name, Map<String, Object> parameters, ClaimFilter filter, URI webhook, String secret) {

    public WatchDefinition {
        parameters = Map.copyOf(parameters);
    }
}
