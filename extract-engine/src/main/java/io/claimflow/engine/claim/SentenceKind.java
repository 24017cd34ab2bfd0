package io.claimflow.engine.claim;

/** What a sentence does; only assertions become claims. */
public enum SentenceKind {
    ASSERTION,
    QUESTION,
    HEADING,
    IMPERATIVE,
    /** Too short to assert anything, or an introduction ending in a colon. */
    FRAGMENT
}
