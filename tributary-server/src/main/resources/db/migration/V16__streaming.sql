-- Streaming API (issue 16, docs/streaming.md).
-- Tokens minted by POST /auth/developer and POST /auth/user, stored as SHA-256 hashes: any node can redeem a token
-- another node minted. Single-use unless minted with reusable=true (then valid until expires_at).
CREATE TABLE stream_tokens (
    token_hash      bytea PRIMARY KEY,
    environment_id  uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    role            text NOT NULL CHECK (role IN ('developer', 'user')),
    user_id         uuid,
    reusable        boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    redeemed_at     timestamptz,
    CHECK ((role = 'user') = (user_id IS NOT NULL))
);
CREATE INDEX stream_tokens_expiry ON stream_tokens (expires_at);

-- Submitted frames, when the PostgreSQL bus is on (TRIBUTARY_STREAMING_BUS=postgres, the default): every node
-- LISTENs on tributary_stream and is NOTIFYed the seq of each new row (NOTIFY payloads are small, the frame is
-- here), and REPLAY reads this table, so a restart keeps the last TRIBUTARY_STREAMING_BUFFER_AGE of frames.
-- seq is the DISPATCH cursor: monotonic per environment (writers serialise per environment), sparse.
CREATE TABLE stream_frames (
    seq             bigserial PRIMARY KEY,
    environment_id  uuid NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    user_id         uuid NOT NULL,
    data_type       text NOT NULL,
    payload         json NOT NULL,
    synthetic       boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stream_frames_env_seq ON stream_frames (environment_id, seq);
CREATE INDEX stream_frames_created ON stream_frames (created_at);
