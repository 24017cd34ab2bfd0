package io.claimflow.service.kafka;

import io.claimflow.contracts.serde.DeadLetterHeaders;
import io.claimflow.contracts.topic.Topic;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A consumed record set aside for its consumer group's dead-letter topic of its topic
 * ({@code claimflow.documents.v1.extract-service.dlq}), written by the consumer inside its batch's transaction: its
 * key, value and headers as they came, plus the {@link DeadLetterHeaders} SmallRye's dead-letter strategy writes too,
 * so every DLQ of the pipeline reads alike and {@code claimflow redrive} can send it back. One definition for every
 * transactional consumer (extract-service, match-service).
 */
public final class DeadLetters {

    private DeadLetters() {}

    /**
     * The dead letter of a record of {@code topic} (read from the topic or from the group's redrive topic of it), for
     * {@code group}'s dead-letter topic of {@code topic}.
     */
    public static Message<Object> of(
            Topic<?> topic, String group, KafkaRecord<String, byte[]> record, Throwable failure) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.getHeaders()) {
            headers.add(header);
        }
        DeadLetterHeaders.write(headers, failure, record.getTopic(), record.getPartition(), offsetOf(record));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic.deadLetterTopic(group))
                .withKey(record.getKey())
                .withHeaders(headers)
                .build();
        return Message.<Object>of(record.getPayload()).addMetadata(metadata);
    }

    /** Where the record was read: only the incoming metadata knows its offset. */
    public static long offsetOf(KafkaRecord<String, byte[]> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
    }
}
