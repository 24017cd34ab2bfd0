package io.claimflow.engine.clean;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boilerplate phrases of every language, compiled once: whole lines that are never content (comment widgets, share
 * lines, notices, bylines) and pieces cut out of content lines (source tags, editorial notes).
 */
public final class Boilerplate {

    private static final String ESCAPED_PUNCTUATION = "()[]{}<>.-/\\";

    private final Pattern lines;
    private final Pattern inline;
    /** Characters one of which every inline match starts with, or null when the expressions do not tell. */
    private final String inlineStarts;

    public Boilerplate(LanguageResources languages) {
        this.lines = alternation(languages.union(LexiconName.BOILERPLATE));
        List<String> inlineExpressions = languages.union(LexiconName.INLINE_BOILERPLATE);
        this.inline = alternation(inlineExpressions);
        this.inlineStarts = firstCharacters(inlineExpressions);
    }

    /** Whether a whole line, trimmed, is boilerplate. */
    public boolean isBoilerplateLine(CharSequence line) {
        return lines.matcher(line).matches();
    }

    /**
     * Whether a line can hold inline boilerplate: false when it lacks every character an inline expression starts with,
     * which spares most lines the search.
     */
    public boolean mayHaveInline(String line) {
        if (inlineStarts == null) {
            return true;
        }
        for (int i = 0; i < inlineStarts.length(); i++) {
            if (line.indexOf(inlineStarts.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The inline boilerplate within a line. */
    public Matcher inline(CharSequence line) {
        return inline.matcher(line);
    }

    /**
     * The characters that matches of the expressions must start with: each expression has to begin (after an optional
     * {@code ^}) with an escaped ASCII punctuation character that no quantifier makes optional, and have no top-level
     * alternation; punctuation has no other case, so case-insensitive matching does not widen the set. Null when one
     * expression does not fit, for then any character may start a match.
     */
    static String firstCharacters(List<String> expressions) {
        StringBuilder starts = new StringBuilder();
        for (String expression : expressions) {
            int at = expression.startsWith("^") ? 1 : 0;
            if (at + 1 >= expression.length()
                    || expression.charAt(at) != '\\'
                    || ESCAPED_PUNCTUATION.indexOf(expression.charAt(at + 1)) < 0
                    || at + 2 < expression.length() && "?*{".indexOf(expression.charAt(at + 2)) >= 0
                    || hasTopLevelAlternation(expression)) {
                return null;
            }
            starts.append(expression.charAt(at + 1));
        }
        return starts.toString();
    }

    private static boolean hasTopLevelAlternation(String expression) {
        int groups = 0;
        int classes = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                classes++;
            } else if (c == ']' && classes > 0) {
                classes--;
            } else if (classes == 0 && c == '(') {
                groups++;
            } else if (classes == 0 && c == ')') {
                groups--;
            } else if (classes == 0 && groups == 0 && c == '|') {
                return true;
            }
        }
        return false;
    }

    private static Pattern alternation(List<String> expressions) {
        if (expressions.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        StringBuilder regex = new StringBuilder();
        for (String expression : expressions) {
            regex.append(regex.isEmpty() ? "" : "|")
                    .append("(?:")
                    .append(expression)
                    .append(')');
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
