package io.claimflow.match;

import static io.claimflow.match.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchEngineTest {

    private MatchEngine engine;

    @BeforeEach
    void open() {
        engine = new MatchEngine(new ByteBuffersDirectory(), MatchSettings.defaults());
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
    }

    private static Claims raqqaEn(String id, String document) {
        return claim(id, document, "en", "The U.S. let ISIS fighters leave Raqqa in a secret deal.")
                .entity("U.S.", "United States")
                .entity("ISIS", "Islamic State")
                .entity("Raqqa", "Raqqa");
    }

    private static Claims raqqaSv(String id, String document) {
        return claim(id, document, "sv", "USA släpper iväg IS-krigare från Raqqa.")
                .entity("USA", "United States")
                .entity("IS", "Islamic State")
                .entity("Raqqa", "Raqqa");
    }

    /** Unrelated claims that fill the index, so idf means something. */
    private void background() {
        engine.match(claim("b1", "d-b1", "en", "The U.S. economy added 200,000 jobs in October.")
                .entity("U.S.", "United States")
                .quantity("200,000", 200000, null)
                .seenDaysAfter(-3));
        engine.match(claim("b2", "d-b2", "en", "Hospitals in the U.S. reported a rise in flu patients.")
                .entity("U.S.", "United States")
                .seenDaysAfter(-3));
        engine.match(claim("b3", "d-b3", "en", "The U.S. president met the Chinese leader in Beijing.")
                .entity("U.S.", "United States")
                .entity("Beijing", "Beijing")
                .seenDaysAfter(-2));
        engine.match(claim("b4", "d-b4", "en", "Voters in Ohio went to the polls on Tuesday.")
                .entity("Ohio", "Ohio")
                .seenDaysAfter(-2));
    }

    @Test
    void linksTwoWordingsOfTheSameClaim() {
        background();
        MatchResult first = engine.match(raqqaEn("a", "d1").seenDaysAfter(0));
        MatchResult second = engine.match(claim(
                        "b",
                        "d2",
                        "en",
                        "ISIS fighters were let leave Raqqa in a secret deal with the U.S.-led coalition.")
                .entity("ISIS", "Islamic State")
                .entity("Raqqa", "Raqqa")
                .entity("U.S.", "United States")
                .seenDaysAfter(1));
        assertThat(first.links()).isEmpty();
        assertThat(second.links()).extracting(Match::claimId).containsExactly("a");
        assertThat(second.narrativeId()).isEqualTo("a");
        Evidence evidence = second.links().get(0).evidence();
        assertThat(evidence.entities()).contains("Islamic State", "Raqqa");
        assertThat(evidence.terms()).contains("fighter", "leav", "secret", "deal");
        NarrativeSummary summary = second.changedNarratives().get(0);
        assertThat(summary.claimCount()).isEqualTo(2);
        assertThat(summary.documentCount()).isEqualTo(2);
        assertThat(summary.entities()).contains(new NarrativeSummary.EntityTally("Raqqa", "LOCATION", 2));
    }

    @Test
    void sharingOnlyTheUnitedStatesIsNoMatch() {
        background();
        engine.match(raqqaEn("a", "d1").seenDaysAfter(0));
        MatchResult result = engine.match(claim("c", "d3", "en", "The U.S. imposed new tariffs on steel.")
                .entity("U.S.", "United States")
                .seenDaysAfter(1));
        assertThat(result.links()).isEmpty();
        assertThat(result.suggestions()).isEmpty();
        assertThat(result.narrativeId()).isEqualTo("c");
    }

    @Test
    void sameTopicButAnotherClaimIsNoLink() {
        background();
        engine.match(raqqaEn("a", "d1").seenDaysAfter(0));
        MatchResult result = engine.match(claim("c", "d3", "en", "U.S. airstrikes destroyed most of Raqqa in 2017.")
                .entity("U.S.", "United States")
                .entity("Raqqa", "Raqqa")
                .date("2017", "2017")
                .seenDaysAfter(1));
        assertThat(result.links()).isEmpty();
    }

    @Test
    void linksAcrossLanguagesThroughEntitiesAndTheGlossary() {
        background();
        engine.match(raqqaEn("a", "d1").seenDaysAfter(0));
        MatchResult swedish = engine.match(raqqaSv("s", "d2").seenDaysAfter(2));
        assertThat(swedish.links()).extracting(Match::claimId).containsExactly("a");
        assertThat(swedish.links().get(0).evidence().pivots()).contains("release", "fighter");
        assertThat(swedish.changedNarratives().get(0).languages()).containsExactly("en", "sv");
    }

    @Test
    void theSameArticleUnderAnotherUrlLinksEveryClaimToItsTwin() {
        background();
        engine.match(raqqaEn("a1", "original").seenDaysAfter(0));
        engine.match(claim("a2", "original", "en", "Hundreds of families left with them.")
                .seenDaysAfter(0));
        MatchResult twin1 = engine.match(raqqaEn("c1", "copy").seenDaysAfter(1));
        MatchResult twin2 = engine.match(claim("c2", "copy", "en", "Hundreds of  families left with them. ")
                .seenDaysAfter(1));
        assertThat(twin1.links()).extracting(Match::claimId).containsExactly("a1");
        assertThat(twin2.links()).extracting(Match::claimId).containsExactly("a2");
        assertThat(twin2.links().get(0).score()).isEqualTo(1.0);
        assertThat(twin2.links().get(0).evidence().sameText()).isTrue();
    }

    @Test
    void aTextPostedMoreOftenThanCandidatesAreWantedLinksToItsEarliestTwinsInTheWindowFromOtherDocuments()
            throws IOException {
        engine.close();
        engine = new MatchEngine(
                new ByteBuffersDirectory(), MatchSettings.defaults().withCandidates(3));
        engine.match(raqqaEn("expired", "d0").seenDaysAfter(-40));
        for (int i = 1; i <= 6; i++) {
            engine.match(raqqaEn("t" + i, "d" + i).seenDaysAfter(0));
        }
        MatchResult copy = engine.match(raqqaEn("copy", "d1").seenDaysAfter(1));
        // Not the twin outside the window nor the one of its own document: the three earliest of the others.
        assertThat(copy.links()).extracting(Match::claimId).containsExactly("t2", "t3", "t4");
        assertThat(copy.links())
                .allSatisfy(link -> assertThat(link.evidence().sameText()).isTrue());
    }

    @Test
    void claimsOfOneDocumentAreNeverLinked() {
        engine.match(raqqaEn("a1", "d1").seenDaysAfter(0));
        MatchResult same = engine.match(raqqaEn("a2", "d1").seenDaysAfter(0));
        assertThat(same.links()).isEmpty();
        assertThat(same.narrativeId()).isEqualTo("a2");
    }

    @Test
    void aLinkBetweenTwoNarrativesMergesThemIntoTheOlder() {
        background();
        engine.match(raqqaEn("old", "d1").seenDaysAfter(0));
        engine.match(claim("young", "d2", "en", "Kurdish forces gave ISIS fighters safe passage out of Raqqa.")
                .entity("ISIS", "Islamic State")
                .entity("Raqqa", "Raqqa")
                .seenDaysAfter(1));
        String youngNarrative = engine.narrativeOf("young");
        MatchResult bridge = engine.match(claim(
                        "bridge",
                        "d3",
                        "en",
                        "The U.S. let ISIS fighters leave Raqqa and Kurdish forces gave them safe passage.")
                .entity("U.S.", "United States")
                .entity("ISIS", "Islamic State")
                .entity("Raqqa", "Raqqa")
                .seenDaysAfter(2));
        if (youngNarrative.equals("young")) {
            assertThat(bridge.merges()).containsExactly(new Merge("young", "old"));
            assertThat(engine.resolve("young")).isEqualTo("old");
        }
        assertThat(bridge.narrativeId()).isEqualTo("old");
        assertThat(engine.narrativeOf("young")).isEqualTo("old");
        assertThat(engine.narrative("young").narrativeId()).isEqualTo("old");
        assertThat(engine.narrative("old").claimCount()).isEqualTo(3);
    }

    @Test
    void aClaimOlderThanTheWindowDoesNotLink() {
        background();
        engine.match(raqqaEn("a", "d1").seenDaysAfter(0));
        MatchResult late = engine.match(raqqaSv("s", "d2").seenDaysAfter(31));
        assertThat(late.links()).isEmpty();
        assertThat(late.narrativeId()).isEqualTo("s");
    }

    @Test
    void suggestionsBetweenTheThresholdsJoinNothing() throws IOException {
        engine.close();
        engine = new MatchEngine(
                new ByteBuffersDirectory(), MatchSettings.defaults().withThresholds(0.99, 0.05));
        background();
        engine.match(raqqaEn("a", "d1").seenDaysAfter(0));
        MatchResult result = engine.match(raqqaSv("s", "d2").seenDaysAfter(1));
        assertThat(result.links()).isEmpty();
        assertThat(result.suggestions()).extracting(Match::claimId).contains("a");
        assertThat(result.narrativeId()).isEqualTo("s");
        assertThat(engine.narrativeOf("a")).isEqualTo("a");
        assertThat(result.merges()).isEmpty();
    }

    @Test
    void replayingAClaimReturnsItsStoredResultAndChangesNothing() {
        background();
        engine.match(raqqaEn("a", "d1").seenDaysAfter(0));
        MatchResult first = engine.match(raqqaSv("s", "d2").seenDaysAfter(1));
        int size = engine.indexSize();
        MatchResult again = engine.match(raqqaSv("s", "d2").seenDaysAfter(1));
        assertThat(again.replayed()).isTrue();
        assertThat(again.links()).isEqualTo(first.links());
        assertThat(again.narrativeId()).isEqualTo(first.narrativeId());
        assertThat(engine.indexSize()).isEqualTo(size);
        assertThat(engine.narrative("a").claimCount()).isEqualTo(2);
    }

    @Test
    void aRestartResumesFromTheLastCommit(@TempDir Path folder) throws IOException {
        engine.close();
        engine = new MatchEngine(FSDirectory.open(folder), MatchSettings.defaults());
        background();
        engine.match(raqqaEn("a", "d1").seenDaysAfter(0));
        engine.match(raqqaSv("s", "d2").seenDaysAfter(1));
        engine.commit(Map.of("claimflow.claims.v1-0", "42"));
        // Matched after the commit and lost in the "crash" (a close without commit).
        engine.match(raqqaEn("lost", "d3").seenDaysAfter(2));
        engine.close();

        engine = new MatchEngine(FSDirectory.open(folder), MatchSettings.defaults());
        assertThat(engine.commitData()).containsEntry("claimflow.claims.v1-0", "42");
        assertThat(engine.narrativeOf("s")).isEqualTo("a");
        assertThat(engine.narrativeOf("lost")).isNull();
        assertThat(engine.narrative("a").claimCount()).isEqualTo(2);
        MatchResult replayed = engine.match(raqqaEn("lost", "d3").seenDaysAfter(2));
        assertThat(replayed.replayed()).isFalse();
        assertThat(replayed.narrativeId()).isEqualTo("a");
    }

    @Test
    void settingsRejectASuggestThresholdAboveTheLinkThreshold() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MatchSettings(0.4, 0.5, Duration.ofDays(30), 40))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
