-- The outbox payload is kept as json (the text as written, validated on insert) instead of jsonb. Nothing queries
-- inside it and every reader wants the text back, while jsonb parsed each payload into its binary form on insert and
-- rebuilt the text at every fan-out, claim and hand-off: CPU on the hottest path of delivery (bench/RESULTS.md,
-- Delivery). json also keeps the key order the serializer wrote (Terra's field order) in what receivers get.
ALTER TABLE events ALTER COLUMN payload TYPE json USING payload::json;
-- No query reads events by (environment_id, created_at): history filters on deliveries.created_at. One index less
-- to update per event.
DROP INDEX events_env_created;
