package io.claimflow.store.repository;

import io.claimflow.contracts.event.ClaimExtracted;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the facet rollups ({@code claimant_rollup}, {@code entity_rollup}: claims per claimant or entity, claimant
 * type, language and score bucket) in step with the claims, in the transaction that stores them, so that a facet read
 * from them counts exactly what a count over the claims would.
 */
@ApplicationScoped
public class FacetRollups {

    /** Claims per claimant identity, shown by the longest name it was written with (V7__*.sql). */
    private static final String ADD_CLAIMANTS = """
            INSERT INTO claimant_rollup AS r
                   (claimant_key, claimant_name, claimant_type, language, score_bucket, claims)
            SELECT key, (array_agg(name ORDER BY length(name) DESC NULLS LAST, name))[1], type, language,
                   claimflow_score_bucket(score), count(*)
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::float8[])
                 AS row(key, name, type, language, score)
            GROUP BY key, type, language, claimflow_score_bucket(score)
            ORDER BY 1, 3, 4, 5
            ON CONFLICT ON CONSTRAINT claimant_rollup_key DO UPDATE SET claims = r.claims + EXCLUDED.claims,
                claimant_name = CASE WHEN length(EXCLUDED.claimant_name) > coalesce(length(r.claimant_name), -1)
                                     THEN EXCLUDED.claimant_name ELSE r.claimant_name END
            """;
    /** Adds the claims of each (entity, type, claimant type, language, score) group to its row, in key order. */
    private static final String ADD_ENTITIES = """
            INSERT INTO entity_rollup AS r (normalized, type, claimant_type, language, score_bucket, claims)
            SELECT value, type, claimant_type, language, claimflow_score_bucket(score), count(*)
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::float8[])
                 AS row(value, type, claimant_type, language, score)
            GROUP BY 1, 2, 3, 4, 5
            ORDER BY 1, 2, 3, 4, 5
            ON CONFLICT (normalized, type, claimant_type, language, score_bucket)
            DO UPDATE SET claims = r.claims + EXCLUDED.claims
            """;

    /** Counts the claims, which must be the ones this transaction has just stored (each once). */
    void add(Connection connection, List<ClaimExtracted> stored) throws SQLException {
        ArrayColumns claimants = new ArrayColumns(5);
        ArrayColumns entities = new ArrayColumns(5);
        for (ClaimExtracted claim : stored) {
            claimants.add(
                    ClaimantKeys.identity(claim.claimant()),
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
                entities.add(
                        entity.get(0),
                        entity.get(1),
                        claim.claimant().type().wireName(),
                        claim.language(),
                        claim.checkworthiness());
            }
        }
        claimants.insert(connection, ADD_CLAIMANTS, "text", "text", "text", "text", "float8");
        entities.insert(connection, ADD_ENTITIES, "text", "text", "text", "text", "float8");
    }
}
