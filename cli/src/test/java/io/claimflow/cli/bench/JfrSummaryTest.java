package io.claimflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.SampleDocuments;
import io.claimflow.engine.SourceDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrSummaryTest {

    @TempDir
    Path work;

    @Test
    void samplesOfTheEngineAtWorkCountForTheEngine() throws Exception {
        ClaimflowEngine engine = ClaimflowEngine.withDefaults();
        List<SourceDocument> documents = SampleDocuments.all().entrySet().stream()
                .map(sample -> new SourceDocument(sample.getKey(), sample.getValue(), null))
                .toList();
        Path file = work.resolve("engine.jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            long end = System.nanoTime() + 3_000_000_000L;
            for (int i = 0; System.nanoTime() < end; i++) {
                engine.extract(documents.get(i % documents.size()));
            }
            recording.stop();
            recording.dump(file);
        }

        Map<String, Long> samples = JfrSummary.samplesByPart(file, false);

        assertThat(samples).isNotEmpty();
        assertThat(samples.keySet().iterator().next())
                .as("the part with the most samples, of %s", samples)
                .isEqualTo("engine");
        assertThat(JfrSummary.lines(samples).get(0)).startsWith("  engine ").endsWith("%");
    }
}
