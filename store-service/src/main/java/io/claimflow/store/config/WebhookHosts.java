package io.claimflow.store.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hosts a watch's webhook may go to ({@code claimflow.store.alerts.webhook-hosts}), checked when a watch is defined
 * and again before each delivery, since the setting may have changed since: without it, anyone who may define a watch
 * could have the store post to addresses inside its network.
 */
@ApplicationScoped
public class WebhookHosts {

    /** The setting's name, as errors name it. */
    public static final String SETTING = "claimflow.store.alerts.webhook-hosts";

    private final Optional<List<String>> allowed;

    @Inject
    public WebhookHosts(AlertConfig config) {
        this(config.webhookHosts());
    }

    WebhookHosts(Optional<List<String>> allowed) {
        this.allowed = allowed.map(hosts -> hosts.stream()
                .map(WebhookHosts::normalised)
                .filter(host -> !host.isEmpty() && !host.equals("."))
                .toList());
    }

    /** Whether a webhook may go to the host of this URL. */
    public boolean allows(URI webhook) {
        if (allowed.isEmpty()) {
            return true;
        }
        if (webhook.getHost() == null) {
            return false;
        }
        String host = normalised(webhook.getHost());
        return allowed.get().stream()
                .anyMatch(entry -> entry.startsWith(".")
                        ? host.equals(entry.substring(1)) || host.endsWith(entry)
                        : host.equals(entry));
    }

    // Case, IPv6 brackets and a fully qualified name's final dot do not make another host.
    private static String normalised(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.length() > 1 && name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
