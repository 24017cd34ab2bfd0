package io.claimflow.extract.messaging;

import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.engine.Extraction;
import io.claimflow.extract.config.ExtractConfig;
import io.claimflow.extract.service.ExtractionService;
import io.claimflow.service.kafka.BatchTransaction;
import io.claimflow.service.kafka.DeadLetters;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Consumes {@code claimflow.documents.v1}, and its group's redrive topic of it, exactly once. Each poll is one Kafka
 * transaction: the documents of the batch are extracted in parallel, then every claim, every outcome and every dead
 * letter is written together with the batch's offsets, or none of it is. A consumer reading committed records sees each
 * claim once, whatever crashed when. A record that cannot be read, or whose extraction fails or exceeds its time
 * budget, goes to its group's dead-letter topic ({@code claimflow.documents.v1.extract-service.dlq}) in the same
 * transaction (with its outcome, failed), and the rest of the batch goes on. A transaction that fails (the broker is
 * away) is aborted, and the batch is read again from the last committed offsets.
 */
@ApplicationScoped
public class DocumentConsumer {

    private static final Logger LOG = Logger.getLogger(DocumentConsumer.class);

    private final ExtractionService extraction;
    private final KafkaTransactions<Object> transactions;
    private final ExecutorService extractors;
    private final EventDeserializer<DocumentSubmitted> deserializer = Topics.DOCUMENTS.deserializer();
    private final String group;

    /**
     * The emitter buffers without bound: a transaction sends a whole batch's claims at once (one long document can have
     * thousands), and the memory they take is already held by the batch's extraction results. The consumer group whose
     * dead-letter topic takes what fails is the service's, by its name.
     */
    public DocumentConsumer(
            ExtractionService extraction,
            @Channel("extracted") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    KafkaTransactions<Object> transactions,
            ExtractConfig config,
            @ConfigProperty(name = "quarkus.application.name") String group) {
        this.extraction = extraction;
        this.group = group;
        this.transactions = transactions;
        this.extractors = Executors.newFixedThreadPool(config.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "claimflow-extractor");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Incoming("documents")
    @Blocking
    public Uni<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        List<Outcome> outcomes = outcomesOf(batch.getRecords());
        return BatchTransaction.write(
                transactions, batch, emitter -> outcomes.forEach(outcome -> outcome.writeTo(emitter)));
    }

    /** The outcome of each record, in batch order, extracted on the pool. */
    private List<Outcome> outcomesOf(List<KafkaRecord<String, byte[]>> records) {
        List<Future<Outcome>> running = new ArrayList<>(records.size());
        for (KafkaRecord<String, byte[]> record : records) {
            running.add(extractors.submit(() -> outcomeOf(record)));
        }
        List<Outcome> outcomes = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                outcomes.add(running.get(i).get());
            } catch (ExecutionException e) {
                // Never fail the whole batch for one record: a batch that fails is skipped, not retried.
                KafkaRecord<String, byte[]> record = records.get(i);
                outcomes.add(rejected(record, record.getKey(), "extraction failed: " + e.getCause(), e.getCause()));
            } catch (InterruptedException e) {
                // Shutting down: nothing of this batch is committed, so it is read again after the restart.
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while extracting a batch", e);
            }
        }
        return outcomes;
    }

    private Outcome outcomeOf(KafkaRecord<String, byte[]> record) {
        DocumentSubmitted document;
        try {
            document = deserializer.deserialize(record.getTopic(), record.getHeaders(), record.getPayload());
            if (document == null) {
                throw new SerializationException("the record has no value");
            }
        } catch (SerializationException e) {
            return rejected(record, record.getKey(), "unreadable record: " + e.getMessage(), e);
        }
        try {
            Extraction result = extraction.extract(document);
            return new Outcome.Extracted(result.claims(), extraction.processed(result));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The errors too: a document that exhausts the stack or the heap would otherwise fail every
            // redelivery and stall the partition forever; its garbage is gone once extraction unwinds.
            return rejected(record, document.documentId(), "extraction failed: " + e, e);
        }
    }

    private Outcome rejected(KafkaRecord<String, byte[]> record, String documentId, String error, Throwable cause) {
        LOG.warnf(
                "Dead-lettering %s at %s-%d@%d: %s",
                documentId, record.getTopic(), record.getPartition(), DeadLetters.offsetOf(record), error);
        DocumentProcessed failed =
                documentId == null || documentId.isBlank() ? null : extraction.failed(documentId, error);
        return new Outcome.Rejected(
                DeadLetters.of(Topics.DOCUMENTS, group, record, new IllegalArgumentException(error, cause)), failed);
    }

    @PreDestroy
    void stop() {
        extractors.shutdownNow();
    }
}
