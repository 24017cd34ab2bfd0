package io.claimflow.store.service;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.store.repository.ClaimWriter;
import io.claimflow.store.repository.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes what the topics carry, one transaction per call. Every write is idempotent, so redeliveries and replays change
 * nothing.
 */
@ApplicationScoped
public class ClaimStoreService {

    private final ClaimWriter claims;
    private final DocumentRepository documents;
    private final Event<ClaimsStored> stored;
    private final AlertTrigger alerts;

    public ClaimStoreService(
            ClaimWriter claims, DocumentRepository documents, Event<ClaimsStored> stored, AlertTrigger alerts) {
        this.claims = claims;
        this.documents = documents;
        this.stored = stored;
        this.alerts = alerts;
    }

    /**
     * Stores the claims not stored yet, fires the watches on the batch's claims (all of them: a redelivered batch fires
     * nothing twice) and, if any claims were new, tells the live feeds after the commit.
     */
    @Transactional
    public void storeClaims(List<ClaimExtracted> batch) {
        int inserted = claims.insertNew(batch).size();
        alerts.fireFor(batch.stream().map(ClaimExtracted::claimId).collect(Collectors.toSet()));
        if (inserted > 0) {
            stored.fire(new ClaimsStored(inserted));
        }
    }

    @Transactional
    public void storeDocuments(List<DocumentSubmitted> batch) {
        batch.forEach(documents::upsert);
    }

    @Transactional
    public void storeOutcomes(List<DocumentProcessed> batch) {
        batch.forEach(documents::upsert);
    }
}
