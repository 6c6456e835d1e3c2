-- Health scores switched on or off per environment (issue 17, docs/scores.md). A row only for a score whose
-- setting was changed; a score without a row is on. Names are the data_enrichment field names.
CREATE TABLE score_settings (
    environment_id  uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    score           text NOT NULL CHECK (score ~ '^[a-z0-9_]+$'),
    enabled         boolean NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (environment_id, score)
);
