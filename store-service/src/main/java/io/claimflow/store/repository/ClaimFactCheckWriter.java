package io.claimflow.store.repository;

import io.claimflow.contracts.event.ClaimMatched;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Writes the fact-checks the matcher found for each claim, in the caller's transaction: the list of the latest match
 * record that carries any replaces the stored one, and a record without fact-checks leaves it as it is (the matcher
 * publishes a claim's fact-checks found later in a record of their own; replays of the first carry none).
 */
@ApplicationScoped
public class ClaimFactCheckWriter {

    /** Verdicts are lower-cased here, by the database, as the verdict filter lower-cases what it looks for. */
    private static final String UPSERT = """
            INSERT INTO claim_fact_check AS f (claim_id, fact_checks, verdicts, matched_at)
            SELECT id, fact_checks::jsonb,
                   ARRAY(SELECT DISTINCT lower(v) FROM jsonb_array_elements_text(verdicts::jsonb) AS v),
                   matched::timestamptz
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS row(id, fact_checks, verdicts, matched)
            ORDER BY id
            ON CONFLICT (claim_id) DO UPDATE SET
                fact_checks = EXCLUDED.fact_checks, verdicts = EXCLUDED.verdicts, matched_at = EXCLUDED.matched_at
            WHERE f.matched_at <= EXCLUDED.matched_at
            """;

    private final EntityManager entityManager;

    public ClaimFactCheckWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores the fact-checks of the records that carry any, unless a later list is stored; inside a transaction. */
    public void store(List<ClaimMatched> matches) {
        // One row per claim (the latest record with fact-checks), in claim id order so writers lock rows alike.
        Map<String, ClaimMatched> latest = new TreeMap<>();
        matches.stream()
                .filter(match -> !match.factChecks().isEmpty())
                .forEach(match -> latest.merge(
                        match.claimId(), match, (a, b) -> b.matchedAt().isBefore(a.matchedAt()) ? a : b));
        if (latest.isEmpty()) {
            return;
        }
        ArrayColumns columns = new ArrayColumns(4);
        for (ClaimMatched match : latest.values()) {
            List<String> verdicts = match.factChecks().stream()
                    .map(ClaimMatched.FactCheckMatch::verdict)
                    .filter(Objects::nonNull)
                    .toList();
            columns.add(
                    match.claimId(),
                    StoredJson.write(match.factChecks()),
                    StoredJson.write(verdicts),
                    match.matchedAt().toString());
        }
        entityManager
                .unwrap(Session.class)
                .doWork(connection -> columns.insert(connection, UPSERT, "text", "text", "text", "text"));
    }
}
