package io.claimflow.ingest.messaging;

import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.service.kafka.TopicFollower;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The fact-check library as Kafka has it: each fact-check's current version and the id each URL was imported under,
 * read from the compacted {@code claimflow.factchecks.v1} at start-up and then as it grows. Compaction keeps one record
 * per fact-check, so this grows with the library, not with how often it was imported. Lets an import publish only the
 * fact-checks that are new or revised.
 */
@ApplicationScoped
public class KnownFactChecks implements TopicFollower.Listener {

    private static final Logger LOG = Logger.getLogger(KnownFactChecks.class);

    private final Map<String, String> versionById = new ConcurrentHashMap<>();
    private final Map<String, String> idByUrl = new ConcurrentHashMap<>();
    private final EventDeserializer<FactCheckImported> deserializer = Topics.FACT_CHECKS.deserializer();
    private final TopicFollower follower;

    public KnownFactChecks(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        // The follower calls back only once started, after construction.
        this.follower = new TopicFollower(bootstrapServers, Topics.FACT_CHECKS.name(), this);
    }

    /** The version Kafka has of this id, or null. */
    public String version(String id) {
        return versionById.get(id);
    }

    /** The id a fact-check with this URL was imported under, or null. */
    public String idOfUrl(String url) {
        return url == null ? null : idByUrl.get(StableIds.normalizedUrl(url));
    }

    /** Notes a fact-check version Kafka acknowledged. */
    public void record(FactCheck factCheck) {
        versionById.put(factCheck.id(), StableIds.factCheckVersion(factCheck));
        if (factCheck.url() != null) {
            idByUrl.put(StableIds.normalizedUrl(factCheck.url()), factCheck.id());
        }
    }

    public int size() {
        return versionById.size();
    }

    /** Whether the topic has been read up to where it stood at start-up; until then every fact-check looks new. */
    public boolean caughtUp() {
        return follower.caughtUp();
    }

    TopicFollower follower() {
        return follower;
    }

    @Override
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        try {
            FactCheckImported imported = deserializer.deserialize(record.topic(), record.headers(), record.value());
            if (imported != null) {
                record(imported.factCheck());
            }
        } catch (RuntimeException e) {
            // Not ours to judge: the consumers dead-letter it; we only learn no fact-check from it.
        }
    }

    @Override
    public boolean onReadThrough(long endsTakenAt) {
        if (!follower.caughtUp()) {
            LOG.infof("Read the %d fact-checks Kafka already had", versionById.size());
        }
        return false;
    }
}
