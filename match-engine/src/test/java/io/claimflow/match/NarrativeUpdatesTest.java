package io.claimflow.match;

import static io.claimflow.match.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.contracts.event.NarrativeUpdated;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine API match-service publishes from: summaries with revisions, final states of merges, batches, events. */
class NarrativeUpdatesTest {

    private static final String TEXT = "The U.S. let ISIS fighters leave Raqqa in a secret deal.";

    private MatchEngine engine;

    @BeforeEach
    void open() {
        engine = new MatchEngine(new ByteBuffersDirectory(), MatchSettings.defaults());
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
    }

    private static Claims raqqa(String id, String document) {
        return claim(id, document, "en", TEXT)
                .entity("U.S.", "United States", EntityType.LOCATION)
                .entity("ISIS", "Islamic State", EntityType.ORGANIZATION)
                .entity("Raqqa", "Raqqa", EntityType.LOCATION);
    }

    /** Two narratives of one text (claims of one document are never linked), bridged by a copy in another. */
    private List<ClaimContext> twoNarrativesAndABridge() {
        return List.of(
                raqqa("x1", "d").seenDaysAfter(0),
                raqqa("y1", "d").seenDaysAfter(0),
                raqqa("z1", "e").saidBy("A. Reporter").seenDaysAfter(1));
    }

    @Test
    void aMergeGivesTheMergedNarrativeAFinalStateAndTheSurvivorAHigherRevision() {
        List<ClaimContext> claims = twoNarrativesAndABridge();
        NarrativeSummary x = engine.match(claims.get(0)).changedNarratives().get(0);
        NarrativeSummary y = engine.match(claims.get(1)).changedNarratives().get(0);
        assertThat(x.revision()).isEqualTo(1);
        assertThat(y.narrativeId()).isEqualTo("y1");
        assertThat(y.revision()).isEqualTo(1);

        MatchResult bridge = engine.match(claims.get(2));

        assertThat(bridge.merges()).containsExactly(new Merge("y1", "x1"));
        assertThat(bridge.changedNarratives())
                .extracting(NarrativeSummary::narrativeId)
                .containsExactly("y1", "x1");
        NarrativeSummary last = bridge.changedNarratives().get(0);
        assertThat(last.mergedInto()).isEqualTo("x1");
        assertThat(last.revision()).isEqualTo(2);
        assertThat(last.claimCount())
                .as("the final state still describes its claims")
                .isEqualTo(1);
        NarrativeSummary survivor = bridge.changedNarratives().get(1);
        assertThat(survivor.mergedInto()).isNull();
        // Three claims plus one narrative merged in.
        assertThat(survivor.revision()).isEqualTo(4);
        assertThat(survivor.claimCount()).isEqualTo(3);
        assertThat(survivor.documentCount()).isEqualTo(2);
        assertThat(engine.narrative("y1").revision()).isEqualTo(4);
    }

    @Test
    void revisionsOnlyGrowAsClaimsJoin() {
        List<Integer> revisions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            MatchResult result = engine.match(raqqa("c" + i, "doc" + i).seenDaysAfter(i));
            assertThat(result.narrativeId()).isEqualTo("c0");
            revisions.add(result.changedNarratives().get(0).revision());
        }
        assertThat(revisions).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aSummaryTalliesSourcesClaimantsLanguagesAndTypedEntities() {
        // Unrelated claims first, so that idf tells the shared names apart from common ones across languages.
        engine.match(claim("b1", "d-b1", "en", "The U.S. economy added 200,000 jobs in October.")
                .entity("U.S.", "United States")
                .seenDaysAfter(-3));
        engine.match(claim("b2", "d-b2", "en", "Hospitals in the U.S. reported a rise in flu patients.")
                .entity("U.S.", "United States")
                .seenDaysAfter(-3));
        engine.match(claim("b3", "d-b3", "en", "Voters in Ohio went to the polls on Tuesday.")
                .entity("Ohio", "Ohio")
                .seenDaysAfter(-2));
        engine.match(raqqa("a", "d1").saidBy("Surovikin").seenDaysAfter(0));
        engine.match(raqqa("b", "d2").saidBy("Surovikin").seenDaysAfter(1));
        engine.match(claim("s", "d3", "sv", "USA släpper iväg IS-krigare från Raqqa.")
                .entity("USA", "United States", EntityType.LOCATION)
                .entity("IS", "Islamic State", EntityType.ORGANIZATION)
                .entity("Raqqa", "Raqqa", EntityType.LOCATION)
                .seenDaysAfter(2));
        NarrativeSummary summary = engine.narrative("a");

        assertThat(summary.claimCount()).isEqualTo(3);
        assertThat(summary.languages()).containsExactly("en", "sv");
        assertThat(summary.sources())
                .containsExactly(
                        new NarrativeSummary.Tally("source-of-d1", 1),
                        new NarrativeSummary.Tally("source-of-d2", 1),
                        new NarrativeSummary.Tally("source-of-d3", 1));
        assertThat(summary.claimants()).containsExactly(new NarrativeSummary.Tally("Surovikin", 2));
        assertThat(summary.entities())
                .containsExactly(
                        new NarrativeSummary.EntityTally("Islamic State", "ORGANIZATION", 3),
                        new NarrativeSummary.EntityTally("Raqqa", "LOCATION", 3),
                        new NarrativeSummary.EntityTally("United States", "LOCATION", 3));
        assertThat(summary.labelDocumentId()).isIn("d1", "d2");
        assertThat(summary.labelLanguage()).isEqualTo("en");
        assertThat(summary.firstSeen()).isEqualTo(Claims.T0);
        assertThat(summary.lastSeen()).isEqualTo(Claims.T0.plusSeconds(2 * 86_400L));
    }

