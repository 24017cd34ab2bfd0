package io.claimflow.store.mapping;

import io.claimflow.store.repository.DocumentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Shapes a stored document and its claims for the API. */
@ApplicationScoped
public class DocumentMapper {

    public DocumentView toView(DocumentEntity entity, List<StoredClaim> claims) {
        return new DocumentView(
                entity.documentId,
                entity.status,
                entity.language,
                entity.claimCount,
                claims.size(),
                entity.url,
                entity.title,
                entity.source,
                entity.publishedAt,
                entity.receivedAt,
                entity.processedAt,
                entity.error,
                entity.text,
                claims);
    }
}
