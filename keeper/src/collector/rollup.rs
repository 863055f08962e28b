//! The rollup collector: polls one rollup's head and emits every new block, or the failure.

use std::time::{Duration, Instant};

use alloy::{
    eips::BlockNumberOrTag,
    network::BlockResponse,
    providers::{Provider, RootProvider},
    rpc::types::Block,
    transports::http::reqwest::Url,
};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::{
    config::Config,
    observation::{now_ms, Head, Observation, RollupId},
};

/// The rollup a collector watches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollupEndpoint {
    /// The rollup's id in the RollupRegistry.
    pub rollup_id: RollupId,
    /// Human-readable name, for logs.
    pub name: String,
    /// Its JSON-RPC endpoint.
    pub rpc_url: Url,
}

/// How a collector polls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollSettings {
    /// Time between polls.
    pub interval: Duration,
    /// Time one request may take.
    pub rpc_timeout: Duration,
    /// At most this many blocks are fetched to fill a gap.
    pub max_catch_up_blocks: u64,
}

impl PollSettings {
    /// The settings a config sets.
    pub fn from_config(config: &Config) -> Self {
        Self {
            interval: config.poll_interval(),
            rpc_timeout: config.rpc_timeout(),
            max_catch_up_blocks: config.collector.max_catch_up_blocks,
        }
    }
}

/// Polls one rollup until `shutdown` fires or the receiver is gone.
pub async fn watch_rollup(
    endpoint: RollupEndpoint,
    settings: PollSettings,
    observations: mpsc::Sender<Observation>,
    shutdown: CancellationToken,
) {
    let provider = RootProvider::new_http(endpoint.rpc_url.clone());
    let mut head_tracker = HeadTracker::new(endpoint.rollup_id, settings);
    let mut ticker = tokio::time::interval(settings.interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tracing::info!(rollup = %endpoint.name, url = %endpoint.rpc_url, "watching rollup");
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = ticker.tick() => {}
        }
        let batch = tokio::select! {
            _ = shutdown.cancelled() => break,
            batch = head_tracker.poll(&provider) => batch,
        };
        for observation in batch {
            if let Observation::RpcFailure { error, .. } = &observation {
                tracing::debug!(rollup = %endpoint.name, %error, "poll failed");
            }
            if observations.send(observation).await.is_err() {
                return;
            }
        }
    }
    tracing::info!(rollup = %endpoint.name, "collector stopped");
}

/// Remembers the last head seen and fetches every new block since, up to a limit.
#[derive(Debug, Clone)]
pub struct HeadTracker {
    rollup_id: RollupId,
    settings: PollSettings,
    last_number: Option<u64>,
}

impl HeadTracker {
    /// A tracker that has seen nothing yet.
    pub fn new(rollup_id: RollupId, settings: PollSettings) -> Self {
        Self { rollup_id, settings, last_number: None }
    }

    /// One poll: the new blocks, oldest first, or the failure.
    pub async fn poll(&mut self, provider: &RootProvider) -> Vec<Observation> {
        let latest = match self.fetch(provider, BlockNumberOrTag::Latest).await {
            Ok((block, latency_ms)) => (block, latency_ms),
            Err(failure) => return vec![failure],
        };
        let number = latest.0.number;
        let first = match self.last_number {
            Some(last) if number <= last => return Vec::new(),
            Some(last) => {
                (last + 1).max(number.saturating_sub(self.settings.max_catch_up_blocks - 1))
            }
            None => number,
        };
        let mut batch = Vec::new();
        for missing in first..number {
            match self.fetch(provider, BlockNumberOrTag::Number(missing)).await {
                Ok((head, latency_ms)) => batch.push(self.observe(head, latency_ms)),
                Err(failure) => {
                    batch.push(failure);
                    return batch;
                }
            }
        }
        batch.push(self.observe(latest.0, latest.1));
        batch
    }

    fn observe(&mut self, head: Head, latency_ms: u64) -> Observation {
        self.last_number = Some(head.number);
        Observation::Head { rollup_id: self.rollup_id, head, latency_ms, observed_at_ms: now_ms() }
    }

    async fn fetch(
        &self,
        provider: &RootProvider,
        number: BlockNumberOrTag,
    ) -> Result<(Head, u64), Observation> {
        let started = Instant::now();
        let result =
            tokio::time::timeout(self.settings.rpc_timeout, provider.get_block_by_number(number))
                .await;
        let latency_ms = started.elapsed().as_millis() as u64;
        let error = match result {
            Ok(Ok(Some(block))) => return Ok((head_of(&block), latency_ms)),
            Ok(Ok(None)) => format!("block {number} not found"),
            Ok(Err(e)) => e.to_string(),
            Err(_) => format!("no answer within {:?}", self.settings.rpc_timeout),
        };
        Err(Observation::RpcFailure {
            rollup_id: self.rollup_id,
            error,
            latency_ms,
            observed_at_ms: now_ms(),
        })
    }
}

/// The parts of a block the strategies use.
pub fn head_of(block: &Block) -> Head {
    let header = &block.header;
    Head {
        number: header.number,
        hash: header.hash,
        parent_hash: header.parent_hash,
        timestamp: header.timestamp,
        base_fee_per_gas: header.base_fee_per_gas,
        gas_used: header.gas_used,
        gas_limit: header.gas_limit,
        tx_count: block.transactions().len() as u64,
    }
}
