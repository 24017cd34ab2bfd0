package io.claimflow.engine.clean;

import io.claimflow.engine.text.MappedText;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML document into its visible text, one line per block element, with link targets written after
 * their anchor text so that they become citations; characters keep their offsets in the HTML source.
 */
public final class HtmlText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "<(?:html|body|head|p|div|br|article|section|span|a|h[1-6]|li|ul|ol|table|meta|script)\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "td", "th", "article", "section", "header", "footer", "blockquote", "pre", "figcaption", "dt",
            "dd", "title", "hr", "nav", "aside", "main", "form", "table");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "svg", "iframe");

    /** Whether the text is an HTML document or fragment, rather than plain text with a stray tag. */
    public boolean isHtml(String text) {
        return LOOKS_LIKE_HTML.matcher(text).results().limit(2).count() >= 2;
    }

    public MappedText visibleText(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = Jsoup.parse(html, "", parser);
        MappedText.Builder out = new MappedText.Builder();
        document.body().traverse(new NodeVisitor() {
            private int hidden;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (INVISIBLE.contains(element.normalName())) {
                        hidden++;
                    }
                    if (BLOCKS.contains(element.normalName())) {
                        out.separator('\n', Math.max(0, element.sourceRange().startPos()));
                    }
                } else if (node instanceof TextNode textNode && hidden == 0) {
                    appendText(out, textNode);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (INVISIBLE.contains(element.normalName())) {
                        hidden--;
                    }
                    String href = element.normalName().equals("a") ? element.attr("href") : "";
                    if (hidden == 0 && href.startsWith("http")) {
                        int at = Math.max(0, element.sourceRange().startPos());
                        out.separator(' ', at);
                        out.append(href, 0, href.length(), at);
                        out.separator(' ', at);
                    }
                    if (BLOCKS.contains(element.normalName())) {
                        out.separator('\n', Math.max(0, element.endSourceRange().endPos()));
                    }
                }
            }
        });
        return out.build();
    }

    private static void appendText(MappedText.Builder out, TextNode node) {
        String text = node.getWholeText();
        int start = Math.max(0, node.sourceRange().startPos());
        int end = node.sourceRange().endPos();
        if (end - start == text.length()) {
            out.append(text, 0, text.length(), start);
        } else {
            // Entities make the source longer than the text: every character maps to the node's start.
            for (int i = 0; i < text.length(); i++) {
                out.separator(text.charAt(i), start);
            }
        }
    }
}
