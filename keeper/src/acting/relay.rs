//! The channel relay: mirrors every emergency channel opened, vetoed or closed on the hub on
//! the ChannelEndpoint of each rollup it concerns (source and target).
//!
//! Each update is an action (`relay:<rollup>:<channel>:<kind>`) with the endpoint's next
//! nonce, recorded in storage by the relay and sent by that rollup chain's own [`Executor`]
//! with the relayer key, so relays get the hub executor's guarantees: recorded before signing,
//! never sent twice, resumed after a restart, fees bumped when stuck.
//!
//! Nonces form one sequence per rollup. The next one is the highest nonce stored for the rollup
//! (failed relays excluded) or the endpoint's `lastNonce()`, whichever is higher, plus one;
//! a nonce is taken only for an update whose key is new and which the endpoint does not
//! already show, so a restart (which reads the hub's channel events again) neither replays
//! nor skips. A dead rollup does not hold up the others: each chain has its own executor,
//! started (and retried) in its own task, and its relays wait in storage until it answers.

use std::{collections::BTreeMap, sync::Arc, time::Duration};

use alloy::{
    primitives::Address, providers::RootProvider, signers::local::PrivateKeySigner,
    transports::http::reqwest::Url,
};
use era_bindings::channel_endpoint::ChannelEndpoint;
use tokio::{sync::mpsc, task::JoinSet};
use tokio_util::sync::CancellationToken;

use crate::{
    acting::actions::{
        Action, ActionKind, ActionTarget, ChannelUpdate, ChannelUpdateKind, EndpointCalls,
    },
    acting::executor::{http_provider, Executor, ExecutorError, ExecutorSettings},
    coordination::lease::HeldLeases,
    observation::{now_ms, RollupId},
    storage::{ActionStatus, Storage, StorageError},
    strategy::ChannelEvent,
};

/// `ChannelState` in IEmergencyChannels: None, Open, Vetoed, Closed.
const STATE_NONE: u8 = 0;
const STATE_OPEN: u8 = 1;

