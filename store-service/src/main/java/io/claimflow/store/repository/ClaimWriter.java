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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Writes claims, their details, full-text vectors and the facet rollups in the caller's transaction, a whole batch per
 * statement (each column one array, turned back into rows by {@code unnest}). Claims whose id is stored already are
 * skipped, details and rollups included, so redeliveries change nothing.
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
                               extracted_at, language_pack, claimant_role, claimant_normalized, claimant_key,
                               claimant_parts)
            SELECT id, document, ordinal, text, span_start, span_end, language, score, claimant, claimant_type, quote,
                   cue, extractor, version, extracted::timestamptz, pack, role, normalized, key,
                   string_to_array(parts, ' ')
            FROM unnest(?::text[], ?::text[], ?::int[], ?::text[], ?::int[], ?::int[], ?::text[], ?::float8[],
                        ?::text[], ?::text[], ?::bool[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bool[],
                        ?::text[], ?::text[], ?::text[], ?::text[])
                 AS row(id, document, ordinal, text, span_start, span_end, language, score, claimant, claimant_type,
                        quote, cue, extractor, version, extracted, pack, role, normalized, key, parts)
            ON CONFLICT (claim_id) DO NOTHING
            RETURNING claim_id
            """;
    private static final String INSERT_SEARCH =
            "INSERT INTO claim_search (claim_id, search) SELECT id, claimflow_search_vector(language, text) FROM "
                    + "unnest(?::text[], ?::text[], ?::text[]) AS row(id, language, text) ON CONFLICT DO NOTHING";
    private static final String INSERT_ENTITIES =
            "INSERT INTO claim_entity (claim_id, position, text, type, normalized) SELECT * FROM unnest(?::text[], "
                    + "?::int[], ?::text[], ?::text[], ?::text[])"
                    + " ON CONFLICT DO NOTHING";
    private static final String INSERT_QUANTITIES =
            "INSERT INTO claim_quantity (claim_id, position, text, value, unit) SELECT * FROM unnest(?::text[], "
                    + "?::int[], ?::text[], ?::float8[], ?::text[])"
                    + " ON CONFLICT DO NOTHING";
    private static final String INSERT_DATES =
            "INSERT INTO claim_date (claim_id, position, text, value) SELECT * FROM unnest(?::text[], ?::int[], "
                    + "?::text[], ?::text[])"
                    + " ON CONFLICT DO NOTHING";
    private static final String INSERT_CITATIONS =
            "INSERT INTO claim_citation (claim_id, position, url) SELECT * FROM unnest(?::text[], ?::int[], ?::text[])"
                    + " ON CONFLICT DO NOTHING";

    private final EntityManager entityManager;
    private final FacetRollups rollups;

    public ClaimWriter(EntityManager entityManager, FacetRollups rollups) {
        this.entityManager = entityManager;
        this.rollups = rollups;
    }

    /** Stores the claims not stored yet and returns those; must run inside a transaction. */
    public List<ClaimExtracted> insertNew(List<ClaimExtracted> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            // Details and full-text vectors first, outside the sequence lock, so that store instances hold it only
            // for the claim rows; a row stored already is skipped by its key. Rows go in claim id order, so two
            // writers holding the same claims (a redelivery after a rebalance) take their row locks in one order.
            insertDetails(connection, sortedById(claims));
            lockSequence(connection);
            List<ClaimExtracted> inserted = insertClaims(connection, claims);
            rollups.add(connection, inserted);
            return inserted;
        });
    }

    private static List<ClaimExtracted> sortedById(List<ClaimExtracted> claims) {
        Map<String, ClaimExtracted> byId = new TreeMap<>();
        claims.forEach(claim -> byId.putIfAbsent(claim.claimId(), claim));
        return List.copyOf(byId.values());
    }

    private static void lockSequence(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, SEQUENCE_LOCK);
            lock.execute();
        }
    }

    private static List<ClaimExtracted> insertClaims(Connection connection, List<ClaimExtracted> claims)
            throws SQLException {
        ArrayColumns columns = new ArrayColumns(20);
        for (ClaimExtracted claim : claims) {
            ClaimExtracted.Claimant claimant = claim.claimant();
            String identity = ClaimantKeys.identity(claimant);
            columns.add(
                    claim.claimId(),
                    claim.documentId(),
                    claim.ordinal(),
                    claim.text(),
                    claim.span().start(),
                    claim.span().end(),
                    claim.language(),
                    claim.checkworthiness(),
                    claimant.name(),
                    claimant.type().wireName(),
                    claimant.quote(),
                    claim.cue(),
                    claim.extractor().name(),
                    claim.extractor().version(),
                    claim.extractedAt().toString(),
                    claim.languagePack(),
                    claimant.role(),
                    claimant.normalized(),
                    identity,
                    ClaimantKeys.parts(identity, claimant.name()));
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
        ArrayColumns search = new ArrayColumns(3);
        ArrayColumns entities = new ArrayColumns(5);
        ArrayColumns quantities = new ArrayColumns(5);
        ArrayColumns dates = new ArrayColumns(4);
        ArrayColumns citations = new ArrayColumns(3);
        for (ClaimExtracted claim : claims) {
            search.add(claim.claimId(), claim.language(), claim.text());
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
        search.insert(connection, INSERT_SEARCH, "text", "text", "text");
        entities.insert(connection, INSERT_ENTITIES, "text", "int4", "text", "text", "text");
        quantities.insert(connection, INSERT_QUANTITIES, "text", "int4", "text", "float8", "text");
        dates.insert(connection, INSERT_DATES, "text", "int4", "text", "text");
        citations.insert(connection, INSERT_CITATIONS, "text", "int4", "text");
    }
}
