package io.claimflow.contracts.identity;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A document's text as its id reads it, in UTF-8: composed (NFC), stripped, each run of white space one space. The same
 * bytes as {@code Normalizer.normalize(text, NFC).strip().replaceAll("\\s+", " ").getBytes(UTF_8)}, written in one pass
 * without a regular expression or intermediate strings: ingest derives an id or content key for every document it
 * takes, and this was half of its CPU.
 */
final class NormalizedText {

    private static final char FIRST_COMBINING_MARK = '\u0300';
    private static final char FIRST_DASH = '\u2010';
    private static final char LAST_QUOTATION_PUNCTUATION = '\u2027';

    private NormalizedText() {}

    static byte[] utf8(String text) {
        // An array, not charAt: the loops then run as fast as the JIT can make them, and even before it has.
        char[] composed = text.toCharArray();
        if (!allStayComposed(composed)) {
            composed = Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray();
        }
        int start = 0;
        int end = composed.length;
        while (start < end && Character.isWhitespace(composed[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(composed[end - 1])) {
            end--;
        }
        byte[] out = new byte[(end - start) * 3];
        int size = 0;
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            char c = composed[i];
            // The white space of the regular expression's \s: space, tab, line feed, vertical tab, form feed, return.
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            if (space) {
                if (!inSpace) {
                    out[size++] = ' ';
                }
            } else if (c < 0x80) {
                out[size++] = (byte) c;
            } else if (c < 0x800) {
                out[size++] = (byte) (0xc0 | c >> 6);
                out[size++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(composed[i + 1])) {
                int codePoint = Character.toCodePoint(c, composed[++i]);
                out[size++] = (byte) (0xf0 | codePoint >> 18);
                out[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3f));
                out[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3f));
                out[size++] = (byte) (0x80 | (codePoint & 0x3f));
            } else if (Character.isSurrogate(c)) {
                // A lone surrogate is no character: String.getBytes writes '?' for it, and so do we.
                out[size++] = '?';
            } else {
                out[size++] = (byte) (0xe0 | c >> 12);
                out[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[size++] = (byte) (0x80 | (c & 0x3f));
            }
            inSpace = space;
        }
        return Arrays.copyOf(out, size);
    }

    /**
     * Whether a text made only of this character is in NFC whatever stands beside it: true of everything below the
     * combining diacritics (U+0300) and of the dashes and quotation marks of general punctuation, which are neither
     * decomposed nor combined. Most documents hold nothing else, and NFC's own check is slow.
     */
    static boolean staysComposed(char c) {
        return c < FIRST_COMBINING_MARK || (c >= FIRST_DASH && c <= LAST_QUOTATION_PUNCTUATION);
    }

    private static boolean allStayComposed(char[] text) {
        for (char c : text) {
            if (!staysComposed(c)) {
                return false;
            }
        }
        return true;
    }
}