/// Why the relay stopped.
#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    /// A rollup chain's executor failed.
    #[error("relay executor: {0}")]
    Executor(#[from] ExecutorError),
    /// Storage failed; the relay stops rather than risk a wrong nonce.
    #[error("relay: {0}")]
    Storage(#[from] StorageError),
}

/// A rollup chain the relay writes to.
#[derive(Debug, Clone)]
pub struct RelayEndpoint {
    /// The rollup.
    pub rollup_id: RollupId,
    /// Its RPC endpoint.
    pub rpc_url: Url,
    /// Its ChannelEndpoint.
    pub endpoint: Address,
}

/// The idempotency key of relaying `update` to `rollup_id`.
pub fn relay_key(rollup_id: RollupId, update: &ChannelUpdate) -> String {
    format!("relay:{rollup_id}:{}:{}", update.channel_id, update.kind)
}

/// One rollup chain: where its relays go.
#[derive(Debug)]
struct Chain {
    endpoint: RelayEndpoint,
    provider: RootProvider,
    actions: mpsc::UnboundedSender<Action>,
}

/// Turns hub channel events into relay actions for the rollups' executors.
#[derive(Debug)]
pub struct Relay {
    chains: BTreeMap<RollupId, Chain>,
    storage: Arc<dyn Storage>,
    /// With several instances on one database: only the rollups whose lease this instance
    /// holds are relayed to (so one instance owns each nonce sequence).
    held: Option<Arc<HeldLeases>>,
    timeout: Duration,
}

impl Relay {
    /// Starts one executor task per rollup chain in `tasks` (each retries until its node
    /// answers) and returns the relay that feeds them. RPC reads are bounded by `timeout`.
    /// `storage` should be fenced by `held` when several instances share the database.
    #[allow(clippy::too_many_arguments)]
    pub fn start(
        endpoints: Vec<RelayEndpoint>,
        signer: PrivateKeySigner,
        storage: Arc<dyn Storage>,
        held: Option<Arc<HeldLeases>>,
        settings: ExecutorSettings,
        timeout: Duration,
        tasks: &mut JoinSet<Result<(), RelayError>>,
        shutdown: &CancellationToken,
    ) -> Self {
        let mut chains = BTreeMap::new();
        for endpoint in endpoints {
            let (sender, receiver) = mpsc::unbounded_channel();
            let chain = ChainExecutor {
                endpoint: endpoint.clone(),
                signer: signer.clone(),
                storage: storage.clone(),
                held: held.clone(),
                settings: settings.clone(),
            };
            let shutdown = shutdown.child_token();
            tasks.spawn(async move { Ok(chain.run(receiver, shutdown).await?) });
            let provider = RootProvider::new_http(endpoint.rpc_url.clone());
            let chain = Chain { endpoint, provider, actions: sender };
            chains.insert(chain.endpoint.rollup_id, chain);
        }
        Self { chains, storage, held, timeout }
    }

    /// The rollups relayed to.
    pub fn rollups(&self) -> impl Iterator<Item = RollupId> + '_ {
        self.chains.keys().copied()
    }

    /// Relays the hub's channel events, in order, until `shutdown` or the sender is gone.
    pub async fn run(
        mut self,
        mut events: mpsc::UnboundedReceiver<ChannelEvent>,
        shutdown: CancellationToken,
    ) -> Result<(), RelayError> {
        loop {
            let event = tokio::select! {
                _ = shutdown.cancelled() => return Ok(()),
                event = events.recv() => match event {
                    Some(event) => event,
                    None => return Ok(()),
                },
            };
            self.on_event(&event).await?;
        }
    }

    /// Relays one hub channel event to its source and target rollups.
    pub async fn on_event(&mut self, event: &ChannelEvent) -> Result<(), StorageError> {
        let update = event.update;
        for rollup_id in [update.from, update.to] {
            if self.chains.contains_key(&rollup_id) {
                self.relay_to(rollup_id, update).await?;
            } else {
                tracing::debug!(rollup_id, "no ChannelEndpoint known; update not relayed");
            }
        }
        Ok(())
    }

    async fn relay_to(
        &mut self,
        rollup_id: RollupId,
        update: ChannelUpdate,
    ) -> Result<(), StorageError> {
        let key = relay_key(rollup_id, &update);
        if self.storage.action(&key).await?.is_some() {
            return Ok(());
        }
        let probe =
            Action::new(&key, ActionKind::RelayChannelUpdate { rollup_id, nonce: 0, update });
        if self.held.as_ref().is_some_and(|held| !held.may_act(&probe)) {
            tracing::debug!(%key, "another instance holds the rollup's lease; not relayed here");
            return Ok(());
        }
        if self.endpoint_shows(rollup_id, &update).await {
            tracing::info!(%key, "the endpoint already shows this update; not relayed again");
            return Ok(());
        }
        let nonce = self.next_nonce(rollup_id).await?;
        let action = Action::new(key, ActionKind::RelayChannelUpdate { rollup_id, nonce, update });
        // Recorded here, with its nonce, before any executor sees it: the sequence survives a
        // restart even while the rollup is unreachable.
        match self.storage.insert_action(&action, now_ms()).await {
            Ok(true) => {}
            Ok(false) => return Ok(()),
            Err(e) if e.is_lease_lost() => {
                tracing::info!(key = %action.key, "rollup lease lost; not relayed here");
                return Ok(());
            }
            Err(e) => return Err(e),
        }
        let Some(chain) = self.chains.get(&rollup_id) else { return Ok(()) };
        tracing::info!(key = %action.key, nonce, "relaying channel update");
        // The chain task outlives the relay unless the keeper is stopping.
        let _ = chain.actions.send(action);
        Ok(())
    }

    /// Whether the rollup's endpoint already reflects `update` (a relay from an earlier run
    /// whose record is gone); false when the endpoint cannot be read.
    async fn endpoint_shows(&self, rollup_id: RollupId, update: &ChannelUpdate) -> bool {
        let Some(chain) = self.chains.get(&rollup_id) else { return false };
        let endpoint = ChannelEndpoint::new(chain.endpoint.endpoint, &chain.provider);
        let read = endpoint.getChannel(update.channel_id);
        let Ok(Ok(mirrored)) = tokio::time::timeout(self.timeout, read.call()).await else {
            return false;
        };
        match update.kind {
            ChannelUpdateKind::Open => mirrored.state != STATE_NONE,
            ChannelUpdateKind::Veto | ChannelUpdateKind::Close => mirrored.state > STATE_OPEN,
        }
    }

    /// The rollup's next nonce: after the highest stored (not failed) relay and the
    /// endpoint's `lastNonce()` (when it answers). Read afresh for each update: relays are
    /// rare, and another instance may have relayed while it held the rollup's lease.
    async fn next_nonce(&self, rollup_id: RollupId) -> Result<u64, StorageError> {
        let Some(chain) = self.chains.get(&rollup_id) else { return Ok(1) };
        let stored = self
            .storage
            .actions()
            .await?
            .into_iter()
            .filter(|r| r.status != ActionStatus::Failed)
            .filter_map(|r| match r.action.kind {
                ActionKind::RelayChannelUpdate { rollup_id: id, nonce, .. } if id == rollup_id => {
                    Some(nonce)
                }
                _ => None,
            })
            .max()
            .unwrap_or(0);
        let endpoint = ChannelEndpoint::new(chain.endpoint.endpoint, &chain.provider);
        let last_nonce = endpoint.lastNonce();
        let onchain = match tokio::time::timeout(self.timeout, last_nonce.call()).await {
            Ok(Ok(nonce)) => nonce,
            _ => {
                tracing::warn!(rollup_id, stored, "endpoint unreachable; nonces follow storage");
                0
            }
        };
        Ok(stored.max(onchain) + 1)
    }
}

