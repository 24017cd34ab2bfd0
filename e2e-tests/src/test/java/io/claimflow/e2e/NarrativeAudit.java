package io.claimflow.e2e;

import io.claimflow.stack.DatabaseCoordinates;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts, in store-service's database, what the matcher's output left: each claim's one match and narrative. */
final class NarrativeAudit {

    /** Claims without a stored match: the match was lost on the way (claim_match has one row per claim at most). */
    static final String WITHOUT_NARRATIVE = "claims in the store without a match and narrative";

    /** Claims whose narrative is not a live narrative the store has: a lost narrative revision or merge. */
    static final String UNKNOWN_NARRATIVE = "claims whose narrative the store does not have as a live narrative";

    /**
     * Live narratives whose latest revision counts other than their claims in the store: a claim counted in two
     * narratives, or twice in one, or a narrative revision lost.
     */
    static final String MISCOUNTED = "live narratives whose claim count differs from their claims in the store";

    /** Matches that list the same linked claim twice. */
    static final String LINKED_TWICE = "matches linking a claim twice";

    /** Matches stored for a claim the store does not have. */
    static final String MATCH_WITHOUT_CLAIM = "matches stored for no stored claim";

    private static final Map<String, String> QUERIES = queries();

    private NarrativeAudit() {}

    private static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("claims with a match stored", "SELECT count(*) FROM claim_match");
        queries.put("live narratives in the store", "SELECT count(*) FROM narrative WHERE merged_into IS NULL");
        queries.put("narratives merged into another", "SELECT count(*) FROM narrative WHERE merged_into IS NOT NULL");
        queries.put("claims the live narratives count", """
                SELECT coalesce(sum(r.claims), 0) FROM narrative n
                JOIN narrative_revision r ON r.narrative_id = n.narrative_id AND r.revision = n.revision
                WHERE n.merged_into IS NULL
                """);
        queries.put(
                WITHOUT_NARRATIVE,
                "SELECT count(*) FROM claim c WHERE NOT EXISTS (SELECT 1 FROM claim_match m WHERE m.claim_id ="
                        + " c.claim_id)");
        queries.put(
                MATCH_WITHOUT_CLAIM,
                "SELECT count(*) FROM claim_match m WHERE NOT EXISTS (SELECT 1 FROM claim c WHERE c.claim_id ="
                        + " m.claim_id)");
        queries.put(UNKNOWN_NARRATIVE, """
                SELECT count(*) FROM claim_match m
                WHERE NOT EXISTS (SELECT 1 FROM narrative n WHERE n.narrative_id = m.narrative_id
                                  AND n.merged_into IS NULL)
                """);
        queries.put(MISCOUNTED, """
                SELECT count(*) FROM narrative n
                JOIN narrative_revision r ON r.narrative_id = n.narrative_id AND r.revision = n.revision
                LEFT JOIN (SELECT narrative_id, count(*) AS claims FROM claim_match GROUP BY narrative_id) m
                       ON m.narrative_id = n.narrative_id
                WHERE n.merged_into IS NULL AND coalesce(m.claims, 0) <> r.claims
                """);
        queries.put(LINKED_TWICE, """
                SELECT count(*) FROM claim_match m
                WHERE jsonb_array_length(m.links)
                      <> (SELECT count(DISTINCT link ->> 'claimId') FROM jsonb_array_elements(m.links) link)
                """);
        return queries;
    }

    /** Each count, named as the drill reports write it. */
    static Map<String, Long> count(DatabaseCoordinates database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement statement = connection.createStatement()) {
            // One snapshot for every count, so a write between two queries cannot make them disagree.
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                try (ResultSet result = statement.executeQuery(query.getValue())) {
                    result.next();
                    counts.put(query.getKey(), result.getLong(1));
                }
            }
            connection.rollback();
        }
        return counts;
    }
}
