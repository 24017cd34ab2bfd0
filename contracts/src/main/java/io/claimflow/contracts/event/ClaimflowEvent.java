package io.claimflow.contracts.event;

import java.time.Instant;

/** An event on a Claimflow topic: what the serde needs to write its Kafka key and CloudEvents headers. */
public sealed interface ClaimflowEvent
        permits DocumentSubmitted,
                ClaimExtracted,
                DocumentProcessed,
                ClaimMatched,
                NarrativeUpdated,
                FactCheckImported,
                AlertFired {

    /**
     * The Kafka record key, also the CloudEvents subject: the document id for the events of a document (so that all of
     * them share a partition and keep their order), the narrative id for a narrative and the fact-check id for a
     * fact-check (so that compaction keeps its latest state), the watch id for an alert.
     */
    String key();

    /**
     * The CloudEvents id. The same logical event always gets the same id, so a consumer can drop redeliveries by id
     * alone.
     */
    String eventId();

    /** The CloudEvents time: when the event happened. */
    Instant eventTime();
}
