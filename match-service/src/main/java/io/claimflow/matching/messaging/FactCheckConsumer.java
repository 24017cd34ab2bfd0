package io.claimflow.matching.messaging;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.match.ContractEvents;
import io.claimflow.match.MatchEngine;
import io.claimflow.matching.service.FactCheckShelf;
import io.claimflow.matching.service.MatchIndex;
import io.claimflow.matching.service.StartupWait;
import io.claimflow.matching.service.TextProbe;
import io.claimflow.service.kafka.BatchTransaction;
import io.claimflow.service.kafka.DeadLetters;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Consumes {@code claimflow.factchecks.v1}, and its group's redrive topic of it, exactly once, for the claims matched
 * before a fact-check came: each new or revised fact-check looks for the claims of the window it may have checked
 * (those a dry run of its claim links or suggests), and each of them that the library now matches to it is published
 * again, its stored result with its fact-checks, in the transaction that consumes the fact-check. Claims that come
 * later meet it in the library.
 */
@ApplicationScoped
public class FactCheckConsumer {

    private static final Logger LOG = Logger.getLogger(FactCheckConsumer.class);

    private final MatchIndex index;
    private final FactCheckShelf factChecks;
    private final KafkaTransactions<Object> transactions;
    private final ClaimMatched.Matcher matcher;
    private final EventDeserializer<FactCheckImported> deserializer = Topics.FACT_CHECKS.deserializer();
    private final Clock clock = Clock.systemUTC();
    private final String group;

    /**
     * The emitter buffers without bound: a fact-check may bring many claims' records at once. The consumer group whose
     * dead-letter topic takes what fails is the service's, by its name.
     */
    public FactCheckConsumer(
            MatchIndex index,
            FactCheckShelf factChecks,
            @Channel("rematched") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    KafkaTransactions<Object> transactions,
            @ConfigProperty(name = "quarkus.application.name") String group) {
        this.index = index;
        this.group = group;
        this.factChecks = factChecks;
        this.transactions = transactions;
        this.matcher = ContractEvents.matcher(index.engine().settings());
    }

    @Incoming("factchecks")
    @Blocking
    public Uni<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        List<Outcome> outcomes = new ArrayList<>();
        try {
            // The claims it may have checked must be in the index: those of the claims read before, caught up.
            StartupWait.until(index::caughtUp, "the match index");
            List<FactCheck> read = new ArrayList<>();
            for (KafkaRecord<String, byte[]> record : batch.getRecords()) {
                read(record, read, outcomes);
            }
            // One library commit for the batch (a first start reads the whole library through here).
            factChecks.addAll(read);
            Instant now = clock.instant();
            Map<String, List<ClaimMatched.FactCheckMatch>> ranked = new HashMap<>();
            Set<String> published = new HashSet<>();
            read.forEach(factCheck -> outcomes.addAll(rematched(factCheck, ranked, published, now)));
        } catch (RuntimeException e) {
            // Not the records' fault (the index, a shutdown): abort, so the batch is read again.
            return BatchTransaction.abort(transactions, batch, e, () -> {});
        }
        return BatchTransaction.write(
                transactions,
                batch,
                emitter -> outcomes.forEach(outcome -> outcome.writeTo(emitter)),
                () -> {},
                () -> {});
    }

    /** Adds the record's fact-check to {@code read}, or its dead letter to {@code outcomes}; a tombstone adds none. */
    private void read(KafkaRecord<String, byte[]> record, List<FactCheck> read, List<Outcome> outcomes) {
        FactCheckImported imported;
        try {
            imported = deserializer.deserialize(record.getTopic(), record.getHeaders(), record.getPayload());
        } catch (SerializationException e) {
            LOG.warnf(
                    "Dead-lettering %s at %s-%d@%d: %s",
                    record.getKey(),
                    record.getTopic(),
                    record.getPartition(),
                    DeadLetters.offsetOf(record),
                    e.getMessage());
            outcomes.add(new Outcome.Rejected(DeadLetters.of(
                    Topics.FACT_CHECKS,
                    group,
                    record,
                    new IllegalArgumentException("unreadable record: " + e.getMessage(), e))));
            return;
        }
        if (imported != null) {
            read.add(imported.factCheck());
        }
    }

    /**
     * The match records of the claims of the window that the library now matches to this fact-check. The library holds
     * the whole batch, so a claim is ranked once a batch ({@code ranked}, by claim id), and published once a batch
     * ({@code published}): its one record, for the first fact-check of the batch it matched, names all it matched.
     */
    private List<Outcome> rematched(
            FactCheck factCheck,
            Map<String, List<ClaimMatched.FactCheckMatch>> ranked,
            Set<String> published,
            Instant now) {
        List<Outcome> outcomes = new ArrayList<>();
        MatchEngine engine = index.engine();
        for (MatchEngine.Known known : engine.known(
                TextProbe.of("factcheck-" + factCheck.id(), factCheck.claimReviewed(), factCheck.language(), now))) {
            String claimId = known.claim().claimId();
            if (published.contains(claimId)) {
                continue;
            }
            List<ClaimMatched.FactCheckMatch> matched =
                    ranked.computeIfAbsent(claimId, id -> factChecks.match(known.claim()));
            if (matched.stream().anyMatch(match -> match.id().equals(factCheck.id()))) {
                published.add(claimId);
                outcomes.add(new Outcome.Matched(ContractEvents.claimMatched(
                        known.result(),
                        known.claim().documentId(),
                        known.result().narrativeId(),
                        matched,
                        matcher,
                        now)));
            }
        }
        return outcomes;
    }
}
