-- Answers the collector rejected as implausible (wrong chain, a block that cannot be true) are
-- kept in the timeline as 'suspect', the reason in `error`. SQLite cannot alter a CHECK
-- constraint, so the table is rebuilt with every row kept.
CREATE TABLE observations_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    rollup_id INTEGER NOT NULL,
    observed_at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('head', 'rpc_failure', 'suspect')),
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

INSERT INTO observations_new
    (id, rollup_id, observed_at_ms, kind, block_number, block_hash, parent_hash, block_timestamp,
     base_fee_per_gas, gas_used, gas_limit, tx_count, latency_ms, error)
SELECT id, rollup_id, observed_at_ms, kind, block_number, block_hash, parent_hash, block_timestamp,
       base_fee_per_gas, gas_used, gas_limit, tx_count, latency_ms, error
FROM observations;

DROP TABLE observations;
ALTER TABLE observations_new RENAME TO observations;
CREATE INDEX observations_by_rollup_and_time ON observations (rollup_id, observed_at_ms);
