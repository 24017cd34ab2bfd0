package io.claimflow.store.service;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.store.mapping.ClaimMapper;
import io.claimflow.store.mapping.DocumentMapper;
import io.claimflow.store.mapping.DocumentView;
import io.claimflow.store.repository.ClaimEntity;
import io.claimflow.store.repository.ClaimRepository;
import io.claimflow.store.repository.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads claims and documents for the API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimQueryService {

    private final ClaimRepository claims;
    private final DocumentRepository documents;
    private final ClaimMapper claimMapper;
    private final DocumentMapper documentMapper;

    public ClaimQueryService(
            ClaimRepository claims, DocumentRepository documents, ClaimMapper claimMapper, DocumentMapper documentMapper) {
        this.claims = claims;
        this.documents = documents;
        this.claimMapper = claimMapper;
        this.documentMapper = documentMapper;
    }

    /** Up to {@code limit} claims stored before the cursor, newest first, with the cursor of what follows. */
    public Slice newest(Long beforeSeq, int limit) {
        List<ClaimEntity> page = claims.newest(beforeSeq, limit + 1);
        Long next = page.size() > limit ? page.get(limit - 1).seq : null;
        return new Slice(page.stream().limit(limit).map(claimMapper::toClaim).toList(), next);
    }

    public Optional<ClaimExtracted> claim(String claimId) {
        return claims.findByIdOptional(claimId).map(claimMapper::toClaim);
    }

    public Optional<DocumentView> document(String documentId) {
        return documents.findByIdOptional(documentId)
                .map(entity -> documentMapper.toView(entity, claims.countOfDocument(documentId)));
    }

    /** The claims of a document in document order, or empty when the store knows nothing of it. */
    public Optional<List<ClaimExtracted>> claimsOf(String documentId) {
        List<ClaimExtracted> found = claims.ofDocument(documentId).stream().map(claimMapper::toClaim).toList();
        if (found.isEmpty() && documents.findByIdOptional(documentId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** A page of claims and the cursor of the next page (null on the last). */
    public record Slice(List<ClaimExtracted> claims, Long nextCursor) {}
}
