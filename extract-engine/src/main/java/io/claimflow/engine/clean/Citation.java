package io.claimflow.engine.clean;

/**
 * A URL found in a document.
 *
 * @param url the URL as written
 * @param anchor offset in the cleaned text where it stood
 * @param ownLine whether it stood on a line of its own (it then cites the text around it, not one word)
 */
public record Citation(String url, int anchor, boolean ownLine) {}
