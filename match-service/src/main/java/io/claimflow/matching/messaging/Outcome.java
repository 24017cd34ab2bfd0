package io.claimflow.matching.messaging;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.service.kafka.DeadLetters;
import io.claimflow.service.kafka.EventMessages;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.transactions.TransactionalEmitter;

/** What a batch publishes, written into its transaction: per claim its match or its dead letter, then narratives. */
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

    /** A record set aside to {@code claimflow.claims.v1.dlq}, as it came. */
    record Rejected(KafkaRecord<String, byte[]> record, Throwable failure) implements Outcome {
        @Override
        public void writeTo(TransactionalEmitter<Object> emitter) {
            emitter.send(DeadLetters.of(Topics.CLAIMS, record, failure));
        }
    }
}
