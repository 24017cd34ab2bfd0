package io.claimflow.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Settings of the watches' alert outbox ({@code claimflow.store.alerts.*}): how it is sent to
 * {@code claimflow.alerts.v1} and to the webhooks; their defaults are declared here and nowhere else.
 */
@ConfigMapping(prefix = "claimflow.store.alerts")
public interface AlertConfig {

    /** How often the outbox is looked at for alerts to publish and webhook deliveries that are due. */
    @WithDefault("1s")
    Duration pollInterval();

    /** The most alerts published, or webhook deliveries made, per look. */
    @WithDefault("100")
    int batchSize();

    /** How long Kafka may take to acknowledge an alert before the rest wait for the next look. */
    @WithDefault("10s")
    Duration publishTimeout();

    /** How long a webhook may take to answer; longer counts as a failed attempt. */
    @WithDefault("10s")
    Duration webhookTimeout();

    /** Attempts of a webhook delivery before the alert goes to the dead-letter topic. */
    @WithDefault("6")
    int webhookAttempts();

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("2s")
    Duration webhookBackoff();

    /** The longest wait between two attempts. */
    @WithDefault("10m")
    Duration webhookMaxBackoff();

    /**
     * The hosts a webhook may go to ({@link WebhookHosts}): a name or address, or {@code .example.org} for it and every
     * host under it; unset, any host.
     */
    Optional<List<String>> webhookHosts();
}
