package io.claimflow.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine kept busy for a while on a few threads, each going round the same documents: how a service warms it up for
 * the JIT compiler, and how a benchmark measures what the machine's cores extract with no plumbing around them.
 */
public final class EngineLoad {

    private EngineLoad() {}

    /** What the threads extracted: documents, claims, and how long it took. */
    public record Counts(long documents, long claims, double seconds) {
        public double documentsPerSecond() {
            return documents / seconds;
        }
    }

    /**
     * Extracts the documents round and round on {@code threads} threads until {@code duration} has passed, then
     * returns; {@code progress} counts the documents as they are done.
     */
    public static Counts run(
            ClaimflowEngine engine, List<SourceDocument> documents, int threads, Duration duration, AtomicLong progress)
            throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        AtomicLong claims = new AtomicLong();
        AtomicLong done = new AtomicLong();
        List<Throwable> failures = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread thread = new Thread(
                    () -> {
                        try {
                            for (int i = offset; System.nanoTime() < end; i++) {
                                claims.addAndGet(engine.extract(documents.get(i % documents.size()))
                                        .claims()
                                        .size());
                                done.incrementAndGet();
                                progress.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            synchronized (failures) {
                                failures.add(e);
                            }
                        }
                    },
                    "claimflow-engine-load-" + t);
            thread.setDaemon(true);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("the engine failed on a document of the load", failures.get(0));
        }
        return new Counts(done.get(), claims.get(), (System.nanoTime() - start) / 1e9);
    }
}
