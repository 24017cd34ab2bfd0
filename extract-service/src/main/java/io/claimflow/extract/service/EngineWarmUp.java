package io.claimflow.extract.service;

import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.EngineLoad;
import io.claimflow.engine.SampleDocuments;
import io.claimflow.engine.SourceDocument;
import io.claimflow.extract.config.ExtractConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Runs the engine over the bundled sample documents for {@code claimflow.extract.warm-up} after start-up, on as many
 * threads as documents are extracted at once, so the JIT compiler has compiled the engine before the service reports
 * ready: a cold engine is many times slower, and the first documents of a live feed would queue behind it.
 */
@ApplicationScoped
public class EngineWarmUp {

    private static final Logger LOG = Logger.getLogger(EngineWarmUp.class);

    private final ClaimflowEngine engine;
    private final Duration duration;
    private final int threads;
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicLong documents = new AtomicLong();

    public EngineWarmUp(ClaimflowEngine engine, ExtractConfig config) {
        this.engine = engine;
        this.duration = config.warmUp();
        this.threads = config.concurrency();
    }

    /** Whether the warm-up is over. */
    public boolean done() {
        return done.getCount() == 0;
    }

    /** Documents extracted by the warm-up so far. */
    public long documents() {
        return documents.get();
    }

    void onStart(@Observes StartupEvent event) {
        List<SourceDocument> samples = SampleDocuments.all().entrySet().stream()
                .map(sample -> new SourceDocument("warm-up-" + sample.getKey(), sample.getValue(), null))
                .toList();
        Thread warmer = new Thread(
                () -> {
                    try {
                        EngineLoad.Counts counts = EngineLoad.run(engine, samples, threads, duration, documents);
                        LOG.infof("Engine warmed up: %d documents in %.1f s", counts.documents(), counts.seconds());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        LOG.warnf("The engine warm-up failed (%s); the service goes on cold", e.toString());
                    } finally {
                        done.countDown();
                    }
                },
                "claimflow-engine-warm-up");
        warmer.setDaemon(true);
        warmer.start();
    }
}
