package io.claimflow.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Term weights count live claims only, so an index with rewritten claims weighs terms as one built afresh. */
class TermWeightsTest {

    @Test
    void aRewrittenClaimCountsOnceBeforeAnyMerge() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer =
                new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.addDocument(claim("a", "raqqa"));
            writer.addDocument(claim("b", "raqqa"));
            writer.addDocument(claim("c", "ohio"));
            writer.commit();
            writer.updateDocument(new Term("id", "a"), claim("a", "raqqa"));
            writer.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Term raqqa = new Term("text", "raqqa");
            assertThat(reader.docFreq(raqqa))
                    .as("Lucene's count keeps the old version")
                    .isEqualTo(3);
            assertThat(TermWeights.liveDocFreq(reader, raqqa)).isEqualTo(2);
            assertThat(TermWeights.liveDocFreq(reader, new Term("text", "ohio")))
                    .isEqualTo(1);
            assertThat(TermWeights.liveDocFreq(reader, new Term("text", "mosul")))
                    .isZero();
        }
    }

    private static Document claim(String id, String text) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.NO));
        doc.add(new StringField("text", text, Field.Store.NO));
        return doc;
    }
}
