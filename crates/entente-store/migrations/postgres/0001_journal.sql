-- The journal of an entente instance served by several nodes: the hash-chained event log,
-- the latest signed tree head, the instance's public key and the nodes that follow it.
-- Columns hold the exact text each node hashes (canonical JSON, RFC 3339 times), never jsonb
-- or timestamptz, so that every node and `entente verify` recompute the same hashes.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    seq          BIGINT PRIMARY KEY CHECK (seq > 0),
    id           TEXT NOT NULL UNIQUE,
    recorded_at  TEXT NOT NULL,
    actor_user   TEXT NOT NULL,
    actor_party  TEXT NOT NULL,
    simulated_at TEXT,
    type         TEXT NOT NULL,
    version      INTEGER NOT NULL,
    payload      TEXT NOT NULL,
    marking      TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);

-- The latest signed tree head, written in the transaction of every batch that appends events.
CREATE TABLE IF NOT EXISTS tree_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    size      BIGINT NOT NULL,
    root      TEXT NOT NULL,
    time      TEXT NOT NULL,
    signature TEXT NOT NULL
);

-- The node registry: every node that serves this journal, the seq it has applied and when it
-- last reported (operations only; nothing is decided from it).
CREATE TABLE IF NOT EXISTS nodes (
    name        TEXT PRIMARY KEY,
    started_at  TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    applied_seq BIGINT NOT NULL,
    version     TEXT NOT NULL
);
