-- Periodic app-level upkeep of each developer app at each provider (issue 13: Connector.maintainApp, e.g. Oura's
-- webhook subscriptions renewed before they expire). One row per provider and app (the environment id, or
-- 'default' for the deployment-wide client), claimed with FOR UPDATE SKIP LOCKED so one node runs it; held_by is
-- the claiming node (V11 heartbeat), so a dead node's claim is free again at once.
CREATE TABLE app_maintenance (
    provider     text NOT NULL,
    app_ref      text NOT NULL,
    next_run_at  timestamptz NOT NULL,
    held_by      text,
    last_run_at  timestamptz,
    last_error   text,
    PRIMARY KEY (provider, app_ref)
);
CREATE INDEX app_maintenance_due ON app_maintenance (next_run_at);
