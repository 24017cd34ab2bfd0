package io.claimflow.store.mapping;

import io.claimflow.store.repository.DocumentEntity;
import jakarta.enterprise.context.ApplicationScoped;

/** Shapes a stored document for the API. */
@ApplicationScoped
public class DocumentMapper {

    public DocumentView toView(DocumentEntity entity, long storedClaims) {
        return new DocumentView(
                entity.documentId,
                entity.status,
                entity.language,
                entity.claimCount,
                storedClaims,
                entity.url,
                entity.title,
                entity.source,
                entity.publishedAt,
                entity.receivedAt,
                entity.processedAt,
                entity.error);
    }
}
