package io.claimflow.ingest.service;

/** What became of one submitted document; {@code rest/} answers each kind with its status code. */
public sealed interface SubmissionOutcome {

    String documentId();

    /** Kafka acknowledged the new document. */
    record Accepted(String documentId) implements SubmissionOutcome {}

    /** Kafka had the document already, so nothing was published again. */
    record Duplicate(String documentId) implements SubmissionOutcome {}

    /** The id belongs to a document with other content; nothing was published. */
    record IdConflict(String documentId) implements SubmissionOutcome {}

    /**
     * The submission cannot be taken now; the same submission later can.
     *
     * @param reason why not now
     * @param mayHaveBeenWritten whether the document was handed to Kafka and may be on the topic all the same
     */
    record Unavailable(String documentId, Reason reason, boolean mayHaveBeenWritten) implements SubmissionOutcome {}

    /** Why a submission cannot be taken now. */
    enum Reason {
        /** Kafka did not acknowledge the document in time, or counts as down. */
        KAFKA_UNAVAILABLE,
        /** The index of accepted documents (PostgreSQL) cannot be reached, so new cannot be told from known. */
        INDEX_UNAVAILABLE,
        /** An earlier publish of this document is in doubt until the topic tells whether it was written. */
        OUTCOME_UNKNOWN
    }
}
