package io.claimflow.store.repository;

import io.claimflow.contracts.identity.ClaimantNames;
import io.claimflow.store.query.ClaimFilter;
import io.claimflow.store.query.FactCheckFilter;
import io.claimflow.store.query.NarrativeFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * A {@link ClaimFilter} as SQL over {@code claim c} (joined to {@code document d} when the filter needs it), or over a
 * facet rollup {@code r} when that answers it exactly, a {@link NarrativeFilter} over narrative revisions {@code r},
 * and a {@link FactCheckFilter} over the fact-check library {@code f}, with bound parameters. The one translation of
 * filters, shared by pages, facets and the live feeds, so they can never disagree on what a filter means.
 */
final class FilterSql {

    /** The score boundaries of the rollups' buckets (as {@code claimflow_score_bucket} in V2__*.sql has them). */
    private static final List<Double> BUCKET_BOUNDARIES = List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);

    /** The facet rollups, by the table each is read from. */
    enum Rollup {
        CLAIMANTS("claimant_rollup r"),
        ENTITIES("entity_rollup r");

        private final String table;

        Rollup(String table) {
            this.table = table;
        }
    }

    private final List<String> conditions = new ArrayList<>();
    private final List<Parameter<?>> parameters = new ArrayList<>();
    private final String from;

    private FilterSql(ClaimFilter filter, boolean joinDocument) {
        from = joinDocument ? "claim c JOIN document d ON d.document_id = c.document_id" : "claim c";
        words(
                "EXISTS (SELECT 1 FROM claim_search s WHERE s.claim_id = c.claim_id AND s.search @@ %s)",
                filter.q(), filter.language());
        claimColumns(filter, "c");
        claimant(filter.claimant());
        condition(
                "EXISTS (SELECT 1 FROM claim_entity e WHERE e.claim_id = c.claim_id AND lower(e.normalized) = "
                        + "lower(:entity))",
                "entity",
                filter.entity(),
                String.class);
        condition("c.document_id = :documentId", "documentId", filter.documentId(), String.class);
        condition("d.source = :source", "source", filter.source(), String.class);
        condition("c.checkworthiness >= :minScore", "minScore", filter.minScore(), Double.class);
        condition("d.published_at >= :publishedFrom", "publishedFrom", filter.from(), Instant.class);
        condition("d.published_at < :publishedTo", "publishedTo", filter.to(), Instant.class);
        // A merged narrative's id finds its survivor's claims: their matches were moved there (V3__*.sql).
        condition(
                "c.claim_id IN (SELECT m.claim_id FROM claim_match m WHERE m.narrative_id = "
                        + "claimflow_narrative_survivor(:narrative))",
                "narrative",
                filter.narrative(),
                String.class);
        // Fact-checked: a match record brought it fact-checks (ClaimFactCheckWriter stores no empty list).
        if (filter.factChecked() != null) {
            conditions.add((filter.factChecked() ? "" : "NOT ")
                    + "EXISTS (SELECT 1 FROM claim_fact_check f WHERE f.claim_id = c.claim_id)");
        }
        condition(
                "EXISTS (SELECT 1 FROM claim_fact_check f WHERE f.claim_id = c.claim_id AND f.verdicts @> "
                        + "ARRAY[lower(:verdict)])",
                "verdict",
                filter.verdict(),
                String.class);
    }

    /** Fact-checks of the library {@code f}; their verdicts and publishers as written, so compared lower-cased. */
    private FilterSql(FactCheckFilter filter) {
        from = "fact_check f";
        words("f.search @@ %s", filter.q(), filter.language());
        condition("f.language = :language", "language", filter.language(), String.class);
        condition("lower(f.verdict) = lower(:verdict)", "verdict", filter.verdict(), String.class);
        condition("lower(f.publisher) = lower(:publisher)", "publisher", filter.publisher(), String.class);
    }

    private FilterSql(ClaimFilter filter, Rollup rollup) {
        from = rollup.table;
        claimColumns(filter, "r");
        condition("r.score_bucket >= claimflow_score_bucket(:minScore)", "minScore", filter.minScore(), Double.class);
    }

    /** Narratives keep their values lower-cased (V3__*.sql), so these filters ignore case as the claims' do. */
    private FilterSql(NarrativeFilter filter, String from) {
        this.from = from;
        condition(":language = ANY(r.languages)", "language", filter.language(), String.class);
        condition("lower(:source) = ANY(r.sources)", "source", filter.source(), String.class);
        condition("lower(:entity) = ANY(r.entities)", "entity", filter.entity(), String.class);
        condition("lower(:claimant) = ANY(r.claimants)", "claimant", filter.claimant(), String.class);
        // Seen in the window: the narrative's span from first to last seen overlaps [from, to).
        condition("r.last_seen >= :seenFrom", "seenFrom", filter.from(), Instant.class);
        condition("r.first_seen < :seenTo", "seenTo", filter.to(), Instant.class);
    }

    /** The filter over narrative revisions {@code r}, read from {@code from} (a table or a subquery named r). */
    static FilterSql ofNarratives(NarrativeFilter filter, String from) {
        return new FilterSql(filter, from);
    }

    static FilterSql of(ClaimFilter filter) {
        return new FilterSql(filter, filter.needsDocument());
    }

    /** The filter over {@code claim c} joined to its {@code document d} whatever the filter needs. */
    static FilterSql withDocument(ClaimFilter filter) {
        return new FilterSql(filter, true);
    }

    static FilterSql of(FactCheckFilter filter) {
        return new FilterSql(filter);
    }

    /**
     * The filter over the rollup {@code r}, when the rollup holds the exact answer: the filter names nothing but the
     * language, the claimant type and a minScore on a bucket boundary.
     */
    static Optional<FilterSql> ofRollup(ClaimFilter filter, Rollup rollup) {
        boolean claimFields = filter.q() != null
                || filter.claimant() != null
                || filter.entity() != null
                || filter.documentId() != null
                || filter.narrative() != null
                || filter.factChecked() != null
                || filter.verdict() != null
                || filter.needsDocument();
        boolean bucketed = filter.minScore() == null || BUCKET_BOUNDARIES.contains(filter.minScore());
        if (claimFields || !bucketed) {
            return Optional.empty();
        }
        return Optional.of(new FilterSql(filter, rollup));
    }

    /** The FROM clause. */
    String from() {
        return from;
    }

    /** Adds a condition of the query, beyond the filter's own; bind its parameters with {@link #bind}. */
    FilterSql and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Binds a named parameter of a condition. */
    <T> FilterSql bind(String name, T value, Class<T> type) {
        parameters.add(new Parameter<>(name, value, type));
        return this;
    }

    /** Binds a named parameter that stands for a list of values: {@code IN (:name)}. */
    <T> FilterSql bindList(String name, Collection<T> values, Class<T> type) {
        parameters.add(new Parameter<>(name, values, type));
        return this;
    }

    /** The WHERE clause, "TRUE" when nothing filters. */
    String where() {
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    /** Binds the parameters of the conditions to the query. */
    <R> NativeQuery<R> bindTo(NativeQuery<R> query) {
        parameters.forEach(parameter -> parameter.bindTo(query));
        return query;
    }

    /** The conditions on the columns that claims and rollups share, over the table {@code alias}. */
    private void claimColumns(ClaimFilter filter, String alias) {
        condition(alias + ".language = :language", "language", filter.language(), String.class);
        condition(
                alias + ".claimant_type = :claimantType",
                "claimantType",
                filter.claimantType() == null ? null : filter.claimantType().wireName(),
                String.class);
    }

    /**
     * The claimant filter: every word of the name asked for is a word of the claimant's identity or name, folded, so
     * "hargreaves", "Daniel Hargreaves" and "HARGREAVES" find Daniel Hargreaves (V7__*.sql, {@link ClaimantKeys}).
     */
    private void claimant(String claimant) {
        if (claimant == null) {
            return;
        }
        List<String> asked = ClaimantNames.parts(claimant);
        if (asked.isEmpty()) {
            conditions.add("FALSE");
            return;
        }
        // One string of words, split by the database: a list parameter inside ARRAY[] would become a row.
        and("c.claimant_parts @> string_to_array(:claimantParts, ' ')")
                .bind("claimantParts", String.join(" ", asked), String.class);
    }

    /**
     * The full-text condition for the words {@code q}, if given: {@code match} with {@code %s} where the query goes,
     * over a vector of {@code claimflow_search_vector} (the words folded, "chomage" for "chômage", plus their stems).
     */
    private void words(String match, String q, String language) {
        if (q == null) {
            return;
        }
        conditions.add(match.formatted("(websearch_to_tsquery('claimflow_folded', :q) "
                + "|| websearch_to_tsquery(claimflow_ts_config(:qLanguage), :q))"));
        bind("q", q, String.class);
        // Stems in the language asked for; English stemming when none is, on top of the words folded.
        bind("qLanguage", language == null ? "en" : language, String.class);
    }

    private <T> void condition(String sql, String name, T value, Class<T> type) {
        if (value != null) {
            and(sql).bind(name, value, type);
        }
    }

    /** A bound value, or a list of them. */
    private record Parameter<T>(String name, Object value, Class<T> type) {
        @SuppressWarnings("unchecked")
        void bindTo(NativeQuery<?> query) {
            if (value instanceof Collection<?> values) {
                query.setParameterList(name, (Collection<T>) values, type);
            } else {
                query.setParameter(name, (T) value, type);
            }
        }
    }
}
