package io.claimflow.ingest.rest;

/**
 * The answer to a submitted document.
 *
 * @param documentId the id the document is known by from now on
 * @param status "accepted" (Kafka has it now) or "duplicate" (Kafka had it already; nothing new happens)
 * @param location where the document and its claims can be read once extracted
 */
public record SubmissionReceipt(String documentId, String status, String location) {}
