package io.claimflow.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into words (keeping "U.S.", "al-Assad", "4,000" and "70 000" whole), numbers and symbols. */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}" // initialisms: U.S., a.k.a.
                    + "|\\p{N}{1,3}(?:[\\u0020\\u00A0\\u202F]\\p{N}{3})+(?![\\p{N}])" // 70 000
                    + "|[\\p{L}\\p{M}\\p{N}]+(?:[.,'’\\-][\\p{L}\\p{M}\\p{N}]+)*"
                    + "|[%$€£]");

    private Tokenizer() {}

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(new Token(matcher.start(), matcher.end(), matcher.group()));
        }
        return tokens;
    }
}
