package io.claimflow.match.factcheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.match.analysis.LanguageAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What the library stores of a fact-check and how rankings read it back: its JSON, its embedding, and each part's
 * analysed terms, analysed once when the fact-check is added (analysing the candidates of every ranking again cost it
 * about 40% of its time). The fact-checks found last are remembered while the library's reader stays the same: the same
 * fact-checks come back as candidates claim after claim.
 */
final class ReadFactChecks {

    // About 10 KB each (the analysed article start is most of it).
    private static final int KEPT = 1_024;
    private static final String SOURCE = "factcheck";
    private static final String EMBEDDING = "embedding";
    private static final String TERMS = "terms.";

    /**
     * A fact-check with its parts' analysed terms: the claim's and title's in order and as sets, the body's as a set,
     * and the bigrams of claim and title; what a ranking's features look up, built once while the fact-check is kept.
     */
    record Read(
            FactCheck factCheck,
            List<String> claim,
            List<String> title,
            Set<String> claimTerms,
            Set<String> titleTerms,
            Set<String> bodyTerms,
            Set<String> bigrams,
            BytesRef embedding) {

        static Read of(
                FactCheck factCheck, List<String> claim, List<String> title, List<String> body, BytesRef embedding) {
            Set<String> bigrams = ReadFactChecks.bigrams(claim);
            bigrams.addAll(ReadFactChecks.bigrams(title));
            return new Read(
                    factCheck,
                    claim,
                    title,
                    Set.copyOf(claim),
                    Set.copyOf(title),
                    Set.copyOf(body),
                    Set.copyOf(bigrams),
                    embedding);
        }

        /** Whether the claim or the title has a term. */
        boolean shows(String term) {
            return claimTerms.contains(term) || titleTerms.contains(term);
        }
    }

    /** The pairs of adjacent terms, each as the two joined by a space. */
    static Set<String> bigrams(List<String> terms) {
        Set<String> bigrams = new HashSet<>();
        for (int i = 1; i < terms.size(); i++) {
            bigrams.add(terms.get(i - 1) + ' ' + terms.get(i));
        }
        return bigrams;
    }

    private final LanguageAnalyzers analyzers;
    private final ObjectReader fromJson = EventJson.mapper().readerFor(FactCheck.class);
    private final ObjectWriter toJson = EventJson.mapper().writerFor(FactCheck.class);
    private final ReaderCache<Integer, Read> kept = new ReaderCache<>(KEPT);

    ReadFactChecks(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * Adds what {@link #read} reads to a fact-check's document: its JSON, its embedding (or none), its parts' terms.
     */
    void write(Document doc, FactCheck factCheck, float[] embedding) {
        try {
            doc.add(new StoredField(SOURCE, toJson.writeValueAsBytes(factCheck)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write fact-check " + factCheck.id(), e);
        }
        if (embedding != null) {
            doc.add(new StoredField(EMBEDDING, SentenceEmbedder.bytes(embedding)));
        }
        doc.add(new StoredField(TERMS + FactCheckPart.CLAIM.field(), encode(terms(factCheck, FactCheckPart.CLAIM))));
        doc.add(new StoredField(TERMS + FactCheckPart.TITLE.field(), encode(terms(factCheck, FactCheckPart.TITLE))));
        // The body's terms are only ever looked up, so each is kept once.
        doc.add(new StoredField(
                TERMS + FactCheckPart.BODY.field(), encode(new LinkedHashSet<>(terms(factCheck, FactCheckPart.BODY)))));
    }

    /** Document {@code doc} of {@code current}, the reader a ranking searched. */
    Read read(IndexReader current, int doc) throws IOException {
        return kept.get(current, doc, d -> load(current, d));
    }

    private Read load(IndexReader current, int doc) throws IOException {
        Document stored = current.storedFields().document(doc);
        FactCheck factCheck = fromJson.readValue(stored.getBinaryValue(SOURCE).bytes);
        BytesRef embedding = stored.getBinaryValue(EMBEDDING);
        return Read.of(
                factCheck,
                decode(stored, FactCheckPart.CLAIM),
                decode(stored, FactCheckPart.TITLE),
                decode(stored, FactCheckPart.BODY),
                embedding == null ? null : BytesRef.deepCopyOf(embedding));
    }

    private List<String> terms(FactCheck factCheck, FactCheckPart part) {
        String text = part.of(factCheck);
        return text == null ? List.of() : analyzers.terms(factCheck.language(), text);
    }

    // A count, then each term as Lucene writes strings (length, then UTF-8): any term survives, separators included.
    private static BytesRef encode(Collection<String> terms) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(terms.size());
            for (String term : terms) {
                out.writeString(term);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode terms in memory", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    private static List<String> decode(Document stored, FactCheckPart part) throws IOException {
        BytesRef bytes = stored.getBinaryValue(TERMS + part.field());
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int count = in.readVInt();
        List<String> terms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            terms.add(in.readString());
        }
        return List.copyOf(terms);
    }
}
