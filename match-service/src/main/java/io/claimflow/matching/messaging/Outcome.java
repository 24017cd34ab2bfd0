package io.claimflow.matching.messaging;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.service.kafka.EventMessages;
import io.smallrye.reactive.messaging.kafka.transactions.TransactionalEmitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * What a batch publishes, written into its transaction: per claim its match or its dead letter, then narratives; per
 * fact-check the match records of the claims it checked, or its dead letter.
 */
sealed interface Outcome {

    void writeTo(TransactionalEmitter<Object> emitter);

    /** A claim's match, keyed by the claim's id: a later match of the same claim supersedes it. */
    record Matched(ClaimMatched event) implements Outcome {
        @Override
        public void writeTo(TransactionalEmitter<Object> emitter) {
            emitter.send(EventMessages.of(event));
        }
    }

    /** A changed narrative's state (a merged-away one's last), keyed by the narrative's id. */
    record Narrative(NarrativeUpdated event) implements Outcome {
        @Override
        public void writeTo(TransactionalEmitter<Object> emitter) {
            emitter.send(EventMessages.of(event));
        }
    }

    /** A record set aside, as it came, to its consumer group's dead-letter topic of its topic. */
    record Rejected(Message<Object> deadLetter) implements Outcome {
        @Override
        public void writeTo(TransactionalEmitter<Object> emitter) {
            emitter.send(deadLetter);
        }
    }
}
