package io.claimflow.engine.text;

/**
 * A word, number or symbol of a sentence.
 *
 * @param start offset in the sentence, inclusive
 * @param end offset in the sentence, exclusive
 * @param text the token as written
 */
public record Token(int start, int end, String text) {

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean numeric() {
        return !text.isEmpty() && Character.isDigit(text.codePointAt(0));
    }
}
