package io.claimflow.store.repository;

import io.claimflow.contracts.event.ClaimExtracted;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored claim; written by {@link ClaimRepository#insertIfAbsent}, read through Hibernate. */
@Entity
@Table(name = "claim")
public class ClaimEntity {

    @Id
    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "seq", insertable = false, updatable = false)
    public long seq;

    @Column(name = "document_id")
    public String documentId;

    public int ordinal;
    public String text;

    @Column(name = "span_start")
    public int spanStart;

    @Column(name = "span_end")
    public int spanEnd;

    public String language;
    public double checkworthiness;

    @Column(name = "claimant_name")
    public String claimantName;

    @Column(name = "claimant_type")
    public String claimantType;

    @Column(name = "claimant_quote")
    public boolean claimantQuote;

    public String cue;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ClaimExtracted.Entity> entities;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ClaimExtracted.Quantity> quantities;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ClaimExtracted.DateMention> dates;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> citations;

    @Column(name = "extractor_name")
    public String extractorName;

    @Column(name = "extractor_version")
    public String extractorVersion;

    @Column(name = "extracted_at")
    public Instant extractedAt;

    @Column(name = "stored_at", insertable = false, updatable = false)
    public Instant storedAt;
}
