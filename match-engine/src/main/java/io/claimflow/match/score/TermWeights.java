package io.claimflow.match.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Inverse document frequencies of one reader, remembered for one match: BM25's idf, {@code ln(1 + (N - df + 0.5) / (df
 * + 0.5))}, with the claim being matched counted in (N + 1 documents, df + 1 for its own terms), so a term only it has
 * gets the highest weight and its self-similarity is defined. Both count live claims only: Lucene's own document
 * frequency counts a rewritten claim until a merge drops its old version, so two indexes of the same claims (one
 * restored from the topics) would weigh terms differently.
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

    /** How many documents the weights count (the reader's and the claim being matched). */
    public long documents() {
        return documents;
    }

    /** The share of the reader's documents holding a term, 0..1 (the claim being matched counted in). */
    public double share(String field, String text) {
        double idf = idf(field, text);
        // Inverts the idf: df + 0.5 = (N + 1) / (e^idf), exactly, so the cached idf serves both.
        double df = (documents + 1) / Math.exp(idf) - 0.5;
        return Math.max(0, Math.min(1, df / documents));
    }

    /**
     * How many live documents hold a term: the segments' frequencies, their postings walked where claims were deleted.
     */
    static long liveDocFreq(IndexReader reader, Term term) throws IOException {
        long count = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            if (live == null) {
                count += leaf.reader().docFreq(term);
                continue;
            }
            PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
            if (postings == null) {
                continue;
            }
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live.get(doc)) {
                    count++;
                }
            }
        }
        return count;
    }

    public double idf(String field, String text) {
        return cache.computeIfAbsent(new Term(field, text), term -> {
            try {
                Long known = frequencies.get(term);
                long frequency = known != null ? known : liveDocFreq(reader, term);
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
