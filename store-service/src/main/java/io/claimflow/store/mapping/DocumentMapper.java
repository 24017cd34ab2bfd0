package io.claimflow.store.mapping;

import io.claimflow.store.repository.DocumentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Shapes a stored document and its claims for the API. */
@ApplicationScoped
public class DocumentMapper {

    /** The document with the first of its claims, of {@code storedClaims} the store holds. */
    public DocumentView toView(DocumentEntity entity, List<StoredClaim> claims, long storedClaims) {
        return new DocumentView(
                entity.documentId,
                entity.status,
                entity.language,
                entity.claimCount,
                Math.toIntExact(storedClaims),
                entity.url,
                entity.title,
                entity.source,
                entity.publishedAt,
                entity.receivedAt,
                entity.processedAt,
                entity.error,
                entity.text,
                claims,
                null);
    }
}
