package io.claimflow.match.factcheck;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The inverse document frequency of terms in one field of the library, as BM25 weighs them, remembered for one ranking
 * (the same terms come back for every hit).
 */
final class TermWeights {

    private final IndexReader reader;
    private final String field;
    private final Map<String, Double> known = new HashMap<>();
    private final int documents;

    TermWeights(IndexReader reader, String field) throws IOException {
        this.reader = reader;
        this.field = field;
        this.documents = reader.getDocCount(field);
    }

    /** BM25's idf of a term: log(1 + (N - n + 0.5) / (n + 0.5)). */
    double of(String term) throws IOException {
        Double idf = known.get(term);
        if (idf == null) {
            int n = reader.docFreq(new Term(field, term));
            idf = Math.log(1 + (documents - n + 0.5) / (n + 0.5));
            known.put(term, idf);
        }
        return idf;
    }

    /** The summed idf of terms. */
    double sum(Collection<String> terms) throws IOException {
        double sum = 0;
        for (String term : terms) {
            sum += of(term);
        }
        return sum;
    }
}
