package io.claimflow.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One engine for all tests: it loads its models once, as services do. */
public final class TestEngine {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ClaimflowEngine ENGINE = new ClaimflowEngine(EngineSettings.defaults(), CLOCK);

    private TestEngine() {}

    public static ClaimflowEngine get() {
        return ENGINE;
    }

    /** Every sentence of a text as the engine analyses it. */
    public static DocumentAnalysis analyze(String text) {
        return ENGINE.analyze(new SourceDocument("doc", text, null));
    }

    /** The analysed sentence that starts with {@code prefix}. */
    public static AnalyzedSentence sentence(DocumentAnalysis analysis, String prefix) {
        return analysis.sentences().stream()
                .filter(s -> s.text().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starts with: " + prefix + " in "
                        + analysis.sentences().stream()
                                .map(AnalyzedSentence::text)
                                .toList()));
    }
}
