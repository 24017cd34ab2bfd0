package io.claimflow.store.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import io.claimflow.contracts.event.AlertFired;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * The alerts as an outbox, in the caller's transaction: those not yet on {@code claimflow.alerts.v1}, and the webhook
 * deliveries that are due, each row locked (or leased) by the one instance that sends it. Alerts are read joined to
 * their watch, so the alerts of a deleted watch are never sent.
 */
@ApplicationScoped
public class AlertOutbox {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final EntityManager entityManager;

    public AlertOutbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A webhook delivery that is due.
     *
     * @param body the alert's JSON exactly as it was first published, which is what is signed
     * @param attempts the attempts made before this one
     */
    public record DueDelivery(
            String watchId, String claimId, String body, int attempts, String webhook, String secret) {}

    /** Up to {@code limit} alerts not yet published, oldest first, as events; locked until the transaction ends. */
    @SuppressWarnings("unchecked")
    public List<AlertFired> unpublished(int limit) {
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT a.watch_id, w.name, a.claim_id, c.document_id, c.text, c.claimant_name,"
                        + " m.narrative_id, coalesce(to_json(f.verdicts)::text, '[]') AS verdicts, a.fired_at"
                        + " FROM alert a JOIN watch w ON w.watch_id = a.watch_id"
                        + " JOIN claim c ON c.claim_id = a.claim_id"
                        + " LEFT JOIN claim_match m ON m.claim_id = a.claim_id"
                        + " LEFT JOIN claim_fact_check f ON f.claim_id = a.claim_id"
                        + " WHERE a.published_at IS NULL ORDER BY a.seq LIMIT :limit FOR UPDATE OF a SKIP LOCKED")
                .unwrap(NativeQuery.class)
                .addScalar("watch_id", String.class)
                .addScalar("name", String.class)
                .addScalar("claim_id", String.class)
                .addScalar("document_id", String.class)
                .addScalar("text", String.class)
                .addScalar("claimant_name", String.class)
                .addScalar("narrative_id", String.class)
                .addScalar("verdicts", String.class)
                .addScalar("fired_at", Instant.class)
                .setParameter("limit", limit, Integer.class)
                .getResultList();
        return rows.stream()
                .map(row -> new AlertFired(
                        null,
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (String) row[5],
                        (String) row[6],
                        StoredJson.read((String) row[7], STRINGS),
                        (Instant) row[8]))
                .toList();
    }

    /** The alert is on the topic with this body; its webhook delivery, if its watch has one, is due now. */
    public void markPublished(String watchId, String claimId, String body, Instant at) {
        alert(
                        "UPDATE alert a SET body = :body, published_at = :at, next_attempt_at ="
                                + " CASE WHEN w.webhook IS NULL THEN NULL ELSE CAST(:at AS timestamptz) END"
                                + " FROM watch w WHERE w.watch_id = a.watch_id"
                                + " AND a.watch_id = :watchId AND a.claim_id = :claimId",
                        watchId,
                        claimId)
                .setParameter("body", body, String.class)
                .setParameter("at", at, Instant.class)
                .executeUpdate();
    }

    /**
     * Up to {@code limit} webhook deliveries due at {@code now}, leased until {@code leaseUntil}: another instance (or
     * this one, after a crash mid-delivery) takes a delivery up again only once its lease ran out.
     */
    @SuppressWarnings("unchecked")
    public List<DueDelivery> leaseDue(int limit, Instant now, Instant leaseUntil) {
        List<Object[]> rows = entityManager
                .createNativeQuery("WITH due AS (SELECT watch_id, claim_id FROM alert WHERE next_attempt_at <= :now"
                        + " AND delivered_at IS NULL AND dead_lettered_at IS NULL"
                        + " ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)"
                        + " UPDATE alert a SET next_attempt_at = :leaseUntil FROM due, watch w"
                        + " WHERE a.watch_id = due.watch_id AND a.claim_id = due.claim_id AND w.watch_id = a.watch_id"
                        + " RETURNING a.watch_id, a.claim_id, a.body, a.attempts, w.webhook, w.secret")
                .unwrap(NativeQuery.class)
                .addScalar("watch_id", String.class)
                .addScalar("claim_id", String.class)
                .addScalar("body", String.class)
                .addScalar("attempts", Integer.class)
                .addScalar("webhook", String.class)
                .addScalar("secret", String.class)
                .setParameter("now", now, Instant.class)
                .setParameter("limit", limit, Integer.class)
                .setParameter("leaseUntil", leaseUntil, Instant.class)
                .getResultList();
        return rows.stream()
                .map(row -> new DueDelivery(
                        (String) row[0], (String) row[1], (String) row[2], (Integer) row[3], (String) row[4], (String)
                                row[5]))
                .toList();
    }

    public void markDelivered(DueDelivery delivery, Instant at) {
        alert(
                        "UPDATE alert SET attempts = attempts + 1, delivered_at = :at, next_attempt_at = NULL,"
                                + " last_error = NULL WHERE watch_id = :watchId AND claim_id = :claimId",
                        delivery.watchId(),
                        delivery.claimId())
                .setParameter("at", at, Instant.class)
                .executeUpdate();
    }

    /** A failed attempt: the next is due at {@code nextAttempt}, or, when null, there is none (dead-lettered). */
    public void markFailed(DueDelivery delivery, String error, Instant at, Instant nextAttempt) {
        alert(
                        "UPDATE alert SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next,"
                                + " dead_lettered_at ="
                                + " CASE WHEN CAST(:next AS timestamptz) IS NULL THEN CAST(:at AS timestamptz) END"
                                + " WHERE watch_id = :watchId AND claim_id = :claimId",
                        delivery.watchId(),
                        delivery.claimId())
                .setParameter("error", error, String.class)
                .setParameter("next", nextAttempt, Instant.class)
                .setParameter("at", at, Instant.class)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private NativeQuery<?> alert(String statement, String watchId, String claimId) {
        return entityManager
                .createNativeQuery(statement)
                .unwrap(NativeQuery.class)
                .setParameter("watchId", watchId, String.class)
                .setParameter("claimId", claimId, String.class);
    }
}
