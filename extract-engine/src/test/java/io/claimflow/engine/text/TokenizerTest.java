package io.claimflow.engine.text;

import static io.claimflow.engine.text.TokenizerDefinition.assertAgrees;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void keepsInitialismsGroupedNumbersAndJoinedWordsWhole() {
        assertThat(texts("The U.S.-led coalition let 4,000 (or 70 000) al-Assad's fighters go: 12% a.k.a. $5."))
                .containsExactly(
                        "The",
                        "U.S.",
                        "led",
                        "coalition",
                        "let",
                        "4,000",
                        "or",
                        "70 000",
                        "al-Assad's",
                        "fighters",
                        "go",
                        "12",
                        "%",
                        "a.k.a.",
                        "$",
                        "5");
        assertThat(texts("70 0001 and 1 234 567 and 1234 567"))
                .containsExactly("70", "0001", "and", "1 234 567", "and", "1234", "567");
        assertThat(texts("Förenta staterna hävdar – ”USA” 1.800"))
                .containsExactly("Förenta", "staterna", "hävdar", "USA", "1.800");
    }

    @Test
    void agreesWithItsDefinitionOnGeneratedText() {
        Random random = new Random(7);
        String alphabet = "aZé́ 1.,'’-%$€£ \u00A0\u202F9Ж٣…“”\n\t日本\uD835\uDC00";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < random.nextInt(40); c++) {
                int at = random.nextInt(alphabet.length());
                text.append(
                        Character.isHighSurrogate(alphabet.charAt(at))
                                ? alphabet.substring(at, at + 2)
                                : String.valueOf(alphabet.charAt(at)));
            }
            assertAgrees(text.toString()
                    .replaceAll("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]", ""));
        }
    }

    private static List<String> texts(String text) {
        return Tokenizer.tokens(text).stream().map(Token::text).toList();
    }
}
