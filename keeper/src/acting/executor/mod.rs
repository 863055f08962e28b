//! The transaction manager: sends each action exactly once, on the hub (one executor) or on a
//! rollup chain (one executor per rollup, for channel relays).
//!
//! - An action's idempotency key is stored as `pending` before anything is signed; a key seen
//!   before is skipped, so a restarted keeper never repeats an action.
//! - Each transaction is signed locally and recorded (hash and raw bytes) *before* it is
//!   broadcast, so a crash between broadcast and bookkeeping cannot lose track of it; on start,
//!   sent actions are resumed (rebroadcast, then watched) rather than created again.
//! - One key, one nonce sequence: the pending nonce is fetched at start and re-synced from the
//!   chain whenever a send fails; a nonce used by someone else puts the action back in the queue.
//! - EIP-1559 fees from the node's estimate, capped; a transaction not mined after
//!   `stuck_after` is replaced (same nonce, both fees raised by at least the bump).
//! - A transaction the node no longer knows (dropped from its pool, or a broadcast that never
//!   arrived) is replaced with higher fees after two checks, without waiting for `stuck_after`;
//!   that is also what closes a nonce gap, since the transactions behind it are ours too.
//! - An action is confirmed after `confirmations` blocks; a receipt that disappears before that
//!   (reorg) makes the executor rebroadcast. A deeper reorg is not seen.
//! - With several instances on one database ([`Executor::with_leases`]), the executor works only
//!   on the actions whose lease this instance holds: when a lease is newly acquired it *adopts*
//!   the lease's unfinished actions from storage (pending ones are queued, sent ones watched like
//!   its own, under the new fencing token), and when a lease is lost it lets its actions go.
//!
//! This module holds the task and the path of a new action (record, sign, broadcast); the rest
//! is split by concern: [`fees`] (estimates, caps, bumps), `nonces`, `in_flight` (receipts,
//! confirmations, drops, replacement, reorgs) and `adoption` (leases shared between instances).

mod adoption;
mod fees;
mod in_flight;
mod nonces;

pub use fees::Fees;
use in_flight::InFlight;

use std::{
    collections::{BTreeMap, BTreeSet, VecDeque},
    sync::Arc,
    time::{Duration, Instant},
};

use alloy::{
    consensus::{SignableTransaction, TxEip1559, TxEnvelope},
    eips::{Decodable2718, Encodable2718},
    network::{TransactionBuilder, TxSignerSync},
    primitives::{Address, Bytes, TxKind, B256, U256},
    providers::{Provider, RootProvider},
    rpc::{client::RpcClient, types::TransactionRequest},
    signers::local::PrivateKeySigner,
    transports::{
        http::{reqwest, Http},
        RpcError, TransportErrorKind,
    },
};
use tokio::{sync::mpsc, task::JoinHandle};
use tokio_util::sync::CancellationToken;

use crate::{
    acting::actions::{Action, ActionTarget, CallEncoder},
    coordination::lease::{lease_for, HeldLeases, LeaseFollower},
    observation::now_ms,
    ops::config::ExecutorConfig,
    storage::{ActionRecord, ActionStatus, Storage, StorageError, TxAttempt},
};

/// Actions waiting for the executor; small, since strategies produce few actions.
const QUEUE_CAPACITY: usize = 256;

/// Why the executor stopped or refused an action.
#[derive(Debug, thiserror::Error)]
pub enum ExecutorError {
    /// Storage failed; the executor stops rather than risk acting twice.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The chain (hub, or a rollup for relays) could not be reached at start.
    #[error("RPC: {0}")]
    Rpc(#[from] RpcError<TransportErrorKind>),
    /// The executor task is gone.
    #[error("the executor has stopped")]
    Stopped,
}

/// How the executor sends transactions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExecutorSettings {
    /// Blocks (including the mining one) before an action is confirmed.
    pub confirmations: u64,
    /// Minimum fee increase of a replacement, in basis points.
    pub fee_bump_bps: u128,
    /// A transaction not mined after this long is replaced.
    pub stuck_after: Duration,
    /// How often receipts are checked and queued actions retried.
    pub poll_interval: Duration,
    /// Max fee per gas cap, wei.
    pub max_fee_per_gas: u128,
    /// Priority fee cap, wei.
    pub max_priority_fee_per_gas: u128,
    /// Gas estimate headroom, percent.
    pub gas_limit_margin_percent: u64,
    /// Sends that may fail before the action fails.
    pub max_send_attempts: u32,
    /// How long one RPC request may take (see [`http_provider`]).
    pub rpc_timeout: Duration,
}

