-- Claimants as identities, and search that ignores accents.
--
-- 1. unaccent ships with PostgreSQL (contrib) and is a trusted extension: the database's owner may create it. It
--    folds the words of search (4.); names are folded by the store itself (ClaimantNames in contracts), the same in
--    every locale a server may run in.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- 2. A claim's claimant: its role and normalised form as extract-engine sends them (ClaimExtracted.Claimant), its
--    identity (the normalised form, else the folded name, for claims sent before identities) and the parts the
--    claimant filter matches: the words of the identity and of the name as written, so "ONS" finds the claims of the
--    Office for National Statistics whose documents wrote "ONS".
ALTER TABLE claim
    ADD COLUMN claimant_role text,
    ADD COLUMN claimant_normalized text,
    ADD COLUMN claimant_key text,
    ADD COLUMN claimant_parts text[];

-- Claims stored before: their name folded by PostgreSQL, close to what the store does for new claims (in a server
-- whose locale is C, letters beyond ASCII keep their case).
UPDATE claim
SET claimant_key = lower(unaccent(claimant_name)),
    claimant_parts = array_remove(regexp_split_to_array(lower(unaccent(claimant_name)), '[[:space:][:punct:]]+'), '')
WHERE claimant_name IS NOT NULL;

DROP INDEX claim_claimant_idx;
CREATE INDEX claim_claimant_parts_idx ON claim USING gin (claimant_parts);

-- 3. The claimant rollup counts identities: one row per identity, type, language and score bucket, shown by the
--    longest name it was written with ("Sergei Surovikin" rather than "Surovikin").
TRUNCATE claimant_rollup;
ALTER TABLE claimant_rollup
    DROP CONSTRAINT claimant_rollup_key,
    ADD COLUMN claimant_key text,
    ADD CONSTRAINT claimant_rollup_key UNIQUE NULLS NOT DISTINCT (claimant_key, claimant_type, language, score_bucket);

INSERT INTO claimant_rollup (claimant_key, claimant_name, claimant_type, language, score_bucket, claims)
SELECT claimant_key,
       (array_agg(claimant_name ORDER BY length(claimant_name) DESC NULLS LAST, claimant_name))[1],
       claimant_type,
       language,
       claimflow_score_bucket(checkworthiness),
       count(*)
FROM claim
GROUP BY claimant_key, claimant_type, language, claimflow_score_bucket(checkworthiness);

-- 4. Search: the words as written give way to the words folded, on claims and fact-checks alike, with the stems in
--    the text's language as before; a query is folded the same way (FilterSql).
CREATE TEXT SEARCH CONFIGURATION claimflow_folded (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION claimflow_folded
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;

CREATE OR REPLACE FUNCTION claimflow_search_vector(language text, sentence text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT to_tsvector(claimflow_ts_config(language), sentence) || to_tsvector('claimflow_folded', sentence)
$$;

UPDATE claim_search s
SET search = claimflow_search_vector(c.language, c.text)
FROM claim c
WHERE c.claim_id = s.claim_id;

-- A generated column is computed when its row is written: drop and add it again to compute it with the new vector.
ALTER TABLE fact_check DROP COLUMN search;
ALTER TABLE fact_check
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        claimflow_search_vector(language, claim_reviewed || ' ' || coalesce(title, ''))) STORED;
CREATE INDEX fact_check_search_idx ON fact_check USING gin (search);
