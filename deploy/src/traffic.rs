//! Devnet traffic: fills a rollup's blocks with gas-burning transactions so that its base fee
//! really rises, the way a congested rollup looks to the keeper.

use crate::tx::{self, signing_provider, TxError};
use alloy::{
    eips::BlockNumberOrTag,
    network::TransactionBuilder,
    providers::{DynProvider, Provider},
    rpc::types::TransactionRequest,
    signers::local::{coins_bip39::English, MnemonicBuilder, PrivateKeySigner},
};
use era_bindings::gas_burner::GasBurner;
use std::time::{Duration, Instant};

/// anvil's default development mnemonic, which every devnet rollup chain is started with.
pub const ANVIL_MNEMONIC: &str = "test test test test test test test test test test test junk";
/// Senders used round-robin: mnemonic accounts 2 to 9 (anvil funds the first ten). Account 0
/// deploys the rollup's contracts and account 1 is the keeper, which relays channel updates to
/// the rollup: traffic from them would race their nonces.
pub const SENDERS: std::ops::Range<u32> = 2..10;
/// Gas each traffic transaction burns by default: 1,000,000, so 15 a second half-fill a
/// 30M-gas block at one block a second.
pub const DEFAULT_GAS_PER_TX: u64 = 1_000_000;

/// What to send.
#[derive(Debug, Clone)]
pub struct TrafficPlan {
    /// Transactions per second.
    pub tps: u64,
    /// For how long.
    pub duration: Duration,
    /// Gas each transaction burns.
    pub gas_per_tx: u64,
}

/// What was sent and what the chain did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrafficStats {
    /// Transactions the node accepted.
    pub sent: u64,
    /// Transactions the node refused.
    pub refused: u64,
    /// Base fee (wei) of the latest block when the traffic started.
    pub base_fee_before: u128,
    /// Base fee (wei) of the latest block when it stopped.
    pub base_fee_after: u128,
    /// The most gas used by one block while it ran, as a share of the gas limit (0..=1).
    pub peak_fullness: f64,
}