impl From<&ExecutorConfig> for ExecutorSettings {
    fn from(c: &ExecutorConfig) -> Self {
        Self {
            confirmations: c.confirmations,
            fee_bump_bps: c.fee_bump_bps(),
            stuck_after: Duration::from_secs(c.stuck_after_seconds),
            poll_interval: Duration::from_millis(c.poll_interval_ms),
            max_fee_per_gas: c.max_fee_per_gas_wei(),
            max_priority_fee_per_gas: c.max_priority_fee_per_gas_wei(),
            gas_limit_margin_percent: c.gas_limit_margin_percent,
            max_send_attempts: c.max_send_attempts,
            rpc_timeout: Duration::from_millis(c.rpc_timeout_ms),
        }
    }
}

/// A provider for an executor's chain whose requests give up after `timeout`: a node that
/// accepts connections but never answers (a network partition) must not hold the executor,
/// and with it the keeper's shutdown, forever.
pub fn http_provider(url: reqwest::Url, timeout: Duration) -> RootProvider {
    let client = reqwest::Client::builder()
        .timeout(timeout)
        .build()
        .expect("a reqwest client with a timeout builds (no TLS or proxy settings)");
    RootProvider::new(RpcClient::new(Http::with_client(client, url), false))
}

/// An action handed to the executor task.
#[derive(Debug, Clone)]
enum Submission {
    /// Recorded by the executor, unless its key is known.
    New(Action),
    /// Already recorded by the caller (pending): sent unless the executor has it already.
    Recorded(Action),
}

/// A cloneable handle to submit actions to the executor task.
#[derive(Debug, Clone)]
pub struct ExecutorHandle {
    actions: mpsc::Sender<Submission>,
}

impl ExecutorHandle {
    /// Queues an action; it is sent unless its key is already known.
    pub async fn submit(&self, action: Action) -> Result<(), ExecutorError> {
        let submission = Submission::New(action);
        self.actions.send(submission).await.map_err(|_| ExecutorError::Stopped)
    }

    /// Queues an action the caller already recorded in storage (so that recording it and,
    /// e.g., taking a nonce for it are one step); it is sent if it is still pending and not
    /// already queued or in flight (a resumed executor picks it up from storage itself).
    pub async fn submit_recorded(&self, action: Action) -> Result<(), ExecutorError> {
        let submission = Submission::Recorded(action);
        self.actions.send(submission).await.map_err(|_| ExecutorError::Stopped)
    }
}

/// Why a broadcast did not go through.
#[derive(Debug, Clone, thiserror::Error)]
enum BroadcastError {
    /// The node refused the transaction (nonce too low, underpriced, ...).
    #[error("rejected: {0}")]
    Rejected(String),
    /// The node could not be reached.
    #[error("unreachable: {0}")]
    Unreachable(String),
}

/// The transaction manager task of one chain: the hub, or a rollup chain (channel relays).
#[derive(Debug)]
pub struct Executor {
    target: ActionTarget,
    provider: RootProvider,
    signer: PrivateKeySigner,
    chain_id: u64,
    encoder: Arc<dyn CallEncoder>,
    storage: Arc<dyn Storage>,
    settings: ExecutorSettings,
    next_nonce: u64,
    queue: VecDeque<Action>,
    /// By idempotency key. Two of them may share a sender and nonce (an adopted transaction and
    /// one of ours): at most one can be mined, and the other is then sent again.
    in_flight: BTreeMap<String, InFlight>,
    send_failures: BTreeMap<String, u32>,
    /// With several instances on one database: the leases whose actions this executor took up.
    leases: Option<LeaseFollower>,
    /// Whether the node serves pending transactions by hash (learnt at the first send): only
    /// then is a transaction it no longer knows taken as dropped.
    node_serves_pending: Option<bool>,
}

impl Executor {
    /// Connects the executor to the hub: reads the chain id and the key's pending nonce, and
    /// loads the actions a previous run left unfinished.
    pub async fn start(
        provider: RootProvider,
        signer: PrivateKeySigner,
        encoder: Arc<dyn CallEncoder>,
        storage: Arc<dyn Storage>,
        settings: ExecutorSettings,
    ) -> Result<Self, ExecutorError> {
        Self::start_on(ActionTarget::Hub, provider, signer, encoder, storage, settings).await
    }

