package io.claimflow.store.repository;

import io.claimflow.store.query.ClaimFacet;
import io.claimflow.store.query.ClaimFilter;
import io.claimflow.store.query.ClaimSort;
import io.claimflow.store.query.PagePosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/** Finds claims by filter, in the API's orders, and counts them for facets; native SQL for full-text search. */
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

    /** Claimants of the matching claims with how many claims each made, most first: name, type, count. */
    public List<Object[]> claimantCounts(ClaimFilter filter, int limit) {
        Optional<FilterSql> rollup = FilterSql.ofRollup(filter, FilterSql.Rollup.CLAIMANTS);
        if (rollup.isPresent()) {
            FilterSql sql = rollup.get();
            return rows(
                    sql,
                    "SELECT r.claimant_name, r.claimant_type, sum(r.claims)::bigint AS claims FROM " + sql.from()
                            + " WHERE " + sql.where()
                            + " GROUP BY r.claimant_name, r.claimant_type ORDER BY claims DESC, r.claimant_name "
                            + "NULLS FIRST LIMIT :limit",
                    limit);
        }
        FilterSql sql = FilterSql.of(filter);
        return rows(
                sql,
                "SELECT c.claimant_name, c.claimant_type, count(*) AS claims FROM " + sql.from() + " WHERE "
                        + sql.where()
                        + " GROUP BY c.claimant_name, c.claimant_type ORDER BY claims DESC, c.claimant_name NULLS "
                        + "FIRST LIMIT :limit",
                limit);
    }

    /** Entities of the matching claims with how many claims mention each, most first: normalized, type, count. */
    public List<Object[]> entityCounts(ClaimFilter filter, int limit) {
        Optional<FilterSql> rollup = FilterSql.ofRollup(filter, FilterSql.Rollup.ENTITIES);
        if (rollup.isPresent()) {
            FilterSql sql = rollup.get();
            return rows(
                    sql,
                    "SELECT r.normalized, r.type, sum(r.claims)::bigint AS claims FROM " + sql.from() + " WHERE "
                            + sql.where()
                            + " GROUP BY r.normalized, r.type ORDER BY claims DESC, r.normalized LIMIT :limit",
                    limit);
        }
        FilterSql sql = FilterSql.of(filter);
        return rows(
                sql,
                "SELECT x.normalized, x.type, count(DISTINCT x.claim_id) AS claims FROM " + sql.from()
                        + " JOIN claim_entity x ON x.claim_id = c.claim_id WHERE " + sql.where()
                        + " GROUP BY x.normalized, x.type ORDER BY claims DESC, x.normalized LIMIT :limit",
                limit);
    }

    /**
     * The values of a facet among the matching claims with how many claims have each, most first: value, count. Claims
     * without a value (no source, not matched yet) are not counted.
     */
    public List<Object[]> valueCounts(ClaimFilter filter, ClaimFacet facet, int limit) {
        // The claimant rollup counts every claim once by language and claimant type: read it when it answers exactly.
        boolean byClaimant = facet == ClaimFacet.LANGUAGE || facet == ClaimFacet.CLAIMANT_TYPE;
        Optional<FilterSql> rollup =
                byClaimant ? FilterSql.ofRollup(filter, FilterSql.Rollup.CLAIMANTS) : Optional.empty();
        if (rollup.isPresent()) {
            FilterSql sql = rollup.get();
            String value = facet == ClaimFacet.LANGUAGE ? "r.language" : "r.claimant_type";
            return rows(
                    sql,
                    "SELECT " + value + " AS value, sum(r.claims)::bigint AS claims FROM " + sql.from() + " WHERE "
                            + sql.where() + " GROUP BY 1 HAVING sum(r.claims) > 0 ORDER BY claims DESC, value LIMIT "
                            + ":limit",
                    limit);
        }
        FilterSql sql = facet == ClaimFacet.SOURCE ? FilterSql.withDocument(filter) : FilterSql.of(filter);
        String from = sql.from();
        String value = switch (facet) {
            case LANGUAGE -> "c.language";
            case CLAIMANT_TYPE -> "c.claimant_type";
            case SOURCE -> "d.source";
            case NARRATIVE -> {
                from += " JOIN claim_match cm ON cm.claim_id = c.claim_id";
                yield "cm.narrative_id";
            }
            case FACT_CHECKED -> "EXISTS (SELECT 1 FROM claim_fact_check fc WHERE fc.claim_id = c.claim_id)";
        };
        return rows(
                sql,
                "SELECT " + value + " AS value, count(*) AS claims FROM " + from + " WHERE " + sql.where() + " AND "
                        + value + " IS NOT NULL GROUP BY 1 ORDER BY claims DESC, value LIMIT :limit",
                limit);
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
