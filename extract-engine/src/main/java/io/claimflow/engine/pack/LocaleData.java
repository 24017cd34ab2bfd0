package io.claimflow.engine.pack;

import com.ibm.icu.text.CompactDecimalFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What CLDR, through ICU4J, knows of how a language writes numbers and months: its decimal and grouping separators,
 * number words (its rule-based spell-out of 2 to 100, 200 to 900 and 1000), scale words ("Millionen", "milliards",
 * "млн"), the percent sign and word, currency symbols and names, and month names. It is the base every language gets,
 * pack or not; a pack's own lists override it where CLDR does not say what the text means.
 */
public final class LocaleData {

    /** The plural categories a language may inflect a name for ("1 миллион", "2 миллиона", "5 миллионов"). */
    private static final int[] COUNTS = {1, 2, 5, 21};

    private static final List<String> CURRENCIES = LanguagePack.readShared("currencies.txt");

    private final char decimal;
    private final String groups;
    private final Map<String, Double> numberWords;
    private final Map<String, String> units;
    private final Map<String, Integer> months;

    private LocaleData(ULocale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimal = symbols.getDecimalSeparator();
        char group = symbols.getGroupingSeparator();
        // Text groups with whichever space its writer typed, whatever CLDR prefers.
        this.groups = Character.isSpaceChar(group) ? " \u00A0\u202F" : String.valueOf(group);
        this.numberWords = numberWords(locale);
        this.units = units(locale, symbols);
        this.months = months(locale);
    }

    /** CLDR's data for an ISO 639-1 code; a language CLDR does not know gets root's (English-like) conventions. */
    public static LocaleData of(String language) {
        return new LocaleData(ULocale.forLanguageTag(language));
    }

    public char decimal() {
        return decimal;
    }

    /** The characters that group thousands: one character, or every space when the language groups with a space. */
    public String groups() {
        return groups;
    }

    /** Spelled-out numbers, lower case; not 0 and 1, which are also articles and pronouns ("un", "ein", "one"). */
    public Map<String, Double> numberWords() {
        return numberWords;
    }

    /** Units as a pack's {@code units.txt} has them: word or symbol to unit, {@code *factor} for a scale word. */
    public Map<String, String> units() {
        return units;
    }

    /** Month names and abbreviations, lower case, without a trailing full stop, to their number. */
    public Map<String, Integer> months() {
        return months;
    }

    private static Map<String, Double> numberWords(ULocale locale) {
        Map<String, Double> words = new HashMap<>();
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        List<Integer> numbers = new java.util.ArrayList<>();
        for (int n = 2; n <= 100; n++) {
            numbers.add(n);
        }
        for (int n = 200; n <= 1000; n += 100) {
            numbers.add(n);
        }
        for (int n : numbers) {
            String word = spellout.format(n).toLowerCase(Locale.ROOT);
            if (isOneWord(word)) {
                words.putIfAbsent(word, (double) n);
            }
        }
        return Map.copyOf(words);
    }

    private static Map<String, String> units(ULocale locale, DecimalFormatSymbols symbols) {
        Map<String, String> units = new LinkedHashMap<>();
        units.put(symbols.getPercentString(), "percent");
        MeasureFormat measures = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE);
        for (int count : COUNTS) {
            addWord(units, measures.format(new Measure(count, MeasureUnit.PERCENT)), "percent");
        }
        for (CompactDecimalFormat.CompactStyle style : CompactDecimalFormat.CompactStyle.values()) {
            CompactDecimalFormat compact = CompactDecimalFormat.getInstance(locale, style);
            for (int power = 3; power <= 12; power += 3) {
                for (int count : COUNTS) {
                    addWord(units, compact.format(count * Math.pow(10, power)), "*" + (long) Math.pow(10, power));
                }
            }
        }
        for (String code : CURRENCIES) {
            Currency currency = Currency.getInstance(code);
            units.putIfAbsent(currency.getSymbol(locale).toLowerCase(Locale.ROOT), code);
            units.putIfAbsent(code.toLowerCase(Locale.ROOT), code);
            for (String plural : new String[] {"one", "few", "many", "other"}) {
                // "российских рублей", "US dollars": the currency's own word is the last, the adjective says whose.
                String name = currency.getName(locale, Currency.PLURAL_LONG_NAME, plural, null);
                addWord(units, name.substring(name.lastIndexOf(' ') + 1), code);
            }
        }
        return Map.copyOf(units);
    }

    /** Adds what a formatted amount says besides its number, if that is one word of two letters or more. */
    private static void addWord(Map<String, String> units, String formatted, String unit) {
        String word = formatted
                .replaceAll("[\\p{Nd}.,'\\u00A0\\u202F\\u2019 ]+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
        if (isOneWord(word) && word.codePointCount(0, word.length()) >= 2) {
            units.putIfAbsent(word, unit);
        }
    }

    private static Map<String, Integer> months(ULocale locale) {
        Map<String, Integer> months = new HashMap<>();
        DateFormatSymbols symbols = new DateFormatSymbols(locale);
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] names = symbols.getMonths(context, width);
                for (int month = 0; month < 12; month++) {
                    String name = names[month].toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
                    if (name.length() >= 3 && name.chars().allMatch(Character::isLetter)) {
                        months.putIfAbsent(name, month + 1);
                    }
                }
            }
        }
        return Map.copyOf(months);
    }

    private static boolean isOneWord(String text) {
        return !text.isEmpty()
                && text.chars().noneMatch(Character::isWhitespace)
                && text.chars().anyMatch(Character::isLetter);
    }
}