    /// [`Executor::start`] for the actions of `target` (the hub or one rollup chain): only
    /// those are resumed from storage.
    pub async fn start_on(
        target: ActionTarget,
        provider: RootProvider,
        signer: PrivateKeySigner,
        encoder: Arc<dyn CallEncoder>,
        storage: Arc<dyn Storage>,
        settings: ExecutorSettings,
    ) -> Result<Self, ExecutorError> {
        let chain_id = provider.get_chain_id().await?;
        let next_nonce = provider.get_transaction_count(signer.address()).pending().await?;
        let mut executor = Self {
            target,
            provider,
            signer,
            chain_id,
            encoder,
            storage,
            settings,
            next_nonce,
            queue: VecDeque::new(),
            in_flight: BTreeMap::new(),
            send_failures: BTreeMap::new(),
            leases: None,
            node_serves_pending: None,
        };
        let resumed = executor.take_up(|_| true, "resuming").await?;
        if resumed > 0 {
            tracing::info!(resumed, "resumed the actions a previous run left unfinished");
        }
        Ok(executor)
    }

    /// Works only on the actions whose lease `held` says this instance holds (its storage
    /// should be a [`crate::coordination::lease::FencedStorage`] over the same leases): a lease newly
    /// acquired has its unfinished actions adopted, a lease lost has them let go; both are
    /// looked at every poll.
    pub fn with_leases(mut self, held: Arc<HeldLeases>) -> Self {
        self.leases = Some(LeaseFollower::new(held));
        self
    }

    /// The account that signs.
    pub fn address(&self) -> Address {
        self.signer.address()
    }

    /// Runs the executor as a task; the handle submits actions to it.
    pub fn spawn(
        self,
        shutdown: CancellationToken,
    ) -> (ExecutorHandle, JoinHandle<Result<(), ExecutorError>>) {
        let (sender, receiver) = mpsc::channel(QUEUE_CAPACITY);
        let task = tokio::spawn(self.run(receiver, shutdown));
        (ExecutorHandle { actions: sender }, task)
    }

