package io.claimflow.matching.service;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.match.ClaimContext;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;

/**
 * Reads a record of {@code claimflow.claims.v1} into what the engine matches, the same way for the live stream and the
 * catch-up: bytes in, so an unreadable record is the caller's to dead-letter (or skip, when catching up).
 */
public final class ClaimReader {

    private final EventDeserializer<ClaimExtracted> deserializer = Topics.CLAIMS.deserializer();

    /** The claim of a record, or a {@link SerializationException} saying why there is none. */
    public ClaimContext read(String topic, Headers headers, byte[] value) {
        ClaimExtracted claim = deserializer.deserialize(topic, headers, value);
        if (claim == null) {
            throw new SerializationException("the record has no value");
        }
        return ClaimContext.of(claim);
    }
}
