package io.claimflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimflowEngineTest {

    private static final String TEXT = """
            Raqqa deal
            On November 13, 2017, the BBC reported that 4,000 fighters left Raqqa under a secret deal. Was it legal?
            https://example.org/source
            Surovikin accused the coalition of providing safe corridors to the militants.
            """;

    private final ClaimflowEngine engine =
            new ClaimflowEngine(EngineSettings.defaults(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void findsAssertionsAndSkipsHeadingsQuestionsAndLinks() {
        List<ClaimExtracted> claims = engine.extract(new SourceDocument("doc", TEXT, "en")).claims();
        assertThat(claims).extracting(ClaimExtracted::text).containsExactly(
                "On November 13, 2017, the BBC reported that 4,000 fighters left Raqqa under a secret deal.",
                "Surovikin accused the coalition of providing safe corridors to the militants.");
    }

    @Test
    void spansPointIntoTheOriginalText() {
        for (ClaimExtracted claim : engine.extract(new SourceDocument("doc", TEXT, null)).claims()) {
            assertThat(TEXT.substring(claim.span().start(), claim.span().end())).isEqualTo(claim.text());
            assertThat(claim.claimant().type()).isEqualTo(ClaimantType.AUTHOR);
            assertThat(claim.language()).isEqualTo("und");
        }
    }

    @Test
    void claimIdsAreStableAndOrdinalsCount() {
        List<ClaimExtracted> first = engine.extract(new SourceDocument("doc", TEXT, "en")).claims();
        List<ClaimExtracted> again = ClaimflowEngine.withDefaults().extract(new SourceDocument("doc", TEXT, "en")).claims();
        assertThat(again).extracting(ClaimExtracted::claimId)
                .containsExactlyElementsOf(first.stream().map(ClaimExtracted::claimId).toList());
        assertThat(first).extracting(ClaimExtracted::ordinal).containsExactly(0, 1);
    }

    @Test
    void thresholdIsConfiguration() {
        ClaimflowEngine strict = new ClaimflowEngine(new EngineSettings(1.0), Clock.systemUTC());
        assertThat(strict.extract(new SourceDocument("doc", TEXT, "en")).claims()).isEmpty();
    }

    @Test
    void emptyTextHasNoClaims() {
        assertThat(engine.extract(new SourceDocument("doc", "", null)).claims()).isEmpty();
    }
}
