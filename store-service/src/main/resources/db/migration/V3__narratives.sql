-- Narratives (claimflow.narratives.v1) and what the matcher found for each claim
-- (claimflow.claim-matches.v1). The two topics are read independently: a match may arrive before its
-- claim or its narrative, a merge before the matches of the merged narrative. Writers of both take one
-- advisory transaction lock (NarrativeWriter), so a merge and a match never pass each other unseen.

-- Every accepted revision of a narrative, with the record as it came (body) and the columns the API
-- filters and sorts on. A revision is accepted only when it is higher than the stored one, so replays and
-- reordering change nothing. seq numbers accepted revisions in commit order (writers hold the lock until
-- they commit): it is the live feed's resume point, and GET /narratives pages through the narratives as
-- they stood at one seq, so a narrative that grows meanwhile neither skips nor repeats a page.
CREATE TABLE narrative_revision (
    narrative_id text        NOT NULL,
    revision     integer     NOT NULL,
    seq          bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    merged_into  text,
    claims       integer     NOT NULL,
    -- the number of its sources plus the number of its languages
    spread       integer     NOT NULL,
    -- lower-cased for the filters, which ignore case as GET /claims does
    languages    text[]      NOT NULL,
    sources      text[]      NOT NULL,
    claimants    text[]      NOT NULL,
    entities     text[]      NOT NULL,
    first_seen   timestamptz NOT NULL,
    last_seen    timestamptz NOT NULL,
    body         jsonb       NOT NULL,
    PRIMARY KEY (narrative_id, revision)
);

-- A narrative's history, for pages read as of an earlier seq.
CREATE INDEX narrative_revision_history_idx ON narrative_revision (narrative_id, seq);

-- The current revision of each narrative and, once merged, where it went (as its record says).
CREATE TABLE narrative (
    narrative_id text    PRIMARY KEY,
    revision     integer NOT NULL,
    seq          bigint  NOT NULL,
    merged_into  text
);

-- The narrative a narrative id stands for now: itself, or the survivor at the end of its merges (a
-- chain, since a survivor may be merged in turn). Bounded, so that a cycle in bad data cannot hang it.
CREATE FUNCTION claimflow_narrative_survivor(id text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
WITH RECURSIVE chain (narrative_id, depth) AS (
    SELECT id, 0
    UNION ALL
    SELECT n.merged_into, chain.depth + 1
    FROM chain
    JOIN narrative n ON n.narrative_id = chain.narrative_id
    WHERE n.merged_into IS NOT NULL AND chain.depth < 64
)
SELECT narrative_id FROM chain ORDER BY depth DESC LIMIT 1
$$;

-- Each claim's latest match: the narrative as the record named it and as it resolves now (moved to the
-- survivor when a merge arrives), its links and suggestions with score and evidence, kept apart. No
-- foreign key: a match may arrive before its claim.
CREATE TABLE claim_match (
    claim_id             text        PRIMARY KEY,
    document_id          text        NOT NULL,
    matched_narrative_id text        NOT NULL,
    narrative_id         text        NOT NULL,
    links                jsonb       NOT NULL,
    suggestions          jsonb       NOT NULL,
    matcher_name         text        NOT NULL,
    matcher_version      text        NOT NULL,
    matched_at           timestamptz NOT NULL
);

CREATE INDEX claim_match_narrative_idx ON claim_match (narrative_id, claim_id);
