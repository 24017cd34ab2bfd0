-- Claimflow store schema: documents, claims and the details of each claim, with the indexes of the
-- query API (GET /claims filters, facets, the live feed).

-- The text search configuration for an ISO 639-1 code: stemming where PostgreSQL has it, else 'simple'.
-- Each branch is a typed constant, so the generated column pays no catalog lookup per row.
CREATE FUNCTION claimflow_ts_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT CASE language
           WHEN 'ar' THEN 'pg_catalog.arabic'::regconfig
           WHEN 'ca' THEN 'pg_catalog.catalan'::regconfig
           WHEN 'da' THEN 'pg_catalog.danish'::regconfig
           WHEN 'de' THEN 'pg_catalog.german'::regconfig
           WHEN 'el' THEN 'pg_catalog.greek'::regconfig
           WHEN 'en' THEN 'pg_catalog.english'::regconfig
           WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
           WHEN 'eu' THEN 'pg_catalog.basque'::regconfig
           WHEN 'fi' THEN 'pg_catalog.finnish'::regconfig
           WHEN 'fr' THEN 'pg_catalog.french'::regconfig
           WHEN 'ga' THEN 'pg_catalog.irish'::regconfig
           WHEN 'hi' THEN 'pg_catalog.hindi'::regconfig
           WHEN 'hu' THEN 'pg_catalog.hungarian'::regconfig
           WHEN 'hy' THEN 'pg_catalog.armenian'::regconfig
           WHEN 'id' THEN 'pg_catalog.indonesian'::regconfig
           WHEN 'it' THEN 'pg_catalog.italian'::regconfig
           WHEN 'lt' THEN 'pg_catalog.lithuanian'::regconfig
           WHEN 'ne' THEN 'pg_catalog.nepali'::regconfig
           WHEN 'nl' THEN 'pg_catalog.dutch'::regconfig
           WHEN 'no' THEN 'pg_catalog.norwegian'::regconfig
           WHEN 'nb' THEN 'pg_catalog.norwegian'::regconfig
           WHEN 'pt' THEN 'pg_catalog.portuguese'::regconfig
           WHEN 'ro' THEN 'pg_catalog.romanian'::regconfig
           WHEN 'ru' THEN 'pg_catalog.russian'::regconfig
           WHEN 'sr' THEN 'pg_catalog.serbian'::regconfig
           WHEN 'sv' THEN 'pg_catalog.swedish'::regconfig
           WHEN 'ta' THEN 'pg_catalog.tamil'::regconfig
           WHEN 'tr' THEN 'pg_catalog.turkish'::regconfig
           WHEN 'yi' THEN 'pg_catalog.yiddish'::regconfig
           ELSE 'pg_catalog.simple'::regconfig
       END
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
