package io.claimflow.store.messaging;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.store.service.ClaimStoreService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the three topics into PostgreSQL, a batch of records per transaction. A batch is acknowledged, and its
 * offsets become committable, only after its transaction committed; see {@link BatchProcessor} for what happens to
 * records that cannot be stored.
 */
@ApplicationScoped
public class EventConsumers {

    private final ClaimStoreService store;
    private final BatchProcessor batches;
    private final EventDeserializer<ClaimExtracted> claims = Topics.CLAIMS.deserializer();
    private final EventDeserializer<DocumentProcessed> outcomes = Topics.DOCUMENT_STATUS.deserializer();
    private final EventDeserializer<DocumentSubmitted> documents = Topics.DOCUMENTS.deserializer();

    public EventConsumers(ClaimStoreService store, BatchProcessor batches) {
        this.store = store;
        this.batches = batches;
    }

    @Incoming("claims")
    @Blocking
    public Uni<Void> claims(KafkaRecordBatch<String, byte[]> batch) {
        return batches.process(batch, claims, store::storeClaims);
    }

    @Incoming("document-status")
    @Blocking
    public Uni<Void> outcomes(KafkaRecordBatch<String, byte[]> batch) {
        return batches.process(batch, outcomes, store::storeOutcomes);
    }

    @Incoming("documents")
    @Blocking
    public Uni<Void> documents(KafkaRecordBatch<String, byte[]> batch) {
        return batches.process(batch, documents, store::storeDocuments);
    }
}
