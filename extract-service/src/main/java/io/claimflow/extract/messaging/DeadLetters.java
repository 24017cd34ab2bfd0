package io.claimflow.extract.messaging;

import io.claimflow.contracts.topic.Topics;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A record set aside for {@code claimflow.documents.v1.dlq}: its key, value and headers as they came, plus
 * the same {@code dead-letter-*} headers SmallRye's dead-letter strategy writes, so every DLQ of the
 * pipeline reads alike and {@code claimflow redrive} can send it back.
 */
final class DeadLetters {

    private DeadLetters() {}

    static Message<Object> of(KafkaRecord<String, byte[]> record, Throwable failure) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.getHeaders()) {
            headers.add(header);
        }
        put(headers, "dead-letter-reason", String.valueOf(failure.getMessage()));
        put(headers, "dead-letter-exception-class-name", failure.getClass().getName());
        if (failure.getCause() != null) {
            put(headers, "dead-letter-cause", String.valueOf(failure.getCause().getMessage()));
            put(headers, "dead-letter-cause-class-name", failure.getCause().getClass().getName());
        }
        put(headers, "dead-letter-topic", record.getTopic());
        put(headers, "dead-letter-partition", Integer.toString(record.getPartition()));
        put(headers, "dead-letter-offset", Long.toString(offsetOf(record)));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.DOCUMENTS.deadLetterTopic())
                .withKey(record.getKey())
                .withHeaders(headers)
                .build();
        return Message.<Object>of(record.getPayload()).addMetadata(metadata);
    }

    /** Where the record was read: only the incoming metadata knows its offset. */
    static long offsetOf(KafkaRecord<String, byte[]> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L);
    }

    private static void put(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
