package io.claimflow.markup;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * The one reading of HTML markup: which elements are blocks, which are never seen, and which links count, so that
 * ingest's page text and the engine's cleaned text break lines and keep citations alike.
 */
public final class HtmlWalker {

    /** Elements that stand on lines of their own. */
    public static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "td",
            "th",
            "article",
            "section",
            "header",
            "footer",
            "blockquote",
            "pre",
            "figcaption",
            "dt",
            "dd",
            "title",
            "hr",
            "nav",
            "aside",
            "main",
            "form",
            "table");
    /** Elements whose text a reader never sees. */
    public static final Set<String> INVISIBLE =
            Set.of("script", "style", "noscript", "template", "head", "svg", "iframe");

    private static final String LINE_BREAK = "br";
    private static final String LINK = "a";

    private HtmlWalker() {}

    /** A page parsed with the source position of every node; relative links resolve against {@code baseUri}. */
    public static Document parse(String html, String baseUri) {
        return Jsoup.parse(
                html, baseUri == null ? "" : baseUri, Parser.htmlParser().setTrackPosition(true));
    }

    /** Tells {@code events} what {@code root} and everything in it show a reader, in order. */
    public static void walk(Element root, HtmlEvents events) {
        root.traverse(new NodeVisitor() {
            private int hidden;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (INVISIBLE.contains(element.normalName())) {
                        hidden++;
                    }
                    if (BLOCKS.contains(element.normalName())) {
                        events.blockBoundary(element.sourceRange().startPos());
                    } else if (element.normalName().equals(LINE_BREAK)) {
                        events.lineBreak(element.sourceRange().startPos());
                    }
                } else if (node instanceof TextNode text && hidden == 0) {
                    events.text(
                            text.getWholeText(),
                            text.sourceRange().startPos(),
                            text.sourceRange().endPos());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (INVISIBLE.contains(element.normalName())) {
                        hidden--;
                    }
                    String target = element.normalName().equals(LINK) ? linkTarget(element) : "";
                    if (hidden == 0 && !target.isEmpty()) {
                        events.linkTarget(target, element.sourceRange().startPos());
                    }
                    if (BLOCKS.contains(element.normalName())) {
                        events.blockBoundary(element.endSourceRange().endPos());
                    }
                }
            }
        });
    }

    /** The link's absolute http(s) address, or empty: relative links count only where the page's address is known. */
    private static String linkTarget(Element link) {
        String target = link.attr("abs:href");
        return target.startsWith("http://") || target.startsWith("https://") ? target : "";
    }
}
