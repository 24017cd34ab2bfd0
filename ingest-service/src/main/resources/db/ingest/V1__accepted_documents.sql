-- ingest-service's index of the documents it has published: one row per document id, so that a resubmission is
-- recognised by every instance, after restarts and after the documents topic's retention dropped the record.
-- A row is written before the publish (accepted = false: under way, or in doubt if the publisher is gone) and marked
-- accepted once Kafka acknowledged it; the primary key lets only one submission of an id publish.
CREATE TABLE accepted_document (
    document_id text PRIMARY KEY,
    -- The document's content key (StableIds.documentId of its text and URL): a resubmission with another is a 409.
    content_key text NOT NULL,
    accepted boolean NOT NULL,
    -- When the latest publish began, by the publishing instance's clock (the clock that stamps the Kafka record):
    -- where a publish is in doubt, the topic is searched from there.
    attempt_at timestamptz NOT NULL,
    accepted_at timestamptz
);
