-- Uploads are held by a node (issue 24, crash recovery in seconds): the worker writes its node id
-- (NodeHeartbeat) into locked_by when it claims an upload, so the upload is queued again as soon as that node's
-- heartbeat expires (about 15-20 s) instead of when its lease ends. attempts (V6) counts claims; an upload
-- claimed more than three times without finishing ends 'failed' (a poison pill cannot block the queue).
ALTER TABLE uploads ADD COLUMN locked_by text;
