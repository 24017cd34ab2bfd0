package io.claimflow.tools.train;

/**
 * A sentence with its check-worthiness label.
 *
 * @param text the sentence or tweet
 * @param language ISO 639-1 code
 * @param checkworthy whether annotators found it worth checking
 */
public record LabeledSentence(String text, String language, boolean checkworthy) {}
