package io.claimflow.extract.messaging;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.service.kafka.EventMessages;
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
            claims.forEach(claim -> emitter.send(EventMessages.of(claim)));
            emitter.send(EventMessages.of(status));
        }
    }

    /** A record set aside: its dead letter, and its failed outcome when the record names its document. */
    record Rejected(Message<Object> deadLetter, DocumentProcessed status) implements Outcome {
        @Override
        public void writeTo(TransactionalEmitter<Object> emitter) {
            emitter.send(deadLetter);
            if (status != null) {
                emitter.send(EventMessages.of(status));
            }
        }
    }
}
