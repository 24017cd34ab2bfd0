package io.claimflow.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tokenizer's definition as the regular expression it replaces: the scanner must agree with it everywhere. */
public final class TokenizerDefinition {

    private static final Pattern DEFINITION = Pattern.compile("(?:\\p{L}\\.){2,}"
            + "|\\p{N}{1,3}(?:[\\u0020\\u00A0\\u202F]\\p{N}{3})+(?![\\p{N}])"
            + "|[\\p{L}\\p{M}\\p{N}]+(?:[.,'’\\-][\\p{L}\\p{M}\\p{N}]+)*"
            + "|[%$€£]");

    private TokenizerDefinition() {}

    /** Fails unless the tokenizer finds exactly the tokens the definition matches in {@code text}. */
    public static void assertAgrees(String text) {
        List<String> expected = new ArrayList<>();
        Matcher matcher = DEFINITION.matcher(text);
        while (matcher.find()) {
            expected.add(matcher.start() + ":" + matcher.group());
        }
        List<String> actual = Tokenizer.tokens(text).stream()
                .map(token -> token.start() + ":" + token.text())
                .toList();
        assertThat(actual).as("tokens of %s", text).isEqualTo(expected);
    }
}
