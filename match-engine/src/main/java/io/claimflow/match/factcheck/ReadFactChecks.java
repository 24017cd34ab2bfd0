package io.claimflow.match.factcheck;

import com.fasterxml.jackson.databind.ObjectReader;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.match.analysis.LanguageAnalyzers;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.util.BytesRef;

/**
 * The fact-checks rankings found, read from the library's stored fields and analysed, the ones found last remembered
 * while the library's reader stays the same: the same fact-checks come back as candidates claim after claim, and
 * reading and analysing each part of one cost a ranking about half its time.
 */
final class ReadFactChecks {

    // About 10 KB each (the analysed article start is most of it).
    private static final int KEPT = 1_024;

    /** A fact-check with its parts' analysed terms (the claim's and title's in order, the body's distinct ones). */
    record Read(FactCheck factCheck, List<String> claim, List<String> title, List<String> body, BytesRef embedding) {}

    private final LanguageAnalyzers analyzers;
    private final ObjectReader fromJson = EventJson.mapper().readerFor(FactCheck.class);
    private final String sourceField;
    private final String embeddingField;
    private IndexReader reader;
    private final Map<Integer, Read> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Read> eldest) {
            return size() > KEPT;
        }
    };

    ReadFactChecks(LanguageAnalyzers analyzers, String sourceField, String embeddingField) {
        this.analyzers = analyzers;
        this.sourceField = sourceField;
        this.embeddingField = embeddingField;
    }

    /** Document {@code doc} of {@code current}, the reader a ranking searched. */
    Read read(IndexReader current, int doc) throws IOException {
        synchronized (kept) {
            if (reader != current) {
                kept.clear();
                reader = current;
            }
            Read read = kept.get(doc);
            if (read != null) {
                return read;
            }
        }
        Read read = load(current, doc);
        synchronized (kept) {
            if (reader == current) {
                kept.put(doc, read);
            }
        }
        return read;
    }

    private Read load(IndexReader current, int doc) throws IOException {
        Document stored = current.storedFields().document(doc);
        FactCheck factCheck = fromJson.readValue(stored.getBinaryValue(sourceField).bytes);
        BytesRef embedding = stored.getBinaryValue(embeddingField);
        return new Read(
                factCheck,
                terms(factCheck, factCheck.claimReviewed()),
                terms(factCheck, factCheck.title()),
                List.copyOf(new LinkedHashSet<>(terms(factCheck, factCheck.body()))),
                embedding == null ? null : BytesRef.deepCopyOf(embedding));
    }

    private List<String> terms(FactCheck factCheck, String text) {
        return text == null ? List.of() : List.copyOf(analyzers.terms(factCheck.language(), text));
    }
}
