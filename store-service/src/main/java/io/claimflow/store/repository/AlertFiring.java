package io.claimflow.store.repository;

import io.claimflow.store.query.ClaimFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * Fires watches on the claims of a batch, in the caller's transaction: one statement per watch, its filter translated
 * by {@link FilterSql} as {@code GET /claims} translates it, restricted to the batch's claims, inserting an alert per
 * matching claim unless that watch already fired on it.
 */
@ApplicationScoped
public class AlertFiring {

    private final EntityManager entityManager;

    public AlertFiring(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Alerts of the watch on those of the claims its filter matches; how many were new. */
    public int fire(String watchId, ClaimFilter filter, Collection<String> claimIds, Instant firedAt) {
        if (claimIds.isEmpty()) {
            return 0;
        }
        FilterSql sql = FilterSql.of(filter)
                .and("c.claim_id IN (:claimIds)")
                .bindList("claimIds", List.copyOf(claimIds), String.class)
                .bind("watchId", watchId, String.class)
                .bind("firedAt", firedAt, Instant.class);
        // In claim id order, so that two batches firing one watch lock its alert rows alike.
        NativeQuery<?> insert = entityManager
                .createNativeQuery("INSERT INTO alert (watch_id, claim_id, fired_at) SELECT :watchId, c.claim_id, "
                        + ":firedAt FROM " + sql.from() + " WHERE " + sql.where()
                        + " ORDER BY c.claim_id ON CONFLICT (watch_id, claim_id) DO NOTHING")
                .unwrap(NativeQuery.class);
        return sql.bindTo(insert).executeUpdate();
    }
}
