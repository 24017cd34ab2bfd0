package io.claimflow.engine.clean;

import io.claimflow.engine.pack.LanguagePack;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's byline ("By Marcus Lindqvist", "Av Anna Svensson", "Von …", "Par …"): a short line near the start
 * of the document, after its title, or among its last lines, that opens with one of the packs' byline words and names a
 * person. The author it names speaks the document's own claims.
 */
public final class Byline {

    /** A byline stands among the first lines (title, standfirst, forum user name) or signs off the last ones. */
    private static final int LINES_AT_EACH_END = 4;

    private static final int MAX_LINE = 120;
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}.'’-]*");
    /** Markdown emphasis and heading marks a byline may be dressed in. */
    private static final String DECORATION = "#*_>|•· \t";

    private final List<String> openers;
    private final Set<String> connectors;

    public Byline(LanguageResources languages) {
        this.openers = languages.union(LexiconName.BYLINE).stream()
                .map(opener -> opener.toLowerCase(Locale.ROOT))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        // "for" and "of" join names of organisations, not of people: "By Jane Roe for Reuters" ends at "for". A pack's
        // prepositions leave its own connectors, not another pack's: Dutch "van" is a preposition, English's "van" of
        // "Jan van Dijk" joins a name.
        Set<String> particles = new HashSet<>();
        for (String code : languages.codes()) {
            LanguagePack pack = languages.pack(code);
            Set<String> prepositions = Set.copyOf(pack.list(LexiconName.PREPOSITIONS));
            pack.list(LexiconName.NAME_CONNECTORS).stream()
                    .filter(connector -> !prepositions.contains(connector))
                    .forEach(particles::add);
        }
        this.connectors = Set.copyOf(particles);
    }

    /**
     * The byline of a text, if one of its first or last lines is one.
     *
     * @param text the document's visible text, one block a line
     */
    public Optional<Found> find(String text) {
        List<int[]> lines = firstLines(text);
        lines.addAll(lastLines(text, lines.isEmpty() ? 0 : lines.get(lines.size() - 1)[1]));
        for (int[] at : lines) {
            Optional<String> author = author(text.substring(at[0], at[1]));
            if (author.isPresent()) {
                return Optional.of(new Found(author.get(), at[0], at[1]));
            }
        }
        return Optional.empty();
    }

    /** The first non-blank lines, as start and end offsets: only the ends of a document are read, not all of it. */
    private static List<int[]> firstLines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length() && lines.size() < LINES_AT_EACH_END) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (!text.substring(start, end).isBlank()) {
                lines.add(new int[] {start, end});
            }
            start = end + 1;
        }
        return lines;
    }

    /** The last non-blank lines after {@code after}, in text order. */
    private static List<int[]> lastLines(String text, int after) {
        List<int[]> lines = new ArrayList<>();
        int end = text.length();
        while (end > after && lines.size() < LINES_AT_EACH_END) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            start = Math.max(start, after);
            if (!text.substring(start, end).isBlank()) {
                lines.add(0, new int[] {start, end});
            }
            end = start - 1;
        }
        return lines;
    }

    /** The person a line names as its author, when the line is a byline. */
    Optional<String> author(String line) {
        String text = strip(line);
        if (text.length() > MAX_LINE || text.isEmpty() || ".!?".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String opener : openers) {
            if (lower.startsWith(opener)
                    && lower.length() > opener.length()
                    && Character.isWhitespace(lower.charAt(opener.length()))) {
                return name(text.substring(opener.length()).strip());
            }
        }
        return Optional.empty();
    }

    /** The capitalised words that open {@code rest}, when what follows them cannot be more of a sentence. */
    private Optional<String> name(String rest) {
        Matcher word = WORD.matcher(rest);
        int scan = 0;
        int end = 0;
        int words = 0;
        while (words < MAX_NAME_WORDS && word.find() && word.start() == skipSpaces(rest, scan)) {
            String found = word.group();
            if (Character.isUpperCase(found.codePointAt(0))) {
                end = word.end();
                scan = end;
                words++;
            } else if (words > 0 && connectors.contains(found)) {
                scan = word.end();
            } else {
                break;
            }
        }
        if (words == 0) {
            return Optional.empty();
        }
        String after = rest.substring(end).strip();
        boolean ends = after.isEmpty()
                || ",;|/–—-(•·".indexOf(after.charAt(0)) >= 0
                || Character.isLowerCase(after.codePointAt(0));
        return ends ? Optional.of(rest.substring(0, end).strip()) : Optional.empty();
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && DECORATION.indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && (DECORATION.indexOf(line.charAt(end - 1)) >= 0 || line.charAt(end - 1) == ',')) {
            end--;
        }
        return line.substring(start, end);
    }

    /**
     * A byline found.
     *
     * @param author the name it gives
     * @param start where its line starts in the text
     * @param end where its line ends
     */
    public record Found(String author, int start, int end) {}
}
