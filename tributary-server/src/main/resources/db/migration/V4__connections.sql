-- Connecting users: provider settings per environment, widget sessions, in-flight auth flows,
-- connections with encrypted tokens, mobile SDK auth tokens, and the sandbox provider's own OAuth server.

-- Per-environment provider settings ("bring your own keys"); no row = descriptor defaults.
CREATE TABLE provider_configs (
    environment_id     uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    provider           text NOT NULL,
    enabled            boolean,
    client_id          text,
    client_secret_enc  text,
    redirect_url       text,
    scopes             text,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (environment_id, provider)
);

-- Hosted widget sessions (generateWidgetSession); single use, 900 s.
CREATE TABLE widget_sessions (
    id                         uuid PRIMARY KEY,
    environment_id             uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    providers                  text[] NOT NULL DEFAULT '{}',
    language                   text,
    reference_id               text,
    auth_success_redirect_url  text,
    auth_failure_redirect_url  text,
    show_disconnect            boolean NOT NULL DEFAULT false,
    created_at                 timestamptz NOT NULL DEFAULT now(),
    expires_at                 timestamptz NOT NULL,
    used_at                    timestamptz
);

-- One in-flight authorisation per pending user: the OAuth state (stored hashed), PKCE verifier and
-- OAuth 1.0a request-token secret (encrypted), and where to send the browser afterwards.
CREATE TABLE auth_flows (
    id                         text PRIMARY KEY,
    environment_id             uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    user_id                    uuid NOT NULL,
    provider                   text NOT NULL,
    state_hash                 text NOT NULL UNIQUE,
    widget_session_id          uuid,
    reference_id               text,
    language                   text,
    auth_success_redirect_url  text,
    auth_failure_redirect_url  text,
    redirect_uri               text NOT NULL,
    pkce_verifier_enc          text,
    request_token              text,
    request_token_secret_enc   text,
    created_at                 timestamptz NOT NULL DEFAULT now(),
    expires_at                 timestamptz NOT NULL,
    consumed_at                timestamptz
);
CREATE INDEX auth_flows_request_token ON auth_flows (request_token) WHERE request_token IS NOT NULL;
CREATE INDEX auth_flows_expires ON auth_flows (expires_at) WHERE consumed_at IS NULL;

-- A connected user's credentials at the provider. Tokens and secrets are AES-GCM ciphertext (SecretBox).
CREATE TABLE connections (
    user_id            uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    environment_id     uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    provider           text NOT NULL,
    provider_user_id   text,
    access_token_enc   text,
    refresh_token_enc  text,
    token_secret_enc   text,
    credentials_enc    text,
    expires_at         timestamptz,
    scopes             text,
    status             text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'error', 'revoked')),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    refreshed_at       timestamptz,
    backfilled_at      timestamptz,
    last_sync_at       timestamptz,
    next_sync_at       timestamptz
);
CREATE INDEX connections_due ON connections (next_sync_at) WHERE status = 'active';
CREATE INDEX connections_env_provider ON connections (environment_id, provider);

-- generateAuthToken: single-use, 180 s, stored hashed.
CREATE TABLE sdk_auth_tokens (
    token_hash      text PRIMARY KEY,
    environment_id  uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    used_at         timestamptz
);

-- The SANDBOX provider's authorization server: codes and tokens, stored hashed.
CREATE TABLE sandbox_oauth_codes (
    code_hash       text PRIMARY KEY,
    client_id       text NOT NULL,
    redirect_uri    text NOT NULL,
    code_challenge  text,
    scope           text,
    account_id      text NOT NULL,
    expires_at      timestamptz NOT NULL,
    used_at         timestamptz
);

CREATE TABLE sandbox_oauth_tokens (
    token_hash  text PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('access', 'refresh')),
    client_id   text NOT NULL,
    account_id  text NOT NULL,
    scope       text,
    grant_id    text NOT NULL,
    expires_at  timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sandbox_oauth_tokens_grant ON sandbox_oauth_tokens (grant_id);
