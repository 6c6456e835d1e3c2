-- Delivery: destinations, one delivery per event × destination, one attempt per try (the Svix model).
-- Statuses are readable text with CHECK constraints so operators can query these tables directly.

CREATE TABLE destinations (
    id                            text PRIMARY KEY,
    environment_id                uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    type                          text NOT NULL,
    -- Type-specific settings as validated by the destination's sender; secret fields hold SecretBox ciphertext.
    config                        jsonb NOT NULL,
    active                        boolean NOT NULL DEFAULT true,
    disabled_reason               text,
    timeout_ms                    integer CHECK (timeout_ms IS NULL OR timeout_ms BETWEEN 100 AND 300000),
    retry_schedule_seconds        integer[],
    healthcheck_enabled           boolean NOT NULL DEFAULT true,
    healthcheck_interval_seconds  integer CHECK (healthcheck_interval_seconds IS NULL OR healthcheck_interval_seconds >= 10),
    last_healthcheck_at           timestamptz,
    version                       bigint NOT NULL DEFAULT 1,
    created_at                    timestamptz NOT NULL DEFAULT now(),
    updated_at                    timestamptz NOT NULL DEFAULT now(),
    deleted_at                    timestamptz
);
CREATE INDEX destinations_env ON destinations (environment_id) WHERE deleted_at IS NULL;

CREATE TABLE deliveries (
    id               text PRIMARY KEY,
    event_id         text NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    destination_id   text NOT NULL REFERENCES destinations(id) ON DELETE CASCADE,
    environment_id   uuid NOT NULL,
    user_id          uuid,
    -- Ordering stream: user_id/type. Within a stream (per destination) deliveries go out one at a time in
    -- event_seq order: only the stream's head is pending/delivering, the rest are 'waiting' and the head's
    -- completion (delivered or finally failed) promotes the next one. NULL (events without a user): unordered.
    stream           text,
    event_seq        bigint NOT NULL,
    status           text NOT NULL CHECK (status IN ('waiting', 'pending', 'delivering', 'delivered', 'failed')),
    attempt_count    integer NOT NULL DEFAULT 0,
    -- When pending: when the next try is due. When delivering: when the lease expires (a crashed worker's
    -- deliveries become claimable again then).
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    locked_by        text,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    delivered_at     timestamptz,
    UNIQUE (event_id, destination_id)
);
CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status IN ('pending', 'delivering');
CREATE INDEX deliveries_open_stream ON deliveries (destination_id, stream, event_seq)
    WHERE status IN ('waiting', 'pending', 'delivering');
CREATE INDEX deliveries_env_created ON deliveries (environment_id, created_at);
CREATE INDEX deliveries_dest_delivered ON deliveries (destination_id, delivered_at) WHERE delivered_at IS NOT NULL;

CREATE TABLE attempts (
    id            bigserial PRIMARY KEY,
    delivery_id   text NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
    attempted_at  timestamptz NOT NULL,
    status_code   integer,
    error         text,
    duration_ms   integer NOT NULL,
    response      text
);
CREATE INDEX attempts_delivery ON attempts (delivery_id, id);
