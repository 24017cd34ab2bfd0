package io.claimflow.engine.detail;

import io.claimflow.contracts.event.ClaimExtracted.Quantity;
import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.engine.pack.LanguagePack;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import io.claimflow.engine.pack.LocaleData;
import io.claimflow.engine.text.Token;
import io.claimflow.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds quantities and reads them as the sentence's language writes numbers ("4,000" in English, "70 000" in Swedish,
 * "1.800" where the full stop groups thousands, "40,9" in German), with number words ("hundreds", "deux") and units.
 * Every language gets CLDR's conventions ({@link LocaleData}); a pack's own lists override them.
 */
public final class QuantityParser {

    private static final Pattern NUMBER =
            Pattern.compile("\\d{1,3}(?:[,. \\u00A0\\u202F]\\d{3})*(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

    private final LanguageResources languages;
    /** Per language, built when the language is first met. */
    private final Map<String, Format> formats = new ConcurrentHashMap<>();
    /** Every pack's month names: a number beside one is a day, whatever the sentence's language. */
    private final Set<String> packMonths = new HashSet<>();

    public QuantityParser(LanguageResources languages) {
        this.languages = languages;
        for (String code : languages.codes()) {
            packMonths.addAll(languages.pack(code).months().keySet());
        }
    }

    private Format format(String language) {
        // A text whose language is not known is read as English writes numbers, the most common in the stream.
        String code = LanguageCodes.UNDETERMINED.equals(language) || language == null ? "en" : language;
        return formats.computeIfAbsent(code, c -> new Format(languages.pack(c), languages.locale(c), packMonths));
    }

    public List<Quantity> find(String sentence, String language) {
        return find(sentence, Tokenizer.tokens(sentence), language);
    }

    /** The quantities of a sentence whose tokens are known. */
    public List<Quantity> find(String sentence, List<Token> tokens, String language) {
        Format format = format(language);
        List<Quantity> quantities = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String lower = token.lower();
            Double value = null;
            if (NUMBER.matcher(token.text()).matches()
                    && !YEAR.matcher(token.text()).matches()
                    && !inDate(sentence, tokens, i, format)) {
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
            String before = i > 0 ? format.unit(tokens.get(i - 1).lower()) : null;
            if (before != null && !before.startsWith("*")) {
                unit = before;
                first = i - 1;
            }
            while (last + 1 < tokens.size()) {
                // A unit of two words ("per cent", "per cento") before one of one word, whose first word it starts.
                String pair = last + 2 < tokens.size()
                        ? format.unit(tokens.get(last + 1).lower() + " "
                                + tokens.get(last + 2).lower())
                        : null;
                int width = pair != null ? 2 : 1;
                String next =
                        pair != null ? pair : format.unit(tokens.get(last + 1).lower());
                if (next == null) {
                    break;
                }
                if (next.startsWith("*")) {
                    value *= Double.parseDouble(next.substring(1));
                } else if (unit == null) {
                    unit = next;
                } else {
                    break;
                }
                last += width;
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

    /**
     * A day next to a month name ("November 13", or with the pack's date connector between: "13 de marzo"), or numbers
     * joined by a slash ("11/10", "9/11"), are dates.
     */
    private static boolean inDate(String sentence, List<Token> tokens, int index, Format format) {
        Token token = tokens.get(index);
        char before = token.start() > 0 ? sentence.charAt(token.start() - 1) : ' ';
        char after = token.end() < sentence.length() ? sentence.charAt(token.end()) : ' ';
        boolean connected = index + 2 < tokens.size()
                && format.dateConnectors.contains(tokens.get(index + 1).lower())
                && isMonth(tokens, index + 2, format.months);
        return before == '/'
                || after == '/'
                || connected
                || isMonth(tokens, index - 1, format.months)
                || isMonth(tokens, index + 1, format.months);
    }

    private static boolean isMonth(List<Token> tokens, int index, Set<String> months) {
        return index >= 0
                && index < tokens.size()
                && months.contains(tokens.get(index).lower());
    }

    /** How one language writes numbers: CLDR's conventions, with the pack's lists over them. */
    private static final class Format {
        private final char decimal;
        private final String group;
        private final Map<String, Double> numberWords = new HashMap<>();
        private final Map<String, String> units = new HashMap<>();
        private final Set<String> months = new HashSet<>();
        private final Set<String> dateConnectors;

        Format(LanguagePack pack, LocaleData cldr, Set<String> packMonths) {
            Map<String, String> format = pack.pairs(LexiconName.NUMBER_FORMAT);
            this.decimal = format.containsKey("decimal") ? format.get("decimal").charAt(0) : cldr.decimal();
            String configured = format.get("group");
            this.group = configured == null ? cldr.groups() : configured.equals("space") ? " \u00A0\u202F" : configured;
            numberWords.putAll(cldr.numberWords());
            pack.pairs(LexiconName.NUMBER_WORDS)
                    .forEach((word, value) -> numberWords.put(word, Double.parseDouble(value)));
            units.putAll(cldr.units());
            units.putAll(pack.pairs(LexiconName.UNITS));
            months.addAll(packMonths);
            months.addAll(cldr.months().keySet());
            dateConnectors = pack.words(LexiconName.DATE_CONNECTORS);
        }

        /** A token's unit; an elided article before it ("d'euros", "l'euro") does not hide it. */
        String unit(String lower) {
            String unit = units.get(lower);
            int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('\u2019'));
            if (unit == null && apostrophe > 0 && apostrophe <= 2) {
                unit = units.get(lower.substring(apostrophe + 1));
            }
            return unit;
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
