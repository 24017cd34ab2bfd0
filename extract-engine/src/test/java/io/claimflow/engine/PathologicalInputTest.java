package io.claimflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to hit the engine's worst cases: size, sentence count, one endless line, and the shapes its
 * regular expressions repeat over. Each must finish well inside the service's default time budget; a stage that
 * turns quadratic or backtracks catastrophically would run into the budget here and fail the test.
 */
class PathologicalInputTest {

    /** Far below the production default, so a regression shows up as a failure rather than a slow build. */
    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final ClaimflowEngine ENGINE = new ClaimflowEngine(new EngineSettings(EngineSettings.defaults().claimThreshold(),
            BUDGET), TestEngine.CLOCK);
    private static final String ARTICLE = "WASHINGTON — The U.S. said on November 13, 2017 that 4,000 fighters left Raqqa, "
            + "according to the BBC (https://www.bbc.com/news/world-middle-east-41930784). “We did not agree to it,” "
            + "Col. Ryan Dillon told reporters. Comments: Leave a Reply. You are commenting using your WordPress.com account.\n";

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("10 MB of article text", ARTICLE.repeat(10_000_000 / ARTICLE.length())),
                Arguments.of("300,000 sentences on one line", "The U.S. said 4 men left. ".repeat(300_000)),
                Arguments.of("one endless line of words", "word ".repeat(2_000_000)),
                Arguments.of("one endless word", "a".repeat(5_000_000)),
                Arguments.of("endless initialism", "U.S.".repeat(500_000)),
                Arguments.of("endless grouped number", "1 000".repeat(500_000)),
                Arguments.of("endless breadcrumb", "a > ".repeat(500_000) + "\n"),
                Arguments.of("nested quotes", "“".repeat(200_000) + "x" + "”".repeat(200_000)),
                Arguments.of("URLs back to back", "http://a.b/".repeat(300_000)),
                Arguments.of("unclosed HTML", "<p><a href=\"http://x\">".repeat(200_000)),
                Arguments.of("dots", ".".repeat(1_000_000)),
                Arguments.of("hyphens", "a-".repeat(1_000_000)),
                Arguments.of("Markdown headings", "# Heading with no end\n".repeat(200_000)),
                Arguments.of("reporting cues", "said said according to according to ".repeat(100_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void finishesWellWithinTheBudget(String name, String text) {
        Extraction result = ENGINE.extract(new SourceDocument("pathological", text, null));

        assertThat(result.claims()).allSatisfy(claim -> assertThat(claim.span().end()).isLessThanOrEqualTo(text.length()));
    }

    @Test
    void aDocumentOverItsBudgetStopsWithTheStageItReached() {
        ClaimflowEngine hurried = new ClaimflowEngine(new EngineSettings(0.5, Duration.ofNanos(1)), TestEngine.CLOCK);

        assertThatThrownBy(() -> hurried.extract(new SourceDocument("slow", ARTICLE.repeat(100), null)))
                .isInstanceOf(BudgetExceededException.class).hasMessageContaining("time budget");
    }
}
