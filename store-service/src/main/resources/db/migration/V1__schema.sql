-- Claimflow store schema: documents, claims and the details of each claim, with the indexes of the
-- query API (GET /claims filters, facets, the live feed).

-- The text search configuration for an ISO 639-1 code: stemming where PostgreSQL has it, else 'simple'.
CREATE FUNCTION claimflow_ts_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT (CASE language
            WHEN 'ar' THEN 'pg_catalog.arabic'     WHEN 'ca' THEN 'pg_catalog.catalan'
            WHEN 'da' THEN 'pg_catalog.danish'     WHEN 'de' THEN 'pg_catalog.german'
            WHEN 'el' THEN 'pg_catalog.greek'      WHEN 'en' THEN 'pg_catalog.english'
            WHEN 'es' THEN 'pg_catalog.spanish'    WHEN 'eu' THEN 'pg_catalog.basque'
            WHEN 'fi' THEN 'pg_catalog.finnish'    WHEN 'fr' THEN 'pg_catalog.french'
            WHEN 'ga' THEN 'pg_catalog.irish'      WHEN 'hi' THEN 'pg_catalog.hindi'
            WHEN 'hu' THEN 'pg_catalog.hungarian'  WHEN 'hy' THEN 'pg_catalog.armenian'
            WHEN 'id' THEN 'pg_catalog.indonesian' WHEN 'it' THEN 'pg_catalog.italian'
            WHEN 'lt' THEN 'pg_catalog.lithuanian' WHEN 'ne' THEN 'pg_catalog.nepali'
            WHEN 'nl' THEN 'pg_catalog.dutch'      WHEN 'no' THEN 'pg_catalog.norwegian'
            WHEN 'nb' THEN 'pg_catalog.norwegian'  WHEN 'pt' THEN 'pg_catalog.portuguese'
            WHEN 'ro' THEN 'pg_catalog.romanian'   WHEN 'ru' THEN 'pg_catalog.russian'
            WHEN 'sr' THEN 'pg_catalog.serbian'    WHEN 'sv' THEN 'pg_catalog.swedish'
            WHEN 'ta' THEN 'pg_catalog.tamil'      WHEN 'tr' THEN 'pg_catalog.turkish'
            WHEN 'yi' THEN 'pg_catalog.yiddish'
            ELSE 'pg_catalog.simple'
        END)::regconfig
$$;

-- Documents as the pipeline reports them: the submission (claimflow.documents.v1) and the outcome of
-- extraction (claimflow.document-status.v1), either of which may arrive first.
CREATE TABLE document (
    document_id       text PRIMARY KEY,
    text              text,
    url               text,
    title             text,
    source            text,
    language          text,
    published_at      timestamptz,
    received_at       timestamptz,
    status            text        NOT NULL CHECK (status IN ('received', 'processed', 'failed')),
    claim_count       integer,
    extractor_name    text,
    extractor_version text,
    processed_at      timestamptz,
    error             text,
    updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX document_source_idx ON document (source);
CREATE INDEX document_published_idx ON document (published_at);

-- One row per claim (claimflow.claims.v1); claim_id is the idempotency key. seq numbers claims in the
-- order their transactions committed (writers serialize on an advisory lock), which keeps "newest
-- first" pages and the live feed exact. A claim may arrive before its document: no foreign key.
CREATE TABLE claim (
    claim_id          text PRIMARY KEY,
    seq               bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    document_id       text             NOT NULL,
    ordinal           integer          NOT NULL,
    text              text             NOT NULL,
    span_start        integer          NOT NULL,
    span_end          integer          NOT NULL,
    language          text             NOT NULL,
    checkworthiness   double precision NOT NULL,
    claimant_name     text,
    claimant_type     text             NOT NULL,
    claimant_quote    boolean          NOT NULL,
    cue               text,
    extractor_name    text             NOT NULL,
    extractor_version text             NOT NULL,
    extracted_at      timestamptz      NOT NULL,
    stored_at         timestamptz      NOT NULL DEFAULT now(),
    -- Words as written (any language) plus their stems in the claim's language, where PostgreSQL has them.
    search            tsvector GENERATED ALWAYS AS (
                          to_tsvector(claimflow_ts_config(language), text) || to_tsvector('pg_catalog.simple', text)) STORED
);

CREATE INDEX claim_document_idx ON claim (document_id, ordinal);
CREATE INDEX claim_search_idx ON claim USING gin (search);
CREATE INDEX claim_language_idx ON claim (language, seq);
CREATE INDEX claim_claimant_idx ON claim (lower(claimant_name), seq);
CREATE INDEX claim_claimant_type_idx ON claim (claimant_type, seq);
CREATE INDEX claim_score_idx ON claim (checkworthiness, seq);

-- The details of a claim, in the order the claim lists them.
CREATE TABLE claim_entity (
    claim_id   text    NOT NULL REFERENCES claim ON DELETE CASCADE,
    position   integer NOT NULL,
    text       text    NOT NULL,
    type       text    NOT NULL,
    normalized text    NOT NULL,
    PRIMARY KEY (claim_id, position)
);

CREATE INDEX claim_entity_normalized_idx ON claim_entity (lower(normalized), claim_id);

CREATE TABLE claim_quantity (
    claim_id text             NOT NULL REFERENCES claim ON DELETE CASCADE,
    position integer          NOT NULL,
    text     text             NOT NULL,
    value    double precision NOT NULL,
    unit     text,
    PRIMARY KEY (claim_id, position)
);

CREATE TABLE claim_date (
    claim_id text    NOT NULL REFERENCES claim ON DELETE CASCADE,
    position integer NOT NULL,
    text     text    NOT NULL,
    value    text    NOT NULL,
    PRIMARY KEY (claim_id, position)
);

CREATE TABLE claim_citation (
    claim_id text    NOT NULL REFERENCES claim ON DELETE CASCADE,
    position integer NOT NULL,
    url      text    NOT NULL,
    PRIMARY KEY (claim_id, position)
);
