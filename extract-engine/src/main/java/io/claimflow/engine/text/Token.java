package io.claimflow.engine.text;

import java.util.Locale;

/**
 * A word, number or symbol of a sentence.
 *
 * @param start offset in the sentence, inclusive
 * @param end offset in the sentence, exclusive
 * @param text the token as written
 * @param lower the token in lower case (Locale.ROOT), which most lexicon lookups use
 */
public record Token(int start, int end, String text, String lower) {

    /** A token whose lower-case form is computed once here, not by each stage that looks it up. */
    public Token(int start, int end, String text) {
        this(start, end, text, text.toLowerCase(Locale.ROOT));
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean numeric() {
        return !text.isEmpty() && Character.isDigit(text.codePointAt(0));
    }
}
