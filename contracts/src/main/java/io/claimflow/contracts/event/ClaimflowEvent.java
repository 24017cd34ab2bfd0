package io.claimflow.contracts.event;

import java.time.Instant;

/** An event on a Claimflow topic: what the serde needs to write its Kafka key and CloudEvents headers. */
public sealed interface ClaimflowEvent permits DocumentSubmitted, ClaimExtracted, DocumentProcessed {

    /** The Kafka record key: the document id, so that all events of one document share a partition. */
    String documentId();

    /**
     * The CloudEvents id. The same logical event always gets the same id, so a consumer can drop redeliveries by id
     * alone.
     */
    String eventId();

    /** The CloudEvents time: when the event happened. */
    Instant eventTime();
}
