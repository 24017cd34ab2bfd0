package io.claimflow.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.pack.LanguageResources;
import org.junit.jupiter.api.Test;

/** Function words settle a sentence's language only when they leave no doubt. */
class FunctionWordsTest {

    private final FunctionWords functionWords = new FunctionWords(LanguageResources.load());

    @Test
    void clearSentencesOfPackLanguages() {
        assertThat(functionWords.clearLanguage("The army said that it had left the city before the strikes began."))
                .contains("en");
        assertThat(functionWords.clearLanguage("Det hävdas också att soldaterna bussades från staden efter ett avtal."))
                .contains("sv");
        assertThat(functionWords.clearLanguage("Die Armee hat die Stadt verlassen, bevor die Angriffe begannen."))
                .contains("de");
    }

    @Test
    void leavesDoubtfulSentencesToTheDetector() {
        assertThat(functionWords.clearLanguage("Raqqa Secret Deal")).isEmpty();
        assertThat(functionWords.clearLanguage("Het leger heeft de stad verlaten, voordat de aanvallen begonnen."))
                .isEmpty();
    }
}
