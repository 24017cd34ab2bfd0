package io.claimflow.store.messaging;

import io.claimflow.store.repository.DatabaseFailures;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Repeats a database write while its failure is transient, backing off up to a ceiling. While it waits the consumer
 * holds its batch, commits no offset and polls no further: the store stops consuming until the database is back, and
 * sends nothing to a dead-letter topic for it.
 */
@ApplicationScoped
public class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);
    private static final Duration FIRST_DELAY = Duration.ofMillis(250);
    private static final Duration MAX_DELAY = Duration.ofSeconds(10);

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Runs the write until it succeeds or fails for good; throws {@link Stopping} if the service stops meanwhile. */
    public void run(Runnable write) {
        Duration delay = FIRST_DELAY;
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                if (attempt > 1) {
                    LOG.infof("Database write succeeded after %d attempts", attempt);
                }
                return;
            } catch (RuntimeException e) {
                // While stopping, any failure may be the shutdown's doing (the persistence unit closing under
                // the write): the batch stays unacknowledged for the next run rather than being dead-lettered.
                if (stopping) {
                    throw new Stopping(e);
                }
                if (!DatabaseFailures.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("Database unavailable (%s); retrying in %d ms", e.getMessage(), delay.toMillis());
                sleep(delay);
                delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopping(e);
        }
    }

    /** The service stopped while a write waited for the database; the batch stays unacknowledged. */
    public static final class Stopping extends RuntimeException {
        Stopping(Throwable cause) {
            super("stopping while the database is unavailable", cause);
        }
    }
}
