-- The timeline: every head and RPC failure the collectors saw.
CREATE TABLE observations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    rollup_id INTEGER NOT NULL,
    observed_at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('head', 'rpc_failure')),
    block_number INTEGER,
    block_hash TEXT,
    parent_hash TEXT,
    block_timestamp INTEGER,
    base_fee_per_gas INTEGER,
    gas_used INTEGER,
    gas_limit INTEGER,
    tx_count INTEGER,
    latency_ms INTEGER NOT NULL,
    error TEXT
);

CREATE INDEX observations_by_rollup_and_time ON observations (rollup_id, observed_at_ms);
