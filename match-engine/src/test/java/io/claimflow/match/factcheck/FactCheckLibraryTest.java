package io.claimflow.match.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimflow.contracts.event.FactCheck;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.match.analysis.LanguageAnalyzers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FactCheckLibraryTest {

    private static final LibraryWeights BM25_ONLY = LibraryWeights.defaults().withRerank(false);

    private LanguageAnalyzers analyzers;
    private FactCheckLibrary library;

    @BeforeEach
    void library() throws Exception {
        analyzers = new LanguageAnalyzers(LanguageResources.load());
        library = new FactCheckLibrary(new ByteBuffersDirectory(), analyzers, LibraryWeights.defaults());
        library.addAll(List.of(
                check("raqqa", "The coalition let 4,000 ISIS fighters leave Raqqa in a convoy.", "Raqqa convoy deal"),
                check("bleach", "Drinking bleach cures the coronavirus.", "No, bleach is no cure"),
                check("moon", "The moon landing in 1969 was filmed in a studio.", null),
                check("eiffel", "The Eiffel Tower was sold for scrap twice.", "Tower sold?"),
                new FactCheck(
                        "sv-raqqa",
                        null,
                        "Koalitionen lät 4 000 IS-krigare lämna Raqqa.",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "sv",
                        List.of(),
                        null)));
    }

    @AfterEach
    void close() throws Exception {
        library.close();
        analyzers.close();
    }

    @Test
    void ranksTheFactCheckOfTheSameClaimFirstWithItsEvidence() throws Exception {
        List<FactCheckHit> hits =
                library.rank("Thousands of ISIS fighters were let out of Raqqa, 4,000 of them", "en", 3);
        assertThat(hits).isNotEmpty();
        FactCheckHit best = hits.get(0);
        assertThat(best.factCheck().id()).isEqualTo("raqqa");
        assertThat(best.terms()).contains("isi", "fighter", "raqqa", "4,000");
        assertThat(best.numbers()).isEmpty(); // "4,000" is one term with its comma, not digits only
        assertThat(hits).extracting(hit -> hit.factCheck().id()).doesNotContain("sv-raqqa");
        assertThat(library.rank("Thousands of ISIS fighters were let out of Raqqa", "en", 3, BM25_ONLY))
                .isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));

        assertThat(library.rank("Was the 1969 moon landing staged?", "en", 5))
                .first()
                .satisfies(hit -> {
                    assertThat(hit.factCheck().id()).isEqualTo("moon");
                    assertThat(hit.numbers()).containsExactly("1969");
                });
        assertThat(library.rank("Can you cure covid with bleach?", "en", 1))
                .extracting(hit -> hit.factCheck().id())
                .containsExactly("bleach");
    }

    @Test
    void searchesTheFieldsOfTheQuerysLanguage() throws Exception {
        assertThat(library.rank("IS-krigarna lämnade Raqqa", "sv", 5))
                .extracting(hit -> hit.factCheck().id())
                .containsExactly("sv-raqqa");
        assertThat(library.rank("nothing in common here", "en", 5)).isEmpty();
    }

    @Test
    void theTitleCountsAndAnIdAddedAgainReplacesTheFactCheck() throws Exception {
        assertThat(library.rank("convoy deal", "en", 5))
                .extracting(hit -> hit.factCheck().id())
                .containsExactly("raqqa");
        library.addAll(List.of(check("raqqa", "A different claim about tanks.", null)));
        assertThat(library.size()).isEqualTo(5);
        assertThat(library.rank("convoy deal", "en", 5)).isEmpty();
        assertThat(library.rank("tanks", "en", 5).get(0).factCheck().claimReviewed())
                .isEqualTo("A different claim about tanks.");
        assertThatThrownBy(() -> library.rank("tanks", "en", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTextRankedAgainIsAnsweredFromMemoryUntilTheLibraryChanges() throws Exception {
        String text = "The coalition let ISIS fighters leave Raqqa.";
        List<FactCheckHit> first = library.rank(text, "en", 3);
        assertThat(library.rank(text, "en", 3)).isSameAs(first);
        assertThat(library.rank(text, "en", 1)).isNotSameAs(first).hasSize(1);
        library.addAll(List.of(check("raqqa-2", "The coalition let ISIS fighters leave Raqqa.", null)));
        List<FactCheckHit> after = library.rank(text, "en", 3);
        assertThat(after).isNotSameAs(first);
        assertThat(after.get(0).factCheck().id()).isEqualTo("raqqa-2");
    }

    @Test
    void aLibraryThatStoppedChangingIsMergedIntoOneSegmentAndRanksTheSame() throws Exception {
        library.addAll(List.of(check("tanks", "The army sold 300 tanks to a scrap dealer.", null)));
        library.addAll(List.of(check("scrap", "The Eiffel Tower was sold for scrap by a con man.", null)));
        assertThat(library.segments()).isEqualTo(3);
        List<FactCheckHit> before = library.rank("The Eiffel Tower was sold for scrap", "en", 5);

        assertThat(library.compactIfQuiet(Duration.ofHours(1)))
                .as("fact-checks added within the hour")
                .isFalse();
        assertThat(library.segments()).isEqualTo(3);
        assertThat(library.compactIfQuiet(Duration.ZERO)).isTrue();
        assertThat(library.segments()).isEqualTo(1);
        assertThat(library.size()).isEqualTo(7);
        assertThat(library.rank("The Eiffel Tower was sold for scrap", "en", 5))
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(before);
        assertThat(library.compactIfQuiet(Duration.ZERO))
                .as("nothing added since")
                .isFalse();
    }

    @Test
    void theSameClaimGetsAHighConfidenceAndAnotherClaimALowOne() throws Exception {
        List<FactCheckLibrary.Candidate> same =
                library.candidates("The Eiffel Tower was sold for scrap twice.", "en", 5, LibraryWeights.defaults());
        assertThat(same.get(0).hit().factCheck().id()).isEqualTo("eiffel");
        HitFeatures features = same.get(0).features();
        assertThat(features.queryCoverage()).isEqualTo(1.0);
        assertThat(features.checkCoverage()).isEqualTo(1.0);
        assertThat(features.leadCoverage()).isEqualTo(1.0);
        assertThat(features.rankedCoverage()).isEqualTo(1.0);
        assertThat(same.get(0).hit().confidence()).isGreaterThan(0.5);

        // Shares one common word ("sold") with the Eiffel claim: ranked, but not the same claim.
        List<FactCheckHit> other = library.rank("My neighbour sold his car yesterday", "en", 5);
        assertThat(other).extracting(hit -> hit.factCheck().id()).containsExactly("eiffel");
        assertThat(other.get(0).confidence())
                .isLessThan(0.5)
                .isLessThan(same.get(0).hit().confidence());
    }

    @Test
    void aSharedFigureCountsInTheFeatures() throws Exception {
        HitFeatures moon = library.candidates("The 1969 landing", "en", 1, LibraryWeights.defaults())
                .get(0)
                .features();
        assertThat(moon.sharedNumbers()).isEqualTo(1.0);
        assertThat(moon.gap()).isEqualTo(moon.scorePerIdf()); // nothing else ranked: the whole score is the gap
        assertThat(moon.checkCoverage()).isBetween(0.0, 1.0).isLessThan(1.0);
    }

    @Test
    void theRerankerSeesEachPartTheWordPairsTheFiguresAndTheMeaning() throws Exception {
        RerankFeatures same = library.candidates(
                        "The Eiffel Tower was sold for scrap twice.", "en", 1, LibraryWeights.defaults())
                .get(0)
                .rerank();
        assertThat(same.claimCoverage()).isEqualTo(1.0);
        assertThat(same.claimCovered()).isEqualTo(1.0);
        assertThat(same.bigramShare()).isEqualTo(1.0);
        assertThat(same.lengthRatio()).isEqualTo(0.0);
        assertThat(same.embeddingCosine()).isGreaterThan(0.99);

        // "1969" is in the claim, "2024" nowhere; the title is none, the body none.
        RerankFeatures moon = library.candidates(
                        "In 2024 they said the 1969 landing was faked", "en", 1, LibraryWeights.defaults())
                .get(0)
                .rerank();
        assertThat(moon.sharedNumbers()).isEqualTo(1.0);
        assertThat(moon.missingNumbers()).isEqualTo(1.0);
        assertThat(moon.titleCoverage()).isZero();
        assertThat(moon.bodyCoverage()).isZero();
        assertThat(moon.claimCoverage()).isBetween(0.0, 1.0).isLessThan(1.0);
        assertThat(moon.embeddingCosine()).isBetween(0.3, 0.99);

        // Without reranking, no embedding is computed; the lexical features are the same.
        RerankFeatures bm25 = library.candidates("In 2024 they said the 1969 landing was faked", "en", 1, BM25_ONLY)
                .get(0)
                .rerank();
        assertThat(bm25.embeddingCosine()).isZero();
        assertThat(bm25.claimCoverage()).isEqualTo(moon.claimCoverage());
    }

    @Test
    void aRerankerThatWeighsEmbeddingsNeedsTheEmbedder() {
        double[] weights = new double[RerankFeatures.NAMES.size()];
        weights[RerankFeatures.NAMES.indexOf(RerankFeatures.EMBEDDING)] = 1;
        assertThatThrownBy(() -> new FactCheckLibrary(
                        new ByteBuffersDirectory(),
                        analyzers,
                        LibraryWeights.defaults(),
                        ConfidenceModel.standard(),
                        new Reranker(0, weights),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("embedder");
    }

    private static FactCheck check(String id, String claim, String title) {
        return new FactCheck(
                id,
                "https://checks.example.org/" + id,
                claim,
                title,
                "False",
                "Checks",
                null,
                null,
                null,
                List.of(),
                null);
    }
}
