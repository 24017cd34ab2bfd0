package io.claimflow.store.repository;

import io.claimflow.contracts.event.ClaimExtracted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes claims and their details with JDBC batches, in the caller's transaction. A claim whose id is
 * stored already is skipped, details included, so redeliveries change nothing.
 */
@ApplicationScoped
public class ClaimWriter {

    /**
     * Writers of claims take this transaction lock first, so claims become visible in the order of their
     * seq numbers: a reader that has seen seq n will never later find a committed claim below n.
     */
    private static final long SEQUENCE_LOCK = 0x436c61696d466c6fL;

    private static final String INSERT_CLAIM = """
            INSERT INTO claim (claim_id, document_id, ordinal, text, span_start, span_end, language, checkworthiness,
                               claimant_name, claimant_type, claimant_quote, cue, extractor_name, extractor_version, extracted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (claim_id) DO NOTHING
            """;
    private static final String INSERT_ENTITY = "INSERT INTO claim_entity (claim_id, position, text, type, normalized) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_QUANTITY = "INSERT INTO claim_quantity (claim_id, position, text, value, unit) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_DATE = "INSERT INTO claim_date (claim_id, position, text, value) VALUES (?, ?, ?, ?)";
    private static final String INSERT_CITATION = "INSERT INTO claim_citation (claim_id, position, url) VALUES (?, ?, ?)";

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

    private static List<ClaimExtracted> insertClaims(Connection connection, List<ClaimExtracted> claims) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CLAIM)) {
            for (ClaimExtracted claim : claims) {
                insert.setString(1, claim.claimId());
                insert.setString(2, claim.documentId());
                insert.setInt(3, claim.ordinal());
                insert.setString(4, claim.text());
                insert.setInt(5, claim.span().start());
                insert.setInt(6, claim.span().end());
                insert.setString(7, claim.language());
                insert.setDouble(8, claim.checkworthiness());
                insert.setString(9, claim.claimant().name());
                insert.setString(10, claim.claimant().type().wireName());
                insert.setBoolean(11, claim.claimant().quote());
                insert.setString(12, claim.cue());
                insert.setString(13, claim.extractor().name());
                insert.setString(14, claim.extractor().version());
                insert.setTimestamp(15, Timestamp.from(claim.extractedAt()));
                insert.addBatch();
            }
            // Without batch rewriting the driver reports each row: 1 inserted, 0 already there.
            int[] counts = insert.executeBatch();
            List<ClaimExtracted> inserted = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    inserted.add(claims.get(i));
                }
            }
            return inserted;
        }
    }

    private static void insertDetails(Connection connection, List<ClaimExtracted> claims) throws SQLException {
        try (PreparedStatement entities = connection.prepareStatement(INSERT_ENTITY);
                PreparedStatement quantities = connection.prepareStatement(INSERT_QUANTITY);
                PreparedStatement dates = connection.prepareStatement(INSERT_DATE);
                PreparedStatement citations = connection.prepareStatement(INSERT_CITATION)) {
            for (ClaimExtracted claim : claims) {
                for (int i = 0; i < claim.entities().size(); i++) {
                    ClaimExtracted.Entity entity = claim.entities().get(i);
                    row(entities, claim.claimId(), i, entity.text(), entity.type().wireName(), entity.normalized());
                }
                for (int i = 0; i < claim.quantities().size(); i++) {
                    ClaimExtracted.Quantity quantity = claim.quantities().get(i);
                    row(quantities, claim.claimId(), i, quantity.text(), quantity.value(), quantity.unit());
                }
                for (int i = 0; i < claim.dates().size(); i++) {
                    ClaimExtracted.DateMention date = claim.dates().get(i);
                    row(dates, claim.claimId(), i, date.text(), date.value());
                }
                for (int i = 0; i < claim.citations().size(); i++) {
                    row(citations, claim.claimId(), i, claim.citations().get(i));
                }
            }
            entities.executeBatch();
            quantities.executeBatch();
            dates.executeBatch();
            citations.executeBatch();
        }
    }

    /** Adds a row of (claim id, position, values...) to the statement's batch. */
    private static void row(PreparedStatement statement, String claimId, int position, Object... values) throws SQLException {
        statement.setString(1, claimId);
        statement.setInt(2, position);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 3, Types.VARCHAR);
            } else {
                statement.setObject(i + 3, values[i]);
            }
        }
        statement.addBatch();
    }
}
