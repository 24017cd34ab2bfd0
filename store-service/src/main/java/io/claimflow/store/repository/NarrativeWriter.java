package io.claimflow.store.repository;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.NarrativeUpdated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * Writes claim matches and narrative revisions in the caller's transaction. Both take one advisory lock first, so a
 * merge and a match of the merged narrative are never written side by side unseen by each other: whichever commits
 * second sees the first, and the result does not depend on which topic was read first.
 */
@ApplicationScoped
public class NarrativeWriter {

    /** Held until commit by every writer of matches and narratives; also orders narrative revisions' seq. */
    private static final long NARRATIVE_LOCK = 0x4e61727261746976L;

    /** A newer match of a claim replaces the stored one; the same match again changes nothing. */
    private static final String UPSERT_MATCHES = """
            INSERT INTO claim_match AS m (claim_id, document_id, matched_narrative_id, narrative_id, links, suggestions,
                                          matcher_name, matcher_version, matched_at)
            SELECT id, document, narrative, claimflow_narrative_survivor(narrative), links::jsonb, suggestions::jsonb,
                   matcher, version, matched::timestamptz
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS row(id, document, narrative, links, suggestions, matcher, version, matched)
            ORDER BY id
            ON CONFLICT (claim_id) DO UPDATE SET
                document_id = EXCLUDED.document_id, matched_narrative_id = EXCLUDED.matched_narrative_id,
                narrative_id = EXCLUDED.narrative_id, links = EXCLUDED.links, suggestions = EXCLUDED.suggestions,
                matcher_name = EXCLUDED.matcher_name, matcher_version = EXCLUDED.matcher_version,
                matched_at = EXCLUDED.matched_at
            WHERE m.matched_at <= EXCLUDED.matched_at
            """;

    private static final String STORED_REVISION = "SELECT revision FROM narrative WHERE narrative_id = ?";
    private static final String INSERT_REVISION = """
            INSERT INTO narrative_revision (narrative_id, revision, merged_into, claims, spread, languages, sources,
                                            claimants, entities, first_seen, last_seen, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            RETURNING seq
            """;
    private static final String UPSERT_CURRENT = """
            INSERT INTO narrative (narrative_id, revision, seq, merged_into) VALUES (?, ?, ?, ?)
            ON CONFLICT (narrative_id) DO UPDATE SET
                revision = EXCLUDED.revision, seq = EXCLUDED.seq, merged_into = EXCLUDED.merged_into
            """;
    /** The merged narrative's claims, and those of narratives merged into it before, move to its survivor. */
    private static final String MOVE_CLAIMS =
            "UPDATE claim_match SET narrative_id = claimflow_narrative_survivor(?) WHERE narrative_id = ?";

    private static final String SURVIVOR = "SELECT claimflow_narrative_survivor(?)";

    /**
     * What a batch of narrative revisions changed.
     *
     * @param revisions how many revisions were newer than the stored ones, and stored
     * @param grown the narratives that merges of the batch grew: they hold claims they did not hold before
     */
    public record StoredNarratives(int revisions, Set<String> grown) {}

    private final EntityManager entityManager;

    public NarrativeWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores each claim's match unless a newer one is stored; must run inside a transaction. */
    public void storeMatches(List<ClaimMatched> matches) {
        if (matches.isEmpty()) {
            return;
        }
        // One row per claim (the latest match), in claim id order so that concurrent writers lock rows alike.
        Map<String, ClaimMatched> latest = new TreeMap<>();
        matches.forEach(match ->
                latest.merge(match.claimId(), match, (a, b) -> b.matchedAt().isBefore(a.matchedAt()) ? a : b));
        ArrayColumns columns = new ArrayColumns(8);
        for (ClaimMatched match : latest.values()) {
            columns.add(
                    match.claimId(),
                    match.documentId(),
                    match.narrativeId(),
                    StoredJson.write(match.links()),
                    StoredJson.write(match.suggestions()),
                    match.matcher().name(),
                    match.matcher().version(),
                    match.matchedAt().toString());
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            lock(connection);
            columns.insert(connection, UPSERT_MATCHES, "text", "text", "text", "text", "text", "text", "text", "text");
        });
    }

    /**
     * Stores the revisions higher than the stored one of their narrative, in the order given, and returns how many it
     * stored; must run inside a transaction.
     */
    public StoredNarratives storeNarratives(List<NarrativeUpdated> narratives) {
        if (narratives.isEmpty()) {
            return new StoredNarratives(0, Set.of());
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            lock(connection);
            int stored = 0;
            Set<String> grown = new TreeSet<>();
            for (NarrativeUpdated narrative : narratives) {
                if (isNewer(connection, narrative)) {
                    store(connection, narrative);
                    stored++;
                    if (narrative.mergedInto() != null) {
                        grown.add(survivor(connection, narrative.narrativeId()));
                    }
                }
            }
            return new StoredNarratives(stored, grown);
        });
    }

    private static String survivor(Connection connection, String narrativeId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SURVIVOR)) {
            select.setString(1, narrativeId);
            try (ResultSet survivor = select.executeQuery()) {
                survivor.next();
                return survivor.getString(1);
            }
        }
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, NARRATIVE_LOCK);
            lock.execute();
        }
    }

    private static boolean isNewer(Connection connection, NarrativeUpdated narrative) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(STORED_REVISION)) {
            select.setString(1, narrative.narrativeId());
            try (ResultSet stored = select.executeQuery()) {
                return !stored.next() || stored.getInt(1) < narrative.revision();
            }
        }
    }

    private static void store(Connection connection, NarrativeUpdated narrative) throws SQLException {
        long seq;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REVISION)) {
            insert.setString(1, narrative.narrativeId());
            insert.setInt(2, narrative.revision());
            insert.setString(3, narrative.mergedInto());
            insert.setInt(4, narrative.claims());
            insert.setInt(5, narrative.sources().size() + narrative.languages().size());
            insert.setArray(6, lowerCased(connection, narrative.languages().stream()));
            insert.setArray(
                    7, lowerCased(connection, narrative.sources().stream().map(NarrativeUpdated.Tally::value)));
            insert.setArray(
                    8, lowerCased(connection, narrative.claimants().stream().map(NarrativeUpdated.Tally::value)));
            insert.setArray(
                    9,
                    lowerCased(
                            connection, narrative.entities().stream().map(NarrativeUpdated.EntityTally::normalized)));
            insert.setObject(10, utc(narrative.firstSeen()));
            insert.setObject(11, utc(narrative.lastSeen()));
            insert.setString(12, StoredJson.write(narrative));
            try (ResultSet inserted = insert.executeQuery()) {
                inserted.next();
                seq = inserted.getLong(1);
            }
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_CURRENT)) {
            upsert.setString(1, narrative.narrativeId());
            upsert.setInt(2, narrative.revision());
            upsert.setLong(3, seq);
            upsert.setString(4, narrative.mergedInto());
            upsert.executeUpdate();
        }
        if (narrative.mergedInto() != null) {
            try (PreparedStatement move = connection.prepareStatement(MOVE_CLAIMS)) {
                move.setString(1, narrative.narrativeId());
                move.setString(2, narrative.narrativeId());
                move.executeUpdate();
            }
        }
    }

    private static java.sql.Array lowerCased(Connection connection, Stream<String> values) throws SQLException {
        return connection.createArrayOf(
                "text", values.map(value -> value.toLowerCase(Locale.ROOT)).toArray());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
