package io.claimflow.store.repository;

import io.claimflow.store.query.DocumentClaimPosition;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads stored claims with their details. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, String> {

    /** The claims with these sequence numbers, in the order given. */
    public List<ClaimEntity> bySeq(List<Long> seqs) {
        if (seqs.isEmpty()) {
            return List.of();
        }
        Map<Long, ClaimEntity> found =
                list("seq in ?1", seqs).stream().collect(Collectors.toMap(claim -> claim.seq, Function.identity()));
        return seqs.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Up to {@code limit} claims of a document in document order, after the position (null: from the first). */
    public List<ClaimEntity> ofDocument(String documentId, DocumentClaimPosition after, int limit) {
        Sort order = Sort.ascending("ordinal", "claimId");
        PanacheQuery<ClaimEntity> query = after == null
                ? find("documentId", order, documentId)
                : find(
                        "documentId = ?1 and (ordinal > ?2 or (ordinal = ?2 and claimId > ?3))",
                        order,
                        documentId,
                        after.ordinal(),
                        after.claimId());
        return query.page(0, limit).list();
    }

    public long countOfDocument(String documentId) {
        return count("documentId", documentId);
    }
}
