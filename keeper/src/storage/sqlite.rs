//! The embedded SQLite storage.

use std::{collections::BTreeMap, str::FromStr, time::Duration};

use alloy::primitives::{Bytes, B256};
use async_trait::async_trait;
use sqlx::SqliteConnection;
use sqlx::{
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow},
    Row, SqlitePool,
};

use super::{
    ActionRecord, ActionStatus, Fence, Lease, ReportSignature, Storage, StorageError, TxAttempt,
};
use crate::{
    acting::actions::{Action, ActionKind, RollupStatus},
    observation::{Head, Observation, RollupId},
};

const ACTION_COLUMNS: &str = "idempotency_key, payload, status, tx_hash, nonce, block_number, \
     attempts, error, created_at_ms, updated_at_ms";

/// SQLite storage; `sqlite://path` (created if missing) or `sqlite::memory:`.
#[derive(Debug, Clone)]
pub struct SqliteStorage {
    pool: SqlitePool,
}

impl SqliteStorage {
    /// Opens (creating if needed) the database and runs the migrations.
    pub async fn connect(url: &str) -> Result<Self, StorageError> {
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let options =
            if in_memory { options } else { options.journal_mode(SqliteJournalMode::Wal) };
        // An in-memory database exists once per connection, so it gets exactly one.
        let pool = SqlitePoolOptions::new()
            .max_connections(if in_memory { 1 } else { 4 })
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(Self { pool })
    }

    /// A transaction that takes the write lock at once: one that reads (the fence) before it
    /// writes would otherwise fail with SQLITE_BUSY when another connection wrote in between
    /// (WAL snapshots cannot be upgraded), which the busy timeout does not retry.
    async fn write_transaction(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, StorageError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
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
            "UPDATE actions SET status = ?, error = COALESCE(?, error), updated_at_ms = ? \
             WHERE idempotency_key = ? AND status IN ('pending', 'sent')",
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
            sqlx::query_scalar("SELECT status FROM actions WHERE idempotency_key = ?")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?;
        Err(super::not_updated(key, stored.as_deref()))
    }
}

#[async_trait]
impl Storage for SqliteStorage {
    async fn insert_action(&self, action: &Action, now_ms: u64) -> Result<bool, StorageError> {
        let mut connection = self.pool.acquire().await?;
        insert_action(&mut connection, action, None, now_ms).await
    }

