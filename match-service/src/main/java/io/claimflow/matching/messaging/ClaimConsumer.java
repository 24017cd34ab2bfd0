package io.claimflow.matching.messaging;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.match.ClaimContext;
import io.claimflow.match.ContractEvents;
import io.claimflow.match.MatchEngine;
import io.claimflow.match.MatchResult;
import io.claimflow.match.NarrativeSummary;
import io.claimflow.matching.service.CatchUp;
import io.claimflow.matching.service.ClaimReader;
import io.claimflow.matching.service.FactCheckShelf;
import io.claimflow.matching.service.MatchIndex;
import io.claimflow.matching.service.StartupWait;
import io.claimflow.service.kafka.BatchTransaction;
import io.claimflow.service.kafka.DeadLetters;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.lucene.store.AlreadyClosedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Consumes {@code claimflow.claims.v1}, and its group's redrive topic of it, exactly once, as extract-service consumes
 * documents: each poll is one Kafka transaction that writes every claim's {@code ClaimMatched}, every changed
 * narrative's latest {@code NarrativeUpdated} and every dead letter together with the batch's offsets, or none of it.
 * Only once Kafka has committed is the index committed with those offsets, so it is never ahead of what was published.
 * A claim that cannot be read or matched goes to its group's dead-letter topic
 * ({@code claimflow.claims.v1.match-service.dlq}) in the same transaction and the batch goes on; a failure that is not
 * the records' (the index's disk, a shutdown) aborts the transaction; the index is then rolled back to its last commit
 * and the batch is read again, meeting the index as it was, so what it publishes then is what it would have published
 * (merges included). A commit whose answer was lost (the broker went away) may have committed all the same, and then
 * the batch is not read again: before the next batch, the index is levelled with the group's offsets ({@link CatchUp}).
 */
@ApplicationScoped
public class ClaimConsumer {

    private static final Logger LOG = Logger.getLogger(ClaimConsumer.class);

    private final MatchIndex index;
    private final FactCheckShelf factChecks;
    private final KafkaTransactions<Object> transactions;
    private final ClaimMatched.Matcher matcher;
    private final Clock clock = Clock.systemUTC();
    private final ClaimReader reader = new ClaimReader();
    private final String group;
    private final CatchUp catchUp;
    private final IndexPositions positions;
    // The partitions of batches rolled back since: the index may lack claims the group has published.
    private final Set<TopicPartition> rolledBack = ConcurrentHashMap.newKeySet();

    /**
     * The emitter buffers without bound: a transaction sends a whole batch's matches and narratives at once. The
     * consumer group whose dead-letter topic takes what fails is the service's, by its name.
     */
    public ClaimConsumer(
            MatchIndex index,
            CatchUp catchUp,
            @Identifier(IndexPositions.NAME) IndexPositions positions,
            FactCheckShelf factChecks,
            @Channel("matched") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    KafkaTransactions<Object> transactions,
            @ConfigProperty(name = "quarkus.application.name") String group) {
        this.index = index;
        this.catchUp = catchUp;
        this.positions = positions;
        this.group = group;
        this.factChecks = factChecks;
        this.transactions = transactions;
        this.matcher = ContractEvents.matcher(index.engine().settings());
    }

