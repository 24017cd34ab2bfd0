package io.claimflow.factcheck;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of a fact-check: ISO 8601 as ClaimReview has it ({@code 2019-10-30}, with or without a time), or the
 * first English date in free text as the CheckThat! collections have it ("26 May 2015", "stated on October 22, 2019 in
 * a campaign mailer").
 */
final class PublishedDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s*" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private PublishedDates() {}

    /** The date in a text, null for no text; a text that holds no date fails. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(text.strip());
            if (iso.matches()) {
                return LocalDate.parse(iso.group(1), DateTimeFormatter.ISO_LOCAL_DATE);
            }
            Matcher dmy = DAY_MONTH_YEAR.matcher(text);
            if (dmy.find()) {
                return date(dmy.group(3), dmy.group(2), dmy.group(1));
            }
            Matcher mdy = MONTH_DAY_YEAR.matcher(text);
            if (mdy.find()) {
                return date(mdy.group(3), mdy.group(1), mdy.group(2));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: " + text.strip(), e);
        }
        throw new IllegalArgumentException("holds no date: " + text.strip());
    }

    /** The first date in a free text, or null when it holds none (or none that exists). */
    static LocalDate find(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String year, String month, String day) {
        int monthNumber = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        return LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day));
    }
}
