package io.claimflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EngineLoadTest {

    @Test
    void keepsEveryThreadExtractingTheSamplesUntilTheTimeIsUp() throws InterruptedException {
        List<SourceDocument> samples = SampleDocuments.all().entrySet().stream()
                .map(sample -> new SourceDocument(sample.getKey(), sample.getValue(), null))
                .toList();
        AtomicLong progress = new AtomicLong();

        EngineLoad.Counts counts =
                EngineLoad.run(ClaimflowEngine.withDefaults(), samples, 2, Duration.ofSeconds(1), progress);

        assertThat(samples).hasSize(4);
        assertThat(counts.documents()).isPositive().isEqualTo(progress.get());
        assertThat(counts.claims()).isGreaterThanOrEqualTo(counts.documents());
        assertThat(counts.seconds()).isGreaterThanOrEqualTo(1.0);
    }
}
