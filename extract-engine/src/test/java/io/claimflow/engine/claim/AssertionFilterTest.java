package io.claimflow.engine.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.sentence.Sentence;
import org.junit.jupiter.api.Test;

/** Which sentences are assertions. */
class AssertionFilterTest {

    private final AssertionFilter filter = new AssertionFilter(LanguageResources.load());

    private SentenceKind kind(String text, boolean wholeLine, String language) {
        return filter.kind(new Sentence(0, text.length(), text, wholeLine), language, false);
    }

    @Test
    void tellsAssertionsFromTheRest() {
        assertThat(kind("The army left the city in 2017.", false, "en")).isEqualTo(SentenceKind.ASSERTION);
        assertThat(kind("Who on earth were they bombing?", false, "en")).isEqualTo(SentenceKind.QUESTION);
        assertThat(kind("So it is a “Coalition Against Assad”?", false, "en")).isEqualTo(SentenceKind.QUESTION);
        assertThat(kind("Raqqa Secret Deal Barely Scratches the Surface", true, "en"))
                .isEqualTo(SentenceKind.HEADING);
        assertThat(kind("Follow the money and you will see where it went.", false, "en"))
                .isEqualTo(SentenceKind.IMPERATIVE);
        assertThat(kind("Notera att titeln då var i frågeform.", false, "sv")).isEqualTo(SentenceKind.IMPERATIVE);
        assertThat(kind("The report stated:", true, "en")).isEqualTo(SentenceKind.FRAGMENT);
        assertThat(kind("Sputniknews.", false, "en")).isEqualTo(SentenceKind.FRAGMENT);
    }

    @Test
    void markupHeadingsAreHeadingsWhateverTheirLength() {
        String title = "Si u lejuan dyzet makina të kalonin të lira nga ushtria dhe administrata e atëhershme e vendit";
        assertThat(filter.kind(new Sentence(0, title.length(), title, true), "sq", true))
                .isEqualTo(SentenceKind.HEADING);
    }
}
