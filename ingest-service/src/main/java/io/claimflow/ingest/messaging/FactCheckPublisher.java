package io.claimflow.ingest.messaging;

import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.ingest.config.IngestConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Publishes fact-checks to {@code claimflow.factchecks.v1}, keyed as the contract says, and completes only when Kafka
 * acknowledged the record. A failure or a wait beyond the publish timeout is a {@link Publication#IN_DOUBT}; while
 * Kafka counts as down ({@link KafkaOutage}) a publish is {@link Publication#NOT_SENT} at once. A fact-check published
 * twice is harmless: the topic is compacted and the store keeps its latest version.
 */
@ApplicationScoped
public class FactCheckPublisher {

    private static final Logger LOG = Logger.getLogger(FactCheckPublisher.class);

    private final MutinyEmitter<FactCheckImported> factChecks;
    private final IngestConfig config;
    private final KafkaOutage outage;

    public FactCheckPublisher(
            @Channel("factchecks") MutinyEmitter<FactCheckImported> factChecks,
            IngestConfig config,
            KafkaOutage outage) {
        this.factChecks = factChecks;
        this.config = config;
        this.outage = outage;
    }

    /** Never fails: every outcome, failures to send included, is a {@link Publication}. */
    public Uni<Publication> publish(FactCheckImported factCheck) {
        Optional<KafkaOutage.Attempt> attempt = outage.begin();
        if (attempt.isEmpty()) {
            return Uni.createFrom().item(Publication.NOT_SENT);
        }
        return Uni.createFrom()
                .deferred(() -> factChecks.sendMessage(KafkaRecord.of(factCheck.key(), factCheck)))
                .ifNoItem()
                .after(config.publishTimeout())
                .fail()
                .map(acknowledged -> Publication.ACKNOWLEDGED)
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf("Kafka did not acknowledge %s: %s", factCheck.eventId(), failure.toString());
                    return Publication.IN_DOUBT;
                })
                .onTermination()
                .invoke((publication, failure, cancelled) ->
                        attempt.get().ended(publication == Publication.ACKNOWLEDGED));
    }
}
