-- The gateway's ledger, SQLite dialect. Amounts are token base units as canonical decimal
-- TEXT (no sign, no leading zero, at most 78 digits): SQLite's INTEGER stops at 2^63-1 and
-- its REAL is a double, so neither keeps a uint256 exact. Tables are STRICT, so a number
-- bound by mistake is refused instead of stored with another type. Arithmetic on amounts is
-- done in Go (math/big) inside a write transaction (BEGIN IMMEDIATE).

CREATE TABLE users (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL, -- unix milliseconds
    -- the account, kept in step with the journal (credits, jobs) in every write:
    -- credited - charged - reserved = available
    credited   TEXT NOT NULL DEFAULT '0' CHECK (length(credited) BETWEEN 1 AND 78 AND credited NOT GLOB '*[^0-9]*' AND (credited = '0' OR credited NOT GLOB '0*')),
    charged    TEXT NOT NULL DEFAULT '0' CHECK (length(charged) BETWEEN 1 AND 78 AND charged NOT GLOB '*[^0-9]*' AND (charged = '0' OR charged NOT GLOB '0*')),
    reserved   TEXT NOT NULL DEFAULT '0' CHECK (length(reserved) BETWEEN 1 AND 78 AND reserved NOT GLOB '*[^0-9]*' AND (reserved = '0' OR reserved NOT GLOB '0*')),
    available  TEXT NOT NULL DEFAULT '0' CHECK (length(available) BETWEEN 1 AND 78 AND available NOT GLOB '*[^0-9]*' AND (available = '0' OR available NOT GLOB '0*'))
) STRICT;

CREATE TABLE api_keys (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    hash       BLOB NOT NULL UNIQUE CHECK (length(hash) = 32), -- sha256 of the key
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
) STRICT;
CREATE INDEX api_keys_user ON api_keys (user_id);

CREATE TABLE credits (
    ref        TEXT PRIMARY KEY, -- idempotency key: "deposit:<tx hash>:<log index>", or the operator's
    user_id    TEXT NOT NULL REFERENCES users (id),
    amount     TEXT NOT NULL CHECK (length(amount) BETWEEN 1 AND 78 AND amount NOT GLOB '*[^0-9]*' AND amount NOT GLOB '0*'),
    note       TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX credits_user ON credits (user_id);

CREATE TABLE jobs (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT, -- order of reservation; the pages' cursor
    ref         TEXT NOT NULL UNIQUE, -- known before the job is offered: its offer's digest
    user_id     TEXT NOT NULL REFERENCES users (id),
    state       TEXT NOT NULL CHECK (state IN ('reserved', 'matched', 'finished')),
    reserved    TEXT NOT NULL CHECK (length(reserved) BETWEEN 1 AND 78 AND reserved NOT GLOB '*[^0-9]*' AND reserved NOT GLOB '0*'),
    deal_id     TEXT UNIQUE,
    outcome     TEXT,
    charged     TEXT CHECK (charged IS NULL OR (length(charged) BETWEEN 1 AND 78 AND charged NOT GLOB '*[^0-9]*' AND (charged = '0' OR charged NOT GLOB '0*'))),
    note        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    matched_at  INTEGER,
    finished_at INTEGER,
    CHECK (state <> 'matched' OR (deal_id IS NOT NULL AND matched_at IS NOT NULL)),
    CHECK ((state = 'finished') = (outcome IS NOT NULL AND charged IS NOT NULL AND finished_at IS NOT NULL))
) STRICT;
CREATE INDEX jobs_user ON jobs (user_id, seq);
CREATE INDEX jobs_open ON jobs (seq) WHERE state <> 'finished';
