package io.claimflow.engine.attribution;

import java.util.BitSet;

/**
 * Finds what a sentence quotes, whatever the quoting style (“…”, ”…”, «…», "…"): a mark opens a quote when it follows a
 * space and precedes text, and closes one when it follows text. A quote may run on from an earlier sentence.
 */
final class QuoteSpans {

    private static final String MARKS = "“”„«»\"";

    /** The reading of a sentence without quotes. */
    static final Reading NONE = new Reading(0, (char) 0, new BitSet());

    private QuoteSpans() {}

    /**
     * Reads a sentence's quotes.
     *
     * @param sentence the sentence
     * @param openBefore the mark that opened a quote still open from an earlier sentence, or 0
     */
    static Reading read(String sentence, char openBefore) {
        boolean open = openBefore != 0;
        char opener = openBefore;
        int quotedChars = 0;
        int openedAt = open ? 0 : -1;
        BitSet inside = new BitSet(sentence.length());
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (MARKS.indexOf(c) < 0) {
                continue;
            }
            boolean before = i == 0
                    || Character.isWhitespace(sentence.charAt(i - 1))
                    || "([–—-:".indexOf(sentence.charAt(i - 1)) >= 0;
            boolean after = i + 1 < sentence.length() && !Character.isWhitespace(sentence.charAt(i + 1));
            boolean opens = c == '«' || c == '„' || (c != '»' && before && after);
            if (opens && !open) {
                open = true;
                opener = c;
                openedAt = i;
            } else if (!opens && open && closes(opener, c)) {
                open = false;
                quotedChars += i - openedAt;
                inside.set(openedAt, i);
            }
        }
        if (open) {
            quotedChars += sentence.length() - openedAt;
            inside.set(openedAt, sentence.length());
        }
        double share = sentence.isEmpty() ? 0 : (double) quotedChars / sentence.length();
        return new Reading(share, open ? opener : 0, inside);
    }

    /** Whether {@code mark} closes a quote {@code opener} opened; a quote of another style inside is nested. */
    private static boolean closes(char opener, char mark) {
        return switch (opener) {
            case '«' -> mark == '»';
            case '“', '„' -> mark == '”' || mark == '“';
            default -> mark == opener;
        };
    }

    /**
     * What a sentence quotes.
     *
     * @param share the share of its characters inside quotes
     * @param openAfter the mark of the quote still open at its end, or 0
     * @param inside the offsets of the sentence inside quotes (the opening mark included)
     */
    record Reading(double share, char openAfter, BitSet inside) {

        /** Whether the sentence is mostly quoted: a direct quote rather than a scare-quoted phrase. */
        boolean direct() {
            return share >= 0.5;
        }

        boolean open() {
            return openAfter != 0;
        }

        /** Whether the sentence quotes anything. */
        boolean quotes() {
            return !inside.isEmpty();
        }

        /** Whether offset {@code at} is inside a quote, and not the first word the quote opens with. */
        boolean quotedWord(String sentence, int at) {
            return inside.get(at) && !(at > 0 && MARKS.indexOf(sentence.charAt(at - 1)) >= 0);
        }
    }
}
