package io.claimflow.match.factcheck;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.match.analysis.LanguageAnalyzers;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
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
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/**
 * The fact-check library: a Lucene index of fact-checks (their claim, title and article start, each analysed in the
 * fact-check's language) ranked by BM25 for a text. Adding a fact-check with an id already there replaces it. Its
 * {@link #rank} is where a reranker goes.
 */
public final class FactCheckLibrary implements Closeable {

    private static final String ID = "id";
    private static final String SOURCE = "factcheck";
    // Lucene refuses a query of more than 1024 clauses; a text of more distinct terms is searched by its first ones.
    static final int MAX_QUERY_TERMS = 1024 / FactCheckPart.values().length;

    private final LanguageAnalyzers analyzers;
    private final LibraryWeights weights;
    private final ConfidenceModel confidence;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ObjectWriter toJson = EventJson.mapper().writerFor(FactCheck.class);
    private final ObjectReader fromJson = EventJson.mapper().readerFor(FactCheck.class);

    /** A library ranking with the given weights and the shipped confidence model. */
    public FactCheckLibrary(Directory directory, LanguageAnalyzers analyzers, LibraryWeights weights)
            throws IOException {
        this(directory, analyzers, weights, ConfidenceModel.standard());
    }

    public FactCheckLibrary(
            Directory directory, LanguageAnalyzers analyzers, LibraryWeights weights, ConfidenceModel confidence)
            throws IOException {
        this.analyzers = analyzers;
        this.weights = weights;
        this.confidence = confidence;
        // BM25's norms do not depend on k1 and b, so one index serves any weights at query time.
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzers).setSimilarity(new BM25Similarity()));
        this.searchers = new SearcherManager(writer, null);
    }

    /** Adds fact-checks (replacing those with the same id) and commits; they are ranked from the return on. */
    public void addAll(Collection<FactCheck> factChecks) throws IOException {
        for (FactCheck factCheck : factChecks) {
            Document doc = new Document();
            doc.add(new StringField(ID, factCheck.id(), Field.Store.NO));
            doc.add(new StoredField(SOURCE, toJson.writeValueAsBytes(factCheck)));
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

    /** The {@code k} best fact-checks for a text in a language, best first, each with its evidence. */
    public List<FactCheckHit> rank(String text, String language, int k) throws IOException {
        return rank(text, language, k, weights);
    }

    /** The same ranked with other weights (for tuning them without indexing again). */
    public List<FactCheckHit> rank(String text, String language, int k, LibraryWeights weights) throws IOException {
        return candidates(text, language, k, weights).stream()
                .map(Candidate::hit)
                .toList();
    }

    /** A ranked fact-check with the features its confidence was estimated from (for learning the estimate). */
    public record Candidate(FactCheckHit hit, HitFeatures features) {}

    /** The {@code k} best fact-checks as {@link #rank} gives them, each with its features. */
    public List<Candidate> candidates(String text, String language, int k, LibraryWeights weights) throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String term : analyzers.terms(language, weights.postText() ? PostText.words(text) : text)) {
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
        IndexSearcher acquired = searchers.acquire();
        try {
            IndexSearcher searcher = new IndexSearcher(acquired.getIndexReader());
            searcher.setSimilarity(new BM25Similarity(weights.k1(), weights.b()));
            // One more than asked: the last hit's gap to the next is one of its features.
            ScoreDoc[] scored = searcher.search(query.build(), k + 1).scoreDocs;
            TermWeights idf = new TermWeights(searcher.getIndexReader(), field(language, FactCheckPart.CLAIM));
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < Math.min(k, scored.length); i++) {
                FactCheck factCheck = fromJson.readValue(
                        searcher.storedFields().document(scored[i].doc).getBinaryValue(SOURCE).bytes);
                double next = i + 1 < scored.length ? scored[i + 1].score : 0;
                candidates.add(candidate(factCheck, scored[i].score, scored[0].score, next, i + 1, counts, idf));
            }
            return candidates;
        } finally {
            searchers.release(acquired);
        }
    }

    private Candidate candidate(
            FactCheck factCheck,
            double score,
            double best,
            double next,
            int rank,
            Map<String, Integer> queryCounts,
            TermWeights idf)
            throws IOException {
        Set<String> claimTerms = new HashSet<>(analyzers.terms(factCheck.language(), factCheck.claimReviewed()));
        Set<String> shown = new HashSet<>(claimTerms);
        if (factCheck.title() != null) {
            shown.addAll(analyzers.terms(factCheck.language(), factCheck.title()));
        }
        Set<String> queryTerms = queryCounts.keySet();
        List<String> terms = queryTerms.stream().filter(shown::contains).toList();
        List<String> numbers = terms.stream().filter(FactCheckLibrary::isNumber).toList();
        double queryIdf = idf.sum(queryTerms);
        double queryCoverage = share(idf.sum(terms), queryIdf);
        double checkCoverage =
                share(idf.sum(claimTerms.stream().filter(queryTerms::contains).toList()), idf.sum(claimTerms));
        HitFeatures features = new HitFeatures(
                queryCoverage,
                checkCoverage,
                share(score, queryIdf),
                checkCoverage * share(score, best),
                share(score - next, queryIdf),
                checkCoverage / rank,
                queryCoverage * checkCoverage,
                Math.min(
                        HitFeatures.NUMBERS_CAP,
                        terms.stream().filter(FactCheckLibrary::hasDigit).count()));
        FactCheckHit hit = new FactCheckHit(factCheck, score, terms, numbers, confidence.probability(features));
        return new Candidate(hit, features);
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : 0;
    }

    private static boolean hasDigit(String term) {
        return term.chars().anyMatch(Character::isDigit);
    }

    private static boolean isNumber(String term) {
        return !term.isEmpty() && term.chars().allMatch(Character::isDigit);
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
