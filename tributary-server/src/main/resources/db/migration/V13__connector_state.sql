-- Small key-value state connectors keep between calls (issue 13): per connection (subscription ids, cursors,
-- the backfill windows already asked for) and per developer app (app-wide webhook subscriptions). Values are short
-- strings, never payloads. V13, not V12: V12 is taken by an upload change in flight.
CREATE TABLE connection_state (
    user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    key         text NOT NULL,
    value       text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);

CREATE TABLE app_state (
    provider    text NOT NULL,
    app_ref     text NOT NULL, -- the environment id, or 'default' for the deployment-wide client
    key         text NOT NULL,
    value       text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, app_ref, key)
);
