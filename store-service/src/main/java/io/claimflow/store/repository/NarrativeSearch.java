package io.claimflow.store.repository;

import io.claimflow.store.query.NarrativeFilter;
import io.claimflow.store.query.NarrativePosition;
import io.claimflow.store.query.NarrativeSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/** Finds narratives by filter, in the API's orders, and reads one narrative's documents, timeline and claims. */
@ApplicationScoped
public class NarrativeSearch {

    /**
     * The narratives as they stood at revision {@code :asOf}: each one's latest revision up to it. Its current revision
     * serves unless the narrative changed since (then its history is looked up), so a page walks the narratives, not
     * every revision they ever had; narratives that appeared since are left out.
     */
    private static final String AS_OF = """
            (SELECT x.* FROM narrative n JOIN narrative_revision x ON x.seq = CASE WHEN n.seq <= :asOf THEN n.seq ELSE
                (SELECT max(h.seq) FROM narrative_revision h WHERE h.narrative_id = n.narrative_id AND h.seq <= :asOf)
             END) r""";

    private final EntityManager entityManager;

    public NarrativeSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A narrative revision as stored: its sort key in the order asked for, and the record's JSON. */
    public record Listed(String narrativeId, long key, long seq, String body) {}

    /** A narrative as it stands: the current revision's JSON, and its survivor when it was merged. */
    public record Current(String body, String survivor) {}

    /** The sequence number of the latest stored narrative revision, 0 when there is none. */
    public long latestSeq() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT coalesce(max(seq), 0) FROM narrative_revision")
                        .getSingleResult())
                .longValue();
    }

    /** One page of the unmerged narratives as they stood at {@code asOf}, after the position if given. */
    public List<Listed> page(
            NarrativeFilter filter, NarrativeSort sort, NarrativePosition after, long asOf, int limit) {
        String key = keyColumn(sort);
        FilterSql sql = FilterSql.ofNarratives(filter, AS_OF)
                .and("r.merged_into IS NULL")
                .bind("asOf", asOf, Long.class);
        if (after != null) {
            sql.and("(" + key + ", r.narrative_id) < (:afterKey, :afterId)")
                    .bind("afterId", after.narrativeId(), String.class);
            if (sort == NarrativeSort.RECENT) {
                sql.bind("afterKey", fromMicros(after.key()), Instant.class);
            } else {
                sql.bind("afterKey", Math.toIntExact(after.key()), Integer.class);
            }
        }
        List<Object[]> rows = rows(
                sql,
                "SELECT r.narrative_id, " + key + ", r.seq, r.body::text FROM " + sql.from() + " WHERE " + sql.where()
                        + " ORDER BY " + key + " DESC, r.narrative_id DESC LIMIT :limit",
                limit);
        return rows.stream()
                .map(row -> new Listed(
                        (String) row[0], sortKey(sort, row[1]), ((Number) row[2]).longValue(), (String) row[3]))
                .toList();
    }

    /** Revisions matching the filter stored after the sequence number, oldest first: what a feed has not sent. */
    public List<Listed> storedAfter(NarrativeFilter filter, long seq, int limit) {
        FilterSql sql = FilterSql.ofNarratives(filter, "narrative_revision r")
                .and("r.seq > :afterSeq")
                .bind("afterSeq", seq, Long.class);
        List<Object[]> rows = rows(
                sql,
                "SELECT r.narrative_id, r.seq, r.body::text FROM " + sql.from() + " WHERE " + sql.where()
                        + " ORDER BY r.seq LIMIT :limit",
                limit);
        return rows.stream()
                .map(row -> new Listed((String) row[0], 0, ((Number) row[1]).longValue(), (String) row[2]))
                .toList();
    }

    /** The narrative's current revision and, if it was merged, the narrative it lives on in now. */
    public Optional<Current> current(String narrativeId) {
        List<Object[]> rows = query("SELECT n.merged_into, claimflow_narrative_survivor(n.narrative_id), r.body::text"
                        + " FROM narrative n JOIN narrative_revision r"
                        + " ON r.narrative_id = n.narrative_id AND r.revision = n.revision WHERE n.narrative_id = :id")
                .setParameter("id", narrativeId, String.class)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new Current((String) row[2], row[0] == null ? null : (String) row[1]));
    }

    /** The documents of the narrative's stored claims, earliest first: id, url, title, source, language, claims. */
    public List<Object[]> documents(String narrativeId, int limit) {
        return query("SELECT m.document_id, d.url, d.title, d.source, d.language, count(*) FROM claim_match m"
                        + " LEFT JOIN document d ON d.document_id = m.document_id WHERE m.narrative_id = :id"
                        + " GROUP BY m.document_id, d.url, d.title, d.source, d.language"
                        + " ORDER BY min(coalesce(d.published_at, d.received_at)) NULLS LAST, m.document_id"
                        + " LIMIT :limit")
                .setParameter("id", narrativeId, String.class)
                .setParameter("limit", limit, Integer.class)
                .getResultList();
    }

    /**
     * The narrative's claims per day and language, by day: day (ISO date, UTC), language, claims. A claim's day is its
     * document's publication, else its reception, else the claim's extraction.
     */
    public List<Object[]> timeline(String narrativeId) {
        return query("SELECT to_char(coalesce(d.published_at, d.received_at, c.extracted_at) AT TIME ZONE 'UTC',"
                        + " 'YYYY-MM-DD') AS day, c.language, count(*) FROM claim_match m"
                        + " JOIN claim c ON c.claim_id = m.claim_id"
                        + " LEFT JOIN document d ON d.document_id = m.document_id"
                        + " WHERE m.narrative_id = :id GROUP BY 1, 2 ORDER BY 1, 2")
                .setParameter("id", narrativeId, String.class)
                .getResultList();
    }

    /** The narrative's stored claims in storage order: claim seq, links JSON, suggestions JSON. */
    public List<Object[]> claims(String narrativeId, int limit) {
        return query("SELECT c.seq, m.links::text, m.suggestions::text FROM claim_match m"
                        + " JOIN claim c ON c.claim_id = m.claim_id WHERE m.narrative_id = :id ORDER BY c.seq"
                        + " LIMIT :limit")
                .setParameter("id", narrativeId, String.class)
                .setParameter("limit", limit, Integer.class)
                .getResultList();
    }

    private static String keyColumn(NarrativeSort sort) {
        return switch (sort) {
            case SIZE -> "r.claims";
            case SPREAD -> "r.spread";
            case RECENT -> "r.last_seen";
        };
    }

    /** The sort key as a cursor holds it; a time in microseconds, PostgreSQL's precision, so it compares exactly. */
    private static long sortKey(NarrativeSort sort, Object value) {
        if (sort != NarrativeSort.RECENT) {
            return ((Number) value).longValue();
        }
        Instant instant;
        if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof OffsetDateTime o) {
            instant = o.toInstant();
        } else if (value instanceof Timestamp t) {
            instant = t.toInstant();
        } else {
            throw new IllegalStateException("a time column read as " + value.getClass());
        }
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private List<Object[]> rows(FilterSql sql, String statement, int limit) {
        return sql.bindTo(query(statement))
                .setParameter("limit", limit, Integer.class)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private NativeQuery<Object[]> query(String statement) {
        return entityManager.createNativeQuery(statement).unwrap(NativeQuery.class);
    }
}
