//! Persistence: actions keyed by idempotency key, the transactions sent for them, and the
//! observation timeline. [`Storage`] is the seam; [`SqliteStorage`] is the embedded default and
//! [`PostgresStorage`] lets several keeper instances share one database, coordinating through
//! leases with fencing tokens, heartbeats and report signatures (see [`crate::lease`]).

mod postgres;
mod sqlite;

use std::{collections::BTreeMap, fmt};

use alloy::primitives::{Address, Bytes, B256};
use async_trait::async_trait;

use crate::{
    acting::actions::{Action, RollupStatus},
    observation::{Observation, RollupId},
};
pub use postgres::PostgresStorage;
pub use sqlite::SqliteStorage;

/// Why a storage operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The database failed.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// Migrations failed.
    #[error("database migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A stored row could not be decoded.
    #[error("corrupt row in {table}: {problem}")]
    Corrupt {
        /// The table.
        table: &'static str,
        /// What could not be decoded.
        problem: String,
    },
    /// The URL names a database this build does not support.
    #[error("unsupported database URL {0:?}: use sqlite://... or postgres://...")]
    Unsupported(String),
    /// An update referred to an action that does not exist.
    #[error("no action with idempotency key {0:?}")]
    UnknownAction(String),
    /// A write carried a fencing token that is not the lease's current one: another instance
    /// took the lease over, so this one must not act.
    #[error("lease {lease:?}: fencing token {token} is stale (current: {current:?})")]
    Fenced {
        /// The lease.
        lease: String,
        /// The token the write carried.
        token: u64,
        /// The lease's current token, if it exists.
        current: Option<u64>,
    },
    /// An action was written through [`crate::coordination::lease::FencedStorage`] by an instance that does
    /// not hold the lease it needs.
    #[error("this instance does not hold lease {0:?}")]
    NotLeaseHolder(String),
    /// A write would move an action out of a final state (confirmed or failed), e.g. an
    /// instance that lost the action's lease marking it pending after the new holder
    /// confirmed it.
    #[error("action {key:?} is already {status}")]
    Finished {
        /// The action's idempotency key.
        key: String,
        /// Its final status.
        status: ActionStatus,
    },
}

impl StorageError {
    /// Whether the write was refused because this instance does not (or no longer) hold the
    /// lease it needs: the action belongs to another instance now, nothing is broken.
    pub fn is_lease_lost(&self) -> bool {
        matches!(self, Self::Fenced { .. } | Self::NotLeaseHolder(_))
    }

    /// Whether the write was refused because the action is no longer this instance's to move
    /// on: its lease is held elsewhere, or it is already confirmed or failed.
    pub fn is_handed_over(&self) -> bool {
        self.is_lease_lost() || matches!(self, Self::Finished { .. })
    }
}

/// Where an action is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActionStatus {
    /// Recorded; no transaction signed yet (or its nonce was lost and it must be sent again).
    Pending,
    /// A transaction was signed and recorded, and broadcast (or about to be).
    Sent,
    /// Mined successfully with enough confirmations.
    Confirmed,
    /// Will not be retried (reverted, or kept failing).
    Failed,
}

impl ActionStatus {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sent => "sent",
            Self::Confirmed => "confirmed",
            Self::Failed => "failed",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "pending" => Self::Pending,
            "sent" => Self::Sent,
            "confirmed" => Self::Confirmed,
            "failed" => Self::Failed,
            _ => return None,
        })
    }
}

impl fmt::Display for ActionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A stored action and its progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRecord {
    /// The action, including its idempotency key.
    pub action: Action,
    /// Where it is.
    pub status: ActionStatus,
    /// The latest transaction sent for it.
    pub tx_hash: Option<B256>,
    /// The nonce of that transaction.
    pub nonce: Option<u64>,
    /// The block that mined it, once confirmed.
    pub block_number: Option<u64>,
    /// Transactions signed for it so far (including replacements).
    pub attempts: u32,
    /// The last error, if any.
    pub error: Option<String>,
    /// When it was recorded, unix milliseconds.
    pub created_at_ms: u64,
    /// When it last changed, unix milliseconds.
    pub updated_at_ms: u64,
}

