package io.claimflow.extract.messaging;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.service.kafka.DeadLetters;
import io.claimflow.service.kafka.EventMessages;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.transactions.TransactionalEmitter;
import java.util.List;

/** What became of one consumed document, written into the batch's transaction. */
sealed interface Outcome {

    void writeTo(TransactionalEmitter<Object> emitter);

    /** The document's claims, then its outcome. */
    record Extracted(List<ClaimExtracted> claims, DocumentProcessed status) implements Outcome {
        @Override
        public void writeTo(TransactionalEmitter<Object> emitter) {
            claims.forEach(claim -> emitter.send(EventMessages.of(claim)));
            emitter.send(EventMessages.of(status));
        }
    }

    /** A record set aside: to the dead-letter topic, and its failed outcome when the record names its document. */
    record Rejected(KafkaRecord<String, byte[]> record, Throwable failure, DocumentProcessed status)
            implements Outcome {
        @Override
        public void writeTo(TransactionalEmitter<Object> emitter) {
            emitter.send(DeadLetters.of(Topics.DOCUMENTS, record, failure));
            if (status != null) {
                emitter.send(EventMessages.of(status));
            }
        }
    }
}
