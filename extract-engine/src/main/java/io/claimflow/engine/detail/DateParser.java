package io.claimflow.engine.detail;

import io.claimflow.contracts.event.ClaimExtracted.DateMention;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import io.claimflow.engine.text.Token;
import io.claimflow.engine.text.Tokenizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and writes them in ISO 8601 as precisely as the text gives them: "November 13, 2017" and "12 December,
 * 2016" to a day, "June 2014" to a month, "in 2003" to a year. Month names come from every language pack and, for the
 * sentence's language, from CLDR ("13. März 2017", "13 ноября 2017"). A word the language's pack writes between day,
 * month and year ({@code date-connectors.txt}: "13 de marzo de 2017") may stand between them.
 */
public final class DateParser {

    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Pattern DAY = Pattern.compile("[0-3]?\\d");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final LanguageResources languages;
    /** Every pack's month names, read in any language as they were before CLDR's. */
    private final Map<String, Integer> packMonths = new HashMap<>();
    /** Per language: the packs' month names and CLDR's of the language. */
    private final Map<String, Map<String, Integer>> months = new ConcurrentHashMap<>();
    /** Per language: the words its pack writes between a date's parts ("de"). */
    private final Map<String, Set<String>> connectors = new ConcurrentHashMap<>();

    public DateParser(LanguageResources languages) {
        this.languages = languages;
        for (String code : languages.codes()) {
            packMonths.putAll(languages.pack(code).months());
        }
    }

    public List<DateMention> find(String sentence, String language) {
        return find(sentence, Tokenizer.tokens(sentence), language);
    }

    /** The dates of a sentence whose tokens are known. */
    public List<DateMention> find(String sentence, List<Token> tokens, String language) {
        String code = language == null ? "und" : language;
        Map<String, Integer> names = months.computeIfAbsent(code, this::monthsOf);
        Parts parts = new Parts(
                tokens,
                names,
                connectors.computeIfAbsent(code, c -> languages.pack(c).words(LexiconName.DATE_CONNECTORS)));
        List<DateMention> dates = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = read(sentence, parts, i, dates);
            i = next > i ? next : i + 1;
        }
        return dates;
    }

    private Map<String, Integer> monthsOf(String language) {
        Map<String, Integer> names = new HashMap<>(languages.locale(language).months());
        names.putAll(packMonths);
        return Map.copyOf(names);
    }

    /** Reads a date starting at token {@code i}, adding it; returns the index after it, or {@code i}. */
    private static int read(String sentence, Parts parts, int i, List<DateMention> dates) {
        List<Token> tokens = parts.tokens();
        String text = tokens.get(i).text();
        Matcher iso = startsWithDigit(text) ? ISO.matcher(text) : null;
        if (iso != null && iso.matches()) {
            return add(sentence, tokens, i, i, day(iso.group(1), iso.group(2), iso.group(3)), dates);
        }
        Integer month = parts.month(i);
        if (month != null) {
            if (matches(tokens, i + 1, DAY) && matches(tokens, i + 2, YEAR)) {
                return add(
                        sentence,
                        tokens,
                        i,
                        i + 2,
                        day(tokens.get(i + 2).text(), month, tokens.get(i + 1).text()),
                        dates);
            }
            int year = parts.skip(i + 1);
            if (matches(tokens, year, YEAR)) {
                return add(sentence, tokens, i, year, tokens.get(year).text() + "-" + two(month), dates);
            }
            return i;
        }
        int monthAt = parts.skip(i + 1);
        Integer dayMonth = matches(tokens, i, DAY) ? parts.month(monthAt) : null;
        int year = parts.skip(monthAt + 1);
        if (dayMonth != null && matches(tokens, year, YEAR)) {
            return add(sentence, tokens, i, year, day(tokens.get(year).text(), dayMonth, text), dates);
        }
        if (startsWithDigit(text) && YEAR.matcher(text).matches() && !neighbourIsNumber(sentence, tokens.get(i))) {
            return add(sentence, tokens, i, i, text, dates);
        }
        return i;
    }

    /** A sentence's tokens with the month names and date connectors of its language. */
    private record Parts(List<Token> tokens, Map<String, Integer> months, Set<String> connectors) {

        /** The index after a connector at {@code i}, else {@code i}. */
        int skip(int i) {
            return i < tokens.size() && connectors.contains(tokens.get(i).lower()) ? i + 1 : i;
        }

        Integer month(int i) {
            if (i >= tokens.size()) {
                return null;
            }
            String text = tokens.get(i).text();
            // "may" and "mars" are also ordinary words: a month name is capitalised or next to a number (a
            // connector between: "13 de marzo").
            boolean plausible = Character.isUpperCase(text.codePointAt(0))
                    || numeric(i - 1)
                    || numeric(i + 1)
                    || i > 1 && connectors.contains(tokens.get(i - 1).lower()) && numeric(i - 2)
                    || skip(i + 1) > i + 1 && numeric(i + 2);
            return plausible ? months.get(tokens.get(i).lower()) : null;
        }

        private boolean numeric(int i) {
            return i >= 0 && i < tokens.size() && tokens.get(i).numeric();
        }
    }

    private static boolean matches(List<Token> tokens, int i, Pattern pattern) {
        return i < tokens.size()
                && startsWithDigit(tokens.get(i).text())
                && pattern.matcher(tokens.get(i).text()).matches();
    }

    /** Every pattern here starts with an ASCII digit; most tokens are words, which need no matcher. */
    private static boolean startsWithDigit(String token) {
        return !token.isEmpty() && token.charAt(0) >= '0' && token.charAt(0) <= '9';
    }

    private static boolean neighbourIsNumber(String sentence, Token token) {
        char before = token.start() > 0 ? sentence.charAt(token.start() - 1) : ' ';
        char after = token.end() < sentence.length() ? sentence.charAt(token.end()) : ' ';
        return Character.isDigit(before) || Character.isDigit(after) || after == '%' || before == '$';
    }

    private static String day(String year, Object month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month.toString()), Integer.parseInt(day))
                    .toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String two(int month) {
        return month < 10 ? "0" + month : Integer.toString(month);
    }

    private static int add(
            String sentence, List<Token> tokens, int first, int last, String value, List<DateMention> dates) {
        if (value == null) {
            return first;
        }
        int end = Math.min(last, tokens.size() - 1);
        dates.add(new DateMention(
                sentence.substring(tokens.get(first).start(), tokens.get(end).end()), value));
        return end + 1;
    }
}
