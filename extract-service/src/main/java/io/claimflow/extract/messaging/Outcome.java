package io.claimflow.extract.messaging;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.topic.Topics;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.TransactionalEmitter;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Message;

/** What became of one consumed document, written into the batch's transaction. */
sealed interface Outcome {

    void writeTo(TransactionalEmitter<Object> emitter);

    /** The document's claims, then its outcome. */
    record Extracted(List<ClaimExtracted> claims, DocumentProcessed status) implements Outcome {
        @Override
        public void writeTo(TransactionalEmitter<Object> emitter) {
            claims.forEach(claim -> emitter.send(event(claim)));
            emitter.send(event(status));
        }
    }

    /** A record set aside: to the dead-letter topic, and its failed outcome when the record names its document. */
    record Rejected(KafkaRecord<String, byte[]> record, Throwable failure, DocumentProcessed status)
            implements Outcome {
        @Override
        public void writeTo(TransactionalEmitter<Object> emitter) {
            emitter.send(DeadLetters.of(record, failure));
            if (status != null) {
                emitter.send(event(status));
            }
        }
    }

    private static Message<Object> event(ClaimflowEvent event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.forValueType(event.getClass()).name())
                .withKey(event.key())
                .build();
        return Message.<Object>of(event).addMetadata(metadata);
    }
}
