package io.claimflow.ingest.messaging;

/** What became of handing one document to Kafka. */
public enum Publication {
    /** Kafka acknowledged the record: it is on the topic. */
    ACKNOWLEDGED,
    /** Refused without sending, while Kafka counts as down: the record is certainly not on the topic. */
    NOT_SENT,
    /** Sent, but no acknowledgement came in time: the broker may have written the record all the same. */
    IN_DOUBT;

    /** Whether the record may be on the topic although nobody heard so. */
    public boolean mayHaveBeenWritten() {
        return this == IN_DOUBT;
    }
}
