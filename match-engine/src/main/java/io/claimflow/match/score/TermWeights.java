package io.claimflow.match.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Inverse document frequencies of one reader, remembered for one match: BM25's idf, {@code ln(1 + (N - df + 0.5) / (df
 * + 0.5))}, with the claim being matched counted in (N + 1 documents, df + 1 for its own terms), so a term only it has
 * gets the highest weight and its self-similarity is defined.
 */
public final class TermWeights {

    private final IndexReader reader;
    private final long documents;
    private final Map<Term, Double> cache = new HashMap<>();
    private final DocFreqCache frequencies;

    public TermWeights(IndexReader reader, DocFreqCache frequencies) {
        this.reader = reader;
        this.documents = reader.numDocs() + 1L;
        this.frequencies = frequencies;
        frequencies.sync(documents);
    }

    /** The weight of a term only the claim being matched has: the largest there is in this reader. */
    public double rarest() {
        return Math.log(1 + (documents - 1 + 0.5) / 1.5);
    }

    public double idf(String field, String text) {
        return cache.computeIfAbsent(new Term(field, text), term -> {
            try {
                Long known = frequencies.get(term);
                long frequency = known != null ? known : reader.docFreq(term);
                if (known == null) {
                    frequencies.put(term, frequency);
                }
                long df = frequency + 1L;
                return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
