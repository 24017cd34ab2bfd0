package io.claimflow.store.repository;

import io.claimflow.contracts.event.ClaimExtracted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Writes claims and their details in the caller's transaction, a whole batch per statement: each column goes as one
 * array and {@code unnest} turns the arrays back into rows, so PostgreSQL plans and runs one statement per table
 * instead of one per row. A claim whose id is stored already is skipped, details included, so redeliveries change
 * nothing.
 */
@ApplicationScoped
public class ClaimWriter {

    /**
     * Writers of claims take this transaction lock first, so claims become visible in the order of their seq numbers: a
     * reader that has seen seq n will never later find a committed claim below n.
     */
    private static final long SEQUENCE_LOCK = 0x436c61696d466c6fL;

    private static final String INSERT_CLAIMS = """
            INSERT INTO claim (claim_id, document_id, ordinal, text, span_start, span_end, language, checkworthiness,
                               claimant_name, claimant_type, claimant_quote, cue, extractor_name, extractor_version,
                               extracted_at)
            SELECT id, document, ordinal, text, span_start, span_end, language, score, claimant, claimant_type, quote,
                   cue, extractor, version, extracted::timestamptz
            FROM unnest(?::text[], ?::text[], ?::int[], ?::text[], ?::int[], ?::int[], ?::text[], ?::float8[],
                        ?::text[], ?::text[], ?::bool[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS row(id, document, ordinal, text, span_start, span_end, language, score, claimant, claimant_type,
                        quote, cue, extractor, version, extracted)
            ON CONFLICT (claim_id) DO NOTHING
            RETURNING claim_id
            """;
    private static final String INSERT_ENTITIES =
            "INSERT INTO claim_entity (claim_id, position, text, type, normalized) SELECT * FROM unnest(?::text[], "
                    + "?::int[], ?::text[], ?::text[], ?::text[])";
    private static final String INSERT_QUANTITIES =
            "INSERT INTO claim_quantity (claim_id, position, text, value, unit) SELECT * FROM unnest(?::text[], "
                    + "?::int[], ?::text[], ?::float8[], ?::text[])";
    private static final String INSERT_DATES =
            "INSERT INTO claim_date (claim_id, position, text, value) SELECT * FROM unnest(?::text[], ?::int[], "
                    + "?::text[], ?::text[])";
    private static final String INSERT_CITATIONS =
            "INSERT INTO claim_citation (claim_id, position, url) SELECT * FROM unnest(?::text[], ?::int[], ?::text[])";

    private final EntityManager entityManager;

    public ClaimWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores the claims not stored yet and returns those; must run inside a transaction. */
    public List<ClaimExtracted> insertNew(List<ClaimExtracted> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            lockSequence(connection);
            List<ClaimExtracted> inserted = insertClaims(connection, claims);
            insertDetails(connection, inserted);
            return inserted;
        });
    }

    private static void lockSequence(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, SEQUENCE_LOCK);
            lock.execute();
        }
    }

    private static List<ClaimExtracted> insertClaims(Connection connection, List<ClaimExtracted> claims)
            throws SQLException {
        Columns columns = new Columns(15);
        for (ClaimExtracted claim : claims) {
            columns.add(
                    claim.claimId(),
                    claim.documentId(),
                    claim.ordinal(),
                    claim.text(),
                    claim.span().start(),
                    claim.span().end(),
                    claim.language(),
                    claim.checkworthiness(),
                    claim.claimant().name(),
                    claim.claimant().type().wireName(),
                    claim.claimant().quote(),
                    claim.cue(),
                    claim.extractor().name(),
                    claim.extractor().version(),
                    claim.extractedAt().toString());
        }
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CLAIMS)) {
            columns.bind(
                    connection,
                    insert,
                    "text",
                    "text",
                    "int4",
                    "text",
                    "int4",
                    "int4",
                    "text",
                    "float8",
                    "text",
                    "text",
                    "bool",
                    "text",
                    "text",
                    "text",
                    "text");
            try (ResultSet ids = insert.executeQuery()) {
                while (ids.next()) {
                    inserted.add(ids.getString(1));
                }
            }
        }
        // The same claim twice in one batch is inserted once: keep its first occurrence.
        List<ClaimExtracted> fresh = new ArrayList<>();
        for (ClaimExtracted claim : claims) {
            if (inserted.remove(claim.claimId())) {
                fresh.add(claim);
            }
        }
        return fresh;
    }

    private static void insertDetails(Connection connection, List<ClaimExtracted> claims) throws SQLException {
        Columns entities = new Columns(5);
        Columns quantities = new Columns(5);
        Columns dates = new Columns(4);
        Columns citations = new Columns(3);
        for (ClaimExtracted claim : claims) {
            for (int i = 0; i < claim.entities().size(); i++) {
                ClaimExtracted.Entity entity = claim.entities().get(i);
                entities.add(claim.claimId(), i, entity.text(), entity.type().wireName(), entity.normalized());
            }
            for (int i = 0; i < claim.quantities().size(); i++) {
                ClaimExtracted.Quantity quantity = claim.quantities().get(i);
                quantities.add(claim.claimId(), i, quantity.text(), quantity.value(), quantity.unit());
            }
            for (int i = 0; i < claim.dates().size(); i++) {
                dates.add(
                        claim.claimId(),
                        i,
                        claim.dates().get(i).text(),
                        claim.dates().get(i).value());
            }
            for (int i = 0; i < claim.citations().size(); i++) {
                citations.add(claim.claimId(), i, claim.citations().get(i));
            }
        }
        entities.insert(connection, INSERT_ENTITIES, "text", "int4", "text", "text", "text");
        quantities.insert(connection, INSERT_QUANTITIES, "text", "int4", "text", "float8", "text");
        dates.insert(connection, INSERT_DATES, "text", "int4", "text", "text");
        citations.insert(connection, INSERT_CITATIONS, "text", "int4", "text");
    }

    /** Rows collected column by column, bound as one array per column. */
    private static final class Columns {
        private final List<List<Object>> values = new ArrayList<>();

        Columns(int count) {
            for (int i = 0; i < count; i++) {
                values.add(new ArrayList<>());
            }
        }

        void add(Object... row) {
            for (int i = 0; i < row.length; i++) {
                values.get(i).add(row[i]);
            }
        }

        void bind(Connection connection, PreparedStatement statement, String... types) throws SQLException {
            for (int i = 0; i < types.length; i++) {
                statement.setArray(
                        i + 1, connection.createArrayOf(types[i], values.get(i).toArray()));
            }
        }

        void insert(Connection connection, String sql, String... types) throws SQLException {
            if (values.get(0).isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, types);
                statement.executeUpdate();
            }
        }
    }
}
