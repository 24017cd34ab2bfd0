package io.claimflow.match.score;

import io.claimflow.match.ClaimContext;
import io.claimflow.match.analysis.Anchors;
import io.claimflow.match.analysis.ClaimFeatures;
import io.claimflow.match.index.ClaimDocuments;
import io.claimflow.match.index.ClaimIndex;
import io.claimflow.match.index.StoredClaim;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The candidates of a claim: one BM25 search over its text terms (in its language's field), its glossary pivots and its
 * anchors, filtered to earlier claims of other documents inside the window; a twin (the same text) is boosted so it is
 * always among them, and when there are more twins than candidates wanted, the twins alone are.
 */
public final class CandidateSearch {

    private static final float TWIN_BOOST = 1000f;

    // Terms in more than this share of the index, and in more than COMMON_POSTINGS claims, are left out of the search
    // (not of scoring). Fewer postings than that cost little to read, whatever their share of a small index.
    static final double COMMON_SHARE = 0.05;
    static final long COMMON_POSTINGS = 1000;

    // At least this many terms are searched, the rarest first, however common they are.
    static final int MIN_TERMS = 3;

    // At most this many terms are searched, the rarest.
    static final int MAX_TERMS = 16;

    /** The candidates found, with the term weights for scoring them. */
    public record Candidates(List<StoredClaim> claims, TermWeights weights) {}

    /**
     * The window as Lucene's recommended range filter of a conjunction: the points when the range is selective, the doc
     * values checked per candidate when it covers most of the index (the usual case: 30 days of claims), which saves
     * collecting every claim of the window into a bit set for each search.
     */
    private static Query window(long from, long to) {
        return new IndexOrDocValuesQuery(
                LongPoint.newRangeQuery(ClaimDocuments.SEEN, from, to),
                NumericDocValuesField.newSlowRangeQuery(ClaimDocuments.SEEN, from, to));
    }

    public Candidates find(
            ClaimIndex index,
            IndexSearcher searcher,
            ClaimContext claim,
            ClaimFeatures features,
            Duration window,
            int limit)
            throws IOException {
        TermWeights weights = new TermWeights(index.frequencies());
        long seen = claim.seenAt().toEpochMilli();
        long from = seen - window.toMillis();
        Query inWindow = within(searcher, from, seen) ? null : window(from, seen);
        Term twinKey = new Term(ClaimDocuments.TEXT_KEY, features.textKey());
        // Sought once in each segment, for both searches below.
        TermStates twins = TermStates.build(searcher, twinKey, true);
        Query twin = new TermQuery(twinKey, twins);
        // A text posted over and over (wire copy, a copy-paste campaign) can have more twins than candidates wanted;
        // they are the candidates then, as the boost below would make them, and the search stops at the last one
        // wanted instead of scoring every copy in the window against it (thousands of ties in the pipeline's
        // benchmarks). The count includes rewritten versions: below the limit, there are certainly too few twins.
        TopDocs top = twins.docFreq() < limit
                ? null
                : top(searcher, new ConstantScoreQuery(twin), inWindow, claim.documentId(), limit);
        if (top == null || top.scoreDocs.length < limit) {
            top = top(searcher, similar(features, weights, twin), inWindow, claim.documentId(), limit);
        }
        List<StoredClaim> found = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            found.add(index.claim(searcher, hit.doc));
        }
        return new Candidates(found, weights);
    }

    /** The BM25 disjunction of the claim's selective terms, pivots and anchors, its twins boosted above them all. */
    private static Query similar(ClaimFeatures features, TermWeights weights, Query twin) {
        List<Term> terms = new ArrayList<>();
        features.terms().forEach(t -> terms.add(new Term(features.textField(), t)));
        features.pivots().forEach(p -> terms.add(new Term(ClaimDocuments.PIVOT, p)));
        features.anchors().forEach(a -> terms.add(new Term(ClaimDocuments.ANCHOR, a)));
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        for (Term term : selective(terms, weights)) {
            Query query = new TermQuery(term);
            should.add(
                    term.field().equals(ClaimDocuments.ANCHOR)
                            ? new BoostQuery(query, (float) Anchors.typeWeight(term.text()))
                            : query,
                    Occur.SHOULD);
        }
        should.add(new BoostQuery(twin, TWIN_BOOST), Occur.SHOULD);
        return should.build();
    }

    /** The best {@code limit} claims a query scores, in the window when one is given, outside the claim's document. */
    private static TopDocs top(IndexSearcher searcher, Query scoring, Query inWindow, String documentId, int limit)
            throws IOException {
        // No type filter: redirects have none of the searched fields, so the query never matches them.
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(scoring, Occur.MUST);
        if (inWindow != null) {
            query.add(inWindow, Occur.FILTER);
        }
        // Claims of the same document are the same story, not its spread.
        query.add(new TermQuery(new Term(ClaimDocuments.DOCUMENT, documentId)), Occur.MUST_NOT);
        // Hits are not counted beyond the candidates wanted, so block-max WAND skips every block that cannot compete
        // and a constant-score query stops at the last one wanted.
        return searcher.search(query.build(), new TopScoreDocCollectorManager(limit, limit));
    }

    /**
     * The terms worth searching: those in at most {@link #COMMON_SHARE} of the index or in at most
     * {@link #COMMON_POSTINGS} claims. A term half the index holds ("United States" in world news) adds little to BM25
     * and costs a pass over half a million postings; scoring still counts it. When that would leave fewer than
     * {@link #MIN_TERMS}, the rarest common ones stay.
     */
    static List<Term> selective(List<Term> terms, TermWeights weights) {
        List<Term> rare = new ArrayList<>();
        List<Term> common = new ArrayList<>();
        for (Term term : terms) {
            double share = weights.share(term.field(), term.text());
            boolean frequent = share > COMMON_SHARE && share * weights.documents() > COMMON_POSTINGS;
            (frequent ? common : rare).add(term);
        }
        common.sort(Comparator.comparingDouble(t -> weights.share(t.field(), t.text())));
        for (int i = 0; rare.size() < MIN_TERMS && i < common.size(); i++) {
            rare.add(common.get(i));
        }
        if (rare.size() > MAX_TERMS) {
            // The rarest terms find the close candidates; the rest mostly add postings to walk.
            rare.sort(Comparator.comparingDouble(t -> weights.share(t.field(), t.text())));
            return List.copyOf(rare.subList(0, MAX_TERMS));
        }
        return rare;
    }

    /** Whether every claim of the index was seen inside the window, so the window filter would keep them all. */
    private static boolean within(IndexSearcher searcher, long from, long to) throws IOException {
        byte[] min = PointValues.getMinPackedValue(searcher.getIndexReader(), ClaimDocuments.SEEN);
        byte[] max = PointValues.getMaxPackedValue(searcher.getIndexReader(), ClaimDocuments.SEEN);
        return min == null || (LongPoint.decodeDimension(min, 0) >= from && LongPoint.decodeDimension(max, 0) <= to);
    }
}
