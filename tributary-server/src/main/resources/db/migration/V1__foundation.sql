-- Foundation: developers, their three environments, API keys, typed settings, end users, and the event outbox.
-- Statuses are readable text with CHECK constraints so operators can query these tables directly.

CREATE TABLE developers (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE environments (
    id                           uuid PRIMARY KEY,
    developer_id                 uuid NOT NULL REFERENCES developers(id) ON DELETE CASCADE,
    name                         text NOT NULL CHECK (name IN ('testing', 'staging', 'production')),
    dev_id                       text NOT NULL UNIQUE,
    signing_secret_enc           text NOT NULL,
    previous_signing_secret_enc  text,
    previous_secret_expires_at   timestamptz,
    user_cap                     integer CHECK (user_cap IS NULL OR user_cap >= 0),
    authenticated_users          integer NOT NULL DEFAULT 0 CHECK (authenticated_users >= 0),
    created_at                   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (developer_id, name),
    CHECK (user_cap IS NULL OR authenticated_users <= user_cap)
);

CREATE TABLE api_keys (
    id              text PRIMARY KEY,
    environment_id  uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    prefix          text NOT NULL,
    key_hash        bytea NOT NULL,
    label           text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
CREATE INDEX api_keys_env_prefix ON api_keys (environment_id, prefix);

-- Typed per-environment settings; later issues add columns here (never a free-form blob).
CREATE TABLE environment_settings (
    environment_id             uuid PRIMARY KEY REFERENCES environments(id) ON DELETE CASCADE,
    default_providers          text[] NOT NULL DEFAULT '{}',
    activity_enabled           boolean NOT NULL DEFAULT true,
    daily_enabled              boolean NOT NULL DEFAULT true,
    body_enabled               boolean NOT NULL DEFAULT true,
    sleep_enabled              boolean NOT NULL DEFAULT true,
    nutrition_enabled          boolean NOT NULL DEFAULT true,
    menstruation_enabled       boolean NOT NULL DEFAULT true,
    athlete_enabled            boolean NOT NULL DEFAULT true,
    samples_default            boolean NOT NULL DEFAULT false,
    auth_success_redirect_url  text,
    auth_failure_redirect_url  text,
    widget_display_name        text,
    widget_primary_color       text CHECK (widget_primary_color IS NULL OR widget_primary_color ~ '^#[0-9A-Fa-f]{6}$'),
    widget_logo_url            text,
    default_language           text NOT NULL DEFAULT 'en',
    updated_at                 timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id                   uuid PRIMARY KEY,
    environment_id       uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    provider             text NOT NULL,
    reference_id         text,
    scopes               text,
    active               boolean NOT NULL DEFAULT true,
    state                text NOT NULL CHECK (state IN ('pending', 'authenticated', 'deauthenticated')),
    provider_user_id     text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    authenticated_at     timestamptz,
    last_webhook_update  timestamptz
);
CREATE INDEX users_env_state ON users (environment_id, state, created_at);
CREATE INDEX users_env_reference ON users (environment_id, reference_id) WHERE reference_id IS NOT NULL;
CREATE INDEX users_env_provider_account ON users (environment_id, provider, provider_user_id)
    WHERE provider_user_id IS NOT NULL;

-- The outbox: every event is written here in the same transaction as the change that caused it.
-- The delivery module fans each event out to the environment's destinations.
CREATE TABLE events (
    seq             bigserial UNIQUE,
    id              text PRIMARY KEY,
    environment_id  uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    user_id         uuid,
    type            text NOT NULL,
    reference       text NOT NULL,
    payload         jsonb NOT NULL,
    ordering_ts     timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    dispatched_at   timestamptz
);
CREATE INDEX events_undispatched ON events (seq) WHERE dispatched_at IS NULL;
CREATE INDEX events_env_created ON events (environment_id, created_at);
CREATE INDEX events_env_user ON events (environment_id, user_id, created_at);
CREATE INDEX events_env_reference ON events (environment_id, reference);
