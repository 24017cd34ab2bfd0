package io.claimflow.engine.clean;

import io.claimflow.engine.text.MappedText;
import io.claimflow.markup.HtmlEvents;
import io.claimflow.markup.HtmlWalker;
import java.util.regex.Pattern;

/**
 * Turns an HTML document into its visible text, one line per block element, with link targets written after their
 * anchor text so that they become citations; characters keep their offsets in the HTML source.
 */
public final class HtmlText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "<(?:html|body|head|p|div|br|article|section|span|a|h[1-6]|li|ul|ol|table|meta|script)\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);

    /** Whether the text is an HTML document or fragment, rather than plain text with a stray tag. */
    public boolean isHtml(String text) {
        return text.indexOf('<') >= 0
                && LOOKS_LIKE_HTML.matcher(text).results().limit(2).count() >= 2;
    }

    public MappedText visibleText(String html) {
        MappedText.Builder out = new MappedText.Builder();
        HtmlWalker.walk(HtmlWalker.parse(html, "").body(), new MappedEvents(out));
        return out.build();
    }

    /** Writes what the walker finds into a mapped text, each character at its offset in the source. */
    private record MappedEvents(MappedText.Builder out) implements HtmlEvents {

        @Override
        public void text(String text, int sourceStart, int sourceEnd) {
            int start = Math.max(0, sourceStart);
            if (sourceEnd - start == text.length()) {
                out.append(text, 0, text.length(), start);
            } else {
                // Entities make the source longer than the text: every character maps to the node's start.
                for (int i = 0; i < text.length(); i++) {
                    out.separator(text.charAt(i), start);
                }
            }
        }

        @Override
        public void blockBoundary(int sourceOffset) {
            out.separator('\n', Math.max(0, sourceOffset));
        }

        @Override
        public void lineBreak(int sourceOffset) {
            out.separator('\n', Math.max(0, sourceOffset));
        }

        @Override
        public void linkTarget(String url, int sourceOffset) {
            int at = Math.max(0, sourceOffset);
            out.separator(' ', at);
            out.append(url, 0, url.length(), at);
            out.separator(' ', at);
        }
    }
}