/// One rollup chain's executor, started when its node answers.
struct ChainExecutor {
    endpoint: RelayEndpoint,
    signer: PrivateKeySigner,
    storage: Arc<dyn Storage>,
    /// With several instances: the relays of the rollups whose lease is held (adopted when
    /// newly acquired).
    held: Option<Arc<HeldLeases>>,
    settings: ExecutorSettings,
}

impl ChainExecutor {
    async fn run(
        self,
        mut actions: mpsc::UnboundedReceiver<Action>,
        shutdown: CancellationToken,
    ) -> Result<(), ExecutorError> {
        let rollup_id = self.endpoint.rollup_id;
        let encoder = Arc::new(EndpointCalls { rollup_id, endpoint: self.endpoint.endpoint });
        let retry = self.settings.poll_interval.max(Duration::from_secs(1)) * 2;
        let executor = loop {
            let started = Executor::start_on(
                ActionTarget::RollupChain(rollup_id),
                http_provider(self.endpoint.rpc_url.clone(), self.settings.rpc_timeout),
                self.signer.clone(),
                encoder.clone(),
                self.storage.clone(),
                self.settings.clone(),
            );
            match started.await {
                Ok(executor) => match &self.held {
                    Some(held) => break executor.with_leases(held.clone()),
                    None => break executor,
                },
                Err(ExecutorError::Rpc(error)) => {
                    tracing::warn!(rollup_id, %error, "rollup unreachable; relay executor waits");
                }
                Err(error) => return Err(error),
            }
            tokio::select! {
                _ = shutdown.cancelled() => return Ok(()),
                _ = tokio::time::sleep(retry) => {}
            }
        };
        let (handle, mut task) = executor.spawn(shutdown.child_token());
        loop {
            tokio::select! {
                joined = &mut task => {
                    return joined.unwrap_or_else(|_| {
                        tracing::error!(rollup_id, "relay executor panicked");
                        Err(ExecutorError::Stopped)
                    });
                }
                action = actions.recv() => match action {
                    Some(action) => {
                        if handle.submit_recorded(action).await.is_err() {
                            break;
                        }
                    }
                    None => break,
                },
            }
        }
        shutdown.cancel();
        task.await.unwrap_or(Err(ExecutorError::Stopped))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        acting::actions::ChannelReason, acting::executor::ExecutorSettings,
        ops::config::ExecutorConfig, storage::SqliteStorage,
    };

