-- The fact-check library (claimflow.factchecks.v1) and the fact-checks the matcher found for each claim
-- (the factChecks of claimflow.claim-matches.v1).

-- Each fact-check's latest version: every field of the contract's FactCheck, and when and by whom that version
-- was imported. A version imported earlier than the stored one never replaces it (FactCheckWriter), so
-- redeliveries and a compacted topic read again change nothing. seq numbers fact-checks in the order they were
-- first stored and stays when a revision replaces the row: GET /factchecks pages newest first by it, so a
-- fact-check revised while a client pages neither moves into a page already read nor out of one still to come.
CREATE TABLE fact_check (
    fact_check_id  text        PRIMARY KEY,
    seq            bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    url            text,
    claim_reviewed text        NOT NULL,
    title          text,
    verdict        text,
    publisher      text,
    claimant       text,
    date_published date,
    language       text        NOT NULL,
    appearances    text[]      NOT NULL,
    body           text,
    imported_at    timestamptz NOT NULL,
    submitter      text,
    -- The words of the claim reviewed and the title, as written and stemmed in the fact-check's language: the
    -- same vector as a claim's (V2__*.sql), so q means the same on /factchecks as on /claims.
    search         tsvector GENERATED ALWAYS AS (
                       claimflow_search_vector(language, claim_reviewed || ' ' || coalesce(title, ''))) STORED
);

CREATE INDEX fact_check_search_idx ON fact_check USING gin (search);
CREATE INDEX fact_check_verdict_idx ON fact_check (lower(verdict), seq);
CREATE INDEX fact_check_publisher_idx ON fact_check (lower(publisher), seq);
CREATE INDEX fact_check_language_idx ON fact_check (language, seq);

-- The fact-checks of each claim, from the latest match record that carried any: a record without fact-checks
-- (a claim matched before the library knew its fact-check, or a replay) leaves the stored ones in place, so
-- claim_match and the narratives stay as they were. verdicts holds the lower-cased verdicts for the verdict
-- filter. No foreign key: a match may arrive before its claim.
CREATE TABLE claim_fact_check (
    claim_id    text        PRIMARY KEY,
    fact_checks jsonb       NOT NULL,
    verdicts    text[]      NOT NULL,
    matched_at  timestamptz NOT NULL
);

CREATE INDEX claim_fact_check_verdicts_idx ON claim_fact_check USING gin (verdicts);