/// One signed transaction for an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxAttempt {
    /// The action's idempotency key.
    pub key: String,
    /// The transaction hash.
    pub tx_hash: B256,
    /// Its nonce.
    pub nonce: u64,
    /// EIP-1559 max fee per gas.
    pub max_fee_per_gas: u128,
    /// EIP-1559 priority fee per gas.
    pub max_priority_fee_per_gas: u128,
    /// The signed, EIP-2718-encoded transaction, to rebroadcast after a restart.
    pub raw: Bytes,
    /// When it was signed, unix milliseconds.
    pub sent_at_ms: u64,
}

/// A lease on a rollup (`rollup:<id>`) or the report (`report`), as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lease {
    /// The lease's name.
    pub name: String,
    /// The instance holding it.
    pub holder: String,
    /// Grows by one each time the lease changes holder.
    pub fencing_token: u64,
    /// When it lapses unless renewed, unix milliseconds on the database's clock.
    pub expires_at_ms: u64,
}

/// The lease and fencing token an action is written under.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fence {
    /// The lease's name.
    pub lease: String,
    /// The token the writer holds.
    pub token: u64,
}

/// One reporter's signature of an epoch's traffic report, shared through the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSignature {
    /// The epoch.
    pub epoch: u64,
    /// The report's EIP-712 digest: instances that computed different reports sign different
    /// hashes, and only signatures of the same hash count together.
    pub report_hash: B256,
    /// The reporter address.
    pub signer: Address,
    /// The 65-byte signature.
    pub signature: Bytes,
    /// The instance that wrote it.
    pub instance: String,
}