    @Test
    void aBatchMatchesLikeOneByOneAndSumsUpEachChangedNarrativeOnce() throws IOException {
        List<ClaimContext> claims = new ArrayList<>(twoNarrativesAndABridge());
        claims.add(claim("other", "f", "en", "Voters in Ohio went to the polls on Tuesday.")
                .entity("Ohio", "Ohio")
                .seenDaysAfter(1));
        claims.add(raqqa("twin", "g").seenDaysAfter(2));
        List<MatchResult> oneByOne = claims.stream().map(engine::match).toList();

        try (MatchEngine batched = new MatchEngine(new ByteBuffersDirectory(), MatchSettings.defaults())) {
            MatchEngine.BatchResult batch = batched.matchAll(claims);
            assertThat(batch.results()).hasSize(claims.size());
            for (int i = 0; i < claims.size(); i++) {
                MatchResult expected = oneByOne.get(i);
                MatchResult actual = batch.results().get(i);
                assertThat(actual.narrativeId()).isEqualTo(expected.narrativeId());
                assertThat(actual.links()).isEqualTo(expected.links());
                assertThat(actual.suggestions()).isEqualTo(expected.suggestions());
                assertThat(actual.merges()).isEqualTo(expected.merges());
            }
            // The twin later in the batch saw the claims before it.
            assertThat(batch.results().get(4).links()).isNotEmpty();
            assertThat(batch.changedNarratives())
                    .extracting(NarrativeSummary::narrativeId)
                    .containsExactly("y1", "x1", "other");
            assertThat(batch.changedNarratives().get(0).mergedInto()).isEqualTo("x1");
            assertThat(batch.changedNarratives().get(1)).isEqualTo(engine.narrative("x1"));

            MatchEngine.BatchResult again = batched.matchAll(claims.subList(4, 5));
            assertThat(again.results().get(0).replayed()).isTrue();
            assertThat(again.changedNarratives())
                    .as("a batch read again publishes its narratives again")
                    .containsExactly(batched.narrative("x1"));
        }
    }

