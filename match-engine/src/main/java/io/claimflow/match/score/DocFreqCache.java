package io.claimflow.match.score;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.Term;

/**
 * Document frequencies remembered across matches. A term's idf barely moves while the index grows by a percent, and
 * looking up every candidate term in every segment's term dictionary was the largest cost of scoring; so frequencies
 * are kept (at most {@code capacity}, least recently used out) until the index has grown by 1%, then forgotten. Not
 * thread-safe: the engine serialises matching.
 */
public final class DocFreqCache {

    private static final double GROWTH = 0.01;

    private final Map<Term, Long> frequencies;
    private long documentsAtReset = -1;

    public DocFreqCache(int capacity) {
        this.frequencies = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Term, Long> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Forgets every frequency when the index has grown (or shrunk) by more than 1% since the last time. */
    void sync(long documents) {
        if (documentsAtReset < 0 || Math.abs(documents - documentsAtReset) > GROWTH * documentsAtReset) {
            frequencies.clear();
            documentsAtReset = documents;
        }
    }

    Long get(Term term) {
        return frequencies.get(term);
    }

    void put(Term term, long frequency) {
        frequencies.put(term, frequency);
    }
}
