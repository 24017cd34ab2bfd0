package io.claimflow.store.repository;

import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hibernate.query.NativeQuery;

/**
 * Documents in PostgreSQL. The submission and the outcome arrive on different topics in either order, so each is an
 * upsert that only sets its own columns; redeliveries leave the row as it was.
 */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<DocumentEntity, String> {

    private static final String UPSERT_SUBMITTED = """
            INSERT INTO document (document_id, text, url, title, source, language, published_at, received_at, status)
            VALUES (:id, :text, :url, :title, :source, :language, :publishedAt, :receivedAt, 'received')
            ON CONFLICT (document_id) DO UPDATE SET
                text = EXCLUDED.text, url = EXCLUDED.url, title = EXCLUDED.title, source = EXCLUDED.source,
                language = COALESCE(document.language, EXCLUDED.language), published_at = EXCLUDED.published_at,
                received_at = LEAST(document.received_at, EXCLUDED.received_at), updated_at = now()
            """;

    /** A status only replaces an older one, so a replayed old outcome cannot undo a newer one. */
    private static final String UPSERT_PROCESSED = """
            INSERT INTO document (document_id, status, language, claim_count, extractor_name, extractor_version,
                                  processed_at, error)
            VALUES (:id, :status, :language, :claimCount, :extractorName, :extractorVersion, :processedAt, :error)
            ON CONFLICT (document_id) DO UPDATE SET
                status = EXCLUDED.status, language = COALESCE(EXCLUDED.language, document.language),
                claim_count = EXCLUDED.claim_count, extractor_name = EXCLUDED.extractor_name,
                extractor_version = EXCLUDED.extractor_version, processed_at = EXCLUDED.processed_at,
                error = EXCLUDED.error, updated_at = now()
            WHERE document.processed_at IS NULL OR document.processed_at <= EXCLUDED.processed_at
            """;

    public void upsert(DocumentSubmitted document) {
        nativeQuery(UPSERT_SUBMITTED)
                .setParameter("id", document.documentId())
                .setParameter("text", document.text(), String.class)
                .setParameter("url", document.url(), String.class)
                .setParameter("title", document.title(), String.class)
                .setParameter("source", document.source(), String.class)
                .setParameter("language", document.language(), String.class)
                .setParameter("publishedAt", document.publishedAt(), Instant.class)
                .setParameter("receivedAt", document.receivedAt(), Instant.class)
                .executeUpdate();
    }

    public void upsert(DocumentProcessed outcome) {
        nativeQuery(UPSERT_PROCESSED)
                .setParameter("id", outcome.documentId())
                .setParameter("status", outcome.status().wireName())
                .setParameter("language", outcome.language(), String.class)
                .setParameter("claimCount", outcome.claimCount())
                .setParameter("extractorName", outcome.extractor().name())
                .setParameter("extractorVersion", outcome.extractor().version())
                .setParameter("processedAt", outcome.processedAt(), Instant.class)
                .setParameter("error", outcome.error(), String.class)
                .executeUpdate();
    }

    /** A native statement whose parameters are bound with their Java types, so that nulls bind as well. */
    @SuppressWarnings("unchecked")
    private NativeQuery<Object> nativeQuery(String sql) {
        return getEntityManager().createNativeQuery(sql).unwrap(NativeQuery.class);
    }
}
