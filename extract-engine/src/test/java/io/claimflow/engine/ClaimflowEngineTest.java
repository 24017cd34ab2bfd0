package io.claimflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine end to end on text written for the test. */
class ClaimflowEngineTest {

    private static final String TEXT = """
            Raqqa deal
            On November 13, 2017, the BBC reported that 4,000 fighters left Raqqa under a secret deal. Was it legal?
            https://example.org/source
            Surovikin accused the coalition of providing safe corridors to the militants.
            Leave a Reply
            """;

    private final ClaimflowEngine engine = TestEngine.get();

    @Test
    void findsAssertionsAndSkipsHeadingsQuestionsLinksAndBoilerplate() {
        List<ClaimExtracted> claims =
                engine.extract(new SourceDocument("doc", TEXT, "en")).claims();
        assertThat(claims)
                .extracting(ClaimExtracted::text)
                .containsExactly(
                        "On November 13, 2017, the BBC reported that 4,000 fighters left Raqqa under a secret deal.",
                        "Surovikin accused the coalition of providing safe corridors to the militants.");
    }

    @Test
    void claimsCarryTheirClaimantDetailsAndCitations() {
        List<ClaimExtracted> claims =
                engine.extract(new SourceDocument("doc", TEXT, null)).claims();
        ClaimExtracted bbc = claims.get(0);
        assertThat(bbc.language()).isEqualTo("en");
        assertThat(bbc.claimant())
                .isEqualTo(new ClaimExtracted.Claimant("BBC", ClaimantType.MEDIA, false, null, "bbc"));
        assertThat(bbc.cue()).isEqualTo("reported");
        assertThat(bbc.dates()).extracting(ClaimExtracted.DateMention::value).containsExactly("2017-11-13");
        assertThat(bbc.quantities()).extracting(ClaimExtracted.Quantity::value).containsExactly(4000.0);
        assertThat(bbc.entities())
                .extracting(ClaimExtracted.Entity::normalized, ClaimExtracted.Entity::type)
                .contains(tuple("Raqqa", EntityType.LOCATION));
        assertThat(claims.get(1).citations()).isEmpty();
        assertThat(claims.get(1).claimant().type()).isEqualTo(ClaimantType.PERSON);
        assertThat(claims.get(1).extractor()).isEqualTo(ClaimflowEngine.DESCRIPTOR);
        assertThat(claims.get(1).extractedAt()).isEqualTo(TestEngine.CLOCK.instant());
        assertThat(claims).extracting(ClaimExtracted::languagePack).containsOnly(true);
    }

    @Test
    void aClaimInALanguageWithoutAPackSaysSoAndKeepsItsNumbers() {
        String danish = "Ifølge rapporten steg andelen i 2023 med 40,9 procent til 1.250 millioner euro, "
                + "sagde Robert Habeck den 13. marts 2023 i Berlin.";
        List<ClaimExtracted> claims =
                engine.extract(new SourceDocument("da-doc", danish, "da")).claims();
        assertThat(claims).isNotEmpty();
        ClaimExtracted claim = claims.get(0);
        assertThat(claim.language()).isEqualTo("da");
        assertThat(claim.languagePack()).isFalse();
        assertThat(claim.quantities())
                .extracting(ClaimExtracted.Quantity::value)
                .contains(40.9, 1.25e9);
        assertThat(claim.dates()).extracting(ClaimExtracted.DateMention::value).contains("2023-03-13");
    }

    @Test
    void aLinkOnItsOwnLineCitesTheSentenceBeforeIt() {
        DocumentAnalysis analysis = engine.analyze(new SourceDocument("doc", TEXT, null));
        assertThat(TestEngine.sentence(analysis, "Was it legal?").citations())
                .containsExactly("https://example.org/source");
    }

    @Test
    void spansPointIntoTheOriginalText() {
        for (ClaimExtracted claim :
                engine.extract(new SourceDocument("doc", TEXT, null)).claims()) {
            assertThat(TEXT.substring(claim.span().start(), claim.span().end())).isEqualTo(claim.text());
        }
    }

    @Test
    void claimIdsAreStableAndOrdinalsCount() {
        List<ClaimExtracted> first =
                engine.extract(new SourceDocument("doc", TEXT, "en")).claims();
        List<ClaimExtracted> again =
                engine.extract(new SourceDocument("doc", TEXT, "en")).claims();
        assertThat(again)
                .extracting(ClaimExtracted::claimId)
                .containsExactlyElementsOf(
                        first.stream().map(ClaimExtracted::claimId).toList());
        assertThat(first).extracting(ClaimExtracted::ordinal).containsExactly(0, 1);
        assertThat(engine.extract(new SourceDocument("other", TEXT, "en"))
                        .claims()
                        .get(0)
                        .claimId())
                .isNotEqualTo(first.get(0).claimId());
    }

    @Test
    void thresholdIsConfiguration() {
        ClaimflowEngine strict = new ClaimflowEngine(new EngineSettings(1.0), TestEngine.CLOCK);
        assertThat(strict.extract(new SourceDocument("doc", TEXT, "en")).claims())
                .isEmpty();
        ClaimflowEngine lenient = new ClaimflowEngine(new EngineSettings(0.0), TestEngine.CLOCK);
        assertThat(lenient.extract(new SourceDocument("doc", TEXT, "en")).claims())
                .hasSize(2);
    }

    @Test
    void emptyTextHasNoClaims() {
        Extraction extraction = engine.extract(new SourceDocument("doc", "", null));
        assertThat(extraction.claims()).isEmpty();
        assertThat(extraction.language()).isEqualTo("und");
    }

    @Test
    void oneEngineServesManyThreads() throws Exception {
        List<SourceDocument> documents = List.of(
                new SourceDocument("a", TEXT, null),
                new SourceDocument(
                        "b", "Ryska televisionen hävdar att 4 000 soldater lämnade staden i oktober 2017.", null),
                new SourceDocument(
                        "c", "“The deal was done,” the official said. He added that 300 people left.", null));
        List<Extraction> serial = documents.stream().map(engine::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> parallel = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (SourceDocument document : documents) {
                    parallel.add(pool.submit(() -> engine.extract(document)));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(serial.get(i % documents.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void scoresFreeStandingSentences() {
        double[] scores = engine.score(List.of("Over 60 soldiers died in the strike in September 2016.", "Why?"));
        assertThat(scores).hasSize(2);
        assertThat(scores[0]).isGreaterThan(scores[1]);
    }
}
