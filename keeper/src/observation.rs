//! What the collectors see on the rollups: the events every strategy consumes and the
//! timeline stores.

use alloy::primitives::B256;
use serde::{Deserialize, Serialize};

/// A rollup's id in the hub's RollupRegistry (ids start at 1).
pub type RollupId = u32;

/// The parts of a block header and body the strategies use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    /// Block number.
    pub number: u64,
    /// Block hash.
    pub hash: B256,
    /// Parent block hash.
    pub parent_hash: B256,
    /// Block timestamp, unix seconds.
    pub timestamp: u64,
    /// EIP-1559 base fee per gas, if the chain has one.
    pub base_fee_per_gas: Option<u64>,
    /// Gas used by the block.
    pub gas_used: u64,
    /// The block's gas limit.
    pub gas_limit: u64,
    /// Transactions in the block.
    pub tx_count: u64,
}

impl Head {
    /// Gas used / gas limit, in [0, 1].
    pub fn fullness(&self) -> f64 {
        if self.gas_limit == 0 {
            return 0.0;
        }
        (self.gas_used as f64 / self.gas_limit as f64).clamp(0.0, 1.0)
    }
}

/// One thing a rollup collector saw. Failures are observations too: a dead rollup is data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Observation {
    /// A block the keeper had not seen yet.
    Head {
        /// The rollup.
        rollup_id: RollupId,
        /// The block.
        head: Head,
        /// How long the RPC request took.
        latency_ms: u64,
        /// When the keeper saw it, unix milliseconds.
        observed_at_ms: u64,
    },
    /// A poll that failed (error or timeout).
    RpcFailure {
        /// The rollup.
        rollup_id: RollupId,
        /// What went wrong.
        error: String,
        /// How long the failed request took.
        latency_ms: u64,
        /// When it failed, unix milliseconds.
        observed_at_ms: u64,
    },
    /// An answer that cannot be true of the chain (an undecodable or implausible block, or the
    /// wrong chain id): logged and counted, never a head, a congestion or an outage signal.
    Suspect {
        /// The rollup.
        rollup_id: RollupId,
        /// What was implausible about it.
        reason: String,
        /// How long the request took.
        latency_ms: u64,
        /// When it arrived, unix milliseconds.
        observed_at_ms: u64,
    },
}

impl Observation {
    /// A suspect answer about `rollup_id`, observed now.
    pub fn suspect(rollup_id: RollupId, reason: String, latency_ms: u64) -> Self {
        Self::Suspect { rollup_id, reason, latency_ms, observed_at_ms: now_ms() }
    }

    /// A failed request to `rollup_id`, observed now.
    pub fn failure(rollup_id: RollupId, error: String, latency_ms: u64) -> Self {
        Self::RpcFailure { rollup_id, error, latency_ms, observed_at_ms: now_ms() }
    }

    /// The rollup this observation is about.
    pub fn rollup_id(&self) -> RollupId {
        match self {
            Self::Head { rollup_id, .. }
            | Self::RpcFailure { rollup_id, .. }
            | Self::Suspect { rollup_id, .. } => *rollup_id,
        }
    }

    /// When it was observed, unix milliseconds.
    pub fn observed_at_ms(&self) -> u64 {
        match self {
            Self::Head { observed_at_ms, .. }
            | Self::RpcFailure { observed_at_ms, .. }
            | Self::Suspect { observed_at_ms, .. } => *observed_at_ms,
        }
    }
}

/// The current wall-clock time in unix milliseconds.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or_default()
}
