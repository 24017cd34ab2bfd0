package io.claimflow.engine.sentence;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.claimflow.engine.pack.LanguagePack;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence stage: ICU's language-independent sentence rules within each line of the cleaned text, with breaks after
 * the abbreviations of every language pack undone ("U.S.", "Col. Gen.", "bl.a.").
 */
public final class SentenceSegmenter {

    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern ORDINAL_DAY = Pattern.compile("[0-3]?\\d\\.");

    private final BreakIterator prototype = BreakIterator.getSentenceInstance(ULocale.ROOT);
    private final Set<String> abbreviations = new HashSet<>();
    /** Month names of the languages that write "13. März": after such a day, the month continues the sentence. */
    private final Set<String> monthsAfterOrdinalDays = new HashSet<>();

    public SentenceSegmenter(LanguageResources languages) {
        abbreviations.addAll(languages.union(LexiconName.ABBREVIATIONS));
        for (String code : LanguagePack.readShared("ordinal-day-languages.txt")) {
            monthsAfterOrdinalDays.addAll(languages.locale(code).months().keySet());
        }
    }

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator breaker = (BreakIterator) prototype.clone();
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            List<int[]> pieces = new ArrayList<>();
            breaker.setText(line.group());
            int start = breaker.first();
            for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
                int[] piece = trimmed(text, line.start() + start, line.start() + end);
                if (piece[1] <= piece[0]) {
                    continue;
                }
                if (!pieces.isEmpty() && continues(text, pieces.get(pieces.size() - 1), piece)) {
                    pieces.get(pieces.size() - 1)[1] = piece[1];
                } else {
                    pieces.add(piece);
                }
            }
            for (int[] piece : pieces) {
                boolean wholeLine = pieces.size() == 1;
                sentences.add(new Sentence(piece[0], piece[1], text.substring(piece[0], piece[1]), wholeLine));
            }
        }
        return sentences;
    }

    /** Whether ICU broke after an abbreviation, or before a piece that cannot start a sentence. */
    private boolean continues(String text, int[] previous, int[] next) {
        String lastToken = lastToken(text, previous[0], previous[1]);
        if (lastToken != null) {
            String token = stripOpening(lastToken);
            if (abbreviations.contains(token) || INITIAL.matcher(token).matches()) {
                return true;
            }
            if (ORDINAL_DAY.matcher(token).matches() && monthsAfterOrdinalDays.contains(firstWord(text, next))) {
                return true;
            }
        }
        int first = text.codePointAt(next[0]);
        return Character.isLowerCase(first) || !Character.isLetterOrDigit(first) && next[1] - next[0] <= 2;
    }

    /**
     * The last run of non-space characters in {@code text[from, to)}, as {@code (\\S+)\\s*$} finds it (white space in
     * its ASCII sense), or null when there is none; a scan from the end instead of a match tried at every offset.
     */
    private static String lastToken(String text, int from, int to) {
        int end = to;
        while (end > from && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from && !isRegexSpace(text.charAt(start - 1))) {
            start--;
        }
        return end > start ? text.substring(start, end) : null;
    }

    /** The first word of a piece in lower case, without a full stop after it ("märz", "nov"). */
    private static String firstWord(String text, int[] piece) {
        int end = piece[0];
        while (end < piece[1] && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(piece[0], end).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String stripOpening(String token) {
        int i = 0;
        while (i < token.length() && "(“\"«„”'‘".indexOf(token.charAt(i)) >= 0) {
            i++;
        }
        return token.substring(i);
    }

    private static int[] trimmed(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }
}
