package io.claimflow.store.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import io.claimflow.store.query.WatchDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/** Keeps the watches: their definitions, and how each one's webhook fared. */
@ApplicationScoped
public class WatchRepository {

    private static final String COLUMNS = "w.watch_id, w.name, w.filter::text AS filter, w.webhook, w.created_at,"
            + " w.last_error, w.last_error_at, w.last_delivered_at";
    private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() {};

    private final EntityManager entityManager;

    public WatchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A stored watch, never with its secret.
     *
     * @param parameters its filter by the parameter names of {@code GET /claims}
     */
    public record StoredWatch(
            String watchId,
            String name,
            Map<String, Object> parameters,
            String webhook,
            Instant createdAt,
            String lastError,
            Instant lastErrorAt,
            Instant lastDeliveredAt) {}

    public void insert(String watchId, WatchDefinition watch, Instant createdAt) {
        entityManager
                .createNativeQuery("INSERT INTO watch (watch_id, name, filter, webhook, secret, created_at)"
                        + " VALUES (:id, :name, CAST(:filter AS jsonb), :webhook, :secret, :createdAt)")
                .unwrap(NativeQuery.class)
                .setParameter("id", watchId, String.class)
                .setParameter("name", watch.name(), String.class)
                .setParameter("filter", StoredJson.write(watch.parameters()), String.class)
                .setParameter(
                        "webhook",
                        watch.webhook() == null ? null : watch.webhook().toString(),
                        String.class)
                .setParameter("secret", watch.secret(), String.class)
                .setParameter("createdAt", createdAt, Instant.class)
                .executeUpdate();
    }

    /** Every watch, oldest first. */
    public List<StoredWatch> all() {
        return query("SELECT " + COLUMNS + " FROM watch w ORDER BY w.seq").getResultList().stream()
                .map(WatchRepository::watch)
                .toList();
    }

    public Optional<StoredWatch> byId(String watchId) {
        return query("SELECT " + COLUMNS + " FROM watch w WHERE w.watch_id = :id")
                .setParameter("id", watchId, String.class)
                .getResultList()
                .stream()
                .findFirst()
                .map(WatchRepository::watch);
    }

    /** Deletes the watch and its alerts; whether there was one. */
    public boolean delete(String watchId) {
        entityManager
                .createNativeQuery("DELETE FROM alert WHERE watch_id = :id")
                .setParameter("id", watchId)
                .executeUpdate();
        return entityManager
                        .createNativeQuery("DELETE FROM watch WHERE watch_id = :id")
                        .setParameter("id", watchId)
                        .executeUpdate()
                > 0;
    }

    /** The watch's webhook accepted an alert. */
    public void recordDelivered(String watchId, Instant at) {
        record("UPDATE watch SET last_delivered_at = :at WHERE watch_id = :id", watchId, at);
    }

    /** The watch's webhook failed an alert for good. */
    public void recordError(String watchId, String error, Instant at) {
        entityManager
                .createNativeQuery("UPDATE watch SET last_error = :error, last_error_at = :at WHERE watch_id = :id")
                .unwrap(NativeQuery.class)
                .setParameter("error", error, String.class)
                .setParameter("at", at, Instant.class)
                .setParameter("id", watchId, String.class)
                .executeUpdate();
    }

    private void record(String statement, String watchId, Instant at) {
        entityManager
                .createNativeQuery(statement)
                .unwrap(NativeQuery.class)
                .setParameter("at", at, Instant.class)
                .setParameter("id", watchId, String.class)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private NativeQuery<Object[]> query(String statement) {
        return entityManager
                .createNativeQuery(statement)
                .unwrap(NativeQuery.class)
                .addScalar("watch_id", String.class)
                .addScalar("name", String.class)
                .addScalar("filter", String.class)
                .addScalar("webhook", String.class)
                .addScalar("created_at", Instant.class)
                .addScalar("last_error", String.class)
                .addScalar("last_error_at", Instant.class)
                .addScalar("last_delivered_at", Instant.class);
    }

    private static StoredWatch watch(Object[] row) {
        return new StoredWatch(
                (String) row[0],
                (String) row[1],
                StoredJson.read((String) row[2], PARAMETERS),
                (String) row[3],
                (Instant) row[4],
                (String) row[5],
                (Instant) row[6],
                (Instant) row[7]);
    }
}
