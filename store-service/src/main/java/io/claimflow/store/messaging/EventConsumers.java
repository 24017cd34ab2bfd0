package io.claimflow.store.messaging;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.store.service.ClaimStoreService;
import io.claimflow.store.service.FactCheckStoreService;
import io.claimflow.store.service.NarrativeStoreService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the pipeline's topics into PostgreSQL, a batch of records per transaction. A batch is acknowledged, and its
 * offsets become committable, only after its transaction committed; see {@link BatchProcessor} for what happens to
 * records that cannot be stored.
 */
@ApplicationScoped
public class EventConsumers {

    private final ClaimStoreService store;
    private final NarrativeStoreService narrativeStore;
    private final FactCheckStoreService factCheckStore;
    private final BatchProcessor batches;
    private final EventDeserializer<ClaimExtracted> claims = Topics.CLAIMS.deserializer();
    private final EventDeserializer<DocumentProcessed> outcomes = Topics.DOCUMENT_STATUS.deserializer();
    private final EventDeserializer<DocumentSubmitted> documents = Topics.DOCUMENTS.deserializer();
    private final EventDeserializer<ClaimMatched> matches = Topics.CLAIM_MATCHES.deserializer();
    private final EventDeserializer<NarrativeUpdated> narratives = Topics.NARRATIVES.deserializer();
    private final EventDeserializer<FactCheckImported> factChecks = Topics.FACT_CHECKS.deserializer();

    public EventConsumers(
            ClaimStoreService store,
            NarrativeStoreService narrativeStore,
            FactCheckStoreService factCheckStore,
            BatchProcessor batches) {
        this.store = store;
        this.narrativeStore = narrativeStore;
        this.factCheckStore = factCheckStore;
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

    @Incoming("claim-matches")
    @Blocking
    public Uni<Void> matches(KafkaRecordBatch<String, byte[]> batch) {
        return batches.process(batch, matches, narrativeStore::storeMatches);
    }

    @Incoming("narratives")
    @Blocking
    public Uni<Void> narratives(KafkaRecordBatch<String, byte[]> batch) {
        return batches.process(batch, narratives, narrativeStore::storeNarratives);
    }

    @Incoming("factchecks")
    @Blocking
    public Uni<Void> factChecks(KafkaRecordBatch<String, byte[]> batch) {
        return batches.process(batch, factChecks, factCheckStore::storeFactChecks);
    }
}
