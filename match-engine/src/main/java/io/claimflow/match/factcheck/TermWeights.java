package io.claimflow.match.factcheck;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The inverse document frequency of terms in one field of the library, as BM25 weighs them, remembered for as long as
 * the library's reader is the same: the same terms come back claim after claim, and each lookup seeks every segment.
 */
final class TermWeights {

    // A bound on what is remembered; past it the weights start over (a library reader rarely meets that many terms).
    private static final int MAX_TERMS = 100_000;

    private final IndexReader reader;
    private final String field;
    private final Map<String, Double> known = new ConcurrentHashMap<>();
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
            if (known.size() >= MAX_TERMS) {
                known.clear();
            }
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

    /** The weights of each field for the reader searched last; a new reader (fact-checks added) starts them over. */
    static final class ByReader {

        // Three parts in each language the library holds.
        private final ReaderCache<String, TermWeights> fields = new ReaderCache<>(256);

        TermWeights of(IndexReader current, String field) throws IOException {
            return fields.get(current, field, name -> new TermWeights(current, name));
        }
    }
}
