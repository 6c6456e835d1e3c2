-- Provider rate limits enforced across every node sharing this database (issue 13): one counter per declared
-- limit, developer app (the environment id, or 'default' for the deployment-wide client), scope (the whole app, or
-- one user) and fixed window, incremented only while it stays within the limit; and the pause a provider's 429
-- Retry-After puts on one app's calls to it.
CREATE TABLE provider_quota_windows (
    provider      text NOT NULL,
    app_ref       text NOT NULL,
    bucket        text NOT NULL, -- '<unit>/<window seconds>/<app | user:<uuid>>'
    window_start  timestamptz NOT NULL,
    used          bigint NOT NULL CHECK (used >= 0),
    expires_at    timestamptz NOT NULL,
    PRIMARY KEY (provider, app_ref, bucket, window_start)
);
CREATE INDEX provider_quota_windows_expiry ON provider_quota_windows (expires_at);

CREATE TABLE provider_pauses (
    provider      text NOT NULL,
    app_ref       text NOT NULL,
    paused_until  timestamptz NOT NULL,
    PRIMARY KEY (provider, app_ref)
);
