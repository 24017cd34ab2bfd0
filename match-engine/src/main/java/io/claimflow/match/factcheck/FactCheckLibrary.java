package io.claimflow.match.factcheck;

import io.claimflow.contracts.event.FactCheck;
import io.claimflow.match.analysis.LanguageAnalyzers;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The fact-check library: a Lucene index of fact-checks (their claim, title and article start, each analysed in the
 * fact-check's language) ranked by BM25 for a text. Adding a fact-check with an id already there replaces it. Its
 * {@link #rank} is where a reranker goes.
 */
public final class FactCheckLibrary implements Closeable {

    private static final String ID = "id";
    // Lucene refuses a query of more than 1024 clauses; a text of more distinct terms is searched by its first ones.
    static final int MAX_QUERY_TERMS = 1024 / FactCheckPart.values().length;

    private final LanguageAnalyzers analyzers;
    private final LibraryWeights weights;
    private final ConfidenceModel confidence;
    private final Reranker reranker;
    private final Optional<SentenceEmbedder> embedder;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final TermWeights.ByReader termWeights = new TermWeights.ByReader();
    private final ReadFactChecks readFactChecks;
    // Most texts are ranked once; a few hundred repeated are what this is for.
    private final ReaderCache<Ranked, List<FactCheckHit>> rankings = new ReaderCache<>(1_024);
    // Additions so far, when the last one was, and how many there had been at the last compaction: written by the
    // adding thread, read by the compacting one.
    private final AtomicLong additions = new AtomicLong();
    private volatile long addedAt = System.nanoTime();
    private long compactedAfter;

    /** A library ranking with the given weights and the shipped confidence model and reranker. */
    public FactCheckLibrary(Directory directory, LanguageAnalyzers analyzers, LibraryWeights weights)
            throws IOException {
        this(
                directory,
                analyzers,
                weights,
                ConfidenceModel.standard(),
                Reranker.standard(),
                Reranker.standard().embedder());
    }

    public FactCheckLibrary(
            Directory directory,
            LanguageAnalyzers analyzers,
            LibraryWeights weights,
            ConfidenceModel confidence,
            Reranker reranker,
            Optional<SentenceEmbedder> embedder)
            throws IOException {
        if (weights.rerank() && reranker.usesEmbeddings() && embedder.isEmpty()) {
            throw new IllegalArgumentException("the reranker weighs sentence embeddings: give the embedder");
        }
        this.analyzers = analyzers;
        this.weights = weights;
        this.confidence = confidence;
        this.reranker = reranker;
        this.embedder = embedder;
        this.readFactChecks = new ReadFactChecks(analyzers);
        // BM25's norms do not depend on k1 and b, so one index serves any weights at query time.
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzers).setSimilarity(new BM25Similarity()));
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * The directory a library in memory lives in. Each file is one buffer: a term lookup clones its file's input, and
     * Lucene's default many-buffer files copy their whole buffer list at every clone, a cost paid per segment and term.
     */
    public static Directory memoryDirectory() {
        return new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    /** Adds fact-checks (replacing those with the same id) and commits; they are ranked from the return on. */
    public void addAll(Collection<FactCheck> factChecks) throws IOException {
        Map<FactCheck, float[]> embeddings = embeddings(factChecks);
        for (FactCheck factCheck : factChecks) {
            Document doc = new Document();
            doc.add(new StringField(ID, factCheck.id(), Field.Store.NO));
            readFactChecks.write(doc, factCheck, embeddings.get(factCheck));
            for (FactCheckPart part : FactCheckPart.values()) {
                String text = part.of(factCheck);
                if (text != null) {
                    doc.add(new TextField(field(factCheck.language(), part), text, Field.Store.NO));
                }
            }
            writer.updateDocument(new Term(ID, factCheck.id()), doc);
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
        addedAt = System.nanoTime();
        additions.incrementAndGet();
    }

    /**
     * Merges the library into one segment when fact-checks were added since the last time and none for {@code quiet}
     * (an import is over); answers whether it did. A ranking looks each of its terms up in every segment, and an import
     * in batches leaves ten or more: those look-ups were 38% of a ranking's CPU in match-service's profile. Rankings go
     * on meanwhile; additions meanwhile make the next call compact again.
     */
    public synchronized boolean compactIfQuiet(Duration quiet) throws IOException {
        long seen = additions.get();
        if (seen == compactedAfter || System.nanoTime() - addedAt < quiet.toNanos()) {
            return false;
        }
        writer.forceMerge(1);
        writer.commit();
        searchers.maybeRefreshBlocking();
        compactedAfter = seen;
        return true;
    }

    // The claims' embeddings, in one batch (the model spreads it over the cores), for the languages the model reads.
    private Map<FactCheck, float[]> embeddings(Collection<FactCheck> factChecks) {
        if (embedder.isEmpty()) {
            return Map.of();
        }
        List<FactCheck> read = factChecks.stream()
                .filter(check -> embedder.get().reads(check.language()))
                .toList();
        List<float[]> vectors = embedder.get()
                .embedAll(read.stream().map(FactCheck::claimReviewed).toList());
        Map<FactCheck, float[]> embeddings = new IdentityHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            embeddings.put(read.get(i), vectors.get(i));
        }
        return embeddings;
    }

    /** How many fact-checks the library holds. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many segments the library's index has (each is searched on its own). */
    public int segments() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The {@code k} best fact-checks for a text in a language, best first, each with its evidence. A text ranked again
     * while the library is unchanged (wire copy, a copy-paste campaign: the same sentence in claim after claim) gets
     * the ranking it got, which is the one it would get.
     */
    public List<FactCheckHit> rank(String text, String language, int k) throws IOException {
        IndexSearcher acquired = searchers.acquire();
        try {
            return rankings.get(
                    acquired.getIndexReader(),
                    new Ranked(text, language, k),
                    key -> candidates(acquired, text, language, k, weights).stream()
                            .map(Candidate::hit)
                            .toList());
        } finally {
            searchers.release(acquired);
        }
    }

    private record Ranked(String text, String language, int k) {}

    /** The same ranked with other weights (for tuning them without indexing again). */
    public List<FactCheckHit> rank(String text, String language, int k, LibraryWeights weights) throws IOException {
        return candidates(text, language, k, weights).stream()
                .map(Candidate::hit)
                .toList();
    }

    /** A ranked fact-check with the features of its confidence and of the reranker (for learning them). */
    public record Candidate(FactCheckHit hit, HitFeatures features, RerankFeatures rerank) {}

    /** The {@code k} best fact-checks as {@link #rank} gives them, each with its features. */
    public List<Candidate> candidates(String text, String language, int k, LibraryWeights weights) throws IOException {
        IndexSearcher acquired = searchers.acquire();
        try {
            return candidates(acquired, text, language, k, weights);
        } finally {
            searchers.release(acquired);
        }
    }

    private List<Candidate> candidates(
            IndexSearcher acquired, String text, String language, int k, LibraryWeights weights) throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        List<String> analysed = analyzers.terms(language, weights.postText() ? PostText.words(text) : text);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String term : analysed) {
            if (counts.size() < MAX_QUERY_TERMS || counts.containsKey(term)) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (FactCheckPart part : FactCheckPart.values()) {
            double weight = weights.of(part);
            if (weight > 0) {
                // A term said twice in the text counts twice, as in a query parser's query of the same text.
                counts.forEach((term, count) -> query.add(
                        new BoostQuery(new TermQuery(new Term(field(language, part), term)), (float) (weight * count)),
                        BooleanClause.Occur.SHOULD));
            }
        }
        if (weights.rerank() && reranker.usesEmbeddings() && embedder.isEmpty()) {
            throw new IllegalArgumentException(
                    "reranking weighs sentence embeddings, and this library has no embedder");
        }
        // One more than asked: the last hit's gap to the next is one of its confidence's features.
        int depth = weights.rerank() ? Math.max(k, Reranker.CANDIDATES) + 1 : k + 1;
        IndexSearcher searcher = new IndexSearcher(acquired.getIndexReader());
        searcher.setSimilarity(new BM25Similarity(weights.k1(), weights.b()));
        // Hits counted only up to those wanted, as the claims' candidate search counts them (a plain search(query, n)
        // counts 1,000 before it prunes); on the benchmark's merged library this was neither faster nor slower.
        ScoreDoc[] scored = searcher.search(query.build(), new TopScoreDocCollectorManager(depth, depth)).scoreDocs;
        if (scored.length == 0) {
            return List.of();
        }
        CandidateFeatures features = new CandidateFeatures(
                termWeights.of(searcher.getIndexReader(), field(language, FactCheckPart.CLAIM)),
                confidence,
                analysed,
                counts.keySet(),
                scored[0].score);
        float[] textEmbedding =
                weights.rerank() && embedder.isPresent() && embedder.get().reads(language)
                        ? embedder.get().embed(weights.postText() ? PostText.words(text) : text)
                        : null;
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < Math.min(depth - 1, scored.length); i++) {
            ReadFactChecks.Read read = readFactChecks.read(searcher.getIndexReader(), scored[i].doc);
            double cosine = textEmbedding == null || read.embedding() == null
                    ? 0
                    : SentenceEmbedder.cosine(textEmbedding, SentenceEmbedder.vector(read.embedding()));
            double next = i + 1 < scored.length ? scored[i + 1].score : 0;
            candidates.add(features.of(read, scored[i].score, next, i + 1, cosine));
        }
        List<Candidate> ordered = weights.rerank() ? reranker.order(candidates) : candidates;
        return ordered.subList(0, Math.min(k, ordered.size()));
    }

    private static String field(String language, FactCheckPart part) {
        return LanguageAnalyzers.textField(language, part.field());
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
