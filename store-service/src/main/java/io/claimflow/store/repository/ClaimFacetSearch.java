package io.claimflow.store.repository;

import io.claimflow.store.query.ClaimFacet;
import io.claimflow.store.query.ClaimFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * Counts the matching claims by facet: claimant identities, entities and the claims page's other facets, from the
 * rollups where they hold the exact answer, else from the claims; native SQL. Each count is ranked most first.
 */
@ApplicationScoped
public class ClaimFacetSearch {

    /** The facets of the claims page's grouping sets, in the order of its grouping columns. */
    private static final List<ClaimFacet> FACET_COLUMNS = List.of(
            ClaimFacet.LANGUAGE,
            ClaimFacet.CLAIMANT_TYPE,
            ClaimFacet.SOURCE,
            ClaimFacet.NARRATIVE,
            ClaimFacet.FACT_CHECKED);

    private static final String FACET_VALUE =
            "coalesce(c.language, c.claimant_type, d.source, cm.narrative_id, fc.checked::text)";
    private static final String FACET_GROUPING =
            "GROUPING(c.language, c.claimant_type, d.source, cm.narrative_id, " + "fc.checked)";

    /**
     * Every facet of the claims page over the claims {@code c} of a FROM and WHERE (%1$s, %2$s), in one pass, so the
     * filter is evaluated once: facet (the GROUPING bits), value, claims and place, most first within the facet. Claims
     * without a value (no source, not matched yet) are ranked but not answered.
     */
    private static final String PAGE_FACETS = "SELECT " + FACET_GROUPING + " AS facet, " + FACET_VALUE
            + " AS value, count(*) AS claims, row_number() OVER (PARTITION BY " + FACET_GROUPING
            + " ORDER BY count(*) DESC, " + FACET_VALUE + ") AS place FROM %1$s LEFT JOIN claim_match cm ON "
            + "cm.claim_id = c.claim_id LEFT JOIN claim_fact_check f ON f.claim_id = c.claim_id CROSS JOIN LATERAL "
            + "(SELECT f.claim_id IS NOT NULL AS checked) fc WHERE %2$s GROUP BY GROUPING SETS ((c.language), "
            + "(c.claimant_type), (d.source), (cm.narrative_id), (fc.checked))";

    /** The name an identity is shown by, over the table alias given: its longest, the first in order of ties. */
    private static final String SHOWN_NAME =
            "(array_agg(%1$s.claimant_name ORDER BY length(%1$s.claimant_name) DESC NULLS LAST, "
                    + "%1$s.claimant_name))[1]";

    /** Claimant identities of the claims {@code c} of a FROM and WHERE: value (the name shown), type, claims. */
    private static final String CLAIMANTS = "SELECT " + SHOWN_NAME.formatted("c") + " AS value, c.claimant_type AS "
            + "type, count(*) AS claims FROM %1$s WHERE %2$s GROUP BY c.claimant_key, c.claimant_type";
    /** Claimant identities from the claimant rollup {@code r}. */
    private static final String ROLLUP_CLAIMANTS = "SELECT " + SHOWN_NAME.formatted("r") + " AS value, r.claimant_type "
            + "AS type, sum(r.claims)::bigint AS claims FROM %1$s WHERE %2$s GROUP BY r.claimant_key, r.claimant_type";
    /** Entities of the claims {@code c} of a FROM and WHERE, each counted once per claim: value, type, claims. */
    private static final String ENTITIES = "SELECT x.normalized AS value, x.type, count(DISTINCT x.claim_id) AS claims "
            + "FROM %1$s JOIN claim_entity x ON x.claim_id = c.claim_id WHERE %2$s GROUP BY x.normalized, x.type";
    /** Entities from the entity rollup {@code r}. */
    private static final String ROLLUP_ENTITIES =
            "SELECT r.normalized AS value, r.type, sum(r.claims)::bigint AS claims "
                    + "FROM %1$s WHERE %2$s GROUP BY r.normalized, r.type";

    /** The columns of the matching claims that every count over them reads. */
    private static final String MATCHING = "WITH m AS MATERIALIZED (SELECT c.claim_id, c.document_id, c.language, "
            + "c.claimant_type, c.claimant_key, c.claimant_name FROM %1$s WHERE %2$s) ";

    private final EntityManager entityManager;

    public ClaimFacetSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claimant identities of the matching claims with how many claims each made, most first: name, type, count. An
     * identity is shown by the longest name it was written with ("Sergei Surovikin" rather than "Surovikin").
     */
    public List<Object[]> claimantCounts(ClaimFilter filter, int limit) {
        return counts(filter, FilterSql.Rollup.CLAIMANTS, ROLLUP_CLAIMANTS, CLAIMANTS, limit);
    }

    /** Entities of the matching claims with how many claims mention each, most first: normalized, type, count. */
    public List<Object[]> entityCounts(ClaimFilter filter, int limit) {
        return counts(filter, FilterSql.Rollup.ENTITIES, ROLLUP_ENTITIES, ENTITIES, limit);
    }

