//! Persistence: actions keyed by idempotency key, the transactions sent for them, and the
//! observation timeline. [`Storage`] is the seam; [`SqliteStorage`] is the embedded default.
//! A PostgreSQL implementation (several keepers sharing work) implements the same trait.

mod sqlite;

use std::{collections::BTreeMap, fmt};

use alloy::primitives::{Bytes, B256};
use async_trait::async_trait;

use crate::{
    actions::{Action, RollupStatus},
    observation::{Observation, RollupId},
};
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
    /// The URL names a database this build does not support yet.
    #[error("unsupported database URL {0:?}: only sqlite:// is implemented")]
    Unsupported(String),
    /// An update referred to an action that does not exist.
    #[error("no action with idempotency key {0:?}")]
    UnknownAction(String),
}

/// Where an action is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

    /// Records a signed transaction for an action and marks the action sent.
    async fn record_attempt(&self, attempt: &TxAttempt) -> Result<(), StorageError>;

    /// Every transaction signed for an action, oldest first.
    async fn attempts(&self, key: &str) -> Result<Vec<TxAttempt>, StorageError>;

    /// Puts a sent action back to pending (its nonce was consumed by something else).
    async fn mark_pending(&self, key: &str, reason: &str, now_ms: u64) -> Result<(), StorageError>;

    /// Marks an action confirmed by `tx_hash` in `block_number`.
    async fn mark_confirmed(
        &self,
        key: &str,
        tx_hash: B256,
        block_number: u64,
        now_ms: u64,
    ) -> Result<(), StorageError>;

    /// Marks an action failed for good.
    async fn mark_failed(&self, key: &str, error: &str, now_ms: u64) -> Result<(), StorageError>;

    /// Appends an observation to the timeline.
    async fn record_observation(&self, observation: &Observation) -> Result<(), StorageError>;

    /// The latest observations of a rollup, newest first.
    async fn observations(
        &self,
        rollup_id: RollupId,
        limit: u32,
    ) -> Result<Vec<Observation>, StorageError>;

    /// The status each rollup will have on the hub once the keeper's actions land: the latest
    /// SetStatus per rollup that did not fail.
    async fn hub_statuses(&self) -> Result<BTreeMap<RollupId, RollupStatus>, StorageError>;
}

/// Opens the storage a database URL names and runs its migrations.
pub async fn connect(url: &str) -> Result<std::sync::Arc<dyn Storage>, StorageError> {
    if url.starts_with("sqlite:") {
        return Ok(std::sync::Arc::new(SqliteStorage::connect(url).await?));
    }
    Err(StorageError::Unsupported(url.into()))
}
