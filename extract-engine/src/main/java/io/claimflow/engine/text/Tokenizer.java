package io.claimflow.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into words (keeping "U.S.", "al-Assad", "4,000" and "70 000" whole), numbers and symbols. At each
 * position the first of these that fits wins, longest as it can be: an initialism (letters each followed by a full
 * stop, two or more: "U.S.", "a.k.a."); a number grouped by spaces (1 to 3 digits, then groups of exactly 3 after a
 * space, no-break space or narrow no-break space, not followed by a digit: "70 000"); a word (letters, marks and
 * digits, joined by single . , ' ’ or -); one of % $ € £. Every stage tokenizes every sentence, so this is a
 * hand-written scanner: a regular expression did the same at several times the cost.
 */
public final class Tokenizer {

    private static final int ASCII = 0x80;

    private Tokenizer() {}

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int at = 0;
        while (at < length) {
            int end = initialism(text, at);
            if (end < 0) {
                end = groupedNumber(text, at);
            }
            if (end < 0) {
                end = word(text, at);
            }
            if (end < 0) {
                end = symbol(text, at);
            }
            if (end > at) {
                tokens.add(new Token(at, end, text.substring(at, end)));
                at = end;
            } else {
                at += Character.charCount(text.codePointAt(at));
            }
        }
        return tokens;
    }

    private static int initialism(String text, int start) {
        int at = start;
        int letters = 0;
        while (at < text.length()) {
            int codePoint = text.codePointAt(at);
            int next = at + Character.charCount(codePoint);
            if (!isLetter(codePoint) || next >= text.length() || text.charAt(next) != '.') {
                break;
            }
            at = next + 1;
            letters++;
        }
        return letters >= 2 ? at : -1;
    }

    private static int groupedNumber(String text, int start) {
        int leading = digits(text, start, 4);
        if (leading < 1 || leading > 3) {
            return -1;
        }
        int at = advance(text, start, leading);
        int end = -1;
        while (at < text.length() && isGroupSeparator(text.charAt(at))) {
            int group = at + 1;
            if (digits(text, group, 3) < 3) {
                break;
            }
            at = advance(text, group, 3);
            if (at >= text.length() || !isNumber(text.codePointAt(at))) {
                end = at;
            }
        }
        return end;
    }

    private static int word(String text, int start) {
        if (!isWordCharacter(text.codePointAt(start))) {
            return -1;
        }
        int at = wordRun(text, start);
        while (at + 1 < text.length() && isJoiner(text.charAt(at)) && isWordCharacter(text.codePointAt(at + 1))) {
            at = wordRun(text, at + 1);
        }
        return at;
    }

    private static int symbol(String text, int start) {
        return "%$€£".indexOf(text.charAt(start)) >= 0 ? start + 1 : -1;
    }

    private static int wordRun(String text, int start) {
        int at = start;
        while (at < text.length()) {
            int codePoint = text.codePointAt(at);
            if (!isWordCharacter(codePoint)) {
                break;
            }
            at += Character.charCount(codePoint);
        }
        return at;
    }

    /** How many number characters follow from {@code start}, counting up to {@code most}. */
    private static int digits(String text, int start, int most) {
        int count = 0;
        int at = start;
        while (count < most && at < text.length() && isNumber(text.codePointAt(at))) {
            at += Character.charCount(text.codePointAt(at));
            count++;
        }
        return count;
    }

    private static int advance(String text, int start, int codePoints) {
        return text.offsetByCodePoints(start, codePoints);
    }

    private static boolean isWordCharacter(int codePoint) {
        if (codePoint < ASCII) {
            return isAsciiLetter(codePoint) || isAsciiDigit(codePoint);
        }
        return Character.isLetter(codePoint) || isMark(codePoint) || isNumber(codePoint);
    }

    // Most text is ASCII, where letters and digits are plain ranges: Character.getType is the scanner's main cost.
    private static boolean isLetter(int codePoint) {
        return codePoint < ASCII ? isAsciiLetter(codePoint) : Character.isLetter(codePoint);
    }

    private static boolean isAsciiLetter(int codePoint) {
        return (codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z';
    }

    private static boolean isAsciiDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int codePoint) {
        if (codePoint < ASCII) {
            return isAsciiDigit(codePoint);
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isGroupSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == ',' || c == '\'' || c == '’' || c == '-';
    }
}
