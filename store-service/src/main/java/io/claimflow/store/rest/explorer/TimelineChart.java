package io.claimflow.store.rest.explorer;

import io.claimflow.store.mapping.NarrativeDetails;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A narrative's timeline as a stacked bar chart drawn in SVG on the server: a bar per day from the first to the last,
 * stacked by language, so the page needs no chart library and shows the chart without any script.
 *
 * @param width the drawing's width in SVG units
 * @param height the drawing's height in SVG units
 * @param bars one rectangle per day and language with claims
 * @param labels the axis labels
 * @param legend each language's colour and claims, most claims first
 * @param summary the chart in words, for a screen reader
 */
@TemplateData
public record TimelineChart(
        int width, int height, List<Bar> bars, List<Label> labels, List<Legend> legend, String summary) {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int BOTTOM = 30;
    private static final int TOP = 10;
    /** Languages with a colour of their own; the rest share the last one. */
    private static final int COLOURS = 6;
    /** The widest bar: a narrative of a few days keeps bars that read as days, not as blocks. */
    private static final double WIDEST = 40;

    /** One day's claims in one language. */
    @TemplateData
    public record Bar(String x, String y, String width, String height, String css, String title) {}

    /** A text on an axis. */
    @TemplateData
    public record Label(String x, String y, String anchor, String text) {}

    /** A language of the chart, its colour class and its claims. */
    @TemplateData
    public record Legend(String css, String language, long claims) {}

    static TimelineChart of(List<NarrativeDetails.TimelineDay> days) {
        if (days.isEmpty()) {
            return new TimelineChart(WIDTH, HEIGHT, List.of(), List.of(), List.of(), "no claims with a day");
        }
        Map<String, Long> byLanguage = days.stream()
                .collect(Collectors.groupingBy(
                        NarrativeDetails.TimelineDay::language,
                        TreeMap::new,
                        Collectors.summingLong(NarrativeDetails.TimelineDay::claims)));
        List<String> languages = byLanguage.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .toList();
        TreeMap<LocalDate, Map<String, Long>> perDay = new TreeMap<>();
        for (NarrativeDetails.TimelineDay day : days) {
            perDay.computeIfAbsent(LocalDate.parse(day.day()), ignored -> new LinkedHashMap<>())
                    .merge(day.language(), day.claims(), Long::sum);
        }
        LocalDate first = perDay.firstKey();
        LocalDate last = perDay.lastKey();
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        long most = perDay.values().stream()
                .mapToLong(counts ->
                        counts.values().stream().mapToLong(Long::longValue).sum())
                .max()
                .orElse(1);
        double slot = (double) (WIDTH - LEFT) / span;
        double barWidth = Math.min(slot * 0.8, WIDEST);
        double plot = HEIGHT - BOTTOM - TOP;
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<LocalDate, Map<String, Long>> day : perDay.entrySet()) {
            double x = LEFT + ChronoUnit.DAYS.between(first, day.getKey()) * slot + (slot - barWidth) / 2;
            double base = HEIGHT - BOTTOM;
            for (String language : languages) {
                long claims = day.getValue().getOrDefault(language, 0L);
                if (claims == 0) {
                    continue;
                }
                double height = plot * claims / most;
                base -= height;
                bars.add(new Bar(
                        number(x),
                        number(base),
                        number(barWidth),
                        number(height),
                        colour(languages.indexOf(language)),
                        day.getKey() + " · " + language + ": " + claims + (claims == 1 ? " claim" : " claims")));
            }
        }
        List<Label> labels = List.of(
                new Label(number(LEFT - 4), number(TOP + 10), "end", Long.toString(most)),
                new Label(number(LEFT - 4), number(HEIGHT - BOTTOM), "end", "0"),
                new Label(number(LEFT), number(HEIGHT - 8), "start", first.toString()),
                new Label(number(WIDTH), number(HEIGHT - 8), "end", last.toString()));
        List<Legend> legend = languages.stream()
                .map(language -> new Legend(colour(languages.indexOf(language)), language, byLanguage.get(language)))
                .toList();
        String summary = "Claims per day from " + first + " to " + last + ", at most " + most + " a day, in "
                + String.join(", ", languages);
        return new TimelineChart(WIDTH, HEIGHT, bars, labels, legend, summary);
    }

    private static String colour(int index) {
        return "lang-" + Math.min(index, COLOURS - 1);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
