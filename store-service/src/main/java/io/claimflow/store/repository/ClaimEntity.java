package io.claimflow.store.repository;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;

/** A stored claim with its details, read through Hibernate; {@link ClaimWriter} writes claims in batches. */
@Entity
@Immutable
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

    /** The titles and roles written with the claimant's name; null for claims stored before the engine sent them. */
    @Column(name = "claimant_role")
    public String claimantRole;

    /** The claimant's normalised form as the engine sent it; null for claims stored before it did. */
    @Column(name = "claimant_normalized")
    public String claimantNormalized;

    /** Whether the engine read the claim with a language pack; null for claims stored before it said. */
    @Column(name = "language_pack")
    public Boolean languagePack;

    public String cue;

    @ElementCollection
    @CollectionTable(name = "claim_entity", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 256)
    public List<StoredEntity> entities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_quantity", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 256)
    public List<StoredQuantity> quantities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_date", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 256)
    public List<StoredDate> dates = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_citation", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    @BatchSize(size = 256)
    public List<String> citations = new ArrayList<>();

    @Column(name = "extractor_name")
    public String extractorName;

    @Column(name = "extractor_version")
    public String extractorVersion;

    @Column(name = "extracted_at")
    public Instant extractedAt;

    @Column(name = "stored_at", insertable = false, updatable = false)
    public Instant storedAt;

    /**
     * The claim's narrative from its match (claimflow.claim-matches.v1), already resolved through merges by the writer;
     * null until the claim is matched. Read with the claim, since a match may arrive before or after it.
     */
    @Formula("(SELECT m.narrative_id FROM claim_match m WHERE m.claim_id = claim_id)")
    public String narrativeId;

    /** The claim's fact-check matches as JSON (claimflow.claim-matches.v1's factChecks), null when it has none. */
    @Formula("(SELECT f.fact_checks::text FROM claim_fact_check f WHERE f.claim_id = claim_id)")
    public String factChecksJson;
}
