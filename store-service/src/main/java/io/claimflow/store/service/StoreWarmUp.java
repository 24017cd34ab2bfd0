package io.claimflow.store.service;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.store.config.StoreConfig;
import io.claimflow.store.query.ClaimFilter;
import io.claimflow.store.repository.ClaimWriter;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * Runs the write path and the live feed's read over made-up claims for {@code claimflow.store.warm-up} after start-up,
 * each batch in a transaction that is rolled back, so the JIT compiler and the database connections are warm before the
 * service reports ready: on a cold store the first claims after a start waited seconds for their commit.
 */
@ApplicationScoped
public class StoreWarmUp {

    private static final Logger LOG = Logger.getLogger(StoreWarmUp.class);
    private static final int BATCH = 50;
    private static final ClaimFilter EVERY_CLAIM =
            new ClaimFilter(null, null, null, null, null, null, null, null, null, null);

    private final ClaimWriter writer;
    private final ClaimQueryService queries;
    private final Duration duration;
    private final EventSerializer<ClaimExtracted> serializer = new EventSerializer<>();
    private final EventDeserializer<ClaimExtracted> deserializer = Topics.CLAIMS.deserializer();
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicLong claims = new AtomicLong();

    public StoreWarmUp(ClaimWriter writer, ClaimQueryService queries, StoreConfig config) {
        this.writer = writer;
        this.queries = queries;
        this.duration = config.warmUp();
    }

    /** Whether the warm-up is over. */
    public boolean done() {
        return done.getCount() == 0;
    }

    /** Made-up claims written (and rolled back) by the warm-up so far. */
    public long claims() {
        return claims.get();
    }

    void onStart(@Observes StartupEvent event) {
        Thread warmer = new Thread(this::run, "claimflow-store-warm-up");
        warmer.setDaemon(true);
        warmer.start();
    }

    private void run() {
        long started = System.nanoTime();
        // The entity manager belongs to a request; a thread of our own has none until it opens one.
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            for (int round = 0; System.nanoTime() - started < duration.toNanos(); round++) {
                List<ClaimExtracted> batch = decoded(WarmUpClaims.batch(round, BATCH));
                long before = queries.latestSeq();
                QuarkusTransaction.begin();
                try {
                    writer.insertNew(batch);
                    queries.storedAfter(EVERY_CLAIM, before, BATCH)
                            .forEach(stored -> EventJson.mapper().valueToTree(stored.claim()));
                } finally {
                    QuarkusTransaction.rollback();
                }
                claims.addAndGet(batch.size());
            }
            LOG.infof(
                    "Store warmed up: %d made-up claims written and rolled back in %.1f s",
                    claims.get(), (System.nanoTime() - started) / 1e9);
        } catch (RuntimeException e) {
            LOG.warnf("The store warm-up failed (%s); the service goes on cold", e.toString());
        } finally {
            request.terminate();
            done.countDown();
        }
    }

    /** Read back from the bytes a topic would carry, so the consumer's decoding warms up too. */
    private List<ClaimExtracted> decoded(List<ClaimExtracted> claims) {
        List<ClaimExtracted> decoded = new ArrayList<>(claims.size());
        for (ClaimExtracted claim : claims) {
            Headers headers = new RecordHeaders();
            byte[] json = serializer.serialize(Topics.CLAIMS.name(), headers, claim);
            decoded.add(deserializer.deserialize(Topics.CLAIMS.name(), headers, json));
        }
        return decoded;
    }
}
