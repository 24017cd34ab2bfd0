package io.claimflow.ingest.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Starts reading back the fact-checks topic ingest decides imports on when the service starts, and stops when it stops;
 * until it has read the topic, imports wait for readiness.
 */
@ApplicationScoped
public class TopicReadBack {

    private final KnownFactChecks factChecks;

    public TopicReadBack(KnownFactChecks factChecks) {
        this.factChecks = factChecks;
    }

    void onStart(@Observes StartupEvent event) {
        factChecks.follower().start();
    }

    void onStop(@Observes ShutdownEvent event) {
        factChecks.follower().stop();
    }
}
