package io.claimflow.ingest.rest;

/**
 * The answer to an accepted document.
 *
 * @param documentId the id the document is known by from now on
 * @param status "accepted": Kafka has the document
 * @param location where the document and its claims can be read once extracted
 */
public record SubmissionReceipt(String documentId, String status, String location) {

    public static SubmissionReceipt accepted(String documentId, String location) {
        return new SubmissionReceipt(documentId, "accepted", location);
    }
}