    /**
     * Every facet of the claims page among the matching claims, the most frequent {@code limit} values of each, most
     * first. The counts the rollups cannot answer are made in one statement over the matching claims, found once.
     */
    public PageFacets pageFacets(ClaimFilter filter, int limit) {
        Optional<FilterSql> claimantRollup = FilterSql.ofRollup(filter, FilterSql.Rollup.CLAIMANTS);
        Optional<FilterSql> entityRollup = FilterSql.ofRollup(filter, FilterSql.Rollup.ENTITIES);
        FilterSql sql = FilterSql.of(filter);
        boolean countClaimants = claimantRollup.isEmpty();
        boolean countEntities = entityRollup.isEmpty();
        // Several counts read the matching claims once, set aside; one alone reads them where they are, as setting
        // aside many claims (all of them, unfiltered) costs more than it saves.
        boolean setAside = countClaimants || countEntities;
        String prefix = setAside ? MATCHING.formatted(sql.from(), sql.where()) : "";
        String claimsFrom = setAside ? "m c" : sql.from();
        String where = setAside ? "TRUE" : sql.where();
        boolean documentJoined = !setAside && filter.needsDocument();
        String facetsFrom =
                documentJoined ? claimsFrom : claimsFrom + " LEFT JOIN document d ON d.document_id = c.document_id";
        List<String> parts =
                new ArrayList<>(List.of("SELECT 0 AS part, facet, value, NULL::text AS type, claims, place " + "FROM ("
                        + PAGE_FACETS.formatted(facetsFrom, where) + ") f WHERE value IS NOT NULL"));
        if (countClaimants) {
            parts.add("SELECT 1, 0, value, type, claims, place FROM (" + ranked(CLAIMANTS.formatted(claimsFrom, where))
                    + ") p");
        }
        if (countEntities) {
            parts.add("SELECT 2, 0, value, type, claims, place FROM (" + ranked(ENTITIES.formatted(claimsFrom, where))
                    + ") p");
        }
        String statement = prefix + "SELECT part, facet, value, type, claims FROM (" + String.join(" UNION ALL ", parts)
                + ") parts WHERE place <= :limit ORDER BY part, facet, place";
        Map<ClaimFacet, List<Object[]>> facets = new EnumMap<>(ClaimFacet.class);
        for (ClaimFacet facet : ClaimFacet.values()) {
            facets.put(facet, new ArrayList<>());
        }
        List<Object[]> claimants = new ArrayList<>();
        List<Object[]> entities = new ArrayList<>();
        for (Object[] row : rows(sql, statement, limit)) {
            Object[] counted = {row[2], row[3], row[4]};
            switch (((Number) row[0]).intValue()) {
                case 0 -> facets.get(facetOf(((Number) row[1]).intValue())).add(counted);
                case 1 -> claimants.add(counted);
                default -> entities.add(counted);
            }
        }
        return new PageFacets(
                claimantRollup
                        .map(rollup -> ranked(rollup, ROLLUP_CLAIMANTS, limit))
                        .orElse(claimants),
                entityRollup
                        .map(rollup -> ranked(rollup, ROLLUP_ENTITIES, limit))
                        .orElse(entities),
                facets);
    }

    /** GROUPING sets a bit for each column a row is not grouped by, the first column's the highest. */
    private static ClaimFacet facetOf(int notGrouped) {
        return FACET_COLUMNS.get(Integer.numberOfLeadingZeros(~notGrouped & 0b11111) - (Integer.SIZE - 5));
    }

    private List<Object[]> counts(
            ClaimFilter filter, FilterSql.Rollup rollup, String fromRollup, String fromClaims, int limit) {
        return FilterSql.ofRollup(filter, rollup)
                .map(sql -> ranked(sql, fromRollup, limit))
                .orElseGet(() -> ranked(FilterSql.of(filter), fromClaims, limit));
    }

    private List<Object[]> ranked(FilterSql sql, String counts, int limit) {
        return rows(
                sql,
                "SELECT value, type, claims FROM (" + ranked(counts.formatted(sql.from(), sql.where()))
                        + ") p WHERE place <= :limit ORDER BY place",
                limit);
    }

    /** Counts of (value, type, claims) with their place: most claims first, then by value. */
    private static String ranked(String counts) {
        return "SELECT value, type, claims, row_number() OVER (ORDER BY claims DESC, value NULLS FIRST) AS place FROM ("
                + counts + ") g";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(FilterSql sql, String statement, int limit) {
        NativeQuery<Object[]> query = entityManager.createNativeQuery(statement).unwrap(NativeQuery.class);
        return sql.bindTo(query).setParameter("limit", limit, Integer.class).getResultList();
    }

    /**
     * The claims page's facets: claimant identities and entities as (value, type, claims), the others as facet →
     * (value, claims), each most first.
     */
    public record PageFacets(
            List<Object[]> claimants, List<Object[]> entities, Map<ClaimFacet, List<Object[]>> facets) {}
}
