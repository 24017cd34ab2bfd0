package io.claimflow.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.EngineSettings;
import io.claimflow.engine.SourceDocument;
import io.claimflow.engine.TestEngine;
import java.util.List;

/** Reads sentences written for one language pack, every sentence a claim (no check-worthiness threshold). */
final class PackSentences {

    private static final ClaimflowEngine ALL_CLAIMS = new ClaimflowEngine(new EngineSettings(0.0), TestEngine.CLOCK);

    private final List<ClaimExtracted> claims;

    private PackSentences(List<ClaimExtracted> claims) {
        this.claims = claims;
    }

    /** The claims of a text in a language, read with that language's pack. */
    static PackSentences read(String language, String text) {
        List<ClaimExtracted> claims = ALL_CLAIMS
                .extract(new SourceDocument(language + "-doc", text, language))
                .claims();
        assertThat(claims).as("claims of: " + text).isNotEmpty();
        assertThat(claims).allSatisfy(claim -> assertThat(claim.languagePack()).isTrue());
        return new PackSentences(claims);
    }

    /** The claim whose text starts with {@code prefix}. */
    ClaimExtracted claim(String prefix) {
        return claims.stream()
                .filter(claim -> claim.text().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim starts with: " + prefix + " in "
                        + claims.stream().map(ClaimExtracted::text).toList()));
    }

    /**
     * One claim of a text written for a pack and what the engine must read in it.
     *
     * @param prefix how the claim's text starts
     * @param value a quantity it holds, or null
     * @param date a date it holds, or null
     * @param ending how its text ends (an abbreviation inside did not end it), or null
     */
    record Case(
            String language,
            String text,
            String prefix,
            String name,
            ClaimantType type,
            String cue,
            boolean quote,
            Double value,
            String date,
            String ending) {

        /** Reads the text with its pack and checks the claim's claimant, cue, quantity, date and ending. */
        void check() {
            ClaimExtracted claim = read(language, text).claim(prefix);
            assertThat(claim.claimant().name())
                    .as("claimant of: " + claim.text())
                    .isEqualTo(name);
            assertThat(claim.claimant().type()).as("type of: " + claim.text()).isEqualTo(type);
            assertThat(claim.cue()).as("cue of: " + claim.text()).isEqualTo(cue);
            assertThat(claim.claimant().quote()).as("quote of: " + claim.text()).isEqualTo(quote);
            if (value != null) {
                assertThat(claim.quantities())
                        .as("quantities of: " + claim.text())
                        .extracting(ClaimExtracted.Quantity::value)
                        .contains(value);
            }
            if (date != null) {
                assertThat(claim.dates())
                        .as("dates of: " + claim.text())
                        .extracting(ClaimExtracted.DateMention::value)
                        .contains(date);
            }
            if (ending != null) {
                assertThat(claim.text()).endsWith(ending);
            }
        }

        @Override
        public String toString() {
            return language + ": " + prefix;
        }
    }
}
