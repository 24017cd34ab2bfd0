package io.claimflow.store.service;

import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.store.repository.FactCheckWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Writes the fact-check library as ingest-service publishes it, one transaction per batch. */
@ApplicationScoped
public class FactCheckStoreService {

    private final FactCheckWriter writer;

    public FactCheckStoreService(FactCheckWriter writer) {
        this.writer = writer;
    }

    /** Keeps each fact-check's latest version; replays and older versions change nothing. */
    @Transactional
    public void storeFactChecks(List<FactCheckImported> batch) {
        writer.store(batch);
    }
}