/// The keeper's persistent state.
#[async_trait]
pub trait Storage: Send + Sync + fmt::Debug + 'static {
    /// Records a new pending action; false (and no change) if its key is already known.
    async fn insert_action(&self, action: &Action, now_ms: u64) -> Result<bool, StorageError>;

    /// The action with this key.
    async fn action(&self, key: &str) -> Result<Option<ActionRecord>, StorageError>;

    /// Every action, oldest first.
    async fn actions(&self) -> Result<Vec<ActionRecord>, StorageError>;

    /// Pending and sent actions, oldest first: what a restarted executor resumes.
    async fn unfinished_actions(&self) -> Result<Vec<ActionRecord>, StorageError>;

    /// Records a signed transaction for an action and marks the action sent; refused
    /// ([`StorageError::Finished`]) once the action is confirmed or failed.
    async fn record_attempt(&self, attempt: &TxAttempt) -> Result<(), StorageError>;

    /// Every transaction signed for an action, oldest first.
    async fn attempts(&self, key: &str) -> Result<Vec<TxAttempt>, StorageError>;

    /// Puts a sent action back to pending (its nonce was consumed by something else); refused
    /// ([`StorageError::Finished`]) once the action is confirmed or failed.
    async fn mark_pending(&self, key: &str, reason: &str, now_ms: u64) -> Result<(), StorageError>;

    /// Marks an action confirmed by `tx_hash` in `block_number`.
    async fn mark_confirmed(
        &self,
        key: &str,
        tx_hash: B256,
        block_number: u64,
        now_ms: u64,
    ) -> Result<(), StorageError>;

    /// Marks an action failed for good; refused ([`StorageError::Finished`]) once it is
    /// confirmed (or already failed).
    async fn mark_failed(&self, key: &str, error: &str, now_ms: u64) -> Result<(), StorageError>;

    /// Appends observations to the timeline, in order, in one transaction: the strategy task
    /// records the heads it handled within a few ms together (with 1,000 rollups, a
    /// transaction per head, one fsync each, was the largest part of the keeper's work).
    async fn record_observations(&self, observations: &[Observation]) -> Result<(), StorageError>;

    /// Appends one observation to the timeline.
    async fn record_observation(&self, observation: &Observation) -> Result<(), StorageError> {
        self.record_observations(std::slice::from_ref(observation)).await
    }

    /// The latest observations of a rollup, newest first.
    async fn observations(
        &self,
        rollup_id: RollupId,
        limit: u32,
    ) -> Result<Vec<Observation>, StorageError>;

    /// The status each rollup will have on the hub once the keeper's actions land: the latest
    /// SetStatus per rollup that did not fail.
    async fn hub_statuses(&self) -> Result<BTreeMap<RollupId, RollupStatus>, StorageError>;

    /// How many actions there are of each kind (`set_status`, ...) in each status.
    async fn action_counts(&self) -> Result<BTreeMap<(String, ActionStatus), u64>, StorageError>;

    /// Records a new pending action decided under `fence`; false (and no change) if its key is
    /// already known; [`StorageError::Fenced`] if `fence.token` is not the lease's current
    /// token. Later [`Storage::record_attempt`]s for the action are refused once the lease has
    /// moved on, so an instance that lost the lease cannot send for it.
    async fn insert_fenced_action(
        &self,
        action: &Action,
        fence: &Fence,
        now_ms: u64,
    ) -> Result<bool, StorageError>;

    /// Records a transaction for an action, sent under `fence`: refused
    /// ([`StorageError::Fenced`]) unless `fence.token` is the lease's current token; the action
    /// is then recorded as decided under that fence (adopted from a previous holder).
    async fn record_fenced_attempt(
        &self,
        attempt: &TxAttempt,
        fence: &Fence,
    ) -> Result<(), StorageError>;

    /// Acquires each of `names` for `holder`, or renews it, for `ttl_ms` from now (the
    /// database's clock): in one atomic statement, each lease that is free, lapsed or already
    /// `holder`'s. Taking one over from another holder increments its fencing token. Returns
    /// the leases acquired or renewed, in no particular order; the others are someone else's.
    /// One statement for all, so an instance renewing a thousand rollups' leases writes once.
    async fn acquire_leases(
        &self,
        names: &[String],
        holder: &str,
        ttl_ms: u64,
    ) -> Result<Vec<Lease>, StorageError>;

    /// Acquires or renews one lease, as [`Storage::acquire_leases`]; `None` when someone else
    /// holds it.
    async fn acquire_lease(
        &self,
        name: &str,
        holder: &str,
        ttl_ms: u64,
    ) -> Result<Option<Lease>, StorageError> {
        Ok(self.acquire_leases(&[name.to_string()], holder, ttl_ms).await?.pop())
    }

    /// Lets `name` lapse now if `holder` holds it (the token stays; the next holder bumps it).
    async fn release_lease(&self, name: &str, holder: &str) -> Result<bool, StorageError>;

    /// Every lease, lapsed or not, by name.
    async fn leases(&self) -> Result<Vec<Lease>, StorageError>;

    /// Records that `instance` is alive for the next `ttl_ms`; 0 removes it (clean stop).
    async fn heartbeat(&self, instance: &str, ttl_ms: u64) -> Result<(), StorageError>;

    /// The instances whose heartbeat has not lapsed, by name.
    async fn live_instances(&self) -> Result<Vec<String>, StorageError>;

    /// The database's clock, unix milliseconds (what lease expiries are compared with).
    async fn clock_ms(&self) -> Result<u64, StorageError>;

    /// Shares a reporter's signature; false if that signer already signed that report.
    async fn record_report_signature(
        &self,
        signature: &ReportSignature,
        now_ms: u64,
    ) -> Result<bool, StorageError>;

    /// The signatures of one report, by signer address.
    async fn report_signatures(
        &self,
        epoch: u64,
        report_hash: B256,
    ) -> Result<Vec<ReportSignature>, StorageError>;
}

/// Opens the storage a database URL names (`sqlite:...`, `postgres://...` or
/// `postgresql://...`) and runs its migrations.
pub async fn connect(url: &str) -> Result<std::sync::Arc<dyn Storage>, StorageError> {
    if url.starts_with("sqlite:") {
        return Ok(std::sync::Arc::new(SqliteStorage::connect(url).await?));
    }
    if is_postgres_url(url) {
        return Ok(std::sync::Arc::new(PostgresStorage::connect(url).await?));
    }
    Err(StorageError::Unsupported(url.into()))
}

