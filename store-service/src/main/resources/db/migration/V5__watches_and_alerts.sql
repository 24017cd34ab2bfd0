-- Watches (saved claim filters, POST /watches) and the alerts they fired: the alert table is the outbox of
-- claimflow.alerts.v1 and of the watches' webhooks.

-- A watch: its filter as the parameters of GET /claims it was given (read again by ClaimQueryParser, so a watch
-- means what the same query means), and the webhook with the secret its bodies are signed with. last_error and
-- last_delivered_at tell the watch's owner how its webhook fares.
CREATE TABLE watch (
    watch_id          text        PRIMARY KEY,
    seq               bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    name              text        NOT NULL,
    filter            jsonb       NOT NULL,
    webhook           text,
    secret            text,
    created_at        timestamptz NOT NULL,
    last_error        text,
    last_error_at     timestamptz,
    last_delivered_at timestamptz,
    CHECK ((webhook IS NULL) = (secret IS NULL))
);

-- One alert per watch and claim: the firing inserts with ON CONFLICT DO NOTHING in the transaction of the batch that
-- stored the claim or its match, so a redelivered batch, a replay or a restart fires nothing twice. No foreign key: a
-- watch deleted while a batch fires it must not fail the batch (and send its records to the DLQ); deleting a watch
-- deletes its alerts, and the outbox reads alerts joined to their watch, so a late one is never sent.
-- body is the AlertFired JSON as first published; the webhook sends exactly these bytes (they are what is signed), on
-- every attempt. published_at: on claimflow.alerts.v1. The webhook's schedule survives restarts: attempts made so
-- far, when the next is due, and how the delivery ended (delivered_at, or dead_lettered_at with the last error).
CREATE TABLE alert (
    watch_id         text        NOT NULL,
    claim_id         text        NOT NULL,
    seq              bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    fired_at         timestamptz NOT NULL,
    body             text,
    published_at     timestamptz,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    delivered_at     timestamptz,
    dead_lettered_at timestamptz,
    last_error       text,
    PRIMARY KEY (watch_id, claim_id)
);

-- What the publisher and the webhook deliverer look for, oldest first.
CREATE INDEX alert_unpublished_idx ON alert (seq) WHERE published_at IS NULL;
CREATE INDEX alert_webhook_due_idx ON alert (next_attempt_at)
    WHERE next_attempt_at IS NOT NULL AND delivered_at IS NULL AND dead_lettered_at IS NULL;
