package io.claimflow.match.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.FactCheck;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.match.analysis.LanguageAnalyzers;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class ReadFactChecksTest {

    @Test
    void aFactCheckIsReadOnceForAReaderAndAgainForAnother() throws Exception {
        LanguageAnalyzers closed = new LanguageAnalyzers(LanguageResources.load());
        closed.close();
        try (LanguageAnalyzers analyzers = new LanguageAnalyzers(LanguageResources.load());
                DirectoryReader first = reader(analyzers, check("first", "Bleach cures the flu."));
                DirectoryReader second =
                        reader(analyzers, check("second", "The moon landing was filmed in a studio."))) {
            // Reading analyses nothing (its analyzers are closed): the terms were stored when the fact-check was added.
            ReadFactChecks read = new ReadFactChecks(closed);

            ReadFactChecks.Read bleach = read.read(first, 0);
            assertThat(bleach.factCheck().id()).isEqualTo("first");
            assertThat(bleach.claim()).containsExactly("bleach", "cure", "flu");
            assertThat(bleach.bodyTerms()).containsExactlyInAnyOrder("flu", "bleach");
            assertThat(bleach.embedding()).isNull();
            assertThat(read.read(first, 0)).isSameAs(bleach);
            // Document 0 of another reader (the library after a merge, say) is another fact-check.
            assertThat(read.read(second, 0).factCheck().id()).isEqualTo("second");
        }
    }

    private static FactCheck check(String id, String claim) {
        return new FactCheck(id, null, claim, null, "False", null, null, null, "en", List.of(), "Flu, flu and bleach.");
    }

    private static DirectoryReader reader(LanguageAnalyzers analyzers, FactCheck factCheck) throws Exception {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            new ReadFactChecks(analyzers).write(doc, factCheck, null);
            writer.addDocument(doc);
        }
        return DirectoryReader.open(directory);
    }
}
