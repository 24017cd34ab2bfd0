package io.claimflow.service.kafka;

import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.topic.Topics;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * An event as a message of a transactional emitter: to its contract topic, under the key the event names. One emitter
 * writes several topics in one transaction, so the topic travels with each message.
 */
public final class EventMessages {

    private EventMessages() {}

    public static Message<Object> of(ClaimflowEvent event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.forValueType(event.getClass()).name())
                .withKey(event.key())
                .build();
        return Message.<Object>of(event).addMetadata(metadata);
    }
}
