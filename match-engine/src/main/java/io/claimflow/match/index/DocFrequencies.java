package io.claimflow.match.index;

import io.claimflow.match.analysis.LanguageAnalyzers;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * How many claims hold each term that scoring weighs (a language's text, pivots, anchors), and how many claims there
 * are: counted from the index when it is opened, then as claims are added. Exact at every moment whatever the
 * refreshes, and independent of the order claims came in, so a restored index weighs terms as its publisher did; and a
 * look-up is a hash probe, where asking the index sought the term in every segment (a third of a match's CPU in
 * match-service's profile, where a young index's cache of frequencies was forgotten at every 1% of growth). Claims are
 * never deleted, only rewritten with the same terms. Not thread-safe: the engine serialises writes and matches.
 */
public final class DocFrequencies {

    private final Map<String, Counts> fields = new HashMap<>();
    private long claims;

    /** Counts every live claim of a reader. */
    static DocFrequencies of(IndexReader reader) throws IOException {
        DocFrequencies frequencies = new DocFrequencies();
        frequencies.claims = liveClaims(reader);
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            for (FieldInfo field : leaf.reader().getFieldInfos()) {
                if (weighed(field.name)) {
                    frequencies.count(leaf.reader().terms(field.name), live, frequencies.counts(field.name));
                }
            }
        }
        return frequencies;
    }

    private static boolean weighed(String field) {
        return field.startsWith(LanguageAnalyzers.TEXT_FIELD_PREFIX)
                || field.equals(ClaimDocuments.PIVOT)
                || field.equals(ClaimDocuments.ANCHOR);
    }

    private void count(Terms terms, Bits live, Counts counts) throws IOException {
        if (terms == null) {
            return;
        }
        TermsEnum each = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            int holding = 0;
            if (live == null) {
                holding = each.docFreq();
            } else {
                postings = each.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live.get(doc)) {
                        holding++;
                    }
                }
            }
            if (holding > 0) {
                counts.add(term, holding);
            }
        }
    }

    private static long liveClaims(IndexReader reader) throws IOException {
        long live = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits alive = leaf.reader().getLiveDocs();
            PostingsEnum claims =
                    leaf.reader().postings(new Term(ClaimDocuments.TYPE, ClaimDocuments.CLAIM), PostingsEnum.NONE);
            if (claims == null) {
                continue;
            }
            for (int doc = claims.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = claims.nextDoc()) {
                if (alive == null || alive.get(doc)) {
                    live++;
                }
            }
        }
        return live;
    }

    /** Counts a claim added: each distinct term of its text as the index analyses it, its pivots and its anchors. */
    void add(StoredClaim claim, Analyzer analyzer) {
        String textField = claim.features().textField();
        Counts text = counts(textField);
        new LinkedHashSet<>(LanguageAnalyzers.analysed(analyzer, textField, claim.text()))
                .forEach(term -> text.add(new BytesRef(term), 1));
        Counts pivots = counts(ClaimDocuments.PIVOT);
        new LinkedHashSet<>(claim.features().pivots()).forEach(pivot -> pivots.add(new BytesRef(pivot), 1));
        Counts anchors = counts(ClaimDocuments.ANCHOR);
        new LinkedHashSet<>(claim.features().anchors()).forEach(anchor -> anchors.add(new BytesRef(anchor), 1));
        claims++;
    }

    /** How many claims hold a term of a field. */
    public long of(String field, String term) {
        Counts counts = fields.get(field);
        return counts == null ? 0 : counts.of(new BytesRef(term));
    }

    /** How many claims the index holds. */
    public long claims() {
        return claims;
    }

    private Counts counts(String field) {
        return fields.computeIfAbsent(field, name -> new Counts());
    }

    /** One field's terms, their bytes packed in blocks, and a count per term. */
    private static final class Counts {

        private final BytesRefHash terms = new BytesRefHash();
        private int[] counts = new int[16];

        void add(BytesRef term, int holding) {
            int id = terms.add(term);
            if (id < 0) {
                counts[-id - 1] += holding;
            } else {
                counts = ArrayUtil.grow(counts, id + 1);
                counts[id] = holding;
            }
        }

        int of(BytesRef term) {
            int id = terms.find(term);
            return id < 0 ? 0 : counts[id];
        }
    }
}
