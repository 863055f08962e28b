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
    actions::{Action, ActionTarget, CallEncoder},
    config::ExecutorConfig,
    lease::{lease_for, HeldLeases, LeaseFollower},
    observation::now_ms,
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

/// EIP-1559 fees of one transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fees {
    /// Max fee per gas.
    pub max_fee_per_gas: u128,
    /// Priority fee per gas.
    pub max_priority_fee_per_gas: u128,
}

impl Fees {
    /// The node's estimate, capped; the priority fee never exceeds the max fee.
    pub fn capped(estimate: Fees, settings: &ExecutorSettings) -> Self {
        let max_fee_per_gas = estimate.max_fee_per_gas.min(settings.max_fee_per_gas);
        let max_priority_fee_per_gas = estimate
            .max_priority_fee_per_gas
            .min(settings.max_priority_fee_per_gas)
            .min(max_fee_per_gas);
        Self { max_fee_per_gas, max_priority_fee_per_gas }
    }

    /// Fees for a replacement: both raised by at least `bump_bps` (rounded up, at least 1 wei)
    /// or to the current estimate if higher; `None` when the caps forbid a valid replacement.
    pub fn bumped(self, estimate: Fees, settings: &ExecutorSettings) -> Option<Self> {
        let raise = |fee: u128| {
            let bumped = fee.saturating_mul(10_000 + settings.fee_bump_bps).div_ceil(10_000);
            bumped.max(fee + 1)
        };
        let max_fee_per_gas = raise(self.max_fee_per_gas).max(estimate.max_fee_per_gas);
        let max_priority_fee_per_gas =
            raise(self.max_priority_fee_per_gas).max(estimate.max_priority_fee_per_gas);
        let fits = max_fee_per_gas <= settings.max_fee_per_gas
            && max_priority_fee_per_gas <= settings.max_priority_fee_per_gas;
        let raised_fits = raise(self.max_fee_per_gas) <= settings.max_fee_per_gas
            && raise(self.max_priority_fee_per_gas) <= settings.max_priority_fee_per_gas;
        match (fits, raised_fits) {
            (true, _) => Some(Self {
                max_fee_per_gas,
                max_priority_fee_per_gas: max_priority_fee_per_gas.min(max_fee_per_gas),
            }),
            // The estimate is above the cap but the minimum bump is not: bump to the cap.
            (false, true) => Some(Self {
                max_fee_per_gas: max_fee_per_gas.min(settings.max_fee_per_gas),
                max_priority_fee_per_gas: max_priority_fee_per_gas
                    .min(settings.max_priority_fee_per_gas)
                    .min(max_fee_per_gas.min(settings.max_fee_per_gas)),
            }),
            (false, false) => None,
        }
    }
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

/// A transaction on its way: the unsigned template (to re-sign with new fees) and every hash
/// signed for the action at this nonce.
#[derive(Debug, Clone)]
struct InFlight {
    action: Action,
    /// The account that signed it: this executor's, or another instance's for an adopted
    /// action (then it can be rebroadcast but not re-priced).
    from: Address,
    tx: TxEip1559,
    raw: Bytes,
    hashes: Vec<B256>,
    last_sent: Instant,
    /// Block of the receipt seen, waiting for confirmations.
    mined_in: Option<u64>,
    /// The nonce was seen used with no receipt of ours once already: a node may count the
    /// nonce a moment before it serves the receipt, so only a second sighting means "taken".
    nonce_used_seen: bool,
    /// Checks in a row in which the node did not know the latest transaction.
    unknown_checks: u32,
}

impl InFlight {
    fn fees(&self) -> Fees {
        Fees {
            max_fee_per_gas: self.tx.max_fee_per_gas,
            max_priority_fee_per_gas: self.tx.max_priority_fee_per_gas,
        }
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

/// What became of one in-flight transaction in a check.
enum Progress {
    Waiting,
    Done,
    Requeue,
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
    /// should be a [`crate::lease::FencedStorage`] over the same leases): a lease newly
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

    /// Whether the action is queued or in flight here.
    fn holds(&self, key: &str) -> bool {
        self.in_flight.contains_key(key) || self.queue.iter().any(|a| a.key == key)
    }

    /// Takes up the unfinished actions of this executor's chain whose lease `wanted` selects,
    /// unless already held: pending ones are queued (oldest first), sent ones rebroadcast and
    /// watched. At start (a previous run's actions) and on adoption (another instance's).
    /// Returns how many were taken up.
    async fn take_up(
        &mut self,
        wanted: impl Fn(&str) -> bool,
        why: &'static str,
    ) -> Result<usize, ExecutorError> {
        let mut taken = 0;
        for record in self.storage.unfinished_actions().await? {
            // Other chains' executors, or `RollupOps`, take up the others.
            let ours = record.action.kind.target() == self.target;
            if !ours || !wanted(&lease_for(&record.action)) || self.holds(&record.action.key) {
                continue;
            }
            taken += 1;
            self.take_up_one(record, why).await?;
        }
        Ok(taken)
    }

    async fn take_up_one(&mut self, record: ActionRecord, why: &str) -> Result<(), ExecutorError> {
        let key = record.action.key.clone();
        let attempts = match record.status {
            ActionStatus::Sent => self.storage.attempts(&key).await?,
            _ => Vec::new(),
        };
        let Some(latest) = attempts.last() else {
            tracing::info!(%key, why, "queueing pending action");
            self.queue.push_back(record.action);
            return Ok(());
        };
        let Some((tx, from)) = decode_signed(&latest.raw) else {
            tracing::warn!(%key, "stored transaction is unreadable; sending the action again");
            self.queue.push_back(record.action);
            return Ok(());
        };
        tracing::info!(%key, nonce = tx.nonce, %from, why, "watching sent action");
        if from == self.address() {
            self.next_nonce = self.next_nonce.max(tx.nonce + 1);
        }
        let raw = latest.raw.clone();
        self.broadcast(&raw).await.ok();
        let in_flight = InFlight {
            action: record.action,
            from,
            tx,
            raw,
            hashes: attempts.iter().map(|a| a.tx_hash).collect(),
            last_sent: Instant::now(),
            mined_in: None,
            nonce_used_seen: false,
            unknown_checks: 0,
        };
        self.in_flight.insert(key, in_flight);
        Ok(())
    }

    /// With leases: lets go of the actions whose lease is no longer held (or changed hands
    /// since they were taken up; the instance holding it now adopts them) and adopts the
    /// unfinished actions of the leases newly held.
    async fn follow_leases(&mut self) -> Result<(), ExecutorError> {
        let Some(changes) = self.leases.as_mut().map(LeaseFollower::changes) else {
            return Ok(());
        };
        let before = self.queue.len() + self.in_flight.len();
        self.queue.retain(|action| !changes.hands_over(&lease_for(action)));
        self.in_flight.retain(|_, f| !changes.hands_over(&lease_for(&f.action)));
        let let_go = before - self.queue.len() - self.in_flight.len();
        if let_go > 0 {
            tracing::warn!(let_go, lost = ?changes.lost, "leases lost: their actions are left to the holder");
        }
        if changes.gained.is_empty() {
            return Ok(());
        }
        let adopted = self.take_up(|lease| changes.gained.contains(lease), "adopting").await?;
        if adopted > 0 {
            tracing::info!(adopted, leases = ?changes.gained, "adopted unfinished actions");
        }
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

    /// The next nonce not held by one of our in-flight transactions.
    fn allocate_nonce(&mut self) -> u64 {
        let me = self.address();
        let taken: BTreeSet<u64> =
            self.in_flight.values().filter(|f| f.from == me).map(|f| f.tx.nonce).collect();
        while taken.contains(&self.next_nonce) {
            self.next_nonce += 1;
        }
        let nonce = self.next_nonce;
        self.next_nonce += 1;
        nonce
    }

    /// Takes the nonce from the chain again (after a failed send or a foreign transaction).
    async fn resync_nonce(&mut self) {
        match self.provider.get_transaction_count(self.address()).pending().await {
            Ok(nonce) => {
                tracing::info!(local = self.next_nonce, chain = nonce, "nonce re-synced");
                self.next_nonce = nonce;
            }
            Err(e) => tracing::warn!(error = %e, "could not re-sync nonce"),
        }
    }

    async fn fee_estimate(&self) -> Option<Fees> {
        match self.provider.estimate_eip1559_fees().await {
            Ok(e) => Some(Fees {
                max_fee_per_gas: e.max_fee_per_gas,
                max_priority_fee_per_gas: e.max_priority_fee_per_gas,
            }),
            Err(e) => {
                tracing::warn!(error = %e, "fee estimation failed; will retry");
                None
            }
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

    /// Checks every in-flight transaction: confirmed, reverted, replaced by someone else,
    /// dropped or stuck (then replaced).
    async fn check_in_flight(&mut self) -> Result<(), ExecutorError> {
        if self.in_flight.is_empty() {
            return Ok(());
        }
        // Read the mined nonces before the receipts: a nonce below its sender's without one of
        // our receipts was used by another transaction.
        let senders: BTreeSet<Address> = self.in_flight.values().map(|f| f.from).collect();
        let chain = async {
            let mut mined = BTreeMap::new();
            for from in senders {
                mined.insert(from, self.provider.get_transaction_count(from).latest().await?);
            }
            let head = self.provider.get_block_number().await?;
            Ok::<_, RpcError<TransportErrorKind>>((mined, head))
        };
        let (mined, head) = match chain.await {
            Ok(state) => state,
            Err(e) => {
                tracing::warn!(error = %e, "chain unreachable; will retry");
                return Ok(());
            }
        };
        let mut order: Vec<(Address, u64, String)> =
            self.in_flight.iter().map(|(key, f)| (f.from, f.tx.nonce, key.clone())).collect();
        order.sort();
        for (from, _, key) in order {
            let Some(mut in_flight) = self.in_flight.remove(&key) else { continue };
            let mined_nonce = mined.get(&from).copied().unwrap_or_default();
            match self.check_one(&mut in_flight, mined_nonce, head).await? {
                Progress::Waiting => {
                    self.in_flight.insert(key, in_flight);
                }
                Progress::Done => {}
                Progress::Requeue => self.queue.push_back(in_flight.action),
            }
        }
        Ok(())
    }

    async fn check_one(
        &mut self,
        in_flight: &mut InFlight,
        mined_nonce: u64,
        head: u64,
    ) -> Result<Progress, ExecutorError> {
        let key = in_flight.action.key.clone();
        let nonce = in_flight.tx.nonce;
        for hash in in_flight.hashes.iter().rev() {
            let receipt = match self.provider.get_transaction_receipt(*hash).await {
                Ok(receipt) => receipt,
                Err(e) => {
                    tracing::warn!(%key, error = %e, "receipt query failed; will retry");
                    return Ok(Progress::Waiting);
                }
            };
            let Some(receipt) = receipt else { continue };
            let block = receipt.block_number.unwrap_or(head);
            in_flight.mined_in = Some(block);
            if head + 1 < block + self.settings.confirmations {
                return Ok(Progress::Waiting);
            }
            if receipt.status() {
                tracing::info!(%key, %hash, block, "action confirmed");
                self.storage.mark_confirmed(&key, *hash, block, now_ms()).await?;
            } else {
                let reason = self.replay_revert(in_flight, block).await;
                self.fail(&key, &format!("reverted in block {block} ({hash}){reason}")).await?;
            }
            return Ok(Progress::Done);
        }
        if in_flight.mined_in.take().is_some() {
            tracing::warn!(%key, nonce, "receipt vanished (reorg); rebroadcasting");
            self.broadcast(&in_flight.raw).await.ok();
            in_flight.last_sent = Instant::now();
            return Ok(Progress::Waiting);
        }
        if nonce < mined_nonce && !std::mem::replace(&mut in_flight.nonce_used_seen, true) {
            return Ok(Progress::Waiting);
        }
        if nonce < mined_nonce {
            tracing::warn!(%key, nonce, "nonce used by another transaction; sending again");
            let reason = format!("nonce {nonce} used by another transaction");
            return match self.storage.mark_pending(&key, &reason, now_ms()).await {
                Ok(()) => Ok(Progress::Requeue),
                // Another instance holds it now, or already finished it.
                Err(e) if e.is_handed_over() => {
                    tracing::info!(%key, error = %e, "not ours to send again; let go");
                    Ok(Progress::Done)
                }
                Err(e) => Err(e.into()),
            };
        }
        if self.is_dropped(in_flight).await {
            tracing::warn!(%key, nonce, "the node no longer knows the transaction; replacing it");
            self.replace(in_flight).await?;
        } else if in_flight.last_sent.elapsed() >= self.settings.stuck_after {
            self.replace(in_flight).await?;
        }
        Ok(Progress::Waiting)
    }

    /// Whether the node dropped the latest transaction (or never got it): it did not know it
    /// in two checks in a row (it does serve pending transactions by hash), and nothing else
    /// holds the nonce in its pool. A transaction of the same sender and nonce that replaced
    /// ours there (its owner cancelling, say) is not outbid: once mined, the action is sent
    /// again on another nonce.
    async fn is_dropped(&self, in_flight: &mut InFlight) -> bool {
        if self.node_serves_pending != Some(true) {
            return false;
        }
        let Some(latest) = in_flight.hashes.last() else { return false };
        match self.provider.get_transaction_by_hash(*latest).await {
            Ok(Some(_)) => {
                in_flight.unknown_checks = 0;
                return false;
            }
            Ok(None) => in_flight.unknown_checks += 1,
            Err(e) => {
                tracing::debug!(error = %e, "could not ask for a pending transaction");
                return false;
            }
        }
        if in_flight.unknown_checks < 2 {
            return false;
        }
        match self.provider.get_transaction_count(in_flight.from).pending().await {
            Ok(pending) if pending > in_flight.tx.nonce => {
                let key = &in_flight.action.key;
                tracing::debug!(%key, nonce = in_flight.tx.nonce, "another transaction holds the nonce");
                false
            }
            Ok(_) => true,
            Err(e) => {
                tracing::debug!(error = %e, "could not read the pending nonce");
                false
            }
        }
    }

    /// Sends a stuck or dropped transaction again: ours with higher fees on the same nonce;
    /// another instance's (adopted) as it was signed, which is all its key allows.
    async fn replace(&mut self, in_flight: &mut InFlight) -> Result<(), ExecutorError> {
        in_flight.unknown_checks = 0;
        if in_flight.from == self.address() {
            return self.bump(in_flight).await;
        }
        let key = &in_flight.action.key;
        tracing::info!(%key, from = %in_flight.from, "rebroadcasting another instance's transaction");
        self.broadcast(&in_flight.raw).await.ok();
        in_flight.last_sent = Instant::now();
        Ok(())
    }

    /// Marks the action confirmed if one of its earlier transactions was mined successfully.
    async fn confirm_earlier_attempt(&mut self, key: &str) -> Result<bool, ExecutorError> {
        for attempt in self.storage.attempts(key).await?.iter().rev() {
            let Ok(Some(receipt)) = self.provider.get_transaction_receipt(attempt.tx_hash).await
            else {
                continue;
            };
            if receipt.status() {
                let block = receipt.block_number.unwrap_or_default();
                tracing::info!(%key, hash = %attempt.tx_hash, block, "earlier transaction did it");
                self.storage.mark_confirmed(key, attempt.tx_hash, block, now_ms()).await?;
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Why a mined transaction reverted, replayed as a call on the state before its block:
    /// `": <custom error>"`, or nothing when the replay does not tell.
    async fn replay_revert(&self, in_flight: &InFlight, block: u64) -> String {
        let TxKind::Call(to) = in_flight.tx.to else { return String::new() };
        let request = TransactionRequest::default()
            .with_from(self.address())
            .with_to(to)
            .with_input(in_flight.tx.input.clone())
            .with_gas_limit(in_flight.tx.gas_limit);
        let replay = self.provider.call(request).block(block.saturating_sub(1).into()).await;
        match replay {
            Err(RpcError::ErrorResp(e)) => e
                .as_revert_data()
                .and_then(|data| self.encoder.decode_revert(to, &data))
                .map(|reason| format!(": {reason}"))
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// Replaces a stuck transaction with higher fees, same nonce.
    async fn bump(&mut self, in_flight: &mut InFlight) -> Result<(), ExecutorError> {
        let key = in_flight.action.key.clone();
        let estimate = self.fee_estimate().await.unwrap_or(in_flight.fees());
        let Some(fees) = in_flight.fees().bumped(estimate, &self.settings) else {
            tracing::warn!(%key, fees = ?in_flight.fees(), "stuck at the fee cap; rebroadcasting");
            self.broadcast(&in_flight.raw).await.ok();
            in_flight.last_sent = Instant::now();
            return Ok(());
        };
        tracing::info!(%key, nonce = in_flight.tx.nonce, from = ?in_flight.fees(), to = ?fees, "bumping fees");
        let mut replacement = in_flight.clone();
        replacement.tx.max_fee_per_gas = fees.max_fee_per_gas;
        replacement.tx.max_priority_fee_per_gas = fees.max_priority_fee_per_gas;
        self.sign_record_broadcast(replacement).await?;
        if let Some(sent) = self.in_flight.remove(&key) {
            *in_flight = sent;
        } else {
            // Not recorded (the lease moved on): the old transaction is still the one to watch.
            in_flight.last_sent = Instant::now();
        }
        Ok(())
    }
}

/// The unsigned transaction and its signer, from a stored signed transaction.
fn decode_signed(raw: &Bytes) -> Option<(TxEip1559, Address)> {
    match TxEnvelope::decode_2718(&mut raw.as_ref()).ok()? {
        TxEnvelope::Eip1559(signed) => {
            let from = signed.signature().recover_address_from_prehash(&signed.signature_hash());
            Some((signed.strip_signature(), from.ok()?))
        }
        _ => None,
    }
}

fn is_already_known(error: &str) -> bool {
    let error = error.to_ascii_lowercase();
    error.contains("already known") || error.contains("known transaction")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> ExecutorSettings {
        ExecutorSettings::from(&ExecutorConfig {
            max_fee_per_gas_gwei: 100,
            max_priority_fee_per_gas_gwei: 10,
            ..ExecutorConfig::default()
        })
    }

    const GWEI: u128 = 1_000_000_000;

    fn fees(max: u128, priority: u128) -> Fees {
        Fees { max_fee_per_gas: max, max_priority_fee_per_gas: priority }
    }

    #[test]
    fn estimates_are_capped_and_priority_never_exceeds_max() {
        let s = settings();
        assert_eq!(Fees::capped(fees(500 * GWEI, 50 * GWEI), &s), fees(100 * GWEI, 10 * GWEI));
        assert_eq!(Fees::capped(fees(5 * GWEI, 8 * GWEI), &s), fees(5 * GWEI, 5 * GWEI));
        assert_eq!(Fees::capped(fees(5 * GWEI, GWEI), &s), fees(5 * GWEI, GWEI));
    }

    #[test]
    fn a_bump_raises_both_fees_by_at_least_the_bump() {
        let s = settings();
        let bumped = fees(8 * GWEI, GWEI).bumped(fees(GWEI, 1), &s).unwrap();
        assert_eq!(bumped, fees(9 * GWEI, GWEI + GWEI / 8));
        let tiny = fees(1, 1).bumped(fees(0, 0), &s).unwrap();
        assert_eq!(tiny, fees(2, 2), "always at least one wei more");
    }

    #[test]
    fn a_bump_follows_a_higher_estimate() {
        let s = settings();
        let bumped = fees(8 * GWEI, GWEI).bumped(fees(40 * GWEI, 3 * GWEI), &s).unwrap();
        assert_eq!(bumped, fees(40 * GWEI, 3 * GWEI));
    }

    #[test]
    fn a_bump_stops_at_the_caps() {
        let s = settings();
        let bumped = fees(80 * GWEI, 8 * GWEI).bumped(fees(400 * GWEI, 30 * GWEI), &s).unwrap();
        assert_eq!(bumped, fees(100 * GWEI, 10 * GWEI), "estimate above the cap: bump to it");
        assert_eq!(fees(95 * GWEI, GWEI).bumped(fees(0, 0), &s), None, "no valid replacement");
    }

    #[test]
    fn a_stored_transaction_names_its_signer() {
        let signer = PrivateKeySigner::random();
        let mut tx =
            TxEip1559 { chain_id: 31337, nonce: 7, gas_limit: 21_000, ..Default::default() };
        let signature = signer.sign_transaction_sync(&mut tx).unwrap();
        let raw: Bytes = TxEnvelope::from(tx.clone().into_signed(signature)).encoded_2718().into();
        assert_eq!(decode_signed(&raw), Some((tx, signer.address())));
        assert_eq!(decode_signed(&Bytes::from_static(&[2, 0xc0])), None);
    }

    #[test]
    fn already_known_broadcasts_are_recognised() {
        assert!(is_already_known(
            "server returned an error response: error code -32000: already known"
        ));
        assert!(is_already_known("Known transaction: 0xabc"));
        assert!(!is_already_known("nonce too low"));
    }
}
