-- Writes at scale and facets that do not grow with the store.
--
-- 1. The details of a claim no longer reference the claim row: the writer stores a batch's details
--    before it takes the sequence lock (so concurrent writers, such as several store instances, do that
--    work in parallel and queue only for the claim rows), and the key
--    lookup every detail row paid into claim's primary key bought nothing, since details are only
--    written in the same transaction as their claim. Nothing deletes claims.
ALTER TABLE claim_entity DROP CONSTRAINT claim_entity_claim_id_fkey;
ALTER TABLE claim_quantity DROP CONSTRAINT claim_quantity_claim_id_fkey;
ALTER TABLE claim_date DROP CONSTRAINT claim_date_claim_id_fkey;
ALTER TABLE claim_citation DROP CONSTRAINT claim_citation_claim_id_fkey;

-- 2. The full-text vector of a claim moves to a table of its own, written like the details before the
--    sequence lock: computing it and adding it to the GIN index was the larger part of a claim's
--    insert, which writers do one at a time. Same vector as before: the words as written plus their
--    stems in the claim's language, where PostgreSQL has them.
CREATE FUNCTION claimflow_search_vector(language text, sentence text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT to_tsvector(claimflow_ts_config(language), sentence) || to_tsvector('pg_catalog.simple', sentence)
$$;

CREATE TABLE claim_search (
    claim_id text     PRIMARY KEY,
    search   tsvector NOT NULL
);

INSERT INTO claim_search (claim_id, search)
SELECT claim_id, search FROM claim;

ALTER TABLE claim DROP COLUMN search;
CREATE INDEX claim_search_idx ON claim_search USING gin (search);

-- A claimant type matches about one claim in six: newest-first pages find theirs as fast by walking
-- claim's seq index, and the index cost every write.
DROP INDEX claim_claimant_type_idx;

-- 3. Facet rollups: how many claims per claimant (and per entity) per language and score bucket,
--    kept in the transaction that stores the claims, so /claimants and /entities filtered by
--    nothing, language, claimant type or a minScore on a bucket boundary add up a few thousand
--    rows instead of counting every matching claim. Other filters count the claims themselves.

-- Bucket k (0..9) holds the scores with exactly k of the boundaries 0.1 .. 0.9 at or below them, so
-- "checkworthiness >= 0.k" is "bucket >= k" for each boundary, with the same float8 comparisons.
CREATE FUNCTION claimflow_score_bucket(score double precision) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT width_bucket(score, '{0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9}'::float8[])
$$;

CREATE TABLE claimant_rollup (
    claimant_name text,
    claimant_type text    NOT NULL,
    language      text    NOT NULL,
    score_bucket  integer NOT NULL,
    claims        bigint  NOT NULL,
    CONSTRAINT claimant_rollup_key UNIQUE NULLS NOT DISTINCT (claimant_name, claimant_type, language, score_bucket)
) WITH (fillfactor = 70);

CREATE TABLE entity_rollup (
    normalized   text    NOT NULL,
    type         text    NOT NULL,
    language     text    NOT NULL,
    score_bucket integer NOT NULL,
    claims       bigint  NOT NULL,
    PRIMARY KEY (normalized, type, language, score_bucket)
) WITH (fillfactor = 70);

INSERT INTO claimant_rollup (claimant_name, claimant_type, language, score_bucket, claims)
SELECT claimant_name, claimant_type, language, claimflow_score_bucket(checkworthiness), count(*)
FROM claim
GROUP BY 1, 2, 3, 4;

INSERT INTO entity_rollup (normalized, type, language, score_bucket, claims)
SELECT x.normalized, x.type, c.language, claimflow_score_bucket(c.checkworthiness), count(DISTINCT c.claim_id)
FROM claim c
JOIN claim_entity x ON x.claim_id = c.claim_id
GROUP BY 1, 2, 3, 4;
