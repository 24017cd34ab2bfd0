package io.claimflow.matching.messaging;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.contracts.topic.Topic;
import io.claimflow.service.kafka.DeadLetters;
import io.claimflow.service.kafka.EventMessages;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.transactions.TransactionalEmitter;

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

    /** A record set aside to its topic's dead-letter topic, as it came. */
    record Rejected(Topic<?> topic, KafkaRecord<String, byte[]> record, Throwable failure) implements Outcome {
        @Override
        public void writeTo(TransactionalEmitter<Object> emitter) {
            emitter.send(DeadLetters.of(topic, record, failure));
        }
    }
}
