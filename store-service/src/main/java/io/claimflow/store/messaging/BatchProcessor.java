package io.claimflow.store.messaging;

import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.serde.EventDeserializer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;

/**
 * Stores a batch of records in one transaction and settles each record: the ones that cannot be read, or that the
 * database refuses for good, are nacked one by one (the channel's dead-letter strategy moves them to the DLQ); the
 * batch is acknowledged once the rest is committed.
 */
@ApplicationScoped
public class BatchProcessor {

    private static final Logger LOG = Logger.getLogger(BatchProcessor.class);

    private final TransientRetry retry;

    public BatchProcessor(TransientRetry retry) {
        this.retry = retry;
    }

    public <T extends ClaimflowEvent> Uni<Void> process(
            KafkaRecordBatch<String, byte[]> batch, EventDeserializer<T> deserializer, Consumer<List<T>> store) {
        List<KafkaRecord<String, byte[]>> records = new ArrayList<>();
        List<T> events = new ArrayList<>();
        List<CompletionStage<Void>> rejected = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch) {
            try {
                T event = deserializer.deserialize(record.getTopic(), record.getHeaders(), record.getPayload());
                if (event == null) {
                    throw new SerializationException("the record has no value");
                }
                records.add(record);
                events.add(event);
            } catch (SerializationException e) {
                rejected.add(record.nack(e));
            }
        }
        try {
            storeAll(records, events, store, rejected);
        } catch (TransientRetry.Stopping e) {
            LOG.warn("Stopping with a batch the database did not take; its offsets stay uncommitted for the next run");
            return Uni.createFrom().nothing();
        }
        return Uni.createFrom()
                .completionStage(CompletableFuture.allOf(rejected.stream()
                        .map(CompletionStage::toCompletableFuture)
                        .toArray(CompletableFuture[]::new)))
                .chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }

    /** One transaction for all; when the database refuses it for good, one per record to find the culprits. */
    private <T extends ClaimflowEvent> void storeAll(
            List<KafkaRecord<String, byte[]>> records,
            List<T> events,
            Consumer<List<T>> store,
            List<CompletionStage<Void>> rejected) {
        if (events.isEmpty()) {
            return;
        }
        try {
            retry.run(() -> store.accept(events));
        } catch (TransientRetry.Stopping e) {
            throw e;
        } catch (RuntimeException batchFailure) {
            LOG.warnf(
                    "A batch of %d records failed (%s); storing them one by one",
                    events.size(), batchFailure.getMessage());
            for (int i = 0; i < events.size(); i++) {
                T event = events.get(i);
                try {
                    retry.run(() -> store.accept(List.of(event)));
                } catch (TransientRetry.Stopping e) {
                    throw e;
                } catch (RuntimeException failure) {
                    rejected.add(records.get(i).nack(failure));
                }
            }
        }
    }
}
