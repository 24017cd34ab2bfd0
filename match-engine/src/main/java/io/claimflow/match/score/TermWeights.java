package io.claimflow.match.score;

import io.claimflow.match.index.DocFrequencies;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;

/**
 * Inverse document frequencies for one match: BM25's idf, {@code ln(1 + (N - df + 0.5) / (df + 0.5))}, over the claims
 * the index holds, with the claim being matched counted in (N + 1 claims, df + 1 for its own terms), so a term only it
 * has gets the highest weight and its self-similarity is defined. The counts are the index's live claims at this moment
 * ({@link DocFrequencies}): two indexes of the same claims weigh terms alike, whatever their refreshes, merges and
 * order of arrival.
 */
public final class TermWeights {

    private final DocFrequencies frequencies;
    private final long documents;
    private final Map<Term, Double> cache = new HashMap<>();

    public TermWeights(DocFrequencies frequencies) {
        this.frequencies = frequencies;
        this.documents = frequencies.claims() + 1L;
    }

    /** The weight of a term only the claim being matched has: the largest there is in this index. */
    public double rarest() {
        return Math.log(1 + (documents - 1 + 0.5) / 1.5);
    }

    /** How many claims the weights count (the index's and the claim being matched). */
    public long documents() {
        return documents;
    }

    /** The share of the claims holding a term, 0..1 (the claim being matched counted in). */
    public double share(String field, String text) {
        double idf = idf(field, text);
        // Inverts the idf: df + 0.5 = (N + 1) / (e^idf), exactly, so the cached idf serves both.
        double df = (documents + 1) / Math.exp(idf) - 0.5;
        return Math.max(0, Math.min(1, df / documents));
    }

    public double idf(String field, String text) {
        return cache.computeIfAbsent(new Term(field, text), term -> {
            long df = frequencies.of(field, text) + 1L;
            return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
        });
    }
}
