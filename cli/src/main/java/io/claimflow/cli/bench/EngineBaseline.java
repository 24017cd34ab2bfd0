package io.claimflow.cli.bench;

import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.EngineLoad;
import io.claimflow.engine.SourceDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine alone on this machine, in this process: as many threads as cores extract the benchmark's documents after a
 * warm-up, so the pipeline's throughput can be read as a share of what the machine's cores could extract with no
 * plumbing at all.
 */
public final class EngineBaseline {

    private EngineBaseline() {}

    /** What the engine alone did on {@code threads} threads. */
    public record Result(int threads, EngineLoad.Counts counts) {}

    public static Result measure(List<String> texts, Duration warmUp, Duration measured) throws InterruptedException {
        ClaimflowEngine engine = ClaimflowEngine.withDefaults();
        List<SourceDocument> documents = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            documents.add(new SourceDocument("baseline-" + i, texts.get(i), null));
        }
        int threads = Runtime.getRuntime().availableProcessors();
        EngineLoad.run(engine, documents, threads, warmUp, new AtomicLong());
        return new Result(threads, EngineLoad.run(engine, documents, threads, measured, new AtomicLong()));
    }
}
