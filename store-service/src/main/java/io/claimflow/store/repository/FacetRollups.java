package io.claimflow.store.repository;

import io.claimflow.contracts.event.ClaimExtracted;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the facet rollups ({@code claimant_rollup}, {@code entity_rollup}: claims per claimant or entity, language and
 * score bucket) in step with the claims, in the transaction that stores them, so that a facet read from them counts
 * exactly what a count over the claims would.
 */
@ApplicationScoped
public class FacetRollups {

    private static final String ADD_CLAIMANTS =
            addTo("claimant_rollup", "claimant_name, claimant_type", "ON CONSTRAINT claimant_rollup_key");
    private static final String ADD_ENTITIES =
            addTo("entity_rollup", "normalized, type", "(normalized, type, language, score_bucket)");

    /** Adds the claims of each (value, type, language, score) group to its row, in key order. */
    private static String addTo(String table, String valueAndType, String conflict) {
        return """
                INSERT INTO %s AS r (%s, language, score_bucket, claims)
                SELECT value, type, language, claimflow_score_bucket(score), count(*)
                FROM unnest(?::text[], ?::text[], ?::text[], ?::float8[]) AS row(value, type, language, score)
                GROUP BY 1, 2, 3, 4
                ORDER BY 1, 2, 3, 4
                ON CONFLICT %s DO UPDATE SET claims = r.claims + EXCLUDED.claims
                """.formatted(table, valueAndType, conflict);
    }

    /** Counts the claims, which must be the ones this transaction has just stored (each once). */
    void add(Connection connection, List<ClaimExtracted> stored) throws SQLException {
        ArrayColumns claimants = new ArrayColumns(4);
        ArrayColumns entities = new ArrayColumns(4);
        for (ClaimExtracted claim : stored) {
            claimants.add(
                    claim.claimant().name(),
                    claim.claimant().type().wireName(),
                    claim.language(),
                    claim.checkworthiness());
            // The entity facet counts claims, not mentions: a claim naming an entity twice counts once.
            Set<List<String>> mentioned = new LinkedHashSet<>();
            claim.entities()
                    .forEach(entity -> mentioned.add(
                            List.of(entity.normalized(), entity.type().wireName())));
            for (List<String> entity : mentioned) {
                entities.add(entity.get(0), entity.get(1), claim.language(), claim.checkworthiness());
            }
        }
        claimants.insert(connection, ADD_CLAIMANTS, "text", "text", "text", "float8");
        entities.insert(connection, ADD_ENTITIES, "text", "text", "text", "float8");
    }
}
