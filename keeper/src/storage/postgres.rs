//! PostgreSQL storage: the same behaviour as SQLite, for several keeper instances sharing one
//! database. Lease expiries use the database's clock, so the instances' clocks do not matter.

use std::{collections::BTreeMap, time::Duration};

use alloy::primitives::{Bytes, B256};
use async_trait::async_trait;
use sqlx::{
    postgres::{PgConnectOptions, PgPoolOptions, PgRow},
    PgConnection, PgPool, Row,
};

use super::{
    sqlite::{corrupt, expect_one_row, parse, to_i64, to_u64},
    ActionRecord, ActionStatus, Fence, Lease, ReportSignature, Storage, StorageError, TxAttempt,
};
use crate::{
    acting::actions::{Action, ActionKind, RollupStatus},
    observation::{Head, Observation, RollupId},
};

const ACTION_COLUMNS: &str = "idempotency_key, payload, status, tx_hash, nonce, block_number, \
     attempts, error, created_at_ms, updated_at_ms";

/// The database's clock in unix milliseconds; `clock_timestamp()` advances inside a
/// transaction, unlike `now()`.
const DB_NOW_MS: &str = "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT";

/// PostgreSQL storage; `postgres://user@host:port/database`.
#[derive(Debug, Clone)]
pub struct PostgresStorage {
    pool: PgPool,
}

impl PostgresStorage {
    /// Connects and runs the migrations (concurrent instances serialise on sqlx's migration
    /// lock).
    pub async fn connect(url: &str) -> Result<Self, StorageError> {
        let options: PgConnectOptions = url.parse()?;
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(Self { pool })
    }

    /// The connection pool (tests use it to inspect the database).
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    async fn set_status(
        &self,
        key: &str,
        status: ActionStatus,
        error: Option<&str>,
        now_ms: u64,
    ) -> Result<(), StorageError> {
        // Only an unfinished action moves: a confirmed or failed one stays as it is.
        let result = sqlx::query(
            "UPDATE actions SET status = $1, error = COALESCE($2, error), updated_at_ms = $3 \
             WHERE idempotency_key = $4 AND status IN ('pending', 'sent')",
        )
        .bind(status.as_str())
        .bind(error)
        .bind(to_i64(now_ms))
        .bind(key)
        .execute(&self.pool)
        .await?;
        if result.rows_affected() == 1 {
            return Ok(());
        }
        let stored: Option<String> =
            sqlx::query_scalar("SELECT status FROM actions WHERE idempotency_key = $1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?;
        Err(super::not_updated(key, stored.as_deref()))
    }
}

#[async_trait]
impl Storage for PostgresStorage {
    async fn insert_action(&self, action: &Action, now_ms: u64) -> Result<bool, StorageError> {
        let mut connection = self.pool.acquire().await?;
        insert_action(&mut connection, action, None, now_ms).await
    }

    async fn action(&self, key: &str) -> Result<Option<ActionRecord>, StorageError> {
        let sql = format!("SELECT {ACTION_COLUMNS} FROM actions WHERE idempotency_key = $1");
        let row = sqlx::query(&sql).bind(key).fetch_optional(&self.pool).await?;
        row.as_ref().map(action_record).transpose()
    }

    async fn actions(&self) -> Result<Vec<ActionRecord>, StorageError> {
        let sql = format!("SELECT {ACTION_COLUMNS} FROM actions ORDER BY id");
        let rows = sqlx::query(&sql).fetch_all(&self.pool).await?;
        rows.iter().map(action_record).collect()
    }

    async fn unfinished_actions(&self) -> Result<Vec<ActionRecord>, StorageError> {
        let sql = format!(
            "SELECT {ACTION_COLUMNS} FROM actions WHERE status IN ('pending', 'sent') ORDER BY id"
        );
        let rows = sqlx::query(&sql).fetch_all(&self.pool).await?;
        rows.iter().map(action_record).collect()
    }

    async fn record_attempt(&self, attempt: &TxAttempt) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        record_attempt(&mut tx, attempt, None).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn attempts(&self, key: &str) -> Result<Vec<TxAttempt>, StorageError> {
        let rows = sqlx::query(
            "SELECT tx_hash, idempotency_key, nonce, max_fee_per_gas, max_priority_fee_per_gas, \
             raw, sent_at_ms FROM action_transactions WHERE idempotency_key = $1 \
             ORDER BY sent_at_ms, id",
        )
        .bind(key)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(tx_attempt).collect()
    }

