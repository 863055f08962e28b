-- The timeline: every head and RPC failure the collectors saw.
CREATE TABLE observations (
    id BIGSERIAL PRIMARY KEY,
    rollup_id BIGINT NOT NULL,
    observed_at_ms BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('head', 'rpc_failure')),
    block_number BIGINT,
    block_hash TEXT,
    parent_hash TEXT,
    block_timestamp BIGINT,
    base_fee_per_gas BIGINT,
    gas_used BIGINT,
    gas_limit BIGINT,
    tx_count BIGINT,
    latency_ms BIGINT NOT NULL,
    error TEXT
);

CREATE INDEX observations_by_rollup_and_time ON observations (rollup_id, observed_at_ms);
