package io.claimflow.match;

/**
 * An earlier claim that says the same thing as the claim matched.
 *
 * @param claimId the earlier claim
 * @param documentId its document
 * @param score how surely both say the same thing, 0..1
 * @param evidence why
 */
public record Match(String claimId, String documentId, double score, Evidence evidence) {}
