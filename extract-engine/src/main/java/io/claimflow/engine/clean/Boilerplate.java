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

    private final Pattern lines;
    private final Pattern inline;

    public Boilerplate(LanguageResources languages) {
        this.lines = alternation(languages.union(LexiconName.BOILERPLATE));
        this.inline = alternation(languages.union(LexiconName.INLINE_BOILERPLATE));
    }

    /** Whether a whole line, trimmed, is boilerplate. */
    public boolean isBoilerplateLine(CharSequence line) {
        return lines.matcher(line).matches();
    }

    /** The inline boilerplate within a line. */
    public Matcher inline(CharSequence line) {
        return inline.matcher(line);
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
