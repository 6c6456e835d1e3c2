-- Which node holds a connection's scheduled pull (issue 24: crash recovery in seconds). A pull claimed by a node
-- whose heartbeat expires (nodes, V11) is due again at once instead of after the 10-minute claim.
ALTER TABLE connections ADD COLUMN sync_held_by text;
