package io.claimflow.engine.detail;

import io.claimflow.contracts.event.ClaimExtracted.Quantity;
import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.engine.pack.LanguagePack;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import io.claimflow.engine.text.Token;
import io.claimflow.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds quantities and reads them as the sentence's language writes numbers ("4,000" in English, "70 000" in Swedish,
 * "1.800" where the full stop groups thousands), with number words ("hundreds") and units.
 */
public final class QuantityParser {

    private static final Pattern NUMBER =
            Pattern.compile("\\d{1,3}(?:[,. \\u00A0\\u202F]\\d{3})*(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

    private final Map<String, Format> formats = new HashMap<>();
    private final Set<String> months = new HashSet<>();

    public QuantityParser(LanguageResources languages) {
        for (String code : languages.codes()) {
            formats.put(code, new Format(languages.pack(code)));
            months.addAll(languages.pack(code).months().keySet());
        }
        formats.put(
                LanguageCodes.UNDETERMINED,
                formats.getOrDefault("en", new Format(languages.pack(LanguageCodes.UNDETERMINED))));
    }

    public List<Quantity> find(String sentence, String language) {
        return find(sentence, Tokenizer.tokens(sentence), language);
    }

    /** The quantities of a sentence whose tokens are known. */
    public List<Quantity> find(String sentence, List<Token> tokens, String language) {
        Format format = formats.getOrDefault(language, formats.get(LanguageCodes.UNDETERMINED));
        List<Quantity> quantities = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String lower = token.lower();
            Double value = null;
            if (NUMBER.matcher(token.text()).matches()
                    && !YEAR.matcher(token.text()).matches()
                    && !inDate(sentence, tokens, i)) {
                value = format.parse(token.text());
            } else if (format.numberWords.containsKey(lower)) {
                value = format.numberWords.get(lower);
            }
            if (value == null) {
                continue;
            }
            int first = i;
            int last = i;
            String unit = null;
            if (i > 0
                    && format.units.containsKey(tokens.get(i - 1).text())
                    && !format.units.get(tokens.get(i - 1).text()).startsWith("*")) {
                unit = format.units.get(tokens.get(i - 1).text());
                first = i - 1;
            }
            while (last + 1 < tokens.size()
                    && format.units.containsKey(tokens.get(last + 1).lower())) {
                String next = format.units.get(tokens.get(last + 1).lower());
                if (next.startsWith("*")) {
                    value *= Double.parseDouble(next.substring(1));
                } else if (unit == null) {
                    unit = next;
                } else {
                    break;
                }
                last++;
            }
            quantities.add(new Quantity(
                    sentence.substring(
                            tokens.get(first).start(), tokens.get(last).end()),
                    value,
                    unit));
            i = last;
        }
        return quantities;
    }

    /** A day next to a month name ("November 13"), or numbers joined by a slash ("11/10", "9/11"), are dates. */
    private boolean inDate(String sentence, List<Token> tokens, int index) {
        Token token = tokens.get(index);
        char before = token.start() > 0 ? sentence.charAt(token.start() - 1) : ' ';
        char after = token.end() < sentence.length() ? sentence.charAt(token.end()) : ' ';
        return before == '/' || after == '/' || isMonth(tokens, index - 1) || isMonth(tokens, index + 1);
    }

    private boolean isMonth(List<Token> tokens, int index) {
        return index >= 0
                && index < tokens.size()
                && months.contains(tokens.get(index).lower());
    }

    /** How one language writes numbers. */
    private static final class Format {
        private final char decimal;
        private final String group;
        private final Map<String, Double> numberWords = new HashMap<>();
        private final Map<String, String> units;

        Format(LanguagePack pack) {
            Map<String, String> format = pack.pairs(LexiconName.NUMBER_FORMAT);
            this.decimal = format.getOrDefault("decimal", ".").charAt(0);
            String configured = format.getOrDefault("group", ",");
            this.group = configured.equals("space") ? " \u00A0\u202F" : configured;
            pack.pairs(LexiconName.NUMBER_WORDS)
                    .forEach((word, value) -> numberWords.put(word, Double.parseDouble(value)));
            this.units = pack.pairs(LexiconName.UNITS);
        }

        Double parse(String text) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    digits.append(c);
                } else if (c == decimal) {
                    digits.append('.');
                } else if (group.indexOf(c) < 0 && !Character.isSpaceChar(c)) {
                    return null;
                }
            }
            return Double.parseDouble(digits.toString());
        }
    }
}