    async fn run(
        mut self,
        mut actions: mpsc::Receiver<Submission>,
        shutdown: CancellationToken,
    ) -> Result<(), ExecutorError> {
        let mut ticker = tokio::time::interval(self.settings.poll_interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let (address, nonce, target) = (self.address(), self.next_nonce, self.target);
        tracing::info!(%address, nonce, ?target, "executor started");
        loop {
            tokio::select! {
                biased;
                _ = shutdown.cancelled() => break,
                Some(submission) = actions.recv() => {
                    match submission {
                        Submission::New(action) => self.accept(action).await?,
                        Submission::Recorded(action) => self.accept_recorded(action).await?,
                    }
                    self.send_queued().await?;
                }
                _ = ticker.tick() => {
                    self.follow_leases().await?;
                    self.check_in_flight().await?;
                    self.send_queued().await?;
                }
            }
        }
        tracing::info!(in_flight = self.in_flight.len(), "executor stopped");
        Ok(())
    }

    /// Records a new action, unless its key is known.
    async fn accept(&mut self, action: Action) -> Result<(), ExecutorError> {
        let inserted = match self.storage.insert_action(&action, now_ms()).await {
            // Another keeper instance holds the action's lease (see `lease`): not ours.
            Err(e) if e.is_lease_lost() => {
                tracing::warn!(key = %action.key, error = %e, "lease not held; action skipped");
                return Ok(());
            }
            inserted => inserted?,
        };
        if !inserted {
            tracing::debug!(key = %action.key, "action already known; skipped");
            return Ok(());
        }
        tracing::info!(key = %action.key, kind = action.kind.name(), "action accepted");
        self.queue.push_back(action);
        Ok(())
    }

    /// Queues an action recorded by the caller, unless it is already queued, in flight or no
    /// longer pending.
    async fn accept_recorded(&mut self, action: Action) -> Result<(), ExecutorError> {
        let key = &action.key;
        if self.holds(key) {
            return Ok(());
        }
        match self.storage.action(key).await? {
            Some(record) if record.status == ActionStatus::Pending => {
                tracing::info!(%key, kind = action.kind.name(), "recorded action accepted");
                self.queue.push_back(record.action);
            }
            Some(_) => tracing::debug!(%key, "recorded action already handled; skipped"),
            None => {
                tracing::warn!(%key, "submitted as recorded but not in storage; recording it");
                self.accept(action).await?;
            }
        }
        Ok(())
    }

    /// Sends queued actions in order, stopping at the first that must wait.
    async fn send_queued(&mut self) -> Result<(), ExecutorError> {
        while let Some(action) = self.queue.pop_front() {
            if !self.send_new(action.clone()).await? {
                self.queue.push_front(action);
                break;
            }
        }
        Ok(())
    }

    /// Sends an action's first transaction. False when it should be retried later.
    async fn send_new(&mut self, action: Action) -> Result<bool, ExecutorError> {
        let key = action.key.clone();
        let call = match self.encoder.encode(&action) {
            Ok(call) => call,
            Err(e) => return self.fail(&key, &e.to_string()).await.map(|()| true),
        };
        let request = TransactionRequest::default()
            .with_from(self.address())
            .with_to(call.to)
            .with_input(call.data.clone());
        // Gas and fees at once: one round trip fewer between a decision and its broadcast.
        let (gas, estimate) =
            tokio::join!(self.provider.estimate_gas(request), self.fee_estimate());
        let gas = match gas {
            Ok(gas) => gas,
            // It may depend on a transaction of ours not mined yet (a channel for an outage
            // after the Down status): wait for those before judging it.
            Err(RpcError::ErrorResp(e)) if !self.in_flight.is_empty() => {
                tracing::debug!(%key, error = %e, "would revert now; waiting for in-flight");
                return Ok(false);
            }
            // The node answered: the call would revert (e.g. outside governance bounds).
            Err(RpcError::ErrorResp(e)) => {
                // Sent again after its nonce looked taken, an action may revert only because an
                // earlier transaction of its own already did it: that is a success.
                if self.confirm_earlier_attempt(&key).await? {
                    return Ok(true);
                }
                let reason = e
                    .as_revert_data()
                    .and_then(|data| self.encoder.decode_revert(call.to, &data))
                    .unwrap_or_else(|| e.to_string());
                return self.fail(&key, &format!("would revert: {reason}")).await.map(|()| true);
            }
            Err(e) => {
                tracing::warn!(%key, error = %e, "gas estimation failed; will retry");
                return Ok(false);
            }
        };
        let Some(estimate) = estimate else { return Ok(false) };
        let fees = Fees::capped(estimate, &self.settings);
        let nonce = self.allocate_nonce();
        let tx = TxEip1559 {
            chain_id: self.chain_id,
            nonce,
            gas_limit: gas.saturating_mul(100 + self.settings.gas_limit_margin_percent) / 100,
            max_fee_per_gas: fees.max_fee_per_gas,
            max_priority_fee_per_gas: fees.max_priority_fee_per_gas,
            to: TxKind::Call(call.to),
            value: U256::ZERO,
            access_list: Default::default(),
            input: call.data,
        };
        let in_flight = InFlight {
            action,
            from: self.address(),
            raw: Bytes::new(),
            tx,
            hashes: Vec::new(),
            last_sent: Instant::now(),
            mined_in: None,
            nonce_used_seen: false,
            unknown_checks: 0,
        };
        self.sign_record_broadcast(in_flight).await
    }

    /// Signs `in_flight.tx`, records the attempt, broadcasts it. False when the broadcast
    /// failed and the action must go back to the queue.
    async fn sign_record_broadcast(
        &mut self,
        mut in_flight: InFlight,
    ) -> Result<bool, ExecutorError> {
        let key = in_flight.action.key.clone();
        let (hash, raw) = self.sign(&in_flight.tx);
        let attempt = TxAttempt {
            key: key.clone(),
            tx_hash: hash,
            nonce: in_flight.tx.nonce,
            max_fee_per_gas: in_flight.tx.max_fee_per_gas,
            max_priority_fee_per_gas: in_flight.tx.max_priority_fee_per_gas,
            raw: raw.clone(),
            sent_at_ms: now_ms(),
        };
        match self.storage.record_attempt(&attempt).await {
            // The lease moved to another instance, or the action is finished (by another
            // instance): do not send; give the nonce back.
            Err(e) if e.is_handed_over() => {
                tracing::warn!(%key, error = %e, "not ours to send; transaction not sent");
                self.resync_nonce().await;
                return Ok(true);
            }
            recorded => recorded?,
        }
        in_flight.raw = raw.clone();
        in_flight.hashes.push(hash);
        in_flight.last_sent = Instant::now();
        in_flight.unknown_checks = 0;
        let nonce = in_flight.tx.nonce;
        match self.broadcast(&raw).await {
            Ok(()) => {
                tracing::info!(%key, %hash, nonce, fees = ?in_flight.fees(), "transaction sent");
                self.send_failures.remove(&key);
                self.in_flight.insert(key, in_flight);
                if self.node_serves_pending.is_none() {
                    self.learn_whether_the_node_serves_pending(hash).await;
                }
                Ok(true)
            }
            Err(error) if in_flight.hashes.len() > 1 => {
                // A replacement was refused; the previous transaction is still valid.
                tracing::warn!(%key, nonce, %error, "replacement refused");
                self.in_flight.insert(key, in_flight);
                Ok(true)
            }
            Err(BroadcastError::Unreachable(error)) => {
                // The node may have received it: watch it like a sent transaction (receipt,
                // nonce taken, or sent again once the node shows it does not know it) rather
                // than risk sending it twice.
                tracing::warn!(%key, nonce, %error, "broadcast unconfirmed; watching it");
                self.in_flight.insert(key, in_flight);
                Ok(true)
            }
            Err(BroadcastError::Rejected(reason)) => {
                tracing::warn!(%key, nonce, %reason, "send rejected; re-syncing nonce");
                self.resync_nonce().await;
                let failures = self.send_failures.entry(key.clone()).or_default();
                *failures += 1;
                if *failures >= self.settings.max_send_attempts {
                    let error = format!("rejected {failures} times, last: {reason}");
                    self.fail(&key, &error).await?;
                    return Ok(true);
                }
                // The caller puts the action back at the head of the queue.
                let reason = format!("rejected: {reason}");
                match self.storage.mark_pending(&key, &reason, now_ms()).await {
                    Ok(()) => Ok(false),
                    Err(e) if e.is_handed_over() => {
                        tracing::warn!(%key, error = %e, "not ours to send again; let go");
                        Ok(true)
                    }
                    Err(e) => Err(e.into()),
                }
            }
        }
    }

    /// Asks the node for a transaction it just accepted: if it cannot say, it does not serve
    /// pending transactions by hash, and a transaction it does not know cannot be taken as
    /// dropped (stuck ones are still replaced after `stuck_after`).
    async fn learn_whether_the_node_serves_pending(&mut self, hash: B256) {
        match self.provider.get_transaction_by_hash(hash).await {
            Ok(found) => {
                if found.is_none() {
                    tracing::warn!(
                        "the node does not serve pending transactions by hash: dropped \
                         transactions are replaced only once stuck"
                    );
                }
                self.node_serves_pending = Some(found.is_some());
            }
            Err(e) => tracing::debug!(error = %e, "could not ask for a pending transaction"),
        }
    }

    fn sign(&self, tx: &TxEip1559) -> (B256, Bytes) {
        let mut tx = tx.clone();
        let signature = self
            .signer
            .sign_transaction_sync(&mut tx)
            .expect("a local key signs any EIP-1559 transaction");
        let envelope = TxEnvelope::from(tx.into_signed(signature));
        (*envelope.tx_hash(), envelope.encoded_2718().into())
    }

    /// Broadcasts a signed transaction; "already known" counts as success.
    async fn broadcast(&self, raw: &Bytes) -> Result<(), BroadcastError> {
        match self.provider.send_raw_transaction(raw).await {
            Ok(_) => Ok(()),
            Err(e) if is_already_known(&e.to_string()) => Ok(()),
            Err(e @ RpcError::ErrorResp(_)) => Err(BroadcastError::Rejected(e.to_string())),
            Err(e) => Err(BroadcastError::Unreachable(e.to_string())),
        }
    }

    async fn fail(&mut self, key: &str, error: &str) -> Result<(), ExecutorError> {
        self.send_failures.remove(key);
        match self.storage.mark_failed(key, error, now_ms()).await {
            Ok(()) => {
                tracing::error!(%key, %error, "action failed");
                Ok(())
            }
            Err(e) if e.is_handed_over() => {
                tracing::warn!(%key, %error, refused = %e, "not ours to fail; let go");
                Ok(())
            }
            Err(e) => Err(e.into()),
        }
    }
}

fn is_already_known(error: &str) -> bool {
    let error = error.to_ascii_lowercase();
    error.contains("already known") || error.contains("known transaction")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn already_known_broadcasts_are_recognised() {
        assert!(is_already_known(
            "server returned an error response: error code -32000: already known"
        ));
        assert!(is_already_known("Known transaction: 0xabc"));
        assert!(!is_already_known("nonce too low"));
    }
}
