package io.claimflow.match.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The engine's whole state in one Lucene index: claims (with their narrative and link sums) and narrative redirects.
 * One {@link #commit} is one consistent snapshot with the caller's user data; reads go through a near-real-time
 * {@link SearcherManager}, so what was written is visible after {@link #refresh} without a commit. Claims added since
 * the last refresh are also kept in memory, and the reads by id, time, narrative and document answer from there too: so
 * a document's claims, matched one after the other, need no refresh between them ({@link #readyFor}).
 */
public final class ClaimIndex implements Closeable {

    private final IndexWriter writer;
    private final SearcherManager searchers;
    // Link sums set since the last commit. A doc-values update rewrites the field's values of the whole segment at the
    // next refresh (a million values for one claim's sum), so sums are kept here, read through, and written at commit;
    // a close or crash loses them with everything else since the commit.
    private final Map<String, Double> pendingSums = new HashMap<>();
    private final AddedClaims added = new AddedClaims();
    private final Analyzer analyzer;
    private final DocFrequencies frequencies;
    // Whether something the reads cannot take from memory (a rewrite, a redirect, a seed) was written since the
    // refresh.
    private boolean hidden;

    public ClaimIndex(Directory directory, Analyzer analyzer) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // Only an explicit commit makes state durable: a close or crash in between loses it, never half.
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the match index", e);
        }
        this.analyzer = analyzer;
        this.frequencies = read(searcher -> DocFrequencies.of(searcher.getIndexReader()));
    }

    /** How many claims hold each weighed term, up to date with every claim added (no refresh needed). */
    public DocFrequencies frequencies() {
        return frequencies;
    }

    /** Something read from the current near-real-time searcher. */
    public interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    public <T> T read(Read<T> reader) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reader.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the match index", e);
        }
    }

    /** The claim of an id, or null. */
    public StoredClaim find(String claimId) {
        StoredClaim pending = added.get(claimId);
        if (pending != null) {
            return withPendingSum(pending);
        }
        return read(searcher -> {
            TopDocs hits = searcher.search(new TermQuery(new Term(ClaimDocuments.ID, claimId)), 1);
            return hits.scoreDocs.length == 0 ? null : claim(searcher, hits.scoreDocs[0].doc);
        });
    }

    /** When a claim was seen, or null when it is not indexed: read from doc values, none of its stored fields. */
    public Instant seenAt(String claimId) {
        StoredClaim pending = added.get(claimId);
        if (pending != null) {
            return pending.seenAt();
        }
        BytesRef id = new BytesRef(claimId);
        return read(searcher -> {
            // Straight to the postings: a search would build a weight and a scorer to find one document.
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                PostingsEnum postings = leaf.reader().postings(new Term(ClaimDocuments.ID, id), PostingsEnum.NONE);
                if (postings == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    NumericDocValues seen = leaf.reader().getNumericDocValues(ClaimDocuments.SEEN);
                    if ((live == null || live.get(doc)) && seen != null && seen.advanceExact(doc)) {
                        return Instant.ofEpochMilli(seen.longValue());
                    }
                }
            }
            return null;
        });
    }

    /** Every claim of a narrative, in index order. */
    public List<StoredClaim> claimsOf(String narrativeId) {
        return read(searcher -> {
            TermQuery query = new TermQuery(new Term(ClaimDocuments.NARRATIVE, narrativeId));
            List<StoredClaim> claims = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
                claims.add(claim(searcher, hit.doc));
            }
            added.of(narrativeId).forEach(pending -> claims.add(withPendingSum(pending)));
            return claims;
        });
    }

    /** Whether a claim of a narrative comes from a document (as of the last refresh, and the claims added since). */
    public boolean holds(String narrativeId, String documentId) {
        if (added.holds(narrativeId, documentId)) {
            return true;
        }
        Term narrative = new Term(ClaimDocuments.NARRATIVE, narrativeId);
        Term document = new Term(ClaimDocuments.DOCUMENT, documentId);
        return read(searcher -> {
            // The two postings walked together: a document has a few dozen claims, so this is a handful of steps.
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                PostingsEnum ofDocument = leaf.reader().postings(document, PostingsEnum.NONE);
                PostingsEnum ofNarrative =
                        ofDocument == null ? null : leaf.reader().postings(narrative, PostingsEnum.NONE);
                if (ofNarrative == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = ofDocument.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ofDocument.nextDoc()) {
                    int at = ofNarrative.docID() < doc ? ofNarrative.advance(doc) : ofNarrative.docID();
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == doc && (live == null || live.get(doc))) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** The live narrative a narrative id stands for now: itself, or the one it was merged into. */
    public String resolve(String narrativeId) {
        return read(searcher -> {
            TopDocs hits = searcher.search(new TermQuery(new Term(ClaimDocuments.FROM, narrativeId)), 1);
            return hits.scoreDocs.length == 0
                    ? narrativeId
                    : searcher.storedFields().document(hits.scoreDocs[0].doc).get(ClaimDocuments.INTO);
        });
    }

    /** A claim from a hit of a searcher, with its link sum as set since the last commit. */
    public StoredClaim claim(IndexSearcher searcher, int doc) throws IOException {
        return withPendingSum(load(searcher, doc));
    }

    private StoredClaim withPendingSum(StoredClaim claim) {
        Double sum = pendingSums.get(claim.claimId());
        return sum == null ? claim : claim.withLinkSum(sum);
    }

    /** A claim from a hit of a searcher, with its link sum as of the searcher's commit or refresh (no pending sums). */
    public static StoredClaim load(IndexSearcher searcher, int doc) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues sums = leaf.reader().getNumericDocValues(ClaimDocuments.LINK_SUM);
        double linkSum =
                sums != null && sums.advanceExact(doc - leaf.docBase) ? Double.longBitsToDouble(sums.longValue()) : 0;
        return ClaimDocuments.claim(stored.document(doc), linkSum);
    }

    /** Adds a claim: the reads by id, time, narrative and document see it at once, a search after a refresh. */
    public void add(StoredClaim claim) {
        write(() -> writer.addDocument(ClaimDocuments.claim(claim)));
        frequencies.add(claim, analyzer);
        added.add(claim);
    }

    /** Adds a claim that no read sees before the next {@link #refresh} (bulk loading, none of it kept in memory). */
    public void seed(StoredClaim claim) {
        write(() -> writer.addDocument(ClaimDocuments.claim(claim)));
        frequencies.add(claim, analyzer);
        hidden = true;
    }

    /** Rewrites a claim (its narrative changed); its id is the key. */
    public void replace(StoredClaim claim) {
        write(() -> writer.updateDocument(new Term(ClaimDocuments.ID, claim.claimId()), ClaimDocuments.claim(claim)));
        added.replace(claim);
        hidden = true;
    }

    /** Sets a claim's link sum: visible to the next read at once, a doc-values update at the next commit. */
    public void setLinkSum(String claimId, double linkSum) {
        pendingSums.put(claimId, linkSum);
    }

    /**
     * Records that narrative {@code from} went into {@code into}; redirects that pointed to {@code from} point to
     * {@code into} now, so every redirect is one hop to a live narrative.
     */
    public void redirect(String from, String into) {
        List<String> earlier = read(searcher -> {
            TermQuery query = new TermQuery(new Term(ClaimDocuments.INTO, from));
            List<String> froms = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
                froms.add(searcher.storedFields().document(hit.doc).get(ClaimDocuments.FROM));
            }
            return froms;
        });
        write(() -> {
            writer.deleteDocuments(new Term(ClaimDocuments.INTO, from));
            for (String old : earlier) {
                writer.addDocument(ClaimDocuments.redirect(old, into));
            }
            writer.addDocument(ClaimDocuments.redirect(from, into));
        });
        hidden = true;
    }

    /** Makes what was written visible to the next read. */
    public void refresh() {
        write(searchers::maybeRefreshBlocking);
        added.clear();
        hidden = false;
    }

    /**
     * Makes the index answer for a claim of a document as after a {@link #refresh}, without one when all that was
     * written since is claims of that document added: a claim's search leaves out its own document, and the other reads
     * take added claims from memory. A near-real-time reopen per claim cost a match about a sixth of its time.
     */
    public void readyFor(String documentId) {
        if (hidden || !added.allFrom(documentId)) {
            refresh();
        }
    }

    /** Makes everything written durable, with the caller's user data, as one snapshot. */
    public void commit(Map<String, String> userData) {
        write(() -> {
            for (Map.Entry<String, Double> sum : pendingSums.entrySet()) {
                writer.updateNumericDocValue(
                        new Term(ClaimDocuments.ID, sum.getKey()),
                        ClaimDocuments.LINK_SUM,
                        Double.doubleToLongBits(sum.getValue()));
            }
            writer.setLiveCommitData(Map.copyOf(userData).entrySet());
            writer.commit();
        });
        // The sums are in the index now; the reader must see them before they leave the overlay.
        refresh();
        pendingSums.clear();
    }

    /** The user data of the last commit (or of the one being prepared), empty for a new index. */
    public Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return Map.copyOf(data);
    }

    /** How many documents (claims and redirects) the index holds. */
    public int size() {
        refresh();
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the match index", e);
        }
    }

    /** Closes without committing: what was not committed is lost, as after a crash. */
    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
