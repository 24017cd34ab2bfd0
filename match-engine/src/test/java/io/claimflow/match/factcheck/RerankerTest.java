package io.claimflow.match.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.FactCheck;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RerankerTest {

    @Test
    void theShippedRerankerLoadsWithItsEmbedder() {
        Reranker reranker = Reranker.standard();
        assertThat(Reranker.standard()).isSameAs(reranker);
        assertThat(reranker.usesEmbeddings()).isTrue();
        assertThat(reranker.embedder()).containsSame(SentenceEmbedder.standard());
        // Learned: a candidate whose claim says what the text says beats one that only shares the BM25 score.
        assertThat(reranker.score(features(0.5, 1, 0.9))).isGreaterThan(reranker.score(features(0.5, 0.2, 0.1)));
    }

    @Test
    void ordersCandidatesByItsScoreKeepingBm25sOrderAmongEquals() throws Exception {
        double[] weights = new double[RerankFeatures.NAMES.size()];
        weights[RerankFeatures.NAMES.indexOf("claimCoverage")] = 1;
        Reranker byClaim = Reranker.parse(new StringReader(new Reranker(0, weights).write("claim coverage only")));
        assertThat(byClaim.usesEmbeddings()).isFalse();
        assertThat(byClaim.embedder()).isEmpty();
        List<FactCheckLibrary.Candidate> bm25 =
                List.of(candidate("a", 0.2), candidate("b", 0.9), candidate("c", 0.2), candidate("d", 0.5));
        assertThat(byClaim.order(bm25))
                .extracting(c -> c.hit().factCheck().id())
                .containsExactly("b", "d", "a", "c");
    }

    private static RerankFeatures features(double scorePerIdf, double claimCoverage, double embeddingCosine) {
        return new RerankFeatures(
                scorePerIdf,
                1,
                1,
                claimCoverage,
                0,
                0,
                claimCoverage,
                0,
                claimCoverage,
                0,
                0,
                0,
                claimCoverage,
                embeddingCosine);
    }

    private static FactCheckLibrary.Candidate candidate(String id, double claimCoverage) {
        FactCheck check = new FactCheck(id, null, "claim " + id, null, null, null, null, null, "en", List.of(), null);
        return new FactCheckLibrary.Candidate(
                new FactCheckHit(check, 1, List.of(), List.of(), 0.5),
                new HitFeatures(0, 0, 0, 0, 0, 0, 0, 0),
                features(1, claimCoverage, 0));
    }
}
