package io.claimflow.store.service;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.store.repository.ClaimRepository;
import io.claimflow.store.repository.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes what the topics carry; every write is idempotent, so redeliveries and replays change nothing. */
@ApplicationScoped
public class ClaimStoreService {

    private final ClaimRepository claims;
    private final DocumentRepository documents;

    public ClaimStoreService(ClaimRepository claims, DocumentRepository documents) {
        this.claims = claims;
        this.documents = documents;
    }

    @Transactional
    public boolean store(ClaimExtracted claim) {
        return claims.insertIfAbsent(claim);
    }

    @Transactional
    public void store(DocumentSubmitted document) {
        documents.upsert(document);
    }

    @Transactional
    public void store(DocumentProcessed outcome) {
        documents.upsert(outcome);
    }
}
