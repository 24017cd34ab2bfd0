package io.claimflow.match.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TermWeightsTest {

    @Test
    void weightsAreKeptForAReaderAndStartedOverForTheNext() throws Exception {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            add(writer, "raqqa");
            add(writer, "convoy");
            writer.commit();
            TermWeights.ByReader byReader = new TermWeights.ByReader();
            try (DirectoryReader before = DirectoryReader.open(directory)) {
                TermWeights weights = byReader.of(before, "f");
                // BM25: log(1 + (N - n + 0.5) / (n + 0.5)) with N = 2, n = 1.
                assertThat(weights.of("raqqa")).isCloseTo(Math.log(1 + 1.5 / 1.5), within());
                assertThat(byReader.of(before, "f")).isSameAs(weights);

                add(writer, "raqqa");
                writer.commit();
                try (DirectoryReader after = DirectoryReader.open(directory)) {
                    assertThat(byReader.of(after, "f").of("raqqa")).isCloseTo(Math.log(1 + 1.5 / 2.5), within());
                }
            }
        }
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private static void add(IndexWriter writer, String term) throws Exception {
        Document doc = new Document();
        doc.add(new StringField("f", term, Field.Store.NO));
        writer.addDocument(doc);
    }
}