/// Why traffic could not be sent.
#[derive(Debug, thiserror::Error)]
pub enum TrafficError {
    /// Zero tps, duration or gas.
    #[error("{0} must be greater than zero")]
    Zero(&'static str),
    /// The chain could not be reached.
    #[error("rollup RPC {url}: {source}")]
    Rpc {
        /// The endpoint.
        url: String,
        /// The RPC error.
        source: alloy::transports::TransportError,
    },
    /// Deploying the burner failed.
    #[error(transparent)]
    Deploy(#[from] TxError),
    /// The mnemonic could not be derived (never happens with the built-in one).
    #[error("deriving devnet accounts: {0}")]
    Accounts(String),
}

/// A line of progress, once a second.
#[derive(Debug, Clone)]
pub struct TrafficTick {
    /// Seconds since the start.
    pub elapsed: Duration,
    /// Transactions accepted so far.
    pub sent: u64,
    /// Latest block number.
    pub block: u64,
    /// Its gas used and gas limit.
    pub gas_used: u64,
    /// Block gas limit.
    pub gas_limit: u64,
    /// Its base fee (wei).
    pub base_fee: u128,
}

/// The devnet's funded accounts on a rollup chain.
pub fn devnet_senders(chain_id: u64) -> Result<Vec<PrivateKeySigner>, TrafficError> {
    SENDERS
        .map(|i| {
            MnemonicBuilder::<English>::default()
                .phrase(ANVIL_MNEMONIC)
                .index(i)
                .and_then(|b| b.build())
                .map(|s| {
                    use alloy::signers::Signer;
                    s.with_chain_id(Some(chain_id))
                })
                .map_err(|e| TrafficError::Accounts(e.to_string()))
        })
        .collect()
}

/// Sends `plan.tps` gas-burning transactions a second to the rollup at `rpc_url` for
/// `plan.duration`, calling `on_tick` about once a second. Deploys the burner first.
pub async fn flood(
    rpc_url: &str,
    plan: &TrafficPlan,
    mut on_tick: impl FnMut(&TrafficTick),
) -> Result<TrafficStats, TrafficError> {
    if plan.tps == 0 {
        return Err(TrafficError::Zero("--tps"));
    }
    if plan.duration.is_zero() {
        return Err(TrafficError::Zero("--for"));
    }
    if plan.gas_per_tx == 0 {
        return Err(TrafficError::Zero("--gas-per-tx"));
    }
    let rpc = |source| TrafficError::Rpc { url: rpc_url.to_string(), source };
    let reader = signing_provider(rpc_url, &devnet_senders(1)?);
    let chain_id = reader.get_chain_id().await.map_err(rpc)?;
    let senders = devnet_senders(chain_id)?;
    let provider = signing_provider(rpc_url, &senders);

    let code = GasBurner::deploy_builder(&provider).calldata().clone();
    let burner = tx::deploy(&provider, "deploy GasBurner", senders[0].address(), code).await?;
    let calldata = GasBurner::new(burner, &provider).burn().calldata().clone();

    let mut nonces = Vec::with_capacity(senders.len());
    for s in &senders {
        nonces.push(provider.get_transaction_count(s.address()).pending().await.map_err(rpc)?);
    }
    let mut stats = TrafficStats::default();
    let first = latest(&provider).await.map_err(rpc)?;
    stats.base_fee_before = first.base_fee;

    let started = Instant::now();
    let interval = Duration::from_secs_f64(1.0 / plan.tps as f64);
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let mut next_report = Duration::from_secs(1);
    let mut head = first;
    let mut i = 0usize;
    while started.elapsed() < plan.duration {
        ticker.tick().await;
        let k = i % senders.len();
        i += 1;
        // Pay up to 4x the current base fee so the traffic keeps landing while the fee climbs.
        let tx = TransactionRequest::default()
            .with_from(senders[k].address())
            .with_to(burner)
            .with_input(calldata.clone())
            .with_nonce(nonces[k])
            .with_chain_id(chain_id)
            .with_gas_limit(plan.gas_per_tx)
            .with_max_priority_fee_per_gas(1_000_000_000)
            .with_max_fee_per_gas(head.base_fee.saturating_mul(4) + 1_000_000_000);
        match provider.send_transaction(tx).await {
            Ok(_) => {
                nonces[k] += 1;
                stats.sent += 1;
            }
            Err(e) => {
                stats.refused += 1;
                tracing::debug!(error = %e, "traffic transaction refused");
                // Re-read the nonce: a refused transaction may have left a gap or a duplicate.
                nonces[k] = provider
                    .get_transaction_count(senders[k].address())
                    .pending()
                    .await
                    .map_err(rpc)?;
            }
        }
        if started.elapsed() >= next_report {
            next_report += Duration::from_secs(1);
            head = latest(&provider).await.map_err(rpc)?;
            stats.peak_fullness = stats.peak_fullness.max(head.fullness());
            on_tick(&TrafficTick {
                elapsed: started.elapsed(),
                sent: stats.sent,
                block: head.number,
                gas_used: head.gas_used,
                gas_limit: head.gas_limit,
                base_fee: head.base_fee,
            });
        }
    }
    let last = latest(&provider).await.map_err(rpc)?;
    stats.peak_fullness = stats.peak_fullness.max(last.fullness());
    stats.base_fee_after = last.base_fee;
    Ok(stats)
}

#[derive(Debug, Clone, Copy)]
struct HeadInfo {
    number: u64,
    gas_used: u64,
    gas_limit: u64,
    base_fee: u128,
}

impl HeadInfo {
    fn fullness(&self) -> f64 {
        if self.gas_limit == 0 {
            0.0
        } else {
            self.gas_used as f64 / self.gas_limit as f64
        }
    }
}

async fn latest(provider: &DynProvider) -> Result<HeadInfo, alloy::transports::TransportError> {
    let block = provider
        .get_block_by_number(BlockNumberOrTag::Latest)
        .await?
        .ok_or_else(|| alloy::transports::TransportErrorKind::custom_str("no latest block"))?;
    Ok(HeadInfo {
        number: block.header.number,
        gas_used: block.header.gas_used,
        gas_limit: block.header.gas_limit,
        base_fee: block.header.base_fee_per_gas.unwrap_or_default() as u128,
    })
}