    @Test
    void aSummaryKeptAsClaimsJoinIsTheOneItsClaimsGiveWhenReadBack() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<ClaimContext> claims = new ArrayList<>();
        // Three narratives of one document (its claims are never linked to each other), merged by a bridge; then
        // claims from documents seen before and after, other claimants, an entity typed two ways, a second language.
        for (int i = 0; i < 3; i++) {
            claims.add(raqqa("base" + i, "base").seenDaysAfter(i));
        }
        claims.add(raqqa("bridge", "other").saidBy("A. Reporter").seenDaysAfter(3));
        for (int i = 0; i < 8; i++) {
            Claims claim = raqqa("more" + i, i % 2 == 0 ? "base" : "doc" + i)
                    .entity("Raqqa", "Raqqa", i % 3 == 0 ? EntityType.ORGANIZATION : EntityType.LOCATION);
            claims.add((i % 3 == 1 ? claim.saidBy("B. Analyst") : claim).seenDaysAfter(4 + i));
        }
        claims.add(claim("sv", "svdoc", "sv", "USA lät IS-krigare lämna Raqqa i en hemlig uppgörelse.")
                .entity("USA", "United States")
                .entity("IS", "Islamic State", EntityType.ORGANIZATION)
                .entity("Raqqa", "Raqqa")
                .seenDaysAfter(13));
        List<String> narratives = new ArrayList<>();
        List<NarrativeSummary> live;
        try (MatchEngine kept = new MatchEngine(directory, MatchSettings.defaults())) {
            for (ClaimContext claim : claims) {
                kept.match(claim).changedNarratives().forEach(summary -> narratives.add(summary.narrativeId()));
            }
            live = narratives.stream().distinct().map(kept::narrative).toList();
            kept.commit(java.util.Map.of());
        }
        assertThat(live.get(0).labelClaimId())
                .as("the bridge, which every later claim links, is the most central")
                .isEqualTo("bridge");
        assertThat(live.get(0).claimCount()).isGreaterThan(10);
        try (MatchEngine readBack = new MatchEngine(directory, MatchSettings.defaults())) {
            assertThat(narratives.stream().distinct().map(readBack::narrative).toList())
                    .isEqualTo(live);
        }
    }

    @Test
    void aClaimOffTheTopicCarriesItsOrigin() {
        Instant extracted = Instant.parse("2026-01-02T00:00:00Z");
        Instant published = Instant.parse("2017-11-14T08:00:00Z");
        ClaimExtracted plain = raqqa("a", "d1").extracted(extracted);
        ClaimContext bare = ClaimContext.of(plain);
        assertThat(bare.source()).isNull();
        assertThat(bare.url()).isNull();
        assertThat(bare.seenAt()).isEqualTo(extracted);

        ClaimContext withOrigin = ClaimContext.of(plain.withOrigin(
                new ClaimExtracted.Origin("https://bbc.co.uk/raqqa", "bbc.co.uk", published, extracted)));
        assertThat(withOrigin.source()).isEqualTo("bbc.co.uk");
        assertThat(withOrigin.url()).isEqualTo("https://bbc.co.uk/raqqa");
        assertThat(withOrigin.seenAt()).isEqualTo(published);
    }

    @Test
    void contractEventsCarryTheResultAndTheSummary() {
        engine.match(raqqa("a", "d1").seenDaysAfter(0));
        MatchResult twin = engine.match(raqqa("b", "d2").seenDaysAfter(1));
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        ClaimMatched.Matcher matcher = ContractEvents.matcher(engine.settings());

        ClaimMatched matched = ContractEvents.claimMatched(twin, "d2", twin.narrativeId(), List.of(), matcher, now);
        assertThat(matched.narrativeId()).isEqualTo("a");
        assertThat(matched.links()).hasSize(1);
        assertThat(matched.links().get(0).score()).isEqualTo(1.0);
        assertThat(matched.links().get(0).evidence().sameText()).isTrue();
        assertThat(matched.eventId()).isEqualTo("b/claimflow-match/" + matcher.version());
        assertThat(matcher.version()).contains("link=0.55", "suggest=0.45", "window=PT720H");

        NarrativeUpdated updated =
                ContractEvents.narrativeUpdated(twin.changedNarratives().get(0), now);
        assertThat(updated.narrativeId()).isEqualTo("a");
        assertThat(updated.revision()).isEqualTo(2);
        assertThat(updated.claims()).isEqualTo(2);
        assertThat(updated.documents()).isEqualTo(2);
        assertThat(updated.label().language()).isEqualTo("en");
        assertThat(updated.entities())
                .contains(new NarrativeUpdated.EntityTally("Islamic State", EntityType.ORGANIZATION, 2));
        assertThat(updated.key()).isEqualTo("a");
    }

    @Test
    void evidenceSplitsCitationsAndJoinsTermsWithPivots() {
        Evidence evidence = new Evidence(
                false,
                List.of("Raqqa"),
                List.of("4000"),
                List.of("2017-11-13"),
                List.of("bbc.co.uk/news/raqqa", "bbc.co.uk", "reuters.com"),
                List.of("leav", "deal"),
                List.of("deal", "fighter"),
                0.5,
                0.4,
                0.3);
        ClaimMatched.Evidence mapped = ContractEvents.evidence(evidence);
        assertThat(mapped.urls()).containsExactly("bbc.co.uk/news/raqqa");
        assertThat(mapped.domains())
                .as("a domain a shared URL names is not said twice")
                .containsExactly("reuters.com");
        assertThat(mapped.terms()).containsExactly("deal", "fighter", "leav");
        assertThat(mapped.entities()).containsExactly("Raqqa");
        assertThat(mapped.quantities()).containsExactly("4000");
        assertThat(mapped.dates()).containsExactly("2017-11-13");
    }
}