    fn event(channel_id: u64, kind: ChannelUpdateKind) -> ChannelEvent {
        let update = ChannelUpdate {
            kind,
            channel_id,
            from: 1,
            to: 2,
            reason: ChannelReason::Outage,
            expires_at: 5_000,
        };
        ChannelEvent { update, block_number: channel_id, log_index: 0 }
    }

    /// A relay to two rollups whose nodes do not answer (nothing listens on port 9).
    fn relay(storage: Arc<dyn Storage>, tasks: &mut JoinSet<Result<(), RelayError>>) -> Relay {
        let endpoints = [1, 2]
            .map(|rollup_id| RelayEndpoint {
                rollup_id,
                rpc_url: "http://127.0.0.1:9".parse().unwrap(),
                endpoint: Address::repeat_byte(rollup_id as u8),
            })
            .to_vec();
        let settings = ExecutorSettings::from(&ExecutorConfig::default());
        let signer = PrivateKeySigner::random();
        let timeout = Duration::from_millis(200);
        let shutdown = CancellationToken::new();
        Relay::start(endpoints, signer, storage, None, settings, timeout, tasks, &shutdown)
    }

    async fn nonces(storage: &dyn Storage) -> Vec<(String, u64)> {
        let mut relays: Vec<_> = storage
            .actions()
            .await
            .unwrap()
            .into_iter()
            .filter_map(|r| match r.action.kind {
                ActionKind::RelayChannelUpdate { nonce, .. } => Some((r.action.key, nonce)),
                _ => None,
            })
            .collect();
        relays.sort();
        relays
    }

    #[tokio::test]
    async fn updates_take_consecutive_nonces_per_rollup_once_across_restarts() {
        let storage: Arc<dyn Storage> =
            Arc::new(SqliteStorage::connect("sqlite::memory:").await.unwrap());
        let mut tasks = JoinSet::new();
        let mut first = relay(storage.clone(), &mut tasks);
        first.on_event(&event(7, ChannelUpdateKind::Open)).await.unwrap();
        first.on_event(&event(7, ChannelUpdateKind::Open)).await.unwrap();
        let expected_first = [("relay:1:7:open".to_string(), 1), ("relay:2:7:open".to_string(), 1)];
        assert_eq!(nonces(storage.as_ref()).await, expected_first, "the same event once");

        // A restarted relay sees the history again, then new events.
        let mut second = relay(storage.clone(), &mut tasks);
        for e in [event(7, ChannelUpdateKind::Open), event(7, ChannelUpdateKind::Veto)] {
            second.on_event(&e).await.unwrap();
        }
        second.on_event(&event(8, ChannelUpdateKind::Open)).await.unwrap();
        assert_eq!(
            nonces(storage.as_ref()).await,
            [
                ("relay:1:7:open".to_string(), 1),
                ("relay:1:7:veto".to_string(), 2),
                ("relay:1:8:open".to_string(), 3),
                ("relay:2:7:open".to_string(), 1),
                ("relay:2:7:veto".to_string(), 2),
                ("relay:2:8:open".to_string(), 3),
            ]
        );
        // Unreachable rollups: everything waits in storage, pending.
        let statuses: Vec<_> =
            storage.actions().await.unwrap().into_iter().map(|r| r.status).collect();
        assert!(statuses.iter().all(|s| *s == ActionStatus::Pending), "{statuses:?}");
        tasks.abort_all();
    }
}
