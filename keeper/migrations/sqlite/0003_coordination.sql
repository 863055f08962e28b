-- Several keeper instances on one database: leases with fencing tokens, instance heartbeats,
-- and the reporters' signatures of each epoch's traffic report.

-- The lease on a rollup (`rollup:<id>`) or on the report (`report`): one holder at a time.
-- `fencing_token` grows by one each time the lease changes holder; an action is written with
-- the token its instance held, and a write carrying an older token is refused.
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    fencing_token INTEGER NOT NULL,
    expires_at_ms INTEGER NOT NULL
);

-- Live instances: each renews its row; one not seen for a lease time is dead.
CREATE TABLE heartbeats (
    instance TEXT PRIMARY KEY,
    expires_at_ms INTEGER NOT NULL
);

-- The lease (and its token) an action was decided under; NULL for unfenced actions.
ALTER TABLE actions ADD COLUMN lease TEXT;
ALTER TABLE actions ADD COLUMN fencing_token INTEGER;

-- One reporter's EIP-712 signature of an epoch's report (identified by its digest).
CREATE TABLE report_signatures (
    epoch INTEGER NOT NULL,
    report_hash TEXT NOT NULL,
    signer TEXT NOT NULL,
    signature TEXT NOT NULL,
    instance TEXT NOT NULL,
    signed_at_ms INTEGER NOT NULL,
    PRIMARY KEY (epoch, report_hash, signer)
);
