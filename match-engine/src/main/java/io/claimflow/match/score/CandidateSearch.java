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
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The candidates of a claim: one BM25 search over its text terms (in its language's field), its glossary pivots and its
 * anchors, filtered to earlier claims of other documents inside the window; a twin (the same text) is boosted so it is
 * always among them.
 */
public final class CandidateSearch {

    private static final float TWIN_BOOST = 1000f;

    private final DocFreqCache frequencies = new DocFreqCache(200_000);

    /** The candidates found, with the reader's term weights for scoring them. */
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
            IndexSearcher searcher, ClaimContext claim, ClaimFeatures features, Duration window, int limit)
            throws IOException {
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        features.terms().forEach(t -> should.add(new TermQuery(new Term(features.textField(), t)), Occur.SHOULD));
        features.pivots().forEach(p -> should.add(new TermQuery(new Term(ClaimDocuments.PIVOT, p)), Occur.SHOULD));
        for (String anchor : features.anchors()) {
            Query term = new TermQuery(new Term(ClaimDocuments.ANCHOR, anchor));
            should.add(new BoostQuery(term, (float) Anchors.typeWeight(anchor)), Occur.SHOULD);
        }
        Query twin = new TermQuery(new Term(ClaimDocuments.TEXT_KEY, features.textKey()));
        should.add(new BoostQuery(twin, TWIN_BOOST), Occur.SHOULD);
        long seen = claim.seenAt().toEpochMilli();
        Query query = new BooleanQuery.Builder()
                .add(should.build(), Occur.MUST)
                .add(new TermQuery(new Term(ClaimDocuments.TYPE, ClaimDocuments.CLAIM)), Occur.FILTER)
                .add(window(seen - window.toMillis(), seen), Occur.FILTER)
                // Claims of the same document are the same story, not its spread.
                .add(new TermQuery(new Term(ClaimDocuments.DOCUMENT, claim.documentId())), Occur.MUST_NOT)
                .build();
        List<StoredClaim> found = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
            found.add(ClaimIndex.load(searcher, hit.doc));
        }
        return new Candidates(found, new TermWeights(searcher.getIndexReader(), frequencies));
    }
}
