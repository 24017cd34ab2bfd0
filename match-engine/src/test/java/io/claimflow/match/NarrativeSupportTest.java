package io.claimflow.match;

import static io.claimflow.match.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Narrative-level links: claims of one narrative that cover a new claim together, rare anchors, and what they miss. */
class NarrativeSupportTest {

    private static final String[] TOPICS = {
        "economy added jobs", "hospitals reported flu patients", "president met leaders", "voters went to polls",
        "senate passed budget", "court ruled on tariffs", "prices of fuel rose", "schools reopened after storms",
        "police arrested protesters", "farmers protested subsidies"
    };

    private MatchEngine engine;

    @BeforeEach
    void open() {
        engine = new MatchEngine(new ByteBuffersDirectory(), MatchSettings.defaults());
        // Sixty claims of other news, so that "United States" is common and "Raqqa" rare (in 5% of claims or fewer).
        for (int i = 0; i < 60; i++) {
            engine.match(claim("bg" + i, "d-bg" + i, "en", "In the U.S. the " + TOPICS[i % TOPICS.length] + " again.")
                    .entity("U.S.", "United States")
                    .entity("Place" + i, "Place" + i)
                    .seenDaysAfter(-5));
        }
        // Two wordings of one narrative, linked to each other on their own.
        engine.match(claim("n1", "d-n1", "en", "Convoys of ISIS fighters left Raqqa untouched by U.S. bombs.")
                .entity("ISIS", "Islamic State")
                .entity("Raqqa", "Raqqa")
                .entity("U.S.", "United States")
                .seenDaysAfter(0));
        engine.match(claim("n2", "d-n2", "en", "ISIS fighters left Raqqa in convoys under a deal with the coalition.")
                .entity("ISIS", "Islamic State")
                .entity("Raqqa", "Raqqa")
                .seenDaysAfter(1));
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
    }

    @Test
    void theNarrativesClaimsTogetherLinkAClaimNoneOfThemMatchesAlone() {
        assertThat(engine.narrativeOf("n2")).isEqualTo("n1");
        MatchResult result = engine.match(claim("c", "d-c", "en", "Jihadists went out untouched by bombs, per a deal.")
                .entity("Raqqa", "Raqqa")
                .seenDaysAfter(2));
        assertThat(result.narrativeId()).isEqualTo("n1");
        assertThat(result.links()).hasSize(1);
        // No pair of claims links it alone: the two claims of the narrative cover it together.
        assertThat(result.links().get(0).evidence().supporting()).isEqualTo(2);
        assertThat(result.suggestions())
                .allSatisfy(
                        s -> assertThat(s.score()).isLessThan(engine.settings().linkThreshold()));
    }

    @Test
    void aSwedishClaimJoinsThroughPivotsAndRareAnchors() {
        MatchResult result =
                engine.match(claim("s", "d-s", "sv", "IS-krigarna lämnade Raqqa efter ett avtal med koalitionen.")
                        .entity("IS", "Islamic State")
                        .entity("Raqqa", "Raqqa")
                        .seenDaysAfter(2));
        assertThat(result.narrativeId()).isEqualTo("n1");
        assertThat(result.links().get(0).evidence().pivots()).contains("fighter", "leave");
    }

    @Test
    void anEnglishClaimJoinsASwedishNarrativeAsASwedishClaimJoinsAnEnglishOne() {
        engine.match(claim("s1", "d-s1", "sv", "IS-krigarna lämnade Mosul efter ett hemligt avtal med koalitionen.")
                .entity("IS", "Islamic State")
                .entity("Mosul", "Mosul")
                .seenDaysAfter(0));
        engine.match(claim("s2", "d-s2", "sv", "Konvojer med krigare lämnade Mosul under koalitionens bevakning.")
                .entity("Mosul", "Mosul")
                .seenDaysAfter(1));
        MatchResult result = engine.match(claim(
                        "e",
                        "d-e",
                        "en",
                        "Convoys of ISIS fighters quietly left Mosul after a secret deal with the coalition, witnesses"
                                + " told reporters.")
                .entity("ISIS", "Islamic State")
                .entity("Mosul", "Mosul")
                .seenDaysAfter(2));
        assertThat(result.narrativeId()).isEqualTo(engine.narrativeOf("s1"));
    }

    @Test
    void aRareAnchorWithOtherContentIsNoLink() {
        MatchResult result = engine.match(claim("m", "d-m", "en", "The museum of Raqqa reopened with ancient pottery.")
                .entity("Raqqa", "Raqqa")
                .seenDaysAfter(2));
        assertThat(result.links()).isEmpty();
        assertThat(result.narrativeId()).isEqualTo("m");
    }

    @Test
    void threeClaimsOfANarrativeLinkAClaimThatNamesNothingRare() {
        engine.match(claim("n3", "d-n3", "en", "U.S. drones watched the ISIS convoys leave Raqqa safely.")
                .entity("U.S.", "United States")
                .entity("ISIS", "Islamic State")
                .entity("Raqqa", "Raqqa")
                .seenDaysAfter(1));
        assertThat(engine.narrativeOf("n3")).isEqualTo("n1");
        MatchResult result = engine.match(
                claim("k", "d-k", "en", "The U.S. knew the fighters were leaving safely but kept its bombs away.")
                        .entity("U.S.", "United States")
                        .seenDaysAfter(2));
        assertThat(result.narrativeId()).isEqualTo("n1");
        assertThat(result.links()).hasSize(1);
        assertThat(result.links().get(0).evidence().supporting()).isEqualTo(3);
    }

    @Test
    void commonAnchorsSupportNothing() {
        MatchResult result =
                engine.match(claim("u", "d-u", "en", "U.S. bombs and a coalition deal, the president said.")
                        .entity("U.S.", "United States")
                        .seenDaysAfter(2));
        assertThat(result.links()).isEmpty();
    }
}
