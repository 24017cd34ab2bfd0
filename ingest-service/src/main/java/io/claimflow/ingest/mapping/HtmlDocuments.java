package io.claimflow.ingest.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page as a document: its main text (the article without navigation, comments, sharing widgets
 * and the like), each link's address written after its anchor text so the engine keeps it as a citation,
 * and the title, publication time, canonical URL and language its metadata declares.
 */
public final class HtmlDocuments {

    private static final String CLUTTER = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, "
            + "select, input, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
    private static final Pattern CLUTTER_NAMES = Pattern.compile(
            "(^|[-_\\s])(comments?|share|sharing|social|related|sidebar|newsletter|subscribe|cookie|advert|ads?|promo|breadcrumbs?|menu|popup)([-_\\s]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "figcaption", "dd", "dt", "hr");
    private static final Pattern DATE_IN_JSON_LD = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    private HtmlDocuments() {}

    /** What a page says of itself. */
    public record Page(String text, String title, OffsetDateTime publishedAt, String url, String language) {}

    public static Page read(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = first(page.select("meta[property=og:title]").attr("content"), page.title(), page.select("h1").text());
        String url = first(page.select("link[rel=canonical]").attr("abs:href"), page.select("meta[property=og:url]").attr("content"));
        String language = language(page.select("html").attr("lang"));
        OffsetDateTime published = publishedAt(page).orElse(null);
        // Last: taking the main text strips the page, metadata scripts included.
        return new Page(mainText(page), blankToNull(title), published, blankToNull(url), language);
    }

    /** The article's text: the largest article (or main) element, else the body, without the clutter around it. */
    static String mainText(Document page) {
        page.select(CLUTTER).remove();
        page.getAllElements().stream()
                .filter(element -> element != page.body() && !element.tagName().equals("article") && !element.tagName().equals("main"))
                .filter(element -> CLUTTER_NAMES.matcher(element.id() + " " + element.className()).find())
                .toList()
                .forEach(Element::remove);
        Element root = page.select("article").stream().max(Comparator.comparingInt(element -> element.text().length()))
                .or(() -> Optional.ofNullable(page.selectFirst("main, [role=main]")))
                .orElse(page.body());
        StringBuilder text = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && element.tagName().equals("br")) {
                    text.append('\n');
                } else if (node instanceof Element element && BLOCKS.contains(element.tagName())) {
                    text.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.tagName().equals("a")) {
                    String href = element.attr("abs:href");
                    if (href.startsWith("http://") || href.startsWith("https://")) {
                        text.append(' ').append(href).append(' ');
                    }
                } else if (node instanceof Element element && BLOCKS.contains(element.tagName())) {
                    text.append("\n\n");
                }
            }
        });
        return text.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static Optional<OffsetDateTime> publishedAt(Document page) {
        String declared = first(
                page.select("meta[property=article:published_time]").attr("content"),
                page.select("meta[itemprop=datePublished]").attr("content"),
                page.select("meta[name=date], meta[name=pubdate], meta[name=publishdate], meta[name=DC.date.issued], meta[name=dc.date]").attr("content"),
                page.select("time[datetime]").attr("datetime"),
                jsonLdDate(page));
        return Optional.ofNullable(declared).flatMap(HtmlDocuments::parseDate);
    }

    private static String jsonLdDate(Document page) {
        Matcher date = DATE_IN_JSON_LD.matcher(page.select("script[type=application/ld+json]").html());
        return date.find() ? date.group(1) : null;
    }

    /** A page's date as published: a full timestamp, or a date taken as its first moment in UTC; else none. */
    static Optional<OffsetDateTime> parseDate(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()));
        } catch (DateTimeParseException notATimestamp) {
            try {
                return Optional.of(LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())))
                        .atStartOfDay().atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException | StringIndexOutOfBoundsException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String language(String lang) {
        String code = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        return code.matches("[a-z]{2}([-_].*)?") ? code.substring(0, 2) : null;
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
