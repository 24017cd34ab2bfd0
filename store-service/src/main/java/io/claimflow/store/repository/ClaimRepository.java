package io.claimflow.store.repository;

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

    public List<ClaimEntity> ofDocument(String documentId) {
        return list("documentId", Sort.ascending("ordinal", "claimId"), documentId);
    }
}
