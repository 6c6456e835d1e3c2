-- Bulk destinations (every type whose sender writes batches: SQL, Supabase, S3, GCS, SQS, Kafka) read the outbox
-- through a cursor instead of getting one deliveries row per event at fan-out that is then handed off, updated
-- and promoted one by one. A worker leases the destination's cursor, reads the next events after it, writes
-- them to the target in one batch and, in one transaction, records them as delivered (deliveries + attempts
-- rows, so history and replay are unchanged) and moves the cursor on. Events that fail on their own become
-- ordinary deliveries (retried by the per-delivery engine); a batch that fails as a whole (target down) keeps
-- the cursor where it is and backs off along the destination's retry schedule.
--
-- Events are ordered for cursors by (tx, seq): tx is the writing transaction's id. A reader only takes events
-- whose tx is below the oldest transaction still running (pg_snapshot_xmin), so an event committed late with
-- a lower seq can never be skipped.
ALTER TABLE events ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
-- Events meant for one destination only (healthchecks) go through deliveries rows, never through cursors.
ALTER TABLE events ADD COLUMN direct boolean NOT NULL DEFAULT false;
CREATE INDEX events_env_tx ON events (environment_id, tx, seq) WHERE NOT direct;

CREATE TABLE destination_cursors (
    destination_id  text PRIMARY KEY REFERENCES destinations(id) ON DELETE CASCADE,
    environment_id  uuid NOT NULL,
    -- the last event covered: everything at or before (tx, seq) was delivered or handed to a deliveries row
    tx              xid8 NOT NULL,
    seq             bigint NOT NULL,
    -- a batch that failed as a whole is tried again at this time
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    failures        integer NOT NULL DEFAULT 0,
    last_error      text,
    -- the worker holding the cursor, until lease_until (then another may take it over)
    locked_by       text,
    lease_until     timestamptz,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Existing bulk destinations start after every event already fanned out (their open deliveries keep going
-- through the per-delivery engine); events still waiting for fan-out go through the cursor.
INSERT INTO destination_cursors (destination_id, environment_id, tx, seq)
SELECT d.id, d.environment_id, pg_current_xact_id(),
       coalesce((SELECT min(seq) - 1 FROM outbox_pending), (SELECT max(seq) FROM events), 0)
FROM destinations d WHERE d.type <> 'webhook' AND d.deleted_at IS NULL;
