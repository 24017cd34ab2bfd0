package io.claimflow.ingest.messaging;

import io.claimflow.service.kafka.TopicFollower;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Starts reading back the topics ingest decides on (accepted documents, known fact-checks) when the service starts, and
 * stops when it stops; until each has read its topic, submissions of its kind wait for readiness.
 */
@ApplicationScoped
public class TopicReadBack {

    private final List<TopicFollower> followers;

    public TopicReadBack(AcceptedDocuments documents, KnownFactChecks factChecks) {
        this.followers = List.of(documents.follower(), factChecks.follower());
    }

    void onStart(@Observes StartupEvent event) {
        followers.forEach(TopicFollower::start);
    }

    void onStop(@Observes ShutdownEvent event) {
        followers.forEach(TopicFollower::stop);
    }
}
