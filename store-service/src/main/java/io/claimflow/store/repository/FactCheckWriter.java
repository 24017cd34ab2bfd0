package io.claimflow.store.repository;

import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.event.FactCheckImported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Writes the fact-check library in the caller's transaction, a whole batch per statement: each fact-check's latest
 * version by {@code importedAt}, so a redelivery, or a version older than the stored one, changes nothing.
 */
@ApplicationScoped
public class FactCheckWriter {

    /** Appearances travel as one JSON array per row, since unnest would flatten an array of arrays. */
    private static final String UPSERT = """
            INSERT INTO fact_check AS f (fact_check_id, url, claim_reviewed, title, verdict, publisher, claimant,
                                         date_published, language, appearances, body, imported_at, submitter)
            SELECT id, url, claim, title, verdict, publisher, claimant, published::date, language,
                   ARRAY(SELECT jsonb_array_elements_text(appearances::jsonb)), body, imported::timestamptz, submitter
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS row(id, url, claim, title, verdict, publisher, claimant, published, language, appearances, body,
                        imported, submitter)
            ORDER BY id
            ON CONFLICT (fact_check_id) DO UPDATE SET
                url = EXCLUDED.url, claim_reviewed = EXCLUDED.claim_reviewed, title = EXCLUDED.title,
                verdict = EXCLUDED.verdict, publisher = EXCLUDED.publisher, claimant = EXCLUDED.claimant,
                date_published = EXCLUDED.date_published, language = EXCLUDED.language,
                appearances = EXCLUDED.appearances, body = EXCLUDED.body, imported_at = EXCLUDED.imported_at,
                submitter = EXCLUDED.submitter
            WHERE f.imported_at <= EXCLUDED.imported_at
            """;

    /** Every column is bound as text and cast where the statement reads it. */
    private static final String[] TYPES = Collections.nCopies(13, "text").toArray(String[]::new);

    private final EntityManager entityManager;

    public FactCheckWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores each fact-check unless a version imported later is stored; must run inside a transaction. */
    public void store(List<FactCheckImported> imports) {
        if (imports.isEmpty()) {
            return;
        }
        // One row per fact-check (a statement may not change a row twice), in id order so that concurrent writers
        // lock rows alike.
        Map<String, FactCheckImported> latest = new TreeMap<>();
        imports.forEach(imported -> latest.merge(
                imported.factCheck().id(), imported, (a, b) -> b.importedAt().isBefore(a.importedAt()) ? a : b));
        ArrayColumns columns = new ArrayColumns(13);
        for (FactCheckImported imported : latest.values()) {
            FactCheck factCheck = imported.factCheck();
            columns.add(
                    factCheck.id(),
                    factCheck.url(),
                    factCheck.claimReviewed(),
                    factCheck.title(),
                    factCheck.verdict(),
                    factCheck.publisher(),
                    factCheck.claimant(),
                    factCheck.datePublished() == null
                            ? null
                            : factCheck.datePublished().toString(),
                    factCheck.language(),
                    StoredJson.write(factCheck.appearances()),
                    factCheck.body(),
                    imported.importedAt().toString(),
                    imported.submitter());
        }
        entityManager.unwrap(Session.class).doWork(connection -> columns.insert(connection, UPSERT, TYPES));
    }
}
