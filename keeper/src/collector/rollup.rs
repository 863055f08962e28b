//! The rollup collector: learns of each new head of one rollup (announced over a WebSocket
//! `newHeads` subscription, or polled) and emits every new block, or the failure.
//!
//! With a subscription, an announced head is fetched at once over HTTP (the announcement has no
//! transaction count, and fetching by the same path as polling keeps gap-filling and
//! de-duplication in one place). Polling never stops: after `interval` without an announced
//! head the collector polls anyway, so a silent or dead endpoint is seen exactly as when
//! polling, and a dropped subscription costs no blocks while it reconnects.
//!
//! A rollup with several endpoints is polled on all of them at once, each with its own
//! [`HeadTracker`], and a block counts only when a quorum agrees ([`EndpointQuorum`]); the
//! subscription follows the first endpoint.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use alloy::{
    eips::BlockNumberOrTag,
    network::BlockResponse,
    providers::{Provider, ProviderBuilder, RootProvider, WsConnect},
    rpc::types::Block,
    transports::http::reqwest::Url,
    transports::ws::WebSocketConfig,
    transports::RpcError,
};
use futures::StreamExt;
use tokio::sync::{mpsc, Notify};
use tokio_util::sync::CancellationToken;

use super::{
    plausibility::PlausibilityRules,
    quorum::{EndpointQuorum, QuorumError},
};
use crate::{
    observation::{now_ms, Head, Observation, RollupId},
    ops::config::{Config, HeadSource},
};

/// Bytes of WebSocket read buffer per subscription.
const HEADS_READ_BUFFER: usize = 4_096;

/// The rollup a collector watches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollupEndpoint {
    /// The rollup's id in the RollupRegistry.
    pub rollup_id: RollupId,
    /// Human-readable name, for logs.
    pub name: String,
    /// Its JSON-RPC endpoint.
    pub rpc_url: Url,
    /// Further JSON-RPC endpoints of the same chain (other providers): with any, a block
    /// counts only once `quorum` of all the endpoints returned it identically
    /// ([`EndpointQuorum`]).
    pub extra_rpc_urls: Vec<Url>,
    /// How many endpoints must agree; `None` is a majority.
    pub quorum: Option<usize>,
    /// Its WebSocket endpoint, for the `newHeads` subscription.
    pub ws_url: Option<Url>,
    /// The chain id the endpoint must report (checked at the start and every
    /// [`PollSettings::chain_id_recheck`]); None skips the check.
    pub chain_id: Option<u64>,
}

impl RollupEndpoint {
    /// Every JSON-RPC endpoint: `rpc_url` first, then the extra ones.
    pub fn rpc_urls(&self) -> impl Iterator<Item = &Url> {
        std::iter::once(&self.rpc_url).chain(&self.extra_rpc_urls)
    }

    /// The combiner of its endpoints' answers, or why the quorum cannot be met.
    pub fn endpoint_quorum(&self) -> Result<EndpointQuorum, QuorumError> {
        EndpointQuorum::new(self.rollup_id, 1 + self.extra_rpc_urls.len(), self.quorum)
    }

    /// The WebSocket URL of an HTTP JSON-RPC URL: the same address with `ws`/`wss`.
    pub fn ws_url_of(rpc_url: &Url) -> Option<Url> {
        let scheme = match rpc_url.scheme() {
            "http" => "ws",
            "https" => "wss",
            "ws" | "wss" => return Some(rpc_url.clone()),
            _ => return None,
        };
        let mut ws = rpc_url.clone();
        ws.set_scheme(scheme).ok()?;
        Some(ws)
    }
}

/// How a collector learns of heads and polls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollSettings {
    /// Subscribe to new heads, or only poll.
    pub heads: HeadSource,
    /// Time between polls (with a subscription: the longest time without a poll or a head).
    pub interval: Duration,
    /// Time one request may take.
    pub rpc_timeout: Duration,
    /// At most this many blocks are fetched to fill a gap.
    pub max_catch_up_blocks: u64,
    /// What a block must satisfy to count.
    pub plausibility: PlausibilityRules,
    /// How often the endpoint's chain id is checked again.
    pub chain_id_recheck: Duration,
}

impl PollSettings {
    /// The settings a config sets.
    pub fn from_config(config: &Config) -> Self {
        Self {
            heads: config.collector.heads,
            interval: config.poll_interval(),
            rpc_timeout: config.rpc_timeout(),
            max_catch_up_blocks: config.collector.max_catch_up_blocks,
            plausibility: PlausibilityRules {
                max_base_fee_rise_bps: config.collector.max_base_fee_rise_bps,
            },
            chain_id_recheck: Duration::from_millis(config.collector.chain_id_recheck_ms),
        }
    }
}

