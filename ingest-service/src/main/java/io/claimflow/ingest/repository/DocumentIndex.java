package io.claimflow.ingest.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The documents ingest has published, in PostgreSQL ({@code ingest.accepted_document}): shared by every ingest
 * instance, kept across restarts and beyond the documents topic's retention, one indexed row per document, so memory
 * and start-up do not grow with the number of documents. Each statement commits on its own; the primary key decides
 * which of two submissions of an id publishes.
 */
@ApplicationScoped
public class DocumentIndex {

    /** What the index holds for an id another submission has claimed. */
    public record Entry(String contentKey, boolean accepted, Instant attemptAt) {}

    private static final String CLAIM = "INSERT INTO accepted_document (document_id, content_key, accepted, attempt_at)"
            + " VALUES (?, ?, false, ?) ON CONFLICT (document_id) DO NOTHING";
    private static final String FIND =
            "SELECT content_key, accepted, attempt_at FROM accepted_document WHERE document_id = ?";
    private static final String ACCEPT = "UPDATE accepted_document SET accepted = true, accepted_at = now()"
            + " WHERE document_id = ? AND NOT accepted AND attempt_at = ?";
    private static final String RELEASE =
            "DELETE FROM accepted_document WHERE document_id = ? AND NOT accepted AND attempt_at = ?";
    private static final String TAKE_OVER =
            "UPDATE accepted_document SET attempt_at = ? WHERE document_id = ? AND NOT accepted AND attempt_at = ?";

    private final DataSource dataSource;

    public DocumentIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The instant a publish attempt is stamped with, at the precision PostgreSQL keeps, so that the attempt can be
     * named again exactly.
     */
    public static Instant attemptTime(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Claims the id for a publish beginning at {@code attemptAt}: empty when this submission holds it now and must
     * publish, else what an earlier submission holds.
     */
    public Optional<Entry> claim(String documentId, String contentKey, Instant attemptAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(CLAIM)) {
            insert.setString(1, documentId);
            insert.setString(2, contentKey);
            insert.setObject(3, utc(attemptAt));
            // The holder may give the id up between the two statements (its publish surely failed): then claim again.
            while (insert.executeUpdate() == 0) {
                Optional<Entry> held = find(connection, documentId);
                if (held.isPresent()) {
                    return held;
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IndexUnavailable(e);
        }
    }

    /** What the index holds for the id, if anything. */
    public Optional<Entry> find(String documentId) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, documentId);
        } catch (SQLException e) {
            throw new IndexUnavailable(e);
        }
    }

    /** Marks the publish begun at {@code attemptAt} acknowledged; false if another attempt holds the id now. */
    public boolean accept(String documentId, Instant attemptAt) {
        return update(ACCEPT, documentId, attemptAt);
    }

    /** Gives the id up after a publish that surely did not reach Kafka, so a later submission publishes afresh. */
    public boolean release(String documentId, Instant attemptAt) {
        return update(RELEASE, documentId, attemptAt);
    }

    /**
     * Takes over an id whose earlier publish (begun at {@code previous}) is known not to have reached Kafka; false if
     * another submission took it over first.
     */
    public boolean takeOver(String documentId, Instant previous, Instant attemptAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(TAKE_OVER)) {
            update.setObject(1, utc(attemptAt));
            update.setString(2, documentId);
            update.setObject(3, utc(previous));
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IndexUnavailable(e);
        }
    }

    private boolean update(String sql, String documentId, Instant attemptAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, documentId);
            update.setObject(2, utc(attemptAt));
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IndexUnavailable(e);
        }
    }

    private static Optional<Entry> find(Connection connection, String documentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND)) {
            select.setString(1, documentId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(
                        row.getString(1),
                        row.getBoolean(2),
                        row.getObject(3, OffsetDateTime.class).toInstant()));
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** PostgreSQL cannot be reached or refused the statement: nothing can be decided about the document now. */
    public static final class IndexUnavailable extends RuntimeException {
        IndexUnavailable(SQLException cause) {
            super("the index of accepted documents cannot be reached: " + cause.getMessage(), cause);
        }
    }
}
