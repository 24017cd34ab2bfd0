package io.claimflow.store.rest;

import io.claimflow.store.query.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /watches}: a name, the filters of {@code GET /claims} a watch may save (by the same names),
 * and optionally a webhook with the secret its bodies are signed with. Unknown fields are refused.
 */
public record WatchRequest(
        String name,
        String claimant,
        String entity,
        String narrative,
        String q,
        Boolean factChecked,
        String verdict,
        Double minScore,
        String webhook,
        String secret) {

    /** The filters given, by parameter name; absent ones are null. */
    Map<String, Object> filter() {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put(QueryParameters.CLAIMANT, claimant);
        filter.put(QueryParameters.ENTITY, entity);
        filter.put(QueryParameters.NARRATIVE, narrative);
        filter.put(QueryParameters.Q, q);
        filter.put(QueryParameters.FACT_CHECKED, factChecked);
        filter.put(QueryParameters.VERDICT, verdict);
        filter.put(QueryParameters.MIN_SCORE, minScore);
        return filter;
    }
}
