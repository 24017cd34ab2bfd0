package io.claimflow.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlWalkerTest {

    /** Records every event as one readable line. */
    private static final class Recorder implements HtmlEvents {
        final List<String> events = new ArrayList<>();

        @Override
        public void text(String text, int sourceStart, int sourceEnd) {
            events.add("text " + text + " @" + sourceStart + "-" + sourceEnd);
        }

        @Override
        public void blockBoundary(int sourceOffset) {
            events.add("block @" + sourceOffset);
        }

        @Override
        public void lineBreak(int sourceOffset) {
            events.add("br @" + sourceOffset);
        }

        @Override
        public void linkTarget(String url, int sourceOffset) {
            events.add("link " + url + " @" + sourceOffset);
        }
    }

    private static List<String> events(String html, String baseUri) {
        Recorder recorder = new Recorder();
        HtmlWalker.walk(HtmlWalker.parse(html, baseUri).body(), recorder);
        return recorder.events;
    }

    @Test
    void blocksLineBreaksAndTextWithTheirSourceOffsets() {
        String html = "<body><p>One<br>two</p></body>";
        assertThat(events(html, null))
                .containsExactly("block @6", "text One @9-12", "br @12", "text two @16-19", "block @23");
    }

    @Test
    void whatNoReaderSeesGivesNoText() {
        assertThat(events("<body><p>Seen<script>var hidden = 1;</script><template>not this</template></p></body>", ""))
                .filteredOn(event -> event.startsWith("text"))
                .containsExactly("text Seen @9-13");
    }

    @Test
    void linksCountWithAnAbsoluteHttpAddressResolvedAgainstThePage() {
        String html = "<body><a href=\"/world\">World</a> <a href=\"https://example.org/x\">X</a>"
                + " <a href=\"mailto:a@example.org\">mail</a></body>";
        assertThat(events(html, "https://news.example/raqqa"))
                .filteredOn(event -> event.startsWith("link"))
                .containsExactly("link https://news.example/world @6", "link https://example.org/x @33");
        assertThat(events(html, null))
                .filteredOn(event -> event.startsWith("link"))
                .containsExactly("link https://example.org/x @33");
    }
}
