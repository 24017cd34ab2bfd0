package io.claimflow.ingest.messaging;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.service.kafka.TopicFollower;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which documents Kafka has already, and with what content: read from {@code claimflow.documents.v1} itself, from its
 * beginning at start-up and then as it grows, so the answer survives restarts and is shared by every ingest instance.
 * Lets a resubmission be answered 200 without publishing it again, and an id reused for other content be refused. The
 * service is not ready until it has read the topic up to where it stood ({@link AcceptedDocumentsCheck}).
 */
@ApplicationScoped
public class AcceptedDocuments implements TopicFollower.Listener {

    private static final Logger LOG = Logger.getLogger(AcceptedDocuments.class);

    /**
     * What is known of a submission's id. UNCERTAIN: an earlier publish of it failed without telling whether the broker
     * wrote it, and the topic has not yet been read far enough to find out.
     */
    public enum Known {
        NEW,
        SAME_CONTENT,
        OTHER_CONTENT,
        UNCERTAIN
    }

    /** How much longer than the producer's delivery timeout a read waits to begin, for clocks and scheduling. */
    private static final Duration SETTLE_MARGIN = Duration.ofSeconds(1);
    /** An uncertain id nobody resubmits is forgotten after this long. */
    private static final long FORGET_NANOS = Duration.ofMinutes(10).toNanos();

    /**
     * The producer goes on retrying a record until its delivery timeout has passed since the send, whenever ingest
     * stopped waiting for it (the publish timeout may be the shorter), so the broker may append it until then; only a
     * read begun after that settles whether it did.
     */
    private final long settleNanos;

    private final Map<String, String> contentById = new ConcurrentHashMap<>();
    private final EventDeserializer<DocumentSubmitted> deserializer = Topics.DOCUMENTS.deserializer();
    private final Map<String, Long> uncertainSince = new ConcurrentHashMap<>();
    /** The content keys of the documents being published now: the topic may bring one back before Kafka's answer. */
    private final Map<String, String> publishing = new ConcurrentHashMap<>();

    /** When the end offsets were taken that the reader has since read up to. */
    private volatile long readThroughAt = System.nanoTime();

    private final TopicFollower follower;

    public AcceptedDocuments(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.delivery.timeout.ms")
                    long deliveryTimeoutMillis) {
        // The follower calls back only once started, after construction.
        this.follower = new TopicFollower(bootstrapServers, Topics.DOCUMENTS.name(), this);
        this.settleNanos =
                Duration.ofMillis(deliveryTimeoutMillis).plus(SETTLE_MARGIN).toNanos();
    }

    public Known lookup(String documentId, String contentKey) {
        String known = contentById.get(documentId);
        if (known == null) {
            Long since = uncertainSince.get(documentId);
            return since != null && readThroughAt - (since + settleNanos) < 0 ? Known.UNCERTAIN : Known.NEW;
        }
        return known.equals(contentKey) ? Known.SAME_CONTENT : Known.OTHER_CONTENT;
    }

    /**
     * Notes a publish that failed after the record was handed to the producer: the broker may have written it all the
     * same (its answer was lost, or came too late), so a resubmission must wait until the topic shows whether it did,
     * or the document would be published twice.
     */
    public void uncertain(String documentId) {
        uncertainSince.put(documentId, System.nanoTime());
    }

    /** Notes a document handed to Kafka now, until {@link #publishEnded} whatever came of it. */
    public void publishing(String documentId, String contentKey) {
        publishing.put(documentId, contentKey);
    }

    public void publishEnded(String documentId) {
        publishing.remove(documentId);
    }

    /** Notes a document Kafka acknowledged, if the topic has not brought it back already. */
    public void record(String documentId, String contentKey) {
        contentById.put(documentId, contentKey);
        uncertainSince.remove(documentId);
    }

    public int size() {
        return contentById.size();
    }

    /** Whether the topic has been read up to where it stood at start-up; until then a resubmission may pass as new. */
    public boolean caughtUp() {
        return follower.caughtUp();
    }

    TopicFollower follower() {
        return follower;
    }

    @Override
    public boolean onReadThrough(long endsTakenAt) {
        readThroughAt = endsTakenAt;
        if (!follower.caughtUp()) {
            LOG.infof("Read the %d documents Kafka already had", contentById.size());
        }
        // Only while a publish is in doubt is it worth asking the broker where the topic ends.
        uncertainSince.values().removeIf(since -> System.nanoTime() - since > FORGET_NANOS);
        return !uncertainSince.isEmpty();
    }

    @Override
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        String key = record.key();
        // Mostly a document this instance is publishing or has published, whose content key it has: reading and
        // hashing the record again would cost as much CPU as accepting it did. An id one instance decides on one at a
        // time, so a record of an id being published is that publish. For an id known already with other content
        // (two instances racing) the first content stays, which is what a resubmission is compared with either way.
        if (key != null && contentById.containsKey(key)) {
            return;
        }
        String ours = key == null ? null : publishing.get(key);
        if (ours != null) {
            contentById.put(key, ours);
            uncertainSince.remove(key);
            return;
        }
        try {
            DocumentSubmitted document = deserializer.deserialize(record.topic(), record.headers(), record.value());
            if (document != null) {
                contentById.put(document.documentId(), StableIds.documentId(document.text(), document.url()));
                uncertainSince.remove(document.documentId());
            }
        } catch (RuntimeException e) {
            // Not ours to judge: extract-service dead-letters it; we only learn no id from it.
        }
    }
}
