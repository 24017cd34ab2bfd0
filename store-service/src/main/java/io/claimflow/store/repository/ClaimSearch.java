package io.claimflow.store.repository;

import io.claimflow.store.query.ClaimFilter;
import io.claimflow.store.query.ClaimSort;
import io.claimflow.store.query.PagePosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * Finds claims by filter, in the API's orders; native SQL for full-text search ({@link ClaimFacetSearch} counts them).
 */
@ApplicationScoped
public class ClaimSearch {

    private final EntityManager entityManager;

    public ClaimSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The position of each claim of one page, in page order, starting after {@code after} if given. */
    public List<PagePosition> page(ClaimFilter filter, ClaimSort sort, PagePosition after, int limit) {
        FilterSql sql = FilterSql.of(filter);
        if (after != null && sort == ClaimSort.NEWEST) {
            sql.and("c.seq < :afterSeq").bind("afterSeq", after.seq(), Long.class);
        } else if (after != null) {
            sql.and("(c.checkworthiness, c.seq) < (:afterScore, :afterSeq)")
                    .bind("afterScore", after.score(), Double.class)
                    .bind("afterSeq", after.seq(), Long.class);
        }
        String order = sort == ClaimSort.NEWEST ? "c.seq DESC" : "c.checkworthiness DESC, c.seq DESC";
        return positions(sort, sql, order, limit);
    }

    /** Claims stored after the sequence number, oldest first: what the live feed has not sent yet. */
    public List<PagePosition> storedAfter(ClaimFilter filter, long seq, int limit) {
        FilterSql sql = FilterSql.of(filter).and("c.seq > :afterSeq").bind("afterSeq", seq, Long.class);
        return positions(ClaimSort.NEWEST, sql, "c.seq ASC", limit);
    }

    /** The sequence number of the latest stored claim, 0 when there is none. */
    public long latestSeq() {
        Number latest = (Number) entityManager
                .createNativeQuery("SELECT coalesce(max(seq), 0) FROM claim")
                .getSingleResult();
        return latest.longValue();
    }

    private List<PagePosition> positions(ClaimSort sort, FilterSql sql, String order, int limit) {
        List<Object[]> rows = rows(
                sql,
                "SELECT c.seq, c.checkworthiness FROM " + sql.from() + " WHERE " + sql.where() + " ORDER BY " + order
                        + " LIMIT :limit",
                limit);
        return rows.stream()
                .map(row -> new PagePosition(sort, ((Number) row[1]).doubleValue(), ((Number) row[0]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(FilterSql sql, String statement, int limit) {
        NativeQuery<Object[]> query = entityManager.createNativeQuery(statement).unwrap(NativeQuery.class);
        return sql.bindTo(query).setParameter("limit", limit, Integer.class).getResultList();
    }
}
