package io.claimflow.engine.sentence;

import io.claimflow.engine.text.Token;
import io.claimflow.engine.text.Tokenizer;
import java.util.List;

/**
 * One sentence of the cleaned text.
 *
 * @param start offset in the cleaned text, inclusive
 * @param end offset in the cleaned text, exclusive
 * @param text the sentence
 * @param wholeLine whether the sentence is a line of its own (a heading, when it has no final punctuation)
 * @param tokens the sentence's tokens, read once here for every stage that needs them
 */
public record Sentence(int start, int end, String text, boolean wholeLine, List<Token> tokens) {

    private static final String FINAL_PUNCTUATION = ".!?…\"”»’“'";

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Sentence(int start, int end, String text, boolean wholeLine) {
        this(start, end, text, wholeLine, Tokenizer.tokens(text));
    }

    /** Whether the sentence ends as sentences do, with a full stop, question mark or closing quote. */
    public boolean terminated() {
        return !text.isEmpty() && FINAL_PUNCTUATION.indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
