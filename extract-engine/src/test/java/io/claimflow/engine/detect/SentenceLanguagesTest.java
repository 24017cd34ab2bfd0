package io.claimflow.engine.detect;

import static io.claimflow.engine.TestEngine.analyze;
import static io.claimflow.engine.TestEngine.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.DocumentAnalysis;
import org.junit.jupiter.api.Test;

/** Languages per document and per sentence. */
class SentenceLanguagesTest {

    @Test
    void aForumTitleInAlbanianOverAnEnglishArticleGetsItsOwnLanguage() {
        DocumentAnalysis analysis = analyze("""
                # Lajme > Bota > Si u lejuan luftëtarët të largoheshin nga qyteti pa asnjë pengesë
                The coalition allowed hundreds of fighters to leave the city under a secret deal, officials said.
                The convoys included foreign fighters and tonnes of weapons and ammunition.
                """);
        assertThat(analysis.language()).isEqualTo("en");
        assertThat(sentence(analysis, "Si u lejuan").language()).isEqualTo("sq");
        assertThat(sentence(analysis, "The convoys").language()).isEqualTo("en");
    }

    @Test
    void anEnglishQuoteInsideASwedishArticleIsEnglish() {
        DocumentAnalysis analysis = analyze("""
                Ryska televisionen hävdar att koalitionen låter soldaterna fly från staden.
                Också den brittiska organisationen bekräftar att ett sådant avtal har ingåtts mellan parterna.
                «The observatory received information from independent sources confirming a deal between the parties.»
                Rapporten om evakueringen är helt i linje med denna politik.
                """);
        assertThat(analysis.language()).isEqualTo("sv");
        assertThat(sentence(analysis, "«The observatory").language()).isEqualTo("en");
        assertThat(sentence(analysis, "Rapporten").language()).isEqualTo("sv");
    }

    @Test
    void aFragmentTooShortToTellTakesTheDocumentsLanguage() {
        DocumentAnalysis analysis = analyze("""
                Artikeln
                Ryska televisionen hävdar att koalitionen låter soldaterna fly från staden runt omkring.
                """);
        assertThat(sentence(analysis, "Artikeln").language()).isEqualTo("sv");
    }
}