/// Watches one rollup until `shutdown` fires or the receiver is gone.
pub async fn watch_rollup(
    endpoint: RollupEndpoint,
    settings: PollSettings,
    observations: mpsc::Sender<Observation>,
    shutdown: CancellationToken,
) {
    let mut quorum = match endpoint.endpoint_quorum() {
        Ok(quorum) => quorum,
        Err(error) => {
            // The pipeline checks this before it starts a collector.
            tracing::error!(rollup = %endpoint.name, %error, "not watching the rollup");
            return;
        }
    };
    let mut trackers: Vec<(RootProvider, HeadTracker)> = endpoint
        .rpc_urls()
        .map(|url| {
            let tracker = HeadTracker::new(endpoint.rollup_id, settings)
                .expecting_chain_id(endpoint.chain_id);
            (RootProvider::new_http(url.clone()), tracker)
        })
        .collect();
    let announced = Arc::new(Notify::new());
    let subscription = match (settings.heads, &endpoint.ws_url) {
        (HeadSource::Subscribe, Some(ws_url)) => Some(tokio::spawn(subscribe_heads(
            ws_url.clone(),
            endpoint.name.clone(),
            settings,
            announced.clone(),
            shutdown.child_token(),
        ))),
        _ => None,
    };
    tracing::info!(
        rollup = %endpoint.name,
        url = %endpoint.rpc_url,
        endpoints = trackers.len(),
        quorum = quorum.quorum(),
        subscribed = subscription.is_some(),
        "watching rollup"
    );
    let mut next_poll = tokio::time::Instant::now();
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tokio::time::sleep_until(next_poll) => {}
            // A permit stored while polling wakes this at once: no announcement is missed.
            _ = announced.notified() => {}
        }
        next_poll = tokio::time::Instant::now() + settings.interval;
        // Every endpoint at once, so a slow one delays the round by its timeout at most.
        let round = futures::future::join_all(
            trackers.iter_mut().map(|(provider, tracker)| tracker.poll(provider)),
        );
        let round = tokio::select! {
            _ = shutdown.cancelled() => break,
            round = round => round,
        };
        for observation in quorum.combine(round) {
            match &observation {
                Observation::RpcFailure { error, .. } => {
                    tracing::debug!(rollup = %endpoint.name, %error, "poll failed");
                }
                Observation::Suspect { reason, .. } => {
                    tracing::warn!(rollup = %endpoint.name, %reason, "suspect data, not counted");
                }
                Observation::Head { .. } => {}
            }
            if observations.send(observation).await.is_err() {
                shutdown.cancel();
                break;
            }
        }
    }
    if let Some(subscription) = subscription {
        subscription.abort();
    }
    tracing::info!(rollup = %endpoint.name, "collector stopped");
}

/// Keeps a `newHeads` subscription open (reconnecting after `interval` when it fails or ends)
/// and signals `announced` for each head.
async fn subscribe_heads(
    ws_url: Url,
    name: String,
    settings: PollSettings,
    announced: Arc<Notify>,
    shutdown: CancellationToken,
) {
    loop {
        // One reconnection attempt inside alloy, then the subscription ends and this loop (with
        // polling covering the gap) takes over.
        // A head announcement is about a kilobyte: a 4 KiB read chunk instead of the default
        // 128 KiB keeps a thousand subscriptions at a few MB instead of 125 (measured with
        // era-scale-bench); a larger message is read in several chunks.
        let buffer = WebSocketConfig::default().read_buffer_size(HEADS_READ_BUFFER);
        let connect = WsConnect::new(ws_url.as_str()).with_max_retries(1).with_config(buffer);
        let subscribed = tokio::time::timeout(settings.rpc_timeout, async {
            let provider = ProviderBuilder::new().connect_ws(connect).await?;
            let subscription = provider.subscribe_blocks().await?;
            Ok::<_, alloy::transports::TransportError>((provider, subscription))
        });
        let subscribed = tokio::select! {
            _ = shutdown.cancelled() => return,
            subscribed = subscribed => subscribed,
        };
        match subscribed {
            Ok(Ok((provider, subscription))) => {
                tracing::debug!(rollup = %name, url = %ws_url, "subscribed to new heads");
                let mut heads = subscription.into_stream();
                loop {
                    tokio::select! {
                        _ = shutdown.cancelled() => return,
                        head = heads.next() => match head {
                            Some(_) => announced.notify_one(),
                            None => break,
                        },
                    }
                }
                // The subscription lives as long as its provider.
                drop(provider);
                tracing::debug!(rollup = %name, "new-heads subscription ended; polling meanwhile");
            }
            Ok(Err(error)) => {
                tracing::debug!(rollup = %name, %error, "cannot subscribe to new heads; polling");
            }
            Err(_) => tracing::debug!(rollup = %name, "new-heads subscription timed out; polling"),
        }
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(settings.interval) => {}
        }
    }
}