/// Whether a database URL names PostgreSQL.
pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Most rows in one multi-row `INSERT` of observations (13 bound values each, well under
/// SQLite's 32,766 and PostgreSQL's 65,535 bound values per statement).
const OBSERVATIONS_PER_INSERT: usize = 256;

/// The multi-row `INSERT`s that append `observations`, in order; the same SQL for both
/// backends. Each has a power-of-two number of rows, at most [`OBSERVATIONS_PER_INSERT`]: sqlx
/// caches a prepared statement per distinct SQL text and connection, so 9 shapes stay cached
/// where one per batch size would fill the cache with large statements.
fn observation_inserts<'args, DB>(
    observations: &[Observation],
) -> impl Iterator<Item = sqlx::QueryBuilder<'args, DB>> + '_
where
    DB: sqlx::Database,
    i64: sqlx::Encode<'args, DB> + sqlx::Type<DB>,
    Option<i64>: sqlx::Encode<'args, DB> + sqlx::Type<DB>,
    String: sqlx::Encode<'args, DB> + sqlx::Type<DB>,
    Option<String>: sqlx::Encode<'args, DB> + sqlx::Type<DB>,
{
    let to_i64 = |value: u64| i64::try_from(value).unwrap_or(i64::MAX);
    let mut rest = observations;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let rows = 1 << rest.len().min(OBSERVATIONS_PER_INSERT).ilog2();
        let (chunk, later) = rest.split_at(rows);
        rest = later;
        Some(chunk)
    })
    .map(move |chunk| {
        let mut insert = sqlx::QueryBuilder::new(
            "INSERT INTO observations (rollup_id, observed_at_ms, kind, block_number, block_hash, \
             parent_hash, block_timestamp, base_fee_per_gas, gas_used, gas_limit, tx_count, \
             latency_ms, error) ",
        );
        insert.push_values(chunk, |mut row, observation| {
            row.push_bind(i64::from(observation.rollup_id()))
                .push_bind(to_i64(observation.observed_at_ms()));
            match observation {
                Observation::Head { head, latency_ms, .. } => row
                    .push_bind("head".to_string())
                    .push_bind(Some(to_i64(head.number)))
                    .push_bind(Some(head.hash.to_string()))
                    .push_bind(Some(head.parent_hash.to_string()))
                    .push_bind(Some(to_i64(head.timestamp)))
                    .push_bind(head.base_fee_per_gas.map(to_i64))
                    .push_bind(Some(to_i64(head.gas_used)))
                    .push_bind(Some(to_i64(head.gas_limit)))
                    .push_bind(Some(to_i64(head.tx_count)))
                    .push_bind(to_i64(*latency_ms))
                    .push_bind(None::<String>),
                Observation::RpcFailure { error: text, latency_ms, .. }
                | Observation::Suspect { reason: text, latency_ms, .. } => {
                    let kind = if let Observation::Suspect { .. } = observation {
                        "suspect"
                    } else {
                        "rpc_failure"
                    };
                    row.push_bind(kind.to_string())
                        .push_bind(None::<i64>)
                        .push_bind(None::<String>)
                        .push_bind(None::<String>)
                        .push_bind(None::<i64>)
                        .push_bind(None::<i64>)
                        .push_bind(None::<i64>)
                        .push_bind(None::<i64>)
                        .push_bind(None::<i64>)
                        .push_bind(to_i64(*latency_ms))
                        .push_bind(Some(text.clone()))
                }
            };
        });
        insert
    })
}

/// Why an update of the action `key` changed no row: it does not exist, or it is final.
fn not_updated(key: &str, status: Option<&str>) -> StorageError {
    match status.and_then(ActionStatus::parse) {
        Some(status) => StorageError::Finished { key: key.into(), status },
        None => StorageError::UnknownAction(key.into()),
    }
}

/// Whether an action in `status` takes no more transactions or status changes (other than
/// confirmation).
fn is_final(status: &str) -> bool {
    matches!(ActionStatus::parse(status), Some(ActionStatus::Confirmed | ActionStatus::Failed))
}

/// Ok when `current` (the lease's token now) is the token the write carries.
fn fence_holds(fence: &Fence, current: Option<u64>) -> Result<(), StorageError> {
    if current == Some(fence.token) {
        Ok(())
    } else {
        Err(StorageError::Fenced { lease: fence.lease.clone(), token: fence.token, current })
    }
}

fn now_ms() -> u64 {
    crate::observation::now_ms()
}
