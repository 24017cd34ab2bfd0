package io.claimflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to hit the engine's worst cases: size, sentence count, one endless line, and the shapes its regular
 * expressions repeat over. No stage may turn quadratic or backtrack catastrophically: {@value #FACTOR} times the input
 * must cost at most {@value #GROWTH} times the CPU time of the input. Growth, unlike a time budget, does not depend on
 * how busy the machine is; the engine's own time budget is what guards production.
 */
class PathologicalInputTest {

    /** How many times larger the input measured against the shape's is. */
    private static final int FACTOR = 4;

    /**
     * Linear work quadruples; quadratic work grows sixteen-fold. The margin, twice either way, absorbs measurement
     * noise: with twice the input against 3 times the time, linear work reached 2.5 times on a busy two-core machine
     * (2026-11-30) and 3.03 times in a CI run (2026-12-03, "sentences on one line"), so the test failed on noise.
     */
    private static final double GROWTH = 8.0;

    private static final int RUNS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The budget is wall-clock time: on a loaded machine it would decide the test, so it is out of reach here. */
    private static final ClaimflowEngine ENGINE = new ClaimflowEngine(
            new EngineSettings(EngineSettings.defaults().claimThreshold(), Duration.ofHours(1)), TestEngine.CLOCK);

    private static final String ARTICLE = "WASHINGTON — The U.S. said on November 13, 2017 that 4,000 fighters left"
            + " Raqqa, according to the BBC (https://www.bbc.com/news/world-middle-east-41930784). “We did not agree"
            + " to it,” Col. Ryan Dillon told reporters. Comments: Leave a Reply. You are commenting using your"
            + " WordPress.com account.\n";

    /** A worst case: {@code text} of {@code repetitions} is measured against {@code text} of twice as many. */
    record Shape(String name, int repetitions, IntFunction<String> text) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Each shape is long enough that a run takes tens of milliseconds, well above the noise of a busy machine. */
    static Stream<Shape> shapes() {
        return Stream.of(
                shape("250 kB of article text", 250_000 / ARTICLE.length(), ARTICLE::repeat),
                shape("sentences on one line", 10_000, "The U.S. said 4 men left. "::repeat),
                shape("one endless line of words", 100_000, "word "::repeat),
                shape("one endless word", 2_000_000, "a"::repeat),
                shape("endless initialism", 50_000, "U.S."::repeat),
                shape("endless grouped number", 50_000, "1 000"::repeat),
                shape("endless breadcrumb", 50_000, n -> "a > ".repeat(n) + "\n"),
                shape("nested quotes", 100_000, n -> "“".repeat(n) + "x" + "”".repeat(n)),
                shape("URLs back to back", 100_000, "http://a.b/"::repeat),
                shape("unclosed HTML", 10_000, "<p><a href=\"http://x\">"::repeat),
                shape("dots", 2_000_000, "."::repeat),
                shape("hyphens", 300_000, "a-"::repeat),
                shape("Markdown headings", 10_000, "# Heading with no end\n"::repeat),
                shape("reporting cues", 3_000, "said said according to according to "::repeat));
    }

    private static Shape shape(String name, int repetitions, IntFunction<String> text) {
        return new Shape(name, repetitions, text);
    }

    @BeforeAll
    static void warmUp() {
        assertThat(THREADS.isCurrentThreadCpuTimeSupported())
                .as("thread CPU time")
                .isTrue();
        shapes().forEach(shape -> extract(shape.text().apply(shape.repetitions() / 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void moreInputCostsProportionallyMoreTime(Shape shape) {
        String once = shape.text().apply(shape.repetitions());
        String larger = shape.text().apply(FACTOR * shape.repetitions());
        long onceNanos = Long.MAX_VALUE;
        long largerNanos = Long.MAX_VALUE;
        // The best of a few runs: other work on the machine only ever adds to a run's time.
        for (int run = 0; run < RUNS; run++) {
            onceNanos = Math.min(onceNanos, cpuNanos(once));
            largerNanos = Math.min(largerNanos, cpuNanos(larger));
        }

        assertThat((double) largerNanos)
                .as(
                        "CPU time of %d characters (%d ms) against %d characters (%d ms)",
                        larger.length(), largerNanos / 1_000_000, once.length(), onceNanos / 1_000_000)
                .isLessThanOrEqualTo(GROWTH * onceNanos);
    }

    @Test
    void aDocumentOverItsBudgetStopsWithTheStageItReached() {
        ClaimflowEngine hurried = new ClaimflowEngine(new EngineSettings(0.5, Duration.ofNanos(1)), TestEngine.CLOCK);

        assertThatThrownBy(() -> hurried.extract(new SourceDocument("slow", ARTICLE.repeat(100), null)))
                .isInstanceOf(BudgetExceededException.class)
                .hasMessageContaining("time budget");
    }

    private static long cpuNanos(String text) {
        long before = THREADS.getCurrentThreadCpuTime();
        extract(text);
        return THREADS.getCurrentThreadCpuTime() - before;
    }

    private static void extract(String text) {
        Extraction result = ENGINE.extract(new SourceDocument("pathological", text, null));
        assertThat(result.claims())
                .allSatisfy(claim -> assertThat(claim.span().end()).isLessThanOrEqualTo(text.length()));
    }
}
