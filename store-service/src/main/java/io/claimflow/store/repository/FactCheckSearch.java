package io.claimflow.store.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.store.query.FactCheckFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/** Finds fact-checks of the library by filter, newest in the library first, and one by id. */
@ApplicationScoped
public class FactCheckSearch {

    private static final String COLUMNS = "f.seq, f.fact_check_id, f.url, f.claim_reviewed, f.title, f.verdict,"
            + " f.publisher, f.claimant, f.date_published, f.language, to_json(f.appearances)::text AS appearances,"
            + " f.body, f.imported_at, f.submitter";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final EntityManager entityManager;

    public FactCheckSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A stored fact-check and its place in the library's order. */
    public record Listed(long seq, FactCheckImported factCheck) {}

    /** Up to {@code limit} matching fact-checks stored before the sequence number (all when null), newest first. */
    public List<Listed> page(FactCheckFilter filter, Long beforeSeq, int limit) {
        FilterSql sql = FilterSql.of(filter);
        if (beforeSeq != null) {
            sql.and("f.seq < :beforeSeq").bind("beforeSeq", beforeSeq, Long.class);
        }
        NativeQuery<Object[]> query = query("SELECT " + COLUMNS + " FROM " + sql.from() + " WHERE " + sql.where()
                + " ORDER BY f.seq DESC LIMIT :limit");
        return sql.bindTo(query).setParameter("limit", limit, Integer.class).getResultList().stream()
                .map(FactCheckSearch::listed)
                .toList();
    }

    public Optional<FactCheckImported> byId(String factCheckId) {
        NativeQuery<Object[]> query = query("SELECT " + COLUMNS + " FROM fact_check f WHERE f.fact_check_id = :id");
        return query.setParameter("id", factCheckId, String.class).getResultList().stream()
                .findFirst()
                .map(row -> listed(row).factCheck());
    }

    /** The statement, each column read as the type the contract holds. */
    @SuppressWarnings("unchecked")
    private NativeQuery<Object[]> query(String statement) {
        return entityManager
                .createNativeQuery(statement)
                .unwrap(NativeQuery.class)
                .addScalar("seq", Long.class)
                .addScalar("fact_check_id", String.class)
                .addScalar("url", String.class)
                .addScalar("claim_reviewed", String.class)
                .addScalar("title", String.class)
                .addScalar("verdict", String.class)
                .addScalar("publisher", String.class)
                .addScalar("claimant", String.class)
                .addScalar("date_published", LocalDate.class)
                .addScalar("language", String.class)
                .addScalar("appearances", String.class)
                .addScalar("body", String.class)
                .addScalar("imported_at", Instant.class)
                .addScalar("submitter", String.class);
    }

    private static Listed listed(Object[] row) {
        FactCheck factCheck = new FactCheck(
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                (LocalDate) row[8],
                (String) row[9],
                StoredJson.read((String) row[10], STRINGS),
                (String) row[11]);
        return new Listed((Long) row[0], new FactCheckImported(factCheck, (Instant) row[12], (String) row[13]));
    }
}
