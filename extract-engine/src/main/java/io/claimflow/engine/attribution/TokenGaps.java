package io.claimflow.engine.attribution;

import io.claimflow.engine.text.Token;
import java.util.List;

/** What stands between the tokens of a sentence: the punctuation that bounds a source phrase. */
final class TokenGaps {

    private static final String BLOCKING = ",;:()”»\"–—―";

    private TokenGaps() {}

    /** The last token before a parenthesis that ends at token {@code index} ("SOHR" in "Rights (SOHR)"). */
    static int skipParenthesis(String sentence, List<Token> tokens, int index) {
        if (index < 0 || !gap(sentence, tokens, index).contains(")")) {
            return index;
        }
        for (int i = index; i > 0; i--) {
            if (sentence.substring(tokens.get(i - 1).end(), tokens.get(i).start())
                    .contains("(")) {
                return i - 1;
            }
        }
        return index;
    }

    /** Whether punctuation between token {@code index} and the next one ends a phrase. */
    static boolean blocked(String sentence, List<Token> tokens, int index) {
        int from = tokens.get(index).end();
        int to = index + 1 < tokens.size() ? tokens.get(index + 1).start() : sentence.length();
        for (int i = from; i < to; i++) {
            if (BLOCKING.indexOf(sentence.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #blocked}, except that an opening quote may stand between a source and its verb. */
    static boolean blockedBeforeVerb(String sentence, List<Token> tokens, int index) {
        String gap = gap(sentence, tokens, index);
        return !(gap.isEmpty() || gap.equals("“") || gap.equals("«") || gap.equals("„") || gap.equals("\""))
                && blocked(sentence, tokens, index);
    }

    /** What stands between token {@code index} and the next one (or the sentence's end), spaces trimmed. */
    static String gap(String sentence, List<Token> tokens, int index) {
        int to = index + 1 < tokens.size() ? tokens.get(index + 1).start() : sentence.length();
        return sentence.substring(tokens.get(index).end(), to).strip();
    }
}
