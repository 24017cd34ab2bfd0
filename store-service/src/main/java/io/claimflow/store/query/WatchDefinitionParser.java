package io.claimflow.store.query;

import io.claimflow.store.config.WebhookHosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a watch's definition. Its filter is read by {@link ClaimQueryParser}, as {@code GET /claims} reads the same
 * parameters, so a watch fires on exactly the claims that query lists; every wrong field is named at once.
 */
@ApplicationScoped
public class WatchDefinitionParser {

    public static final String NAME = "name";
    public static final String WEBHOOK = "webhook";
    public static final String SECRET = "secret";
    /** The longest name a watch may have. */
    static final int MAX_NAME = 200;
    /** The shortest secret: anything shorter is guessable enough to forge signatures. */
    static final int MIN_SECRET = 16;

    private static final Set<String> WEBHOOK_SCHEMES = Set.of("http", "https");

    private final ClaimQueryParser claims;
    private final WebhookHosts webhookHosts;

    public WatchDefinitionParser(ClaimQueryParser claims, WebhookHosts webhookHosts) {
        this.claims = claims;
        this.webhookHosts = webhookHosts;
    }

    /**
     * The definition, or every field that is wrong.
     *
     * @param parameters the filter by parameter name of {@code GET /claims}; null values are absent
     */
    public ParsedQuery<WatchDefinition> parse(
            String name, Map<String, Object> parameters, String webhook, String secret) {
        Map<String, Object> given = new LinkedHashMap<>();
        parameters.forEach((parameter, value) -> {
            if (value != null) {
                given.put(parameter, value);
            }
        });
        List<ParameterError> errors = new ArrayList<>();
        ClaimFilter filter = null;
        ParsedQuery<ClaimQuery> read = claims.parse(QueryKind.WATCH, asQuery(given), null);
        if (read instanceof ParsedQuery.Valid<ClaimQuery> valid) {
            filter = valid.query().filter();
        } else {
            errors.addAll(((ParsedQuery.Invalid<ClaimQuery>) read).errors());
        }
        if (name == null || name.isBlank()) {
            errors.add(new ParameterError(NAME, "is required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new ParameterError(NAME, "must be at most " + MAX_NAME + " characters"));
        }
        URI target = webhook == null ? null : webhook(webhook, errors);
        if (webhook != null && (secret == null || secret.length() < MIN_SECRET)) {
            errors.add(
                    new ParameterError(SECRET, "is required with a webhook, at least " + MIN_SECRET + " characters"));
        } else if (webhook == null && secret != null) {
            errors.add(new ParameterError(SECRET, "signs webhook bodies, so it needs a " + WEBHOOK));
        }
        return errors.isEmpty()
                ? new ParsedQuery.Valid<>(new WatchDefinition(name.strip(), given, filter, target, secret))
                : new ParsedQuery.Invalid<>(errors);
    }

    /** The filter of a stored watch, read as it was when the watch was made; empty if it no longer reads. */
    public Optional<ClaimFilter> filterOf(Map<String, Object> parameters) {
        if (claims.parse(QueryKind.WATCH, asQuery(parameters), null) instanceof ParsedQuery.Valid<ClaimQuery> valid) {
            return Optional.of(valid.query().filter());
        }
        return Optional.empty();
    }

    private URI webhook(String webhook, List<ParameterError> errors) {
        try {
            URI uri = new URI(webhook.strip());
            if (uri.getScheme() != null
                    && WEBHOOK_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null) {
                if (webhookHosts.allows(uri)) {
                    return uri;
                }
                errors.add(
                        new ParameterError(WEBHOOK, "goes to a host that " + WebhookHosts.SETTING + " does not list"));
                return null;
            }
        } catch (URISyntaxException e) {
            // reported below, as a URL of another scheme is
        }
        errors.add(new ParameterError(WEBHOOK, "must be an absolute http or https URL"));
        return null;
    }

    private static Map<String, List<String>> asQuery(Map<String, Object> parameters) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        parameters.forEach((parameter, value) -> query.put(parameter, List.of(String.valueOf(value))));
        return query;
    }
}
