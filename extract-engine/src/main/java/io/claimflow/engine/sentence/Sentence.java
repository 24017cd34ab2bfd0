package io.claimflow.engine.sentence;

/**
 * One sentence of the cleaned text.
 *
 * @param start offset in the cleaned text, inclusive
 * @param end offset in the cleaned text, exclusive
 * @param text the sentence
 * @param wholeLine whether the sentence is a line of its own (a heading, when it has no final punctuation)
 */
public record Sentence(int start, int end, String text, boolean wholeLine) {

    private static final String FINAL_PUNCTUATION = ".!?…\"”»’“'";

    /** Whether the sentence ends as sentences do, with a full stop, question mark or closing quote. */
    public boolean terminated() {
        return !text.isEmpty() && FINAL_PUNCTUATION.indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
