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

    /** The claims a firing looks at: a batch's, or those of some narratives. */
    public record Claims(String condition, String parameter, List<String> values) {

        public static Claims withIds(Collection<String> claimIds) {
            return new Claims("c.claim_id IN (:claimIds)", "claimIds", List.copyOf(claimIds));
        }

        public static Claims inNarratives(Collection<String> narrativeIds) {
            return new Claims(
                    "c.claim_id IN (SELECT m.claim_id FROM claim_match m WHERE m.narrative_id IN (:narrativeIds))",
                    "narrativeIds",
                    List.copyOf(narrativeIds));
        }
    }

    /** Alerts of the watch on those of the claims its filter matches; how many were new. */
    public int fire(String watchId, ClaimFilter filter, Claims claims, Instant firedAt) {
        if (claims.values().isEmpty()) {
            return 0;
        }
        FilterSql sql = FilterSql.of(filter)
                .and(claims.condition())
                .bindList(claims.parameter(), claims.values(), String.class)
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
