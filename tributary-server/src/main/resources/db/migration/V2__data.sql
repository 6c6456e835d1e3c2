-- Normalised data (issue 3): one row per data object, the payload as JSONB plus the columns needed to query
-- and dedupe. Identity keys follow spec decision 17 (summary_id for activity/sleep, the local date of
-- metadata.start_time for daily/body/nutrition/menstruation, 'athlete' for the athlete, the workout id for
-- planned workouts). A newer copy replaces the stored one and increments version.

CREATE TABLE data_objects (
    id              bigserial PRIMARY KEY,
    environment_id  uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    type            text NOT NULL CHECK (type IN ('activity', 'sleep', 'body', 'daily', 'nutrition',
                                                  'menstruation', 'athlete', 'planned_workout')),
    identity_key    text NOT NULL,
    -- metadata.start_time as an instant, and as the wall-clock time written in the object (its own offset):
    -- date-based range reads compare start_local, so 2022-10-28 means that day wherever the user was.
    start_time      timestamptz,
    start_local     timestamp,
    end_time        timestamptz,
    payload         jsonb NOT NULL,
    payload_bytes   integer NOT NULL,
    -- the payload without its sample arrays (with_samples=false), precomputed at ingest so reads only copy
    -- bytes; NULL when the payload has no sample arrays (then it is the payload itself)
    summary         jsonb,
    received_at     timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 1,
    UNIQUE (environment_id, user_id, type, identity_key)
);
-- One user's range read is an index range scan on this index.
CREATE INDEX data_objects_range ON data_objects (environment_id, user_id, type, start_local);

-- Which [range_start, range_end) of a data type has already been pulled from the user's provider, so a read
-- of a range the store does not have yet fetches it first (and only the missing parts).
CREATE TABLE fetched_ranges (
    id              bigserial PRIMARY KEY,
    environment_id  uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    type            text NOT NULL,
    range_start     timestamptz NOT NULL,
    range_end       timestamptz NOT NULL CHECK (range_end > range_start),
    fetched_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fetched_ranges_user ON fetched_ranges (environment_id, user_id, type, range_start);

-- Asynchronous reads (to_webhook=true): claimed by any node with FOR UPDATE SKIP LOCKED, so they survive
-- restarts and run once across several nodes.
CREATE TABLE read_jobs (
    id              text PRIMARY KEY,
    environment_id  uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    type            text NOT NULL,
    reference       text NOT NULL,
    range_json      jsonb NOT NULL,
    with_samples    boolean NOT NULL,
    large           boolean NOT NULL,
    status          text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
    attempts        integer NOT NULL DEFAULT 0,
    run_after       timestamptz NOT NULL DEFAULT now(),
    locked_until    timestamptz,
    processing_sent boolean NOT NULL DEFAULT false,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz
);
CREATE INDEX read_jobs_runnable ON read_jobs (run_after) WHERE status IN ('queued', 'running');
