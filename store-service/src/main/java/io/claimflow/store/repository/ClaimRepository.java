package io.claimflow.store.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.serde.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hibernate.query.NativeQuery;
import java.util.List;

/** Claims in PostgreSQL: idempotent inserts keyed by claim id, and the reads the API needs. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, String> {

    private static final String INSERT = """
            INSERT INTO claim (claim_id, document_id, ordinal, text, span_start, span_end, language, checkworthiness,
                               claimant_name, claimant_type, claimant_quote, cue, entities, quantities, dates, citations,
                               extractor_name, extractor_version, extracted_at)
            VALUES (:claimId, :documentId, :ordinal, :text, :spanStart, :spanEnd, :language, :checkworthiness,
                    :claimantName, :claimantType, :claimantQuote, :cue, CAST(:entities AS jsonb), CAST(:quantities AS jsonb),
                    CAST(:dates AS jsonb), CAST(:citations AS jsonb), :extractorName, :extractorVersion, :extractedAt)
            ON CONFLICT (claim_id) DO NOTHING
            """;

    /** Stores the claim unless a claim with its id is stored already; true when it was new. */
    public boolean insertIfAbsent(ClaimExtracted claim) {
        int inserted = nativeQuery(INSERT)
                .setParameter("claimId", claim.claimId())
                .setParameter("documentId", claim.documentId())
                .setParameter("ordinal", claim.ordinal())
                .setParameter("text", claim.text(), String.class)
                .setParameter("spanStart", claim.span().start())
                .setParameter("spanEnd", claim.span().end())
                .setParameter("language", claim.language(), String.class)
                .setParameter("checkworthiness", claim.checkworthiness())
                .setParameter("claimantName", claim.claimant().name(), String.class)
                .setParameter("claimantType", claim.claimant().type().wireName())
                .setParameter("claimantQuote", claim.claimant().quote())
                .setParameter("cue", claim.cue(), String.class)
                .setParameter("entities", json(claim.entities()))
                .setParameter("quantities", json(claim.quantities()))
                .setParameter("dates", json(claim.dates()))
                .setParameter("citations", json(claim.citations()))
                .setParameter("extractorName", claim.extractor().name())
                .setParameter("extractorVersion", claim.extractor().version())
                .setParameter("extractedAt", claim.extractedAt(), Instant.class)
                .executeUpdate();
        return inserted == 1;
    }

    /** The newest claims first (by arrival in the store), after the cursor if one is given. */
    public List<ClaimEntity> newest(Long beforeSeq, int limit) {
        Sort newestFirst = Sort.descending("seq");
        return beforeSeq == null
                ? findAll(newestFirst).page(0, limit).list()
                : find("seq < ?1", newestFirst, beforeSeq).page(0, limit).list();
    }

    public List<ClaimEntity> ofDocument(String documentId) {
        return list("documentId", Sort.ascending("ordinal", "claimId"), documentId);
    }

    public long countOfDocument(String documentId) {
        return count("documentId", documentId);
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("claim details cannot be written as JSON", e);
        }
    }

    /** A native statement whose parameters are bound with their Java types, so that nulls bind as well. */
    @SuppressWarnings("unchecked")
    private NativeQuery<Object> nativeQuery(String sql) {
        return getEntityManager().createNativeQuery(sql).unwrap(NativeQuery.class);
    }
}
