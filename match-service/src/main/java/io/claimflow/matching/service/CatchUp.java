package io.claimflow.matching.service;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.match.ClaimContext;
import io.claimflow.match.ContractEvents;
import io.claimflow.match.MatchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.lucene.store.AlreadyClosedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Brings the index level with what the group has published, publishing nothing: the claims between the index's offsets
 * and the group's committed ones, which the index lacks (it was committed before a crash, rolled back after a
 * transaction that committed after all, lost, or a standby's). They are not matched again: matching depends on the
 * order claims come in, which partitions do not keep across each other, so each is indexed with the links it was
 * published with ({@link PublishedMatches}, {@link MatchEngine#restore}), which gives the publisher's narratives in any
 * order. A claim without a published match was dead-lettered and is skipped. The index is committed after every chunk,
 * never past a claim still waiting for the claims it links, so a crash during a long rebuild resumes where it stopped.
 */
@ApplicationScoped
public class CatchUp {

    private static final Logger LOG = Logger.getLogger(CatchUp.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration COMMITTED_WAIT = Duration.ofMinutes(1);
    // Claims read before their published matches are looked up: bounds the memory of a rebuild.
    private static final int CHUNK = 5_000;

    private final MatchIndex index;
    private final String bootstrapServers;
    private final String group;
    private final PublishedMatches published;
    private final ClaimReader reader = new ClaimReader();

    public CatchUp(
            MatchIndex index,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.incoming.claims.group.id") String group) {
        this.index = index;
        this.bootstrapServers = bootstrapServers;
        this.group = group;
        this.published = new PublishedMatches(bootstrapServers);
    }

    /** A claim read, where it was read. */
    private record Read(ClaimContext claim, TopicPartition partition, long offset) {}

    /** A claim read and its published match, waiting for the claims it links: its offset holds the commit back. */
    private record Pending(Read read, ClaimMatched matched) {}

    /**
     * Levels these partitions with the group's committed offsets, read now (waiting for a transaction still being
     * completed): after a batch whose transaction failed, which may have committed all the same. Answers how many
     * claims it indexed.
     */
    public int levelWithGroup(Set<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed;
        try (KafkaConsumer<String, byte[]> consumer = consumer(group)) {
            committed = consumer.committed(partitions, COMMITTED_WAIT);
        }
        Map<TopicPartition, Long> from = new HashMap<>();
        Map<TopicPartition, Long> until = new HashMap<>();
        committed.forEach((partition, offset) -> {
            if (offset != null) {
                from.put(partition, index.offsetOf(partition).orElse(0));
                until.put(partition, offset.offset());
            }
        });
        return level(from, until);
    }

    /** Indexes the published claims of each partition in {@code [from, until)}; answers how many. */
    public int level(Map<TopicPartition, Long> from, Map<TopicPartition, Long> until) {
        Map<TopicPartition, Long> next = new HashMap<>();
        from.forEach((partition, offset) -> {
            if (offset < until.getOrDefault(partition, 0L)) {
                next.put(partition, offset);
            }
        });
        if (next.isEmpty()) {
            return 0;
        }
        int restored = 0;
        Map<String, Pending> waiting = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(null)) {
            consumer.assign(next.keySet());
            next.forEach(consumer::seek);
            while (!reachedEnd(consumer, next, until)) {
                Map<String, Read> chunk = readChunk(consumer, next, until);
                long since = chunk.values().stream()
                        .mapToLong(read -> read.claim().claim().extractedAt().toEpochMilli())
                        .min()
                        .orElse(Long.MAX_VALUE);
                Map<String, ClaimMatched> matches = chunk.isEmpty() ? Map.of() : published.of(chunk.keySet(), since);
                chunk.forEach((claimId, read) -> {
                    ClaimMatched matched = matches.get(claimId);
                    if (matched != null) {
                        waiting.put(claimId, new Pending(read, matched));
                    }
                });
                restored += restoreReady(waiting, false);
                index.commit(heldBack(next, waiting));
            }
            restored += restoreReady(waiting, true);
            index.commit(next);
        }
        index.caughtUpWith(restored);
        LOG.infof(
                "Caught up with the group's offsets %s: %d claims indexed as published, none published",
                until, restored);
        return restored;
    }

    // Done when every partition's position has reached its end (records past it are not this catch-up's).
    private static boolean reachedEnd(
            KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> next, Map<TopicPartition, Long> until) {
        return next.keySet().stream().allMatch(partition -> consumer.position(partition) >= until.get(partition));
    }

    private Map<String, Read> readChunk(
            KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> next, Map<TopicPartition, Long> until) {
        Map<String, Read> chunk = new LinkedHashMap<>();
        while (chunk.size() < CHUNK && !reachedEnd(consumer, next, until)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= until.get(partition)) {
                    continue;
                }
                next.put(partition, record.offset() + 1);
                try {
                    ClaimContext claim = reader.read(record.topic(), record.headers(), record.value());
                    chunk.put(claim.claimId(), new Read(claim, partition, record.offset()));
                } catch (SerializationException e) {
                    LOG.debugf("Catch-up skips %s@%d, dead-lettered before: %s", partition, record.offset(), e);
                }
            }
            // Past transaction markers the position may run ahead of the last record: never beyond the end.
            next.replaceAll((partition, offset) ->
                    Math.min(until.get(partition), Math.max(offset, consumer.position(partition))));
            next.forEach((partition, offset) -> {
                if (offset >= until.get(partition)) {
                    consumer.pause(Set.of(partition));
                }
            });
        }
        return chunk;
    }

    /**
     * Indexes every waiting claim whose links are all indexed, again and again while that makes others ready;
     * {@code anyway}, the rest too, through the links there are. Answers how many it indexed.
     */
    private int restoreReady(Map<String, Pending> waiting, boolean anyway) {
        int restored = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Iterator<Pending> it = waiting.values().iterator(); it.hasNext(); ) {
                Pending pending = it.next();
                MatchEngine.Restored outcome = restore(pending, false);
                if (outcome != MatchEngine.Restored.WAITING) {
                    it.remove();
                    progress = true;
                    restored += outcome == MatchEngine.Restored.RESTORED ? 1 : 0;
                }
            }
        }
        if (anyway && !waiting.isEmpty()) {
            LOG.warnf(
                    "%d claims link claims no longer on %s (retention): indexed through the links there are",
                    waiting.size(), index.folder());
            for (Pending pending : waiting.values()) {
                restored += restore(pending, true) == MatchEngine.Restored.RESTORED ? 1 : 0;
            }
            waiting.clear();
        }
        return restored;
    }

    private MatchEngine.Restored restore(Pending pending, boolean anyway) {
        try {
            return index.engine()
                    .restore(
                            pending.read().claim(),
                            pending.matched().links().stream()
                                    .map(ContractEvents::published)
                                    .toList(),
                            pending.matched().suggestions().stream()
                                    .map(ContractEvents::published)
                                    .toList(),
                            anyway);
        } catch (UncheckedIOException | AlreadyClosedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("Catch-up cannot index %s: %s", pending.read().claim().claimId(), e);
            return MatchEngine.Restored.KNOWN;
        }
    }

    // The offsets the index may commit: not past a claim that still waits, which must be read again after a crash.
    private static Map<TopicPartition, Long> heldBack(Map<TopicPartition, Long> next, Map<String, Pending> waiting) {
        Map<TopicPartition, Long> offsets = new HashMap<>(next);
        waiting.values()
                .forEach(pending ->
                        offsets.merge(pending.read().partition(), pending.read().offset(), Math::min));
        return offsets;
    }

    private KafkaConsumer<String, byte[]> consumer(String groupId) {
        return PublishedMatches.readCommitted(bootstrapServers, "claimflow-match-catch-up", groupId);
    }
}
