package io.claimflow.match.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.match.analysis.LanguageAnalyzers;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class ReadFactChecksTest {

    @Test
    void aFactCheckIsReadAndAnalysedOnceForAReaderAndAgainForAnother() throws Exception {
        try (LanguageAnalyzers analyzers = new LanguageAnalyzers(LanguageResources.load());
                DirectoryReader first = reader(check("first", "Bleach cures the flu."));
                DirectoryReader second = reader(check("second", "The moon landing was filmed in a studio."))) {
            ReadFactChecks read = new ReadFactChecks(analyzers, "source", "embedding");

            ReadFactChecks.Read bleach = read.read(first, 0);
            assertThat(bleach.factCheck().id()).isEqualTo("first");
            assertThat(bleach.claim()).containsExactly("bleach", "cure", "flu");
            assertThat(bleach.body()).containsExactly("flu", "bleach");
            assertThat(bleach.embedding()).isNull();
            assertThat(read.read(first, 0)).isSameAs(bleach);
            // Document 0 of another reader (the library after a merge, say) is another fact-check.
            assertThat(read.read(second, 0).factCheck().id()).isEqualTo("second");
        }
    }

    private static FactCheck check(String id, String claim) {
        return new FactCheck(id, null, claim, null, "False", null, null, null, "en", List.of(), "Flu, flu and bleach.");
    }

    private static DirectoryReader reader(FactCheck factCheck) throws Exception {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StoredField(
                    "source", EventJson.mapper().writerFor(FactCheck.class).writeValueAsBytes(factCheck)));
            writer.addDocument(doc);
        }
        return DirectoryReader.open(directory);
    }
}
