package io.claimflow.store.messaging;

import io.claimflow.contracts.event.AlertFired;
import io.claimflow.contracts.serde.DeadLetterHeaders;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.store.config.AlertConfig;
import io.claimflow.store.repository.AlertOutbox;
import io.claimflow.store.service.AlertDelivery;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends the alert outbox on, on a thread of its own so that the consumers never wait for Kafka acknowledgements of
 * alerts or for webhooks: publishes unsent alerts to {@code claimflow.alerts.v1} (at least once: an alert published
 * just before a crash is published again, with the same ce_id), then makes the webhook deliveries that are due. A
 * delivery whose last attempt failed goes to {@code claimflow.alerts.v1.store-service.dlq} with the error in the
 * dead-letter headers.
 */
@ApplicationScoped
public class AlertDispatcher {

    private static final Logger LOG = Logger.getLogger(AlertDispatcher.class);

    private final AlertDelivery delivery;
    private final WebhookSender webhooks;
    private final MutinyEmitter<AlertFired> alerts;
    private final MutinyEmitter<byte[]> deadLetters;
    private final AlertConfig config;
    private ScheduledExecutorService executor;

    public AlertDispatcher(
            AlertDelivery delivery,
            WebhookSender webhooks,
            @Channel("alerts") MutinyEmitter<AlertFired> alerts,
            @Channel("alerts-dlq") MutinyEmitter<byte[]> deadLetters,
            AlertConfig config) {
        this.delivery = delivery;
        this.webhooks = webhooks;
        this.alerts = alerts;
        this.deadLetters = deadLetters;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "claimflow-alerts");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::dispatch, interval, interval, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** One look at the outbox; a failure is logged and the next look tries again. */
    void dispatch() {
        try {
            while (delivery.publishPending(this::publish) == config.batchSize()) {
                // a full batch: there may be more
            }
            for (AlertOutbox.DueDelivery due : delivery.leaseDue()) {
                deliver(due);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "The alert outbox could not be sent on; trying again in %s", config.pollInterval());
        }
    }

    private void publish(AlertFired alert) {
        alerts.sendMessage(KafkaRecord.of(alert.key(), alert)).await().atMost(config.publishTimeout());
    }

    private void deliver(AlertOutbox.DueDelivery due) {
        String alertId = AlertFired.idOf(due.watchId(), due.claimId());
        Optional<String> failure = webhooks.send(due.webhook(), due.secret(), alertId, due.body());
        if (failure.isEmpty()) {
            delivery.delivered(due);
        } else if (!delivery.isLastAttempt(due)) {
            LOG.infof(
                    "Webhook of watch %s failed on alert %s (%s); retrying later",
                    due.watchId(), alertId, failure.get());
            delivery.retryLater(due, failure.get());
        } else {
            LOG.warnf(
                    "Webhook of watch %s failed on alert %s for the last time (%s); dead-lettered",
                    due.watchId(), alertId, failure.get());
            deadLetter(due, failure.get());
            delivery.deadLettered(due, failure.get());
        }
    }

    /** The alert's body, keyed by its watch, with the error in the headers every dead-letter topic carries. */
    private void deadLetter(AlertOutbox.DueDelivery due, String error) {
        RecordHeaders headers = new RecordHeaders();
        DeadLetterHeaders.write(headers, new WebhookFailedException(error), Topics.ALERTS.name(), -1, -1L);
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(due.watchId())
                .withHeaders(headers)
                .build();
        deadLetters
                .sendMessage(
                        Message.of(due.body().getBytes(StandardCharsets.UTF_8)).addMetadata(metadata))
                .await()
                .atMost(config.publishTimeout());
    }

    /** The failure a dead-lettered alert's headers name: its webhook's last answer, or the lack of one. */
    static final class WebhookFailedException extends RuntimeException {
        WebhookFailedException(String message) {
            super(message, null, false, false);
        }
    }
}