    async fn mark_pending(&self, key: &str, reason: &str, now_ms: u64) -> Result<(), StorageError> {
        self.set_status(key, ActionStatus::Pending, Some(reason), now_ms).await
    }

    async fn mark_confirmed(
        &self,
        key: &str,
        tx_hash: B256,
        block_number: u64,
        now_ms: u64,
    ) -> Result<(), StorageError> {
        let result = sqlx::query(
            "UPDATE actions SET status = 'confirmed', tx_hash = $1, block_number = $2, \
             updated_at_ms = $3 WHERE idempotency_key = $4",
        )
        .bind(tx_hash.to_string())
        .bind(to_i64(block_number))
        .bind(to_i64(now_ms))
        .bind(key)
        .execute(&self.pool)
        .await?;
        expect_one_row(result.rows_affected(), key)
    }

    async fn mark_failed(&self, key: &str, error: &str, now_ms: u64) -> Result<(), StorageError> {
        self.set_status(key, ActionStatus::Failed, Some(error), now_ms).await
    }

    async fn record_observations(&self, observations: &[Observation]) -> Result<(), StorageError> {
        if observations.is_empty() {
            return Ok(());
        }
        let mut tx = self.pool.begin().await?;
        for mut insert in super::observation_inserts(observations) {
            insert.build().execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn observations(
        &self,
        rollup_id: RollupId,
        limit: u32,
    ) -> Result<Vec<Observation>, StorageError> {
        let rows = sqlx::query(
            "SELECT rollup_id, observed_at_ms, kind, block_number, block_hash, parent_hash, \
             block_timestamp, base_fee_per_gas, gas_used, gas_limit, tx_count, latency_ms, error \
             FROM observations WHERE rollup_id = $1 \
             ORDER BY observed_at_ms DESC, id DESC LIMIT $2",
        )
        .bind(i64::from(rollup_id))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(observation).collect()
    }

    async fn hub_statuses(&self) -> Result<BTreeMap<RollupId, RollupStatus>, StorageError> {
        let rows = sqlx::query(
            "SELECT payload FROM actions WHERE kind = 'set_status' AND status != 'failed' \
             ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut statuses = BTreeMap::new();
        for row in rows {
            let action: Action =
                serde_json::from_str(row.try_get("payload")?).map_err(|e| corrupt("actions", e))?;
            if let ActionKind::SetStatus { rollup_id, status } = action.kind {
                statuses.insert(rollup_id, status);
            }
        }
        Ok(statuses)
    }

    async fn action_counts(&self) -> Result<BTreeMap<(String, ActionStatus), u64>, StorageError> {
        let rows = sqlx::query(
            "SELECT kind, status, COUNT(*) AS n FROM actions GROUP BY kind, status ORDER BY kind",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut counts = BTreeMap::new();
        for row in rows {
            let status: String = row.try_get("status")?;
            let status = ActionStatus::parse(&status)
                .ok_or_else(|| corrupt("actions", format!("unknown status {status:?}")))?;
            counts.insert((row.try_get("kind")?, status), to_u64(row.try_get("n")?));
        }
        Ok(counts)
    }

    async fn insert_fenced_action(
        &self,
        action: &Action,
        fence: &Fence,
        now_ms: u64,
    ) -> Result<bool, StorageError> {
        // The lease row stays share-locked until commit: a takeover (which updates it) waits,
        // so the token cannot change between the check and the insert.
        let mut tx = self.pool.begin().await?;
        check_fence(&mut tx, fence).await?;
        let inserted = insert_action(&mut tx, action, Some(fence), now_ms).await?;
        tx.commit().await?;
        Ok(inserted)
    }

    async fn record_fenced_attempt(
        &self,
        attempt: &TxAttempt,
        fence: &Fence,
    ) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        record_attempt(&mut tx, attempt, Some(fence)).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn acquire_leases(
        &self,
        names: &[String],
        holder: &str,
        ttl_ms: u64,
    ) -> Result<Vec<Lease>, StorageError> {
        if names.is_empty() {
            return Ok(Vec::new());
        }
        // One statement: concurrent acquirers serialise on each row, and only one of them finds
        // it free (or its own). Rows are taken in name order, so two instances acquiring
        // overlapping sets lock them in the same order and cannot deadlock.
        let sql = format!(
            "INSERT INTO leases (name, holder, fencing_token, expires_at_ms) \
             SELECT DISTINCT name, $1, 1, {DB_NOW_MS} + $2 FROM unnest($3::text[]) AS name \
             ORDER BY name \
             ON CONFLICT (name) DO UPDATE SET \
             fencing_token = CASE WHEN leases.holder = EXCLUDED.holder \
                 THEN leases.fencing_token ELSE leases.fencing_token + 1 END, \
             holder = EXCLUDED.holder, expires_at_ms = EXCLUDED.expires_at_ms \
             WHERE leases.holder = EXCLUDED.holder OR leases.expires_at_ms <= {DB_NOW_MS} \
             RETURNING name, holder, fencing_token, expires_at_ms"
        );
        let rows = sqlx::query(&sql)
            .bind(holder)
            .bind(to_i64(ttl_ms))
            .bind(names)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(lease).collect()
    }

    async fn release_lease(&self, name: &str, holder: &str) -> Result<bool, StorageError> {
        let result =
            sqlx::query("UPDATE leases SET expires_at_ms = 0 WHERE name = $1 AND holder = $2")
                .bind(name)
                .bind(holder)
                .execute(&self.pool)
                .await?;
        Ok(result.rows_affected() == 1)
    }

    async fn leases(&self) -> Result<Vec<Lease>, StorageError> {
        let rows = sqlx::query(
            "SELECT name, holder, fencing_token, expires_at_ms FROM leases ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(lease).collect()
    }

    async fn heartbeat(&self, instance: &str, ttl_ms: u64) -> Result<(), StorageError> {
        if ttl_ms == 0 {
            sqlx::query("DELETE FROM heartbeats WHERE instance = $1")
                .bind(instance)
                .execute(&self.pool)
                .await?;
            return Ok(());
        }
        let sql = format!(
            "INSERT INTO heartbeats (instance, expires_at_ms) VALUES ($1, {DB_NOW_MS} + $2) \
             ON CONFLICT (instance) DO UPDATE SET expires_at_ms = EXCLUDED.expires_at_ms"
        );
        sqlx::query(&sql).bind(instance).bind(to_i64(ttl_ms)).execute(&self.pool).await?;
        Ok(())
    }

    async fn live_instances(&self) -> Result<Vec<String>, StorageError> {
        let sql = format!(
            "SELECT instance FROM heartbeats WHERE expires_at_ms > {DB_NOW_MS} ORDER BY instance"
        );
        let rows = sqlx::query(&sql).fetch_all(&self.pool).await?;
        rows.iter().map(|row| Ok(row.try_get("instance")?)).collect()
    }

    async fn clock_ms(&self) -> Result<u64, StorageError> {
        let now: i64 =
            sqlx::query_scalar(&format!("SELECT {DB_NOW_MS}")).fetch_one(&self.pool).await?;
        Ok(to_u64(now))
    }

    async fn record_report_signature(
        &self,
        signature: &ReportSignature,
        now_ms: u64,
    ) -> Result<bool, StorageError> {
        let result = sqlx::query(
            "INSERT INTO report_signatures (epoch, report_hash, signer, signature, instance, \
             signed_at_ms) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(to_i64(signature.epoch))
        .bind(signature.report_hash.to_string())
        .bind(signature.signer.to_string())
        .bind(signature.signature.to_string())
        .bind(&signature.instance)
        .bind(to_i64(now_ms))
        .execute(&self.pool)
        .await?;
        Ok(result.rows_affected() == 1)
    }

    async fn report_signatures(
        &self,
        epoch: u64,
        report_hash: B256,
    ) -> Result<Vec<ReportSignature>, StorageError> {
        let rows = sqlx::query(
            "SELECT epoch, report_hash, signer, signature, instance FROM report_signatures \
             WHERE epoch = $1 AND report_hash = $2",
        )
        .bind(to_i64(epoch))
        .bind(report_hash.to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut signatures = rows.iter().map(report_signature).collect::<Result<Vec<_>, _>>()?;
        signatures.sort_by_key(|s| s.signer);
        Ok(signatures)
    }
}

async fn insert_action(
    connection: &mut PgConnection,
    action: &Action,
    fence: Option<&Fence>,
    now_ms: u64,
) -> Result<bool, StorageError> {
    let payload = serde_json::to_string(action).map_err(|e| corrupt("actions", e))?;
    let result = sqlx::query(
        "INSERT INTO actions (idempotency_key, kind, rollup_id, payload, status, \
         created_at_ms, updated_at_ms, lease, fencing_token) \
         VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7, $8) \
         ON CONFLICT (idempotency_key) DO NOTHING",
    )
    .bind(&action.key)
    .bind(action.kind.name())
    .bind(action.kind.rollup_id().map(i64::from))
    .bind(payload)
    .bind(to_i64(now_ms))
    .bind(to_i64(now_ms))
    .bind(fence.map(|f| f.lease.as_str()))
    .bind(fence.map(|f| to_i64(f.token)))
    .execute(&mut *connection)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Records an attempt, unless the action is unknown or final. With a fence: refused unless the
/// fence is current, and the action is adopted under it (a new holder sending an action its
/// predecessor decided). Without: refused if the action was decided under a fence that is no
/// longer current.
async fn record_attempt(
    connection: &mut PgConnection,
    attempt: &TxAttempt,
    fence: Option<&Fence>,
) -> Result<(), StorageError> {
    // Locked until commit: a concurrent confirmation or second attempt waits for this one.
    let stored = sqlx::query(
        "SELECT status, lease, fencing_token FROM actions WHERE idempotency_key = $1 FOR UPDATE",
    )
    .bind(&attempt.key)
    .fetch_optional(&mut *connection)
    .await?
    .ok_or_else(|| StorageError::UnknownAction(attempt.key.clone()))?;
    let status: String = stored.try_get("status")?;
    if super::is_final(&status) {
        return Err(super::not_updated(&attempt.key, Some(&status)));
    }
    if let Some(fence) = fence {
        check_fence(&mut *connection, fence).await?;
        sqlx::query("UPDATE actions SET lease = $1, fencing_token = $2 WHERE idempotency_key = $3")
            .bind(&fence.lease)
            .bind(to_i64(fence.token))
            .bind(&attempt.key)
            .execute(&mut *connection)
            .await?;
    } else if let Some(lease) = stored.try_get::<Option<String>, _>("lease")? {
        let token = to_u64(stored.try_get::<Option<i64>, _>("fencing_token")?.unwrap_or(0));
        check_fence(&mut *connection, &Fence { lease, token }).await?;
    }
    sqlx::query(
        "INSERT INTO action_transactions (tx_hash, idempotency_key, nonce, max_fee_per_gas, \
             max_priority_fee_per_gas, raw, sent_at_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(attempt.tx_hash.to_string())
    .bind(&attempt.key)
    .bind(to_i64(attempt.nonce))
    .bind(attempt.max_fee_per_gas.to_string())
    .bind(attempt.max_priority_fee_per_gas.to_string())
    .bind(attempt.raw.to_string())
    .bind(to_i64(attempt.sent_at_ms))
    .execute(&mut *connection)
    .await?;
    let result = sqlx::query(
        "UPDATE actions SET status = 'sent', tx_hash = $1, nonce = $2, \
             attempts = attempts + 1, updated_at_ms = $3 WHERE idempotency_key = $4",
    )
    .bind(attempt.tx_hash.to_string())
    .bind(to_i64(attempt.nonce))
    .bind(to_i64(attempt.sent_at_ms))
    .bind(&attempt.key)
    .execute(&mut *connection)
    .await?;
    expect_one_row(result.rows_affected(), &attempt.key)?;
    Ok(())
}

/// Refuses a write under `fence` unless its token is the lease's current one; share-locks the
/// lease row for the rest of the transaction.
async fn check_fence(connection: &mut PgConnection, fence: &Fence) -> Result<(), StorageError> {
    let current: Option<i64> =
        sqlx::query_scalar("SELECT fencing_token FROM leases WHERE name = $1 FOR SHARE")
            .bind(&fence.lease)
            .fetch_optional(&mut *connection)
            .await?;
    super::fence_holds(fence, current.map(to_u64))
}

fn action_record(row: &PgRow) -> Result<ActionRecord, StorageError> {
    let action: Action =
        serde_json::from_str(row.try_get("payload")?).map_err(|e| corrupt("actions", e))?;
    let status: String = row.try_get("status")?;
    Ok(ActionRecord {
        action,
        status: ActionStatus::parse(&status)
            .ok_or_else(|| corrupt("actions", format!("unknown status {status:?}")))?,
        tx_hash: row
            .try_get::<Option<String>, _>("tx_hash")?
            .map(|h| parse("actions", &h))
            .transpose()?,
        nonce: row.try_get::<Option<i64>, _>("nonce")?.map(to_u64),
        block_number: row.try_get::<Option<i64>, _>("block_number")?.map(to_u64),
        attempts: row.try_get::<i64, _>("attempts")? as u32,
        error: row.try_get("error")?,
        created_at_ms: to_u64(row.try_get("created_at_ms")?),
        updated_at_ms: to_u64(row.try_get("updated_at_ms")?),
    })
}

fn tx_attempt(row: &PgRow) -> Result<TxAttempt, StorageError> {
    let table = "action_transactions";
    Ok(TxAttempt {
        key: row.try_get("idempotency_key")?,
        tx_hash: parse(table, row.try_get("tx_hash")?)?,
        nonce: to_u64(row.try_get("nonce")?),
        max_fee_per_gas: parse(table, row.try_get("max_fee_per_gas")?)?,
        max_priority_fee_per_gas: parse(table, row.try_get("max_priority_fee_per_gas")?)?,
        raw: parse::<Bytes>(table, row.try_get("raw")?)?,
        sent_at_ms: to_u64(row.try_get("sent_at_ms")?),
    })
}

fn observation(row: &PgRow) -> Result<Observation, StorageError> {
    let table = "observations";
    let rollup_id = row.try_get::<i64, _>("rollup_id")? as RollupId;
    let observed_at_ms = to_u64(row.try_get("observed_at_ms")?);
    let latency_ms = to_u64(row.try_get("latency_ms")?);
    let kind: String = row.try_get("kind")?;
    if kind == "rpc_failure" {
        let error = row.try_get::<Option<String>, _>("error")?.unwrap_or_default();
        return Ok(Observation::RpcFailure { rollup_id, error, latency_ms, observed_at_ms });
    }
    if kind == "suspect" {
        let reason = row.try_get::<Option<String>, _>("error")?.unwrap_or_default();
        return Ok(Observation::Suspect { rollup_id, reason, latency_ms, observed_at_ms });
    }
    let int = |column: &str| -> Result<u64, StorageError> {
        Ok(to_u64(row.try_get::<Option<i64>, _>(column)?.unwrap_or_default()))
    };
    let hash = |column: &str| -> Result<B256, StorageError> {
        parse(table, &row.try_get::<Option<String>, _>(column)?.unwrap_or_default())
    };
    let head = Head {
        number: int("block_number")?,
        hash: hash("block_hash")?,
        parent_hash: hash("parent_hash")?,
        timestamp: int("block_timestamp")?,
        base_fee_per_gas: row.try_get::<Option<i64>, _>("base_fee_per_gas")?.map(to_u64),
        gas_used: int("gas_used")?,
        gas_limit: int("gas_limit")?,
        tx_count: int("tx_count")?,
    };
    Ok(Observation::Head { rollup_id, head, latency_ms, observed_at_ms })
}

fn lease(row: &PgRow) -> Result<Lease, StorageError> {
    Ok(Lease {
        name: row.try_get("name")?,
        holder: row.try_get("holder")?,
        fencing_token: to_u64(row.try_get("fencing_token")?),
        expires_at_ms: to_u64(row.try_get("expires_at_ms")?),
    })
}

fn report_signature(row: &PgRow) -> Result<ReportSignature, StorageError> {
    let table = "report_signatures";
    Ok(ReportSignature {
        epoch: to_u64(row.try_get("epoch")?),
        report_hash: parse(table, row.try_get("report_hash")?)?,
        signer: parse(table, row.try_get("signer")?)?,
        signature: parse(table, row.try_get("signature")?)?,
        instance: row.try_get("instance")?,
    })
}
