-- File uploads (issue 7): one row per uploaded file, processed by a background job that survives restarts
-- (a node claims a row with FOR UPDATE SKIP LOCKED and a lease; an expired lease is claimed again).
CREATE TABLE uploads (
    id                 text PRIMARY KEY,
    environment_id     uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    user_id            uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    filename           text,
    path               text NOT NULL,
    format             text,
    state              text NOT NULL DEFAULT 'queued'
                       CHECK (state IN ('queued', 'processing', 'completed', 'failed')),
    bytes_total        bigint NOT NULL,
    bytes_processed    bigint NOT NULL DEFAULT 0,
    records_processed  integer NOT NULL DEFAULT 0,
    error              text,
    attempts           integer NOT NULL DEFAULT 0,
    locked_until       timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    finished_at        timestamptz
);
CREATE INDEX uploads_runnable ON uploads (created_at) WHERE state IN ('queued', 'processing');
CREATE INDEX uploads_env ON uploads (environment_id, created_at);
