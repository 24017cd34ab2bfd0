-- Documents as the pipeline reports them: the submission (claimflow.documents.v1) and the outcome
-- of extraction (claimflow.document-status.v1), either of which may arrive first.
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

-- One row per claim (claimflow.claims.v1). claim_id is the idempotency key: a redelivered claim is
-- ignored. seq orders claims by arrival in the store, which makes "newest first" pages stable.
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
    entities          jsonb            NOT NULL,
    quantities        jsonb            NOT NULL,
    dates             jsonb            NOT NULL,
    citations         jsonb            NOT NULL,
    extractor_name    text             NOT NULL,
    extractor_version text             NOT NULL,
    extracted_at      timestamptz      NOT NULL,
    stored_at         timestamptz      NOT NULL DEFAULT now()
);

CREATE INDEX claim_document_idx ON claim (document_id, ordinal);