    async fn action(&self, key: &str) -> Result<Option<ActionRecord>, StorageError> {
        let sql = format!("SELECT {ACTION_COLUMNS} FROM actions WHERE idempotency_key = ?");
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
        let mut tx = self.write_transaction().await?;
        record_attempt(&mut tx, attempt, None).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn attempts(&self, key: &str) -> Result<Vec<TxAttempt>, StorageError> {
        let rows = sqlx::query(
            "SELECT tx_hash, idempotency_key, nonce, max_fee_per_gas, max_priority_fee_per_gas, \
             raw, sent_at_ms FROM action_transactions WHERE idempotency_key = ? \
             ORDER BY sent_at_ms, rowid",
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
            "UPDATE actions SET status = 'confirmed', tx_hash = ?, block_number = ?, \
             updated_at_ms = ? WHERE idempotency_key = ?",
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
        let mut tx = self.write_transaction().await?;
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
             FROM observations WHERE rollup_id = ? ORDER BY observed_at_ms DESC, id DESC LIMIT ?",
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
        let mut tx = self.write_transaction().await?;
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
        let mut tx = self.write_transaction().await?;
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
        // Same statement as PostgreSQL, with the local clock: one process uses a SQLite file.
        // The names come as a JSON array; `WHERE true` tells SQLite's parser that ON CONFLICT
        // belongs to the INSERT, not to a join.
        let now = to_i64(super::now_ms());
        let names = serde_json::to_string(names).expect("a list of strings serialises");
        let rows = sqlx::query(
            "INSERT INTO leases (name, holder, fencing_token, expires_at_ms) \
             SELECT DISTINCT value, ?1, 1, ?2 FROM json_each(?3) WHERE true \
             ON CONFLICT (name) DO UPDATE SET \
             fencing_token = CASE WHEN leases.holder = excluded.holder \
                 THEN leases.fencing_token ELSE leases.fencing_token + 1 END, \
             holder = excluded.holder, expires_at_ms = excluded.expires_at_ms \
             WHERE leases.holder = excluded.holder OR leases.expires_at_ms <= ?4 \
             RETURNING name, holder, fencing_token, expires_at_ms",
        )
        .bind(holder)
        .bind(now.saturating_add(to_i64(ttl_ms)))
        .bind(names)
        .bind(now)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(lease).collect()
    }

    async fn release_lease(&self, name: &str, holder: &str) -> Result<bool, StorageError> {
        let result =
            sqlx::query("UPDATE leases SET expires_at_ms = 0 WHERE name = ? AND holder = ?")
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
            sqlx::query("DELETE FROM heartbeats WHERE instance = ?")
                .bind(instance)
                .execute(&self.pool)
                .await?;
            return Ok(());
        }
        sqlx::query(
            "INSERT INTO heartbeats (instance, expires_at_ms) VALUES (?, ?) \
             ON CONFLICT (instance) DO UPDATE SET expires_at_ms = excluded.expires_at_ms",
        )
        .bind(instance)
        .bind(to_i64(super::now_ms()).saturating_add(to_i64(ttl_ms)))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn live_instances(&self) -> Result<Vec<String>, StorageError> {
        let rows = sqlx::query(
            "SELECT instance FROM heartbeats WHERE expires_at_ms > ? ORDER BY instance",
        )
        .bind(to_i64(super::now_ms()))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|row| Ok(row.try_get("instance")?)).collect()
    }

    async fn clock_ms(&self) -> Result<u64, StorageError> {
        Ok(super::now_ms())
    }

    async fn record_report_signature(
        &self,
        signature: &ReportSignature,
        now_ms: u64,
    ) -> Result<bool, StorageError> {
        let result = sqlx::query(
            "INSERT INTO report_signatures (epoch, report_hash, signer, signature, instance, \
             signed_at_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
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
             WHERE epoch = ? AND report_hash = ? ORDER BY signer",
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
    connection: &mut SqliteConnection,
    action: &Action,
    fence: Option<&Fence>,
    now_ms: u64,
) -> Result<bool, StorageError> {
    let payload = serde_json::to_string(action).map_err(|e| corrupt("actions", e))?;
    let result = sqlx::query(
        "INSERT INTO actions (idempotency_key, kind, rollup_id, payload, status, \
         created_at_ms, updated_at_ms, lease, fencing_token) \
         VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING",
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
    connection: &mut SqliteConnection,
    attempt: &TxAttempt,
    fence: Option<&Fence>,
) -> Result<(), StorageError> {
    let stored =
        sqlx::query("SELECT status, lease, fencing_token FROM actions WHERE idempotency_key = ?")
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
        sqlx::query("UPDATE actions SET lease = ?, fencing_token = ? WHERE idempotency_key = ?")
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
             max_priority_fee_per_gas, raw, sent_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
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
        "UPDATE actions SET status = 'sent', tx_hash = ?, nonce = ?, attempts = attempts + 1, \
             updated_at_ms = ? WHERE idempotency_key = ?",
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

/// Refuses a write under `fence` unless its token is the lease's current one.
async fn check_fence(connection: &mut SqliteConnection, fence: &Fence) -> Result<(), StorageError> {
    let current: Option<i64> =
        sqlx::query_scalar("SELECT fencing_token FROM leases WHERE name = ?")
            .bind(&fence.lease)
            .fetch_optional(&mut *connection)
            .await?;
    super::fence_holds(fence, current.map(to_u64))
}

fn lease(row: &SqliteRow) -> Result<Lease, StorageError> {
    Ok(Lease {
        name: row.try_get("name")?,
        holder: row.try_get("holder")?,
        fencing_token: to_u64(row.try_get("fencing_token")?),
        expires_at_ms: to_u64(row.try_get("expires_at_ms")?),
    })
}

fn report_signature(row: &SqliteRow) -> Result<ReportSignature, StorageError> {
    let table = "report_signatures";
    Ok(ReportSignature {
        epoch: to_u64(row.try_get("epoch")?),
        report_hash: parse(table, row.try_get("report_hash")?)?,
        signer: parse(table, row.try_get("signer")?)?,
        signature: parse(table, row.try_get("signature")?)?,
        instance: row.try_get("instance")?,
    })
}

fn action_record(row: &SqliteRow) -> Result<ActionRecord, StorageError> {
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

fn tx_attempt(row: &SqliteRow) -> Result<TxAttempt, StorageError> {
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

fn observation(row: &SqliteRow) -> Result<Observation, StorageError> {
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

pub(super) fn parse<T: FromStr>(table: &'static str, text: &str) -> Result<T, StorageError>
where
    T::Err: std::fmt::Display,
{
    text.parse().map_err(|e: T::Err| corrupt(table, format!("{text:?}: {e}")))
}

pub(super) fn corrupt(table: &'static str, problem: impl ToString) -> StorageError {
    StorageError::Corrupt { table, problem: problem.to_string() }
}

pub(super) fn expect_one_row(rows: u64, key: &str) -> Result<(), StorageError> {
    if rows == 1 {
        Ok(())
    } else {
        Err(StorageError::UnknownAction(key.into()))
    }
}

/// SQLite integers are signed; block numbers, nonces and timestamps never reach 2^63.
pub(super) fn to_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

pub(super) fn to_u64(value: i64) -> u64 {
    u64::try_from(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::acting::actions::{ChannelReason, TrafficReport};

    async fn storage() -> SqliteStorage {
        SqliteStorage::connect("sqlite::memory:").await.unwrap()
    }

    fn status_action(key: &str, rollup_id: RollupId, status: RollupStatus) -> Action {
        Action::new(key, ActionKind::SetStatus { rollup_id, status })
    }

    fn attempt(key: &str, nonce: u64, hash_byte: u8, fee: u128) -> TxAttempt {
        TxAttempt {
            key: key.into(),
            tx_hash: B256::repeat_byte(hash_byte),
            nonce,
            max_fee_per_gas: fee,
            max_priority_fee_per_gas: fee / 10,
            raw: Bytes::from(vec![2, 0xab, hash_byte]),
            sent_at_ms: 1_000 + u64::from(hash_byte),
        }
    }

    #[tokio::test]
    async fn an_idempotency_key_is_recorded_once() {
        let s = storage().await;
        let action = status_action("status:1:down:after-5", 1, RollupStatus::Down);
        assert!(s.insert_action(&action, 10).await.unwrap());
        let again = status_action("status:1:down:after-5", 1, RollupStatus::Active);
        assert!(!s.insert_action(&again, 20).await.unwrap());
        let record = s.action(&action.key).await.unwrap().unwrap();
        assert_eq!(record.action, action, "the first one wins");
        assert_eq!(record.status, ActionStatus::Pending);
        assert_eq!((record.created_at_ms, record.attempts), (10, 0));
        assert_eq!(s.actions().await.unwrap().len(), 1);
        assert_eq!(s.action("nope").await.unwrap(), None);
    }

    #[tokio::test]
    async fn attempts_move_an_action_to_sent_and_keep_every_hash() {
        let s = storage().await;
        let action = Action::new(
            "channel:1:outage:after-3",
            ActionKind::OpenChannel {
                from: 1,
                to: 2,
                reason: ChannelReason::Outage,
                duration_seconds: 60,
            },
        );
        s.insert_action(&action, 1).await.unwrap();
        s.record_attempt(&attempt(&action.key, 7, 1, 100)).await.unwrap();
        s.record_attempt(&attempt(&action.key, 7, 2, 113)).await.unwrap();
        let record = s.action(&action.key).await.unwrap().unwrap();
        assert_eq!(record.status, ActionStatus::Sent);
        assert_eq!(record.tx_hash, Some(B256::repeat_byte(2)));
        assert_eq!((record.nonce, record.attempts), (Some(7), 2));
        let attempts = s.attempts(&action.key).await.unwrap();
        assert_eq!(
            attempts,
            vec![attempt(&action.key, 7, 1, 100), attempt(&action.key, 7, 2, 113)]
        );
        assert_eq!(s.unfinished_actions().await.unwrap().len(), 1);
        s.mark_confirmed(&action.key, B256::repeat_byte(1), 42, 5).await.unwrap();
        let record = s.action(&action.key).await.unwrap().unwrap();
        assert_eq!(record.status, ActionStatus::Confirmed);
        assert_eq!((record.tx_hash, record.block_number), (Some(B256::repeat_byte(1)), Some(42)));
        assert!(s.unfinished_actions().await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn an_attempt_for_an_unknown_action_is_rejected() {
        let s = storage().await;
        assert!(s.record_attempt(&attempt("ghost", 1, 1, 1)).await.is_err());
        assert!(matches!(
            s.mark_failed("ghost", "x", 1).await.unwrap_err(),
            StorageError::UnknownAction(_)
        ));
    }

    #[tokio::test]
    async fn pending_and_failed_transitions_keep_the_error() {
        let s = storage().await;
        let action = status_action("k", 1, RollupStatus::Down);
        s.insert_action(&action, 1).await.unwrap();
        s.record_attempt(&attempt("k", 3, 1, 100)).await.unwrap();
        s.mark_pending("k", "nonce 3 used by another transaction", 2).await.unwrap();
        let record = s.action("k").await.unwrap().unwrap();
        assert_eq!(record.status, ActionStatus::Pending);
        assert_eq!(record.error.as_deref(), Some("nonce 3 used by another transaction"));
        s.mark_failed("k", "execution reverted", 3).await.unwrap();
        let record = s.action("k").await.unwrap().unwrap();
        assert_eq!((record.status, record.updated_at_ms), (ActionStatus::Failed, 3));
        assert!(s.unfinished_actions().await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn hub_statuses_are_the_latest_non_failed_status_per_rollup() {
        let s = storage().await;
        for (key, rollup, status) in [
            ("a", 1, RollupStatus::Congested),
            ("b", 2, RollupStatus::Down),
            ("c", 1, RollupStatus::Active),
            ("d", 2, RollupStatus::Active),
        ] {
            s.insert_action(&status_action(key, rollup, status), 1).await.unwrap();
        }
        s.mark_failed("d", "reverted", 2).await.unwrap();
        let report = Action::new(
            "report:1",
            ActionKind::SubmitReport(TrafficReport { epoch: 1, rollups: vec![] }),
        );
        s.insert_action(&report, 3).await.unwrap();
        let statuses = s.hub_statuses().await.unwrap();
        assert_eq!(statuses, BTreeMap::from([(1, RollupStatus::Active), (2, RollupStatus::Down)]));
    }

    #[tokio::test]
    async fn observations_round_trip_newest_first() {
        let s = storage().await;
        let head = |number: u64, at| Observation::Head {
            rollup_id: 1,
            head: Head {
                number,
                hash: B256::repeat_byte(number as u8),
                parent_hash: B256::repeat_byte(number as u8 - 1),
                timestamp: 1_700_000_000 + number,
                base_fee_per_gas: Some(7),
                gas_used: 21_000,
                gas_limit: 30_000_000,
                tx_count: 1,
            },
            latency_ms: 3,
            observed_at_ms: at,
        };
        let failure = Observation::RpcFailure {
            rollup_id: 1,
            error: "timeout".into(),
            latency_ms: 5_000,
            observed_at_ms: 30,
        };
        let other = Observation::RpcFailure {
            rollup_id: 2,
            error: "refused".into(),
            latency_ms: 1,
            observed_at_ms: 40,
        };
        for o in [head(5, 10), head(6, 20), failure.clone(), other] {
            s.record_observation(&o).await.unwrap();
        }
        assert_eq!(s.observations(1, 10).await.unwrap(), vec![failure, head(6, 20), head(5, 10)]);
        assert_eq!(s.observations(1, 1).await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn a_database_file_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("keeper.db").display());
        let s = SqliteStorage::connect(&url).await.unwrap();
        s.insert_action(&status_action("k", 1, RollupStatus::Down), 1).await.unwrap();
        drop(s);
        let s = SqliteStorage::connect(&url).await.unwrap();
        assert_eq!(s.unfinished_actions().await.unwrap().len(), 1);
        assert!(!s.insert_action(&status_action("k", 1, RollupStatus::Down), 2).await.unwrap());
    }
}
