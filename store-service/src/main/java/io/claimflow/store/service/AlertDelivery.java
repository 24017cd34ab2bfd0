package io.claimflow.store.service;

import io.claimflow.contracts.event.AlertFired;
import io.claimflow.store.config.AlertConfig;
import io.claimflow.store.repository.AlertOutbox;
import io.claimflow.store.repository.StoredJson;
import io.claimflow.store.repository.WatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends the alert outbox on, each step in a transaction of its own: alerts to a publisher (the topic), then their
 * webhook deliveries, whose attempts and next attempt are kept in the alert, so a restart keeps the schedule.
 */
@ApplicationScoped
public class AlertDelivery {

    private static final Logger LOG = Logger.getLogger(AlertDelivery.class);

    private final AlertOutbox outbox;
    private final WatchRepository watches;
    private final AlertConfig config;

    public AlertDelivery(AlertOutbox outbox, WatchRepository watches, AlertConfig config) {
        this.outbox = outbox;
        this.watches = watches;
        this.config = config;
    }

    /** Where published alerts go; returns once the alert is durable there, throws when it is not. */
    @FunctionalInterface
    public interface AlertPublisher {
        void publish(AlertFired alert);
    }

    /**
     * Publishes up to a batch of unpublished alerts, oldest first, and marks each one published once the publisher took
     * it; stops at the first it does not take, which waits for the next call with the rest. How many were published.
     */
    @Transactional
    public int publishPending(AlertPublisher publisher) {
        int published = 0;
        for (AlertFired alert : outbox.unpublished(config.batchSize())) {
            try {
                publisher.publish(alert);
            } catch (RuntimeException e) {
                // The ones before it stay published: rolling them back would only publish them again.
                LOG.warnf("Alert %s was not published (%s); it is retried with the next look", alert.alertId(), e);
                break;
            }
            outbox.markPublished(alert.watchId(), alert.claimId(), StoredJson.write(alert), Instant.now());
            published++;
        }
        return published;
    }

    /** The webhook deliveries due now, leased for long enough to make the attempt. */
    @Transactional
    public List<AlertOutbox.DueDelivery> leaseDue() {
        Instant now = Instant.now();
        Duration lease = config.webhookTimeout().multipliedBy(2).plusSeconds(30);
        return outbox.leaseDue(config.batchSize(), now, now.plus(lease));
    }

    /** Whether a failure of this attempt is the last one, after which the alert goes to the dead-letter topic. */
    public boolean isLastAttempt(AlertOutbox.DueDelivery delivery) {
        return delivery.attempts() + 1 >= config.webhookAttempts();
    }

    @Transactional
    public void delivered(AlertOutbox.DueDelivery delivery) {
        Instant now = Instant.now();
        outbox.markDelivered(delivery, now);
        watches.recordDelivered(delivery.watchId(), now);
    }

    /** A failed attempt that is not the last: the next waits the backoff, doubled per attempt made, up to the most. */
    @Transactional
    public void retryLater(AlertOutbox.DueDelivery delivery, String error) {
        Instant now = Instant.now();
        outbox.markFailed(delivery, error, now, now.plus(backoff(delivery.attempts() + 1)));
    }

    /** The last attempt failed and the alert is on the dead-letter topic: the watch shows the error. */
    @Transactional
    public void deadLettered(AlertOutbox.DueDelivery delivery, String error) {
        Instant now = Instant.now();
        outbox.markFailed(delivery, error, now, null);
        watches.recordError(delivery.watchId(), error, now);
    }

    /** The wait after {@code failed} failed attempts. */
    Duration backoff(int failed) {
        Duration wait = config.webhookBackoff();
        for (int i = 1; i < failed && wait.compareTo(config.webhookMaxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.webhookMaxBackoff()) > 0 ? config.webhookMaxBackoff() : wait;
    }
}