/// Remembers the last head accepted and fetches every new block since, up to a limit; a block
/// that fails the plausibility rules, does not decode, or comes from an endpoint with the wrong
/// chain id is suspect and not accepted.
#[derive(Debug, Clone)]
pub struct HeadTracker {
    rollup_id: RollupId,
    settings: PollSettings,
    last: Option<Head>,
    expected_chain_id: Option<u64>,
    /// When the chain id last matched.
    chain_id_checked_at: Option<Instant>,
}

impl HeadTracker {
    /// A tracker that has seen nothing yet.
    pub fn new(rollup_id: RollupId, settings: PollSettings) -> Self {
        Self { rollup_id, settings, last: None, expected_chain_id: None, chain_id_checked_at: None }
    }

    /// Checks the endpoint's chain id before its blocks count (and again every
    /// [`PollSettings::chain_id_recheck`]).
    pub fn expecting_chain_id(mut self, chain_id: Option<u64>) -> Self {
        self.expected_chain_id = chain_id;
        self
    }

    /// One poll: the new blocks, oldest first, or the failure, or the suspect answer.
    pub async fn poll(&mut self, provider: &RootProvider) -> Vec<Observation> {
        if let Err(observation) = self.check_chain_id(provider).await {
            return vec![observation];
        }
        let latest = match self.fetch(provider, BlockNumberOrTag::Latest).await {
            Ok((block, latency_ms)) => (block, latency_ms),
            Err(failure) => return vec![failure],
        };
        let number = latest.0.number;
        let first = match self.last.as_ref().map(|last| last.number) {
            Some(last) if number <= last => return Vec::new(),
            Some(last) => {
                (last + 1).max(number.saturating_sub(self.settings.max_catch_up_blocks - 1))
            }
            None => number,
        };
        let mut batch = Vec::new();
        for missing in first..number {
            let observation = match self.fetch(provider, BlockNumberOrTag::Number(missing)).await {
                Ok((head, latency_ms)) => self.observe(head, latency_ms),
                Err(failure) => failure,
            };
            let accepted = matches!(observation, Observation::Head { .. });
            batch.push(observation);
            if !accepted {
                return batch;
            }
        }
        batch.push(self.observe(latest.0, latest.1));
        batch
    }

    /// The head as an observation if it is plausible after the last one accepted (which it
    /// then becomes), or the suspect answer.
    fn observe(&mut self, head: Head, latency_ms: u64) -> Observation {
        if let Err(reason) = self.settings.plausibility.check(self.last.as_ref(), &head) {
            return self.suspect(reason, latency_ms);
        }
        self.last = Some(head.clone());
        Observation::Head { rollup_id: self.rollup_id, head, latency_ms, observed_at_ms: now_ms() }
    }

    /// Ok when no chain id is expected, it matched within the last
    /// [`PollSettings::chain_id_recheck`], or it matches now.
    async fn check_chain_id(&mut self, provider: &RootProvider) -> Result<(), Observation> {
        let Some(expected) = self.expected_chain_id else { return Ok(()) };
        if self.chain_id_checked_at.is_some_and(|at| at.elapsed() < self.settings.chain_id_recheck)
        {
            return Ok(());
        }
        let started = Instant::now();
        let result = tokio::time::timeout(self.settings.rpc_timeout, provider.get_chain_id()).await;
        let latency_ms = started.elapsed().as_millis() as u64;
        let error = match result {
            Ok(Ok(chain_id)) if chain_id == expected => {
                self.chain_id_checked_at = Some(Instant::now());
                return Ok(());
            }
            Ok(Ok(chain_id)) => {
                // Rechecked at every poll until it is right again.
                self.chain_id_checked_at = None;
                let reason = format!("the endpoint reports chain id {chain_id}, not {expected}");
                return Err(self.suspect(reason, latency_ms));
            }
            Ok(Err(e)) => e.to_string(),
            Err(_) => format!("no chain id within {:?}", self.settings.rpc_timeout),
        };
        Err(self.failure(error, latency_ms))
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
            // The endpoint answered, with something that is not a block: suspect, not down.
            Ok(Err(e @ RpcError::DeserError { .. })) => {
                return Err(
                    self.suspect(format!("block {number} does not decode: {e}"), latency_ms)
                );
            }
            Ok(Err(e)) => e.to_string(),
            Err(_) => format!("no answer within {:?}", self.settings.rpc_timeout),
        };
        Err(self.failure(error, latency_ms))
    }

    fn suspect(&self, reason: String, latency_ms: u64) -> Observation {
        Observation::suspect(self.rollup_id, reason, latency_ms)
    }

    fn failure(&self, error: String, latency_ms: u64) -> Observation {
        Observation::failure(self.rollup_id, error, latency_ms)
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
