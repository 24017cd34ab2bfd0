package io.claimflow.engine.clean;

import io.claimflow.engine.text.MappedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cleaning stage: removes markup (HTML, Markdown headings and list markers, forum breadcrumbs, stray tags) and
 * boilerplate lines, collects URLs as citations, and joins a sentence that a link line broke in two.
 */
public final class TextCleaner {

    static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"“”«»]+[^\\s<>\"“”«».,;:!?)\\]]");
    private static final Pattern LINE = Pattern.compile("[^\\n]*");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    /** Punctuation written right after the word before it. */
    private static final String CLOSING = ",.;:!?)";

    private static final Pattern MARKUP = Pattern.compile(String.join(
            "|",
            HEADING.pattern(),
            "^\\s*(?:\\d{1,3}[.)]|[-*•·])\\s+(?=\\S)", // list item markers
            "</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>\\n]*)?/?>", // tags left in plain text
            "(?<=\\s|^)/?[a-z]{1,8}>(?=\\s|$)")); // the tail of a broken tag, as in "här a>"
    private static final Pattern BREADCRUMB = Pattern.compile("^(?:[^>»\\n]+\\s[>»]\\s+){2,}+");
    /** A breadcrumb trail is a short line; longer lines are prose even when they hold a few "&gt;" signs. */
    private static final int BREADCRUMB_MAX_LENGTH = 500;

    private static final Pattern CONTENT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final String TERMINAL = ".!?…:;\"”»’“)]";

    private final HtmlText html;
    private final Boilerplate boilerplate;
    private final Byline byline;

    public TextCleaner(HtmlText html, Boilerplate boilerplate, Byline byline) {
        this.html = html;
        this.boilerplate = boilerplate;
        this.byline = byline;
    }

    public CleanDocument clean(String original) {
        MappedText source = html.isHtml(original) ? html.visibleText(original) : MappedText.identity(original);
        MappedText.Builder out = new MappedText.Builder();
        List<Citation> citations = new ArrayList<>();
        List<CleanDocument.HeadingLine> headings = new ArrayList<>();
        Optional<Byline.Found> author = byline.find(source.text());
        // The byline names the author; it is no sentence of the document's.
        int bylineStart = author.map(Byline.Found::start).orElse(-1);
        Matcher line = LINE.matcher(source.text());
        boolean afterHeading = false;
        while (line.find()) {
            if (line.end() > line.start() && line.start() != bylineStart) {
                int before = out.length();
                boolean heading = cleanLine(source, line.start(), line.end(), out, citations, afterHeading);
                if (out.length() > before) {
                    afterHeading = heading;
                    if (heading) {
                        headings.add(new CleanDocument.HeadingLine(before == 0 ? 0 : before + 1, out.length()));
                    }
                }
            }
        }
        out.trimEnd();
        return new CleanDocument(
                out.build(),
                citations,
                headings,
                author.map(Byline.Found::author).orElse(null));
    }

    /**
     * Cleans one line into {@code out}; answers whether its markup makes it a heading.
     *
     * @param afterHeading whether the last line written was a heading, which no line continues
     */
    private boolean cleanLine(
            MappedText source,
            int from,
            int to,
            MappedText.Builder out,
            List<Citation> citations,
            boolean afterHeading) {
        String text = source.text().substring(from, to);
        boolean[] drop = new boolean[text.length()];
        List<String> urls = new ArrayList<>();
        List<Integer> urlStarts = new ArrayList<>();
        // Each pattern runs only on lines that hold what it cannot match without: most lines are plain prose.
        if (text.contains("http") || text.contains("www.")) {
            Matcher url = URL.matcher(text);
            while (url.find()) {
                urls.add(url.group());
                urlStarts.add(url.start());
                mark(drop, url.start(), url.end());
            }
        }
        boolean hashes = text.indexOf('#') >= 0;
        if (hashes || text.indexOf('<') >= 0 || text.indexOf('>') >= 0 || startsLikeListItem(text)) {
            Matcher markup = MARKUP.matcher(text);
            while (markup.find()) {
                mark(drop, markup.start(), markup.end());
            }
        }
        boolean heading = hashes && HEADING.matcher(text).find();
        boolean arrows = text.indexOf('>') >= 0 || text.indexOf('»') >= 0;
        Matcher crumbs = BREADCRUMB.matcher(text);
        if (text.length() <= BREADCRUMB_MAX_LENGTH && arrows && crumbs.find()) {
            // A forum's breadcrumb trail: only its last crumb, the thread title, is text.
            mark(drop, crumbs.start(), crumbs.end());
            heading = true;
        }
        if (boilerplate.mayHaveInline(text)) {
            Matcher inline = boilerplate.inline(text);
            while (inline.find()) {
                mark(drop, inline.start(), inline.end());
            }
        }
        if (!urls.isEmpty() || text.indexOf('<') >= 0) {
            closeUpBeforePunctuation(text, drop);
        }
        String kept = kept(text, drop).strip();
        boolean content = CONTENT.matcher(kept).find();
        if (!content && !urls.isEmpty()) {
            for (String link : urls) {
                citations.add(new Citation(link, out.length(), true));
            }
            return false;
        }
        if (!content || boilerplate.isBoilerplateLine(kept)) {
            return false;
        }
        int first = firstKept(text, drop);
        if (out.length() > 0) {
            boolean punctuation = CLOSING.indexOf(text.charAt(first)) >= 0;
            boolean continues = !afterHeading
                    && !heading
                    && TERMINAL.indexOf(out.charAt(out.length() - 1)) < 0
                    && (Character.isLowerCase(text.charAt(first)) || punctuation);
            if (!continues || !punctuation) {
                // A line that goes on with a comma ("…Al-Masdar" / link / ", and …") joins without a space.
                out.separator(continues ? ' ' : '\n', out.lastOrigin() + 1);
            }
        }
        int last = text.length();
        while (last > first && (drop[last - 1] || Character.isWhitespace(text.charAt(last - 1)))) {
            last--;
        }
        boolean dropped = false;
        for (int i = first; i < last; i++) {
            int urlIndex = urlStarts.isEmpty() ? -1 : urlStarts.indexOf(i);
            if (urlIndex >= 0) {
                citations.add(new Citation(urls.get(urlIndex), out.length(), false));
            }
            // Where a link or tag was cut out of a line, the spaces on both sides of it fall together.
            boolean doubleSpace = dropped
                    && Character.isWhitespace(text.charAt(i))
                    && Character.isWhitespace(out.charAt(out.length() - 1));
            if (!dropped && !drop[i]) {
                // A run of kept characters goes in at once; every link starts on a dropped character.
                int run = i + 1;
                while (run < last && !drop[run]) {
                    run++;
                }
                out.append(source, from + i, from + run);
                i = run - 1;
            } else if (drop[i]) {
                dropped = true;
            } else if (!doubleSpace) {
                out.append(source, from + i, from + i + 1);
                dropped &= Character.isWhitespace(text.charAt(i));
            }
        }
        return heading;
    }

    /**
     * Where what was cut out ("agency <url>, published") is followed by punctuation that closes up to the word before,
     * the spaces around the cut go too: "agency, published", not "agency , published".
     */
    private static void closeUpBeforePunctuation(String text, boolean[] drop) {
        for (int end = 1; end < text.length(); end++) {
            if (!drop[end - 1] || drop[end]) {
                continue;
            }
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == text.length() || CLOSING.indexOf(text.charAt(next)) < 0) {
                continue;
            }
            mark(drop, end, next);
            int before = end - 1;
            while (before >= 0 && (drop[before] || Character.isWhitespace(text.charAt(before)))) {
                drop[before--] = true;
            }
        }
    }

    /** Whether the line's first character after white space (as {@code \\s} means it) can start a list marker. */
    private static boolean startsLikeListItem(String text) {
        int i = 0;
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && "0123456789-*•·".indexOf(text.charAt(i)) >= 0;
    }

    private static int firstKept(String text, boolean[] drop) {
        int i = 0;
        while (i < text.length() && (drop[i] || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static String kept(String text, boolean[] drop) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!drop[i]) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }

    private static void mark(boolean[] drop, int start, int end) {
        for (int i = start; i < end; i++) {
            drop[i] = true;
        }
    }
}
