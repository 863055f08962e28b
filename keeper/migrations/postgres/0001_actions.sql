-- Actions the keeper decided on, keyed by their idempotency key. A row is written as `pending`
-- before any transaction is sent, so a restarted keeper resumes it instead of acting twice.
-- Same tables as the SQLite schema; every integer is BIGINT so both decode as i64.
CREATE TABLE actions (
    id BIGSERIAL PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    rollup_id BIGINT,
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'confirmed', 'failed')),
    tx_hash TEXT,
    nonce BIGINT,
    block_number BIGINT,
    attempts BIGINT NOT NULL DEFAULT 0,
    error TEXT,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);

CREATE INDEX actions_by_status ON actions (status);
CREATE INDEX actions_by_kind_and_rollup ON actions (kind, rollup_id);

-- Every signed transaction sent for an action (replacements share the nonce). Written before
-- the transaction is broadcast, so any of them that gets mined can be recognised.
CREATE TABLE action_transactions (
    id BIGSERIAL UNIQUE,
    tx_hash TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL REFERENCES actions (idempotency_key),
    nonce BIGINT NOT NULL,
    max_fee_per_gas TEXT NOT NULL,
    max_priority_fee_per_gas TEXT NOT NULL,
    raw TEXT NOT NULL,
    sent_at_ms BIGINT NOT NULL
);

CREATE INDEX action_transactions_by_key ON action_transactions (idempotency_key);
