package io.claimflow.match.factcheck;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * Values computed from one reader of the library, remembered while searches get that same reader (a new one, after
 * fact-checks were added or merged, starts them over), the least recently used forgotten past a bound. Thread-safe; a
 * value is computed outside the lock, so two threads may both compute one the first time.
 */
final class ReaderCache<K, V> {

    /** Computes the value of a key from the current reader. */
    interface Compute<K, V> {
        V of(K key) throws IOException;
    }

    private IndexReader reader;
    private final Map<K, V> kept;

    ReaderCache(int bound) {
        this.kept = new LinkedHashMap<>(bound, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > bound;
            }
        };
    }

    /** The value of a key for the current reader: the one kept, or computed and kept unless a newer reader came. */
    V get(IndexReader current, K key, Compute<K, V> compute) throws IOException {
        synchronized (kept) {
            if (reader != current) {
                kept.clear();
                reader = current;
            }
            V value = kept.get(key);
            if (value != null) {
                return value;
            }
        }
        V value = compute.of(key);
        synchronized (kept) {
            if (reader == current) {
                kept.put(key, value);
            }
        }
        return value;
    }
}
