package io.claimflow.engine;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimExtracted.Claimant;
import io.claimflow.contracts.event.ClaimExtracted.Span;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.identity.StableIds;
import java.text.BreakIterator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walking-skeleton engine: sentences from the JDK's sentence breaker, scored by surface features
 * (numbers, names, reporting verbs). The trained pipeline replaces the scoring; the seam stays.
 */
public final class ClaimflowEngine implements ClaimExtractor {

    public static final ClaimExtracted.Extractor DESCRIPTOR = new ClaimExtracted.Extractor("claimflow-engine", "0.1.0");

    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\s\\p{Lu}\\p{L}+");
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(said|says|claimed|claims|accused|reported|according to|stated|hävdar|uppger|enligt)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MIN_WORDS = 5;
    private static final int MAX_WORDS = 120;

    private final EngineSettings settings;
    private final Clock clock;

    public ClaimflowEngine(EngineSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public static ClaimflowEngine withDefaults() {
        return new ClaimflowEngine(EngineSettings.defaults(), Clock.systemUTC());
    }

    @Override
    public ClaimExtracted.Extractor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Extraction extract(SourceDocument document) {
        String language = document.languageHint() == null ? "und" : document.languageHint();
        Instant now = clock.instant();
        List<ClaimExtracted> claims = new ArrayList<>();
        for (Span span : sentences(document.text())) {
            String sentence = document.text().substring(span.start(), span.end());
            double score = score(sentence);
            if (score >= settings.claimThreshold()) {
                claims.add(new ClaimExtracted(
                        StableIds.claimId(document.id(), span.start(), span.end(), DESCRIPTOR.version()),
                        document.id(),
                        claims.size(),
                        sentence,
                        span,
                        language,
                        score,
                        new Claimant(null, ClaimantType.AUTHOR, false),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        DESCRIPTOR,
                        now));
            }
        }
        return new Extraction(document.id(), language, claims);
    }

    /** Sentences within each line, trimmed, as spans into the original text. */
    static List<Span> sentences(String text) {
        List<Span> spans = new ArrayList<>();
        BreakIterator breaker = BreakIterator.getSentenceInstance(Locale.ROOT);
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            breaker.setText(line.group());
            int start = breaker.first();
            for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
                int from = line.start() + start;
                int to = line.start() + end;
                while (from < to && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                    to--;
                }
                if (to > from) {
                    spans.add(new Span(from, to));
                }
            }
        }
        return spans;
    }

    /** A 0..1 score from surface features: questions, fragments and lone links score 0. */
    static double score(String sentence) {
        int words = sentence.split("\\s+").length;
        if (words < MIN_WORDS || words > MAX_WORDS || sentence.endsWith("?") || URL.matcher(sentence).matches()) {
            return 0.0;
        }
        double score = 0.3;
        if (DIGIT.matcher(sentence).find()) {
            score += 0.25;
        }
        if (INNER_CAPITAL.matcher(sentence).find()) {
            score += 0.2;
        }
        if (REPORTING.matcher(sentence).find()) {
            score += 0.2;
        }
        return Math.min(1.0, score);
    }
}
