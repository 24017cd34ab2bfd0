package io.claimflow.engine.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.pack.LanguageResources;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence splitting: abbreviations, quote styles, headings and offsets. */
class SentenceSegmenterTest {

    private final SentenceSegmenter segmenter = new SentenceSegmenter(LanguageResources.load());

    private List<String> split(String text) {
        return segmenter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void keepsAbbreviationsInsideSentences() {
        assertThat(split(
                        "Col. Gen. Ivan Petrov met Lt. Smith in the U.S. Army base. The U.S. News agency reported it."))
                .containsExactly(
                        "Col. Gen. Ivan Petrov met Lt. Smith in the U.S. Army base.",
                        "The U.S. News agency reported it.");
        assertThat(split("Det rapporterades i bl.a. Dagens Nyheter. Sedan kom mer."))
                .containsExactly("Det rapporterades i bl.a. Dagens Nyheter.", "Sedan kom mer.");
    }

    @Test
    void handlesQuotesInEveryStyle() {
        assertThat(split("“The deal was done,” the official said. He left."))
                .containsExactly("“The deal was done,” the official said.", "He left.");
        assertThat(split("SvT skriver ”De ska ha lämnat staden.” Sedan tystnad."))
                .containsExactly("SvT skriver ”De ska ha lämnat staden.”", "Sedan tystnad.");
        assertThat(split("«The group confirms it. All left,» the monitor said."))
                .containsExactly("«The group confirms it.", "All left,» the monitor said.");
        assertThat(split("He said \"we will stay.\" Then he left."))
                .containsExactly("He said \"we will stay.\"", "Then he left.");
    }

    @Test
    void headingsAndListItemsEndAtTheirLine() {
        List<Sentence> sentences = segmenter.split("Secret Deal Exposed\nThe army left the city. It was night\n");
        assertThat(sentences)
                .extracting(Sentence::text)
                .containsExactly("Secret Deal Exposed", "The army left the city.", "It was night");
        assertThat(sentences.get(0).wholeLine()).isTrue();
        assertThat(sentences.get(0).terminated()).isFalse();
        assertThat(sentences.get(1).wholeLine()).isFalse();
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "First one here.  Second one there.";
        for (Sentence sentence : segmenter.split(text)) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
    }

    @Test
    void anOrdinalDayBeforeAMonthDoesNotEndTheSentence() {
        assertThat(split("Habeck sprach am 13. März 2023 in Berlin. Dann ging er."))
                .containsExactly("Habeck sprach am 13. März 2023 in Berlin.", "Dann ging er.");
        assertThat(split("The count was 12. In 2020 it doubled."))
                .containsExactly("The count was 12.", "In 2020 it doubled.");
    }
}
