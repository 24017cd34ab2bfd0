package io.claimflow.store.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored document and the outcome of its extraction; written by {@link DocumentRepository}'s upserts. */
@Entity
@Table(name = "document")
public class DocumentEntity {

    @Id
    @Column(name = "document_id")
    public String documentId;

    public String text;
    public String url;
    public String title;
    public String source;
    public String language;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    public String status;

    @Column(name = "claim_count")
    public Integer claimCount;

    @Column(name = "extractor_name")
    public String extractorName;

    @Column(name = "extractor_version")
    public String extractorVersion;

    @Column(name = "processed_at")
    public Instant processedAt;

    public String error;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;
}
