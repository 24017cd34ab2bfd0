package io.claimflow.store.repository;

import io.claimflow.store.query.ClaimFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * A {@link ClaimFilter} as SQL over {@code claim c} (joined to {@code document d} when the filter needs it), with bound
 * parameters. The one translation of filters, shared by pages, facets and the live feed, so they can never disagree on
 * what a filter means.
 */
final class FilterSql {

    private final List<String> conditions = new ArrayList<>();
    private final List<Parameter<?>> parameters = new ArrayList<>();
    private final boolean joinsDocument;

    private FilterSql(ClaimFilter filter) {
        joinsDocument = filter.needsDocument();
        if (filter.q() != null) {
            conditions.add("c.search @@ (websearch_to_tsquery('pg_catalog.simple', :q) "
                    + "|| websearch_to_tsquery(claimflow_ts_config(:qLanguage), :q))");
            bind("q", filter.q(), String.class);
            // Stems in the language asked for; English stemming when none is, on top of the words as written.
            bind("qLanguage", filter.language() == null ? "en" : filter.language(), String.class);
        }
        condition("c.language = :language", "language", filter.language(), String.class);
        condition("lower(c.claimant_name) = lower(:claimant)", "claimant", filter.claimant(), String.class);
        condition(
                "c.claimant_type = :claimantType",
                "claimantType",
                filter.claimantType() == null ? null : filter.claimantType().wireName(),
                String.class);
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
    }

    static FilterSql of(ClaimFilter filter) {
        return new FilterSql(filter);
    }

    /** The FROM clause. */
    String from() {
        return joinsDocument ? "claim c JOIN document d ON d.document_id = c.document_id" : "claim c";
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

    /** The WHERE clause, "TRUE" when nothing filters. */
    String where() {
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    /** Binds the parameters of the conditions to the query. */
    <R> NativeQuery<R> bindTo(NativeQuery<R> query) {
        parameters.forEach(parameter -> parameter.bindTo(query));
        return query;
    }

    private <T> void condition(String sql, String name, T value, Class<T> type) {
        if (value != null) {
            and(sql).bind(name, value, type);
        }
    }

    private record Parameter<T>(String name, T value, Class<T> type) {
        void bindTo(NativeQuery<?> query) {
            query.setParameter(name, value, type);
        }
    }
}
