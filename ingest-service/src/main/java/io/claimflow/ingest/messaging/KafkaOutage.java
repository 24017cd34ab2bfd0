package io.claimflow.ingest.messaging;

import io.claimflow.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether Kafka counts as down: after a failed publish, for the Retry-After time, publishes are refused at once except
 * one at a time that probes whether it is back, so an outage costs clients no waiting and the service no pile of
 * pending requests. Shared by the documents' and the fact-checks' publishers.
 */
@ApplicationScoped
public class KafkaOutage {

    private final IngestConfig config;
    private final AtomicLong downUntil = new AtomicLong(Long.MIN_VALUE);
    private final AtomicBoolean probing = new AtomicBoolean();

    public KafkaOutage(IngestConfig config) {
        this.config = config;
    }

    /** A publish that may go ahead, or empty while Kafka counts as down and another publish is probing it. */
    public Optional<Attempt> begin() {
        boolean probe = System.nanoTime() < downUntil.get();
        if (probe && !probing.compareAndSet(false, true)) {
            return Optional.empty();
        }
        return Optional.of(new Attempt(probe));
    }

    /** One publish let through; {@link #ended} once with what came of it. */
    public final class Attempt {

        private final boolean probe;

        private Attempt(boolean probe) {
            this.probe = probe;
        }

        public void ended(boolean acknowledged) {
            downUntil.set(
                    acknowledged
                            ? Long.MIN_VALUE
                            : System.nanoTime() + config.retryAfter().toNanos());
            if (probe) {
                probing.set(false);
            }
        }
    }
}
