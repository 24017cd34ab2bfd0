package io.claimflow.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.data.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    /** The tokenizer's definition as the regular expression it replaces: the scanner must agree with it everywhere. */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?:\\p{L}\\.){2,}"
                    + "|\\p{N}{1,3}(?:[\\u0020\\u00A0\\u202F]\\p{N}{3})+(?![\\p{N}])"
                    + "|[\\p{L}\\p{M}\\p{N}]+(?:[.,'’\\-][\\p{L}\\p{M}\\p{N}]+)*"
                    + "|[%$€£]");

    @Test
    void keepsInitialismsGroupedNumbersAndJoinedWordsWhole() {
        assertThat(texts("The U.S.-led coalition let 4,000 (or 70 000) al-Assad's fighters go: 12% a.k.a. $5."))
                .containsExactly("The", "U.S.", "led", "coalition", "let", "4,000", "or", "70 000", "al-Assad's", "fighters", "go",
                        "12", "%", "a.k.a.", "$", "5");
        assertThat(texts("70 0001 and 1 234 567 and 1234 567")).containsExactly("70", "0001", "and", "1 234 567", "and", "1234", "567");
        assertThat(texts("Förenta staterna hävdar – ”USA” 1.800")).containsExactly("Förenta", "staterna", "hävdar", "USA", "1.800");
    }

    @Test
    void agreesWithItsDefinitionOnGeneratedText() {
        Random random = new Random(7);
        String alphabet = "aZé́ 1.,'’-%$€£ \u00A0\u202F9Ж٣…“”\n\t日本\uD835\uDC00";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < random.nextInt(40); c++) {
                int at = random.nextInt(alphabet.length());
                text.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2) : String.valueOf(alphabet.charAt(at)));
            }
            assertAgrees(text.toString().replaceAll("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]", ""));
        }
    }

    @Test
    void agreesWithItsDefinitionOnTheSampleDocuments() throws IOException {
        Path samples = SharedData.resolve("samples").orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(samples != null, "../shared/samples not found: only generated text is compared");
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.toList()) {
                Files.readString(file).lines().forEach(TokenizerTest::assertAgrees);
            }
        }
    }

    private static void assertAgrees(String text) {
        List<String> expected = new ArrayList<>();
        Matcher matcher = DEFINITION.matcher(text);
        while (matcher.find()) {
            expected.add(matcher.start() + ":" + matcher.group());
        }
        List<String> actual = Tokenizer.tokens(text).stream().map(token -> token.start() + ":" + token.text()).toList();
        assertThat(actual).as("tokens of %s", text).isEqualTo(expected);
    }

    private static List<String> texts(String text) {
        return Tokenizer.tokens(text).stream().map(Token::text).toList();
    }
}
