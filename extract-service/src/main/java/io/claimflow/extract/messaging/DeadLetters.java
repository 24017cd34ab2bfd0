package io.claimflow.extract.messaging;

import io.claimflow.contracts.serde.DeadLetterHeaders;
import io.claimflow.contracts.topic.Topics;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A record set aside for {@code claimflow.documents.v1.dlq}: its key, value and headers as they came, plus the
 * {@link DeadLetterHeaders} SmallRye's dead-letter strategy writes too, so every DLQ of the pipeline reads alike and
 * {@code claimflow redrive} can send it back.
 */
final class DeadLetters {

    private DeadLetters() {}

    static Message<Object> of(KafkaRecord<String, byte[]> record, Throwable failure) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.getHeaders()) {
            headers.add(header);
        }
        DeadLetterHeaders.write(headers, failure, record.getTopic(), record.getPartition(), offsetOf(record));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.DOCUMENTS.deadLetterTopic())
                .withKey(record.getKey())
                .withHeaders(headers)
                .build();
        return Message.<Object>of(record.getPayload()).addMetadata(metadata);
    }

    /** Where the record was read: only the incoming metadata knows its offset. */
    static long offsetOf(KafkaRecord<String, byte[]> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
    }
}
