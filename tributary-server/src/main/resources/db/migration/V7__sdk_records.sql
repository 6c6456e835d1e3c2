-- Mobile SDK ingestion (issue 7 part 3): one row per SDK connection (the hashed per-connection secret the app
-- uses as a Bearer token) and every raw record an app posted, keyed by (user, platform record id) so a batch sent
-- again changes nothing. Daily/Sleep/Activity/Body/Nutrition/Menstruation are recomputed from these rows.
CREATE TABLE sdk_connections (
    user_id         uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    environment_id  uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    provider        text NOT NULL,
    device_id       text,
    secret_hash     bytea NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sdk_records (
    user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    record_id       text NOT NULL,
    environment_id  uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    platform        text NOT NULL,
    record_type     text NOT NULL,
    kind            text NOT NULL,
    start_ts        timestamptz,
    end_ts          timestamptz,
    offset_seconds  integer NOT NULL DEFAULT 0,
    local_date      date,
    value           double precision,
    extra           jsonb,
    raw             jsonb NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, record_id)
);
CREATE INDEX sdk_records_user_kind_day ON sdk_records (user_id, kind, local_date);
CREATE INDEX sdk_records_user_kind_start ON sdk_records (user_id, kind, start_ts);