    @Incoming("claims")
    @Blocking
    public Uni<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        List<KafkaRecord<String, byte[]>> records = batch.getRecords();
        List<Outcome> outcomes;
        try {
            StartupWait.until(factChecks::caughtUp, "the fact-check library");
            levelAfterRollBack();
            outcomes = outcomesOf(records);
        } catch (RuntimeException e) {
            // Not the records' fault (the index's disk, a shutdown, the broker away): abort, so it is read again.
            return BatchTransaction.abort(transactions, batch, e, () -> rollBack(records));
        }
        Map<TopicPartition, Long> offsets = nextOffsets(records);
        int generation = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .map(IncomingKafkaRecordBatchMetadata::getConsumerGroupGenerationId)
                .orElse(-1);
        return BatchTransaction.write(
                transactions,
                batch,
                emitter -> outcomes.forEach(outcome -> outcome.writeTo(emitter)),
                () -> afterCommit(generation, offsets, records),
                () -> rollBack(records));
    }

    /**
     * Commits the index with the batch, unless the group rebalanced since the batch was polled: SmallRye then aborts
     * the transaction at commit and still reports success (found by the outage drill: the index held an aborted batch,
     * and the batch read again published its narratives twice). Such a commit is in doubt, as one without an answer:
     * the index is rolled back and levelled with the group's offsets before the next batch.
     */
    private void afterCommit(
            int generation, Map<TopicPartition, Long> offsets, List<KafkaRecord<String, byte[]>> records) {
        if (!positions.stillIn(generation)) {
            LOG.warnf(
                    "The group rebalanced while a batch of %d claims committed (generation %d): its commit is in doubt",
                    records.size(), generation);
            rollBack(records);
            return;
        }
        commitIndex(offsets);
    }

    private void rollBack(List<KafkaRecord<String, byte[]>> records) {
        index.rollBack();
        rolledBack.addAll(nextOffsets(records).keySet());
    }

    private void levelAfterRollBack() {
        if (rolledBack.isEmpty()) {
            return;
        }
        Set<TopicPartition> partitions = Set.copyOf(rolledBack);
        int indexed = catchUp.levelWithGroup(partitions);
        rolledBack.removeAll(partitions);
        if (indexed > 0) {
            LOG.infof("A batch rolled back had committed after all: its %d claims indexed as published", indexed);
        }
    }

    /** Per record its match or its dead letter, in batch order, then every narrative the batch changed. */
    private List<Outcome> outcomesOf(List<KafkaRecord<String, byte[]>> records) {
        List<Outcome> outcomes = new ArrayList<>();
        List<ClaimContext> claims = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : records) {
            try {
                claims.add(reader.read(record.getTopic(), record.getHeaders(), record.getPayload()));
            } catch (SerializationException e) {
                outcomes.add(rejected(record, "unreadable record: " + e.getMessage(), e));
            }
        }
        MatchEngine.BatchResult matched;
        try {
            matched = index.engine().matchAll(claims);
        } catch (UncheckedIOException | AlreadyClosedException e) {
            throw e;
        } catch (RuntimeException e) {
            // One claim the engine cannot take: match them one by one (the ones done already replay) to find it.
            return oneByOne(records, outcomes);
        }
        Instant now = clock.instant();
        for (int i = 0; i < claims.size(); i++) {
            outcomes.add(matched(claims.get(i), matched.results().get(i), now));
        }
        matched.changedNarratives().forEach(summary -> outcomes.add(narrative(summary, now)));
        return outcomes;
    }

    private List<Outcome> oneByOne(List<KafkaRecord<String, byte[]>> records, List<Outcome> unreadable) {
        List<Outcome> outcomes = new ArrayList<>(unreadable);
        Map<String, NarrativeSummary> changed = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (KafkaRecord<String, byte[]> record : records) {
            ClaimContext claim;
            try {
                claim = reader.read(record.getTopic(), record.getHeaders(), record.getPayload());
            } catch (SerializationException e) {
                continue;
            }
            try {
                MatchEngine.BatchResult result = index.engine().matchAll(List.of(claim));
                outcomes.add(matched(claim, result.results().get(0), now));
                result.changedNarratives().forEach(summary -> changed.put(summary.narrativeId(), summary));
            } catch (UncheckedIOException | AlreadyClosedException e) {
                throw e;
            } catch (RuntimeException e) {
                outcomes.add(rejected(record, "matching failed: " + e, e));
            }
        }
        // A narrative changed by a later claim is published in its latest state only.
        changed.values().forEach(summary -> outcomes.add(narrative(summary, now)));
        return outcomes;
    }

    private Outcome matched(ClaimContext claim, MatchResult result, Instant now) {
        return new Outcome.Matched(ContractEvents.claimMatched(
                result, claim.documentId(), result.narrativeId(), factChecks.match(claim), matcher, now));
    }

    private static Outcome narrative(NarrativeSummary summary, Instant now) {
        return new Outcome.Narrative(ContractEvents.narrativeUpdated(summary, now));
    }

    private Outcome rejected(KafkaRecord<String, byte[]> record, String error, Throwable cause) {
        LOG.warnf(
                "Dead-lettering %s at %s-%d@%d: %s",
                record.getKey(), record.getTopic(), record.getPartition(), DeadLetters.offsetOf(record), error);
        return new Outcome.Rejected(
                DeadLetters.of(Topics.CLAIMS, group, record, new IllegalArgumentException(error, cause)));
    }

    /** Per partition, the offset after the batch's last record: what the transaction committed for the group. */
    private static Map<TopicPartition, Long> nextOffsets(List<KafkaRecord<String, byte[]>> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        for (KafkaRecord<String, byte[]> record : records) {
            next.merge(
                    new TopicPartition(record.getTopic(), record.getPartition()),
                    DeadLetters.offsetOf(record) + 1,
                    Math::max);
        }
        return next;
    }

    // After Kafka committed: a failure here only leaves the index behind, which the next start catches up with.
    private void commitIndex(Map<TopicPartition, Long> offsets) {
        try {
            index.commit(offsets);
        } catch (RuntimeException e) {
            LOG.warnf("The match index was not committed after a batch (%s); a restart catches up", e.toString());
        }
    }
}
