-- The gateway's ledger, Postgres dialect. Amounts are token base units as NUMERIC(78,0):
-- exact integers of up to 78 digits, so any uint256 (2^256-1 has 78). Arithmetic on amounts
-- is done in Go (math/big), as on SQLite, with the user's row locked (SELECT ... FOR UPDATE).

CREATE TABLE users (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL, -- unix milliseconds
    -- the account, kept in step with the journal (credits, jobs) in every write:
    -- credited - charged - reserved = available
    credited   NUMERIC(78, 0) NOT NULL DEFAULT 0 CHECK (credited >= 0),
    charged    NUMERIC(78, 0) NOT NULL DEFAULT 0 CHECK (charged >= 0),
    reserved   NUMERIC(78, 0) NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    available  NUMERIC(78, 0) NOT NULL DEFAULT 0 CHECK (available >= 0)
);

CREATE TABLE api_keys (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    hash       BYTEA NOT NULL UNIQUE CHECK (length(hash) = 32), -- sha256 of the key
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX api_keys_user ON api_keys (user_id);

CREATE TABLE credits (
    ref        TEXT PRIMARY KEY, -- idempotency key: "deposit:<tx hash>:<log index>", or the operator's
    user_id    TEXT NOT NULL REFERENCES users (id),
    amount     NUMERIC(78, 0) NOT NULL CHECK (amount > 0),
    note       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX credits_user ON credits (user_id);

CREATE TABLE jobs (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- order of reservation; the pages' cursor
    ref         TEXT NOT NULL UNIQUE, -- known before the job is offered: its offer's digest
    user_id     TEXT NOT NULL REFERENCES users (id),
    state       TEXT NOT NULL CHECK (state IN ('reserved', 'matched', 'finished')),
    reserved    NUMERIC(78, 0) NOT NULL CHECK (reserved > 0),
    deal_id     TEXT UNIQUE,
    outcome     TEXT,
    charged     NUMERIC(78, 0) CHECK (charged >= 0 AND charged <= reserved),
    note        TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    matched_at  BIGINT,
    finished_at BIGINT,
    CHECK (state <> 'matched' OR (deal_id IS NOT NULL AND matched_at IS NOT NULL)),
    CHECK ((state = 'finished') = (outcome IS NOT NULL AND charged IS NOT NULL AND finished_at IS NOT NULL))
);
CREATE INDEX jobs_user ON jobs (user_id, seq);
CREATE INDEX jobs_open ON jobs (seq) WHERE state <> 'finished';
