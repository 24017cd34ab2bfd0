package io.claimflow.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.match.analysis.ClaimFeatures;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Claims added since the last refresh: what the reads see of them, and when a claim of a document needs a refresh. */
class ClaimIndexTest {

    private static final Instant SEEN = Instant.parse("2026-12-01T10:00:00Z");

    private final ClaimIndex index = new ClaimIndex(new ByteBuffersDirectory(), new StandardAnalyzer());

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aDocumentsClaimsAreReadFromMemoryBeforeTheyAreSearchable() {
        index.add(claim("a1", "doc-a", "n1"));
        index.refresh();
        index.add(claim("a2", "doc-a", "n1"));

        index.readyFor("doc-a");
        index.add(claim("a3", "doc-a", "n1"));
        index.readyFor("doc-a");
        // Not searchable yet: the next claim of doc-a leaves its own document out of its search anyway.
        assertThat(searchable()).isEqualTo(1);

        assertThat(index.find("a3").documentId()).isEqualTo("doc-a");
        assertThat(index.seenAt("a3")).isEqualTo(SEEN);
        assertThat(index.holds("n1", "doc-a")).isTrue();
        assertThat(index.holds("n2", "doc-a")).isFalse();
        assertThat(index.claimsOf("n1")).extracting(StoredClaim::claimId).containsExactly("a1", "a2", "a3");
        assertThat(index.size()).isEqualTo(3);
        assertThat(searchable()).isEqualTo(3);
    }

    @Test
    void aClaimOfAnotherDocumentOrARewriteMakesTheNextClaimRefresh() {
        index.add(claim("a1", "doc-a", "n1"));
        index.readyFor("doc-b");
        assertThat(searchable()).isEqualTo(1);

        index.add(claim("b1", "doc-b", "n2"));
        index.replace(claim("a1", "doc-a", "n2"));
        index.readyFor("doc-b");
        assertThat(searchable()).isEqualTo(2);
        assertThat(index.claimsOf("n2")).extracting(StoredClaim::claimId).containsExactlyInAnyOrder("a1", "b1");
        assertThat(index.claimsOf("n1")).isEmpty();
    }

    // The claims the current reader holds, without the refresh size() makes.
    private int searchable() {
        return index.read(searcher -> searcher.getIndexReader().numDocs());
    }

    private static StoredClaim claim(String id, String document, String narrative) {
        return new StoredClaim(
                id,
                document,
                narrative,
                "text of " + id,
                null,
                null,
                null,
                SEEN,
                List.of(),
                List.of(),
                new ClaimFeatures("en", "text_en", List.of("text"), List.of(), List.of(), id),
                0,
                "");
    }
}
