package io.claimflow.engine.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.pack.LanguageResources;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bylines at a document's start, after its title or signing it off, in the packs' languages. */
class BylineTest {

    private static final Byline BYLINE = new Byline(LanguageResources.load());

    private static Optional<String> author(String text) {
        return BYLINE.find(text).map(Byline.Found::author);
    }

    @Test
    void bylinesInThePacksLanguages() {
        assertThat(author("By Marcus Lindqvist\nUnemployment rose.")).contains("Marcus Lindqvist");
        assertThat(author("Jobs\nAv Anna Svensson\nArbetslösheten steg.")).contains("Anna Svensson");
        assertThat(author("Von Karl Müller, Berlin\nDie Inflation stieg.")).contains("Karl Müller");
        assertThat(author("Par Jean Dupont | Le Monde\nLe chômage a baissé.")).contains("Jean Dupont");
        assertThat(author("# Title\n\n## user\n\nAuthored by Darius Shahtamasebi via TheAntiMedia.org,\nText."))
                .contains("Darius Shahtamasebi");
        assertThat(author("**By Jan van Dijk**\nText.")).contains("Jan van Dijk");
    }

    @Test
    void aBylineSigningOffTheLastLines() {
        String text = "One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nBy Darius Shahtahmasebi\nThis article was published.";
        assertThat(author(text)).contains("Darius Shahtahmasebi");
    }

    @Test
    void sentencesAndTheMiddleOfADocumentAreNoByline() {
        assertThat(author("By Tuesday, the army had withdrawn.\nText.")).isEmpty();
        assertThat(author("By Marcus Lindqvist and others the plan was written.\nText."))
                .isEmpty();
        assertThat(author("By 2030 emissions fall\nText.")).isEmpty();
        assertThat(author("By Marcus Lindqvist for Reuters\nText.")).contains("Marcus Lindqvist");
        String middle = "One.\nTwo.\nThree.\nFour.\nBy Jane Roe\nSix.\nSeven.\nEight.\nNine.\nTen.";
        assertThat(author(middle)).isEmpty();
    }
}
