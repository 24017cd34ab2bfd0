package io.claimflow.ingest.mapping;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.markup.HtmlEvents;
import io.claimflow.markup.HtmlWalker;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page as a document: its main text (the article without navigation, comments, sharing widgets and the like),
 * each link's address written after its anchor text so the engine keeps it as a citation, and the title, publication
 * time, canonical URL and language its metadata declares.
 */
public final class HtmlDocuments {

    /** What is not the article: what no reader sees, and the page's navigation, furniture and forms. */
    private static final String CLUTTER = String.join(", ", new TreeSet<>(HtmlWalker.INVISIBLE))
            + ", nav, header, footer, aside, form, button, select, input, [hidden], [aria-hidden=true],"
            + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";

    private static final Pattern CLUTTER_NAMES = Pattern.compile(
            "(^|[-_\\s])(comments?|share|sharing|social|related"
                    + "|sidebar|newsletter|subscribe|cookie|advert|ads?|promo|breadcrumbs?|menu|popup)([-_\\s]|$)",
            Pattern.CASE_INSENSITIVE);
    /** The elements that hold the article itself, never removed as clutter for their names. */
    private static final Set<String> MAIN_ELEMENTS = Set.of("article", "main");

    private static final Pattern DATE_IN_JSON_LD = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    private HtmlDocuments() {}

    /** What a page says of itself. */
    public record Page(String text, String title, OffsetDateTime publishedAt, String url, String language) {}

    public static Page read(String html, String baseUri) {
        Document page = HtmlWalker.parse(html, baseUri);
        String title = first(
                page.select("meta[property=og:title]").attr("content"),
                page.title(),
                page.select("h1").text());
        String url = first(
                page.select("link[rel=canonical]").attr("abs:href"),
                page.select("meta[property=og:url]").attr("content"));
        String language = language(page.select("html").attr("lang"));
        OffsetDateTime published = publishedAt(page).orElse(null);
        // Last: taking the main text strips the page, metadata scripts included.
        return new Page(mainText(page), blankToNull(title), published, blankToNull(url), language);
    }

    /** The article's text: the largest article (or main) element, else the body, without the clutter around it. */
    static String mainText(Document page) {
        page.select(CLUTTER).remove();
        page.getAllElements().stream()
                .filter(element -> element != page.body() && !MAIN_ELEMENTS.contains(element.tagName()))
                .filter(element -> CLUTTER_NAMES
                        .matcher(element.id() + " " + element.className())
                        .find())
                .toList()
                .forEach(Element::remove);
        Element root = page.select("article").stream()
                .max(Comparator.comparingInt(element -> element.text().length()))
                .or(() -> Optional.ofNullable(page.selectFirst("main, [role=main]")))
                .orElse(page.body());
        Paragraphs paragraphs = new Paragraphs();
        HtmlWalker.walk(root, paragraphs);
        return paragraphs.text();
    }

    /** Writes what the walker finds as paragraphs: blank lines between blocks, white space as a reader sees it. */
    private static final class Paragraphs implements HtmlEvents {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void text(String source, int sourceStart, int sourceEnd) {
            // As jsoup's own text(): runs of white space and no-break spaces are one space, invisible characters none.
            text.append(StringUtil.normaliseWhitespace(source));
        }

        @Override
        public void blockBoundary(int sourceOffset) {
            text.append("\n\n");
        }

        @Override
        public void lineBreak(int sourceOffset) {
            text.append('\n');
        }

        @Override
        public void linkTarget(String url, int sourceOffset) {
            text.append(' ').append(url).append(' ');
        }

        String text() {
            return text.toString()
                    .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                    .replaceAll(" ?\\n ?", "\n")
                    .replaceAll("\\n{3,}", "\n\n")
                    .strip();
        }
    }

    private static Optional<OffsetDateTime> publishedAt(Document page) {
        String declared = first(
                page.select("meta[property=article:published_time]").attr("content"),
                page.select("meta[itemprop=datePublished]").attr("content"),
                page.select("meta[name=date], meta[name=pubdate], meta[name=publishdate], meta[name=DC.date.issued],"
                                + " meta[name=dc.date]")
                        .attr("content"),
                page.select("time[datetime]").attr("datetime"),
                jsonLdDate(page));
        return Optional.ofNullable(declared).flatMap(HtmlDocuments::parseDate);
    }

    private static String jsonLdDate(Document page) {
        Matcher date = DATE_IN_JSON_LD.matcher(
                page.select("script[type=application/ld+json]").html());
        return date.find() ? date.group(1) : null;
    }

    /** A page's date as published: a full timestamp, or a date taken as its first moment in UTC; else none. */
    static Optional<OffsetDateTime> parseDate(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()));
        } catch (DateTimeParseException notATimestamp) {
            try {
                return Optional.of(LocalDate.parse(value.strip()
                                .substring(0, Math.min(10, value.strip().length())))
                        .atStartOfDay()
                        .atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException | StringIndexOutOfBoundsException notADate) {
                return Optional.empty();
            }
        }
    }

    /** A page declares a language tag such as en-GB; its primary subtag is the language when it is ISO 639-1. */
    private static String language(String tag) {
        String primary = tag == null ? "" : tag.strip().split("[-_]", 2)[0];
        return LanguageCodes.isIso6391(primary) ? LanguageCodes.normalize(primary) : null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
