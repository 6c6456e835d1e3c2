-- Undispatched events are listed in a narrow queue table instead of being found through a partial index on
-- events.dispatched_at: marking an event dispatched used to rewrite its whole row (payload included) and add an
-- entry to each of its indexes; now it deletes one small row. The writer adds the queue row in the same
-- statement as the event.
CREATE TABLE outbox_pending (
    seq bigint PRIMARY KEY
);
INSERT INTO outbox_pending (seq) SELECT seq FROM events WHERE dispatched_at IS NULL;
DROP INDEX events_undispatched;
ALTER TABLE events DROP COLUMN dispatched_at;
