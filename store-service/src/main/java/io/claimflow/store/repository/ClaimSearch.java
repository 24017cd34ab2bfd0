package io.claimflow.store.repository;

import io.claimflow.store.query.ClaimFacet;
import io.claimflow.store.query.ClaimFilter;
import io.claimflow.store.query.ClaimSort;
import io.claimflow.store.query.PagePosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/** Finds claims by filter, in the API's orders, and counts them for facets; native SQL for full-text search. */
@ApplicationScoped
public class ClaimSearch {

    /** The facets of {@link #facetCounts}, in the order of its grouping columns. */
    private static final List<ClaimFacet> FACET_COLUMNS = List.of(
            ClaimFacet.LANGUAGE,
            ClaimFacet.CLAIMANT_TYPE,
            ClaimFacet.SOURCE,
            ClaimFacet.NARRATIVE,
            ClaimFacet.FACT_CHECKED);

    /** The name an identity is shown by, over the table alias given: its longest, the first in order of ties. */
    private static final String SHOWN_NAME =
            "(array_agg(%1$s.claimant_name ORDER BY length(%1$s.claimant_name) DESC NULLS LAST, "
                    + "%1$s.claimant_name))[1]";

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

    /**
     * Claimant identities of the matching claims with how many claims each made, most first: name, type, count. An
     * identity is shown by the longest name it was written with ("Sergei Surovikin" rather than "Surovikin").
     */
    public List<Object[]> claimantCounts(ClaimFilter filter, int limit) {
        Optional<FilterSql> rollup = FilterSql.ofRollup(filter, FilterSql.Rollup.CLAIMANTS);
        if (rollup.isPresent()) {
            FilterSql sql = rollup.get();
            return rows(
                    sql,
                    "SELECT " + SHOWN_NAME.formatted("r") + " AS name, r.claimant_type, sum(r.claims)::bigint AS "
                            + "claims FROM " + sql.from() + " WHERE " + sql.where()
                            + " GROUP BY r.claimant_key, r.claimant_type ORDER BY claims DESC, name NULLS FIRST "
                            + "LIMIT :limit",
                    limit);
        }
        FilterSql sql = FilterSql.of(filter);
        return rows(
                sql,
                "SELECT " + SHOWN_NAME.formatted("c") + " AS name, c.claimant_type, count(*) AS claims FROM "
                        + sql.from() + " WHERE " + sql.where()
                        + " GROUP BY c.claimant_key, c.claimant_type ORDER BY claims DESC, name NULLS FIRST "
                        + "LIMIT :limit",
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
     * The values of every {@link ClaimFacet} among the matching claims, each with how many claims have it, the most
     * frequent {@code limit} of each, most first: facet → (value, count). Claims without a value (no source, not
     * matched yet) are not counted. One pass over the matching claims counts them all, so the filter, a full-text
     * search say, is evaluated once rather than once per facet.
     */
    public Map<ClaimFacet, List<Object[]>> facetCounts(ClaimFilter filter, int limit) {
        FilterSql sql = FilterSql.of(filter);
        String from = filter.needsDocument()
                ? sql.from()
                : sql.from() + " LEFT JOIN document d ON d.document_id = c.document_id";
        String columns = "c.language, c.claimant_type, d.source, cm.narrative_id, fc.checked";
        String statement = "SELECT facet, value, claims FROM (SELECT GROUPING(" + columns + ") AS facet, coalesce("
                + "c.language, c.claimant_type, d.source, cm.narrative_id, fc.checked::text) AS value, count(*) AS "
                + "claims, row_number() OVER (PARTITION BY GROUPING(" + columns + ") ORDER BY count(*) DESC, coalesce("
                + "c.language, c.claimant_type, d.source, cm.narrative_id, fc.checked::text)) AS place FROM " + from
                + " LEFT JOIN claim_match cm ON cm.claim_id = c.claim_id CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 "
                + "FROM claim_fact_check x WHERE x.claim_id = c.claim_id) AS checked) fc WHERE " + sql.where()
                + " GROUP BY GROUPING SETS ((c.language), (c.claimant_type), (d.source), (cm.narrative_id), "
                + "(fc.checked))) counted WHERE value IS NOT NULL AND place <= :limit ORDER BY facet, place";
        Map<ClaimFacet, List<Object[]>> counts = new EnumMap<>(ClaimFacet.class);
        for (ClaimFacet facet : ClaimFacet.values()) {
            counts.put(facet, new ArrayList<>());
        }
        for (Object[] row : rows(sql, statement, limit)) {
            // GROUPING sets a bit for each column a row is not grouped by, the first column's the highest.
            int notGrouped = ((Number) row[0]).intValue();
            int column = Integer.numberOfLeadingZeros(~notGrouped & 0b11111) - (Integer.SIZE - 5);
            counts.get(FACET_COLUMNS.get(column)).add(new Object[] {row[1], row[2]});
        }
        return counts;
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
