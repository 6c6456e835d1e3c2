-- Crash recovery in seconds (docs/delivery.md, Crash recovery). Every running server process (node) keeps a row
-- here and renews it every few seconds (NodeHeartbeat). Work a node leases (deliveries, bulk cursors, read jobs,
-- and whatever else names its holder by node id) is freed by any other node as soon as the holder's row has
-- expired, instead of waiting for the work's own lease, which must cover a whole send or job.
CREATE TABLE nodes (
    id           text PRIMARY KEY,
    host         text,
    pid          bigint,
    started_at   timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL
);

-- An attempt is recorded before its request goes out ('sending', by the node that sends it) and completed
-- after ('done'); a node that dies in between leaves it 'interrupted' (the receiver may or may not have got it),
-- so the history counts every send a receiver may have seen. Rows written before this migration are 'done'.
ALTER TABLE attempts ADD COLUMN status text NOT NULL DEFAULT 'done'
    CHECK (status IN ('sending', 'done', 'interrupted'));
ALTER TABLE attempts ADD COLUMN sent_by text;
ALTER TABLE attempts ALTER COLUMN duration_ms DROP NOT NULL;
CREATE INDEX attempts_sending ON attempts (sent_by) WHERE status = 'sending';

-- The node running a read job, so its job is freed when that node's heartbeat expires.
ALTER TABLE read_jobs ADD COLUMN locked_by text;
