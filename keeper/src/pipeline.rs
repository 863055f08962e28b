//! `era-keeper run`: collectors (rollups and hub) → strategies → executor (hub transactions)
//! or rollup operations, each a tokio task, stopped together by one cancellation token.
//! Beside them: the lease task (which rollups this instance acts for, see [`crate::lease`]) and,
//! when configured, the HTTP endpoints ([`crate::http`]).

use std::{collections::BTreeMap, sync::Arc};

use alloy::{primitives::Address, providers::RootProvider, transports::http::reqwest::Url};
use era_bindings::reward_distributor::RewardDistributor;
use era_protocol::manifest::{Manifest, ManifestError};
use tokio::{sync::mpsc, task::JoinSet};
use tokio_util::sync::CancellationToken;

use crate::{
    acting::actions::contract_names::CHANNEL_ENDPOINT,
    acting::actions::Action,
    acting::actions::HubCalls,
    acting::executor::{http_provider, Executor, ExecutorError, ExecutorHandle, ExecutorSettings},
    acting::quorum::{QuorumCalls, ReportQuorum},
    acting::relay::{Relay, RelayEndpoint, RelayError},
    acting::rollup_ops::RollupOps,
    acting::signer::{load_reporters, load_signer, SignerError},
    collector::{
        watch_hub, watch_rollup, HubCollector, HubContracts, HubPollSettings, PollSettings,
        QuorumError, RollupEndpoint,
    },
    coordination::lease::{FencedStorage, HeldLeases, LeaseFollower, LeaseManager, LeaseSettings},
    observation::{now_ms, Observation},
    ops::config::Config,
    ops::http::{self, HttpState, Metrics},
    storage::{self, Storage, StorageError},
    strategy::{ChannelEvent, Event, RollupInfo, Strategies, StrategyParams},
};

/// Observations buffered between the collectors and the strategies.
const OBSERVATION_BUFFER: usize = 1_024;
/// At most this many observations are taken from the queue at once and recorded in one
/// transaction.
const MAX_OBSERVATION_BATCH: usize = 512;
/// How long handled observations wait for more before they are recorded together.
const OBSERVATION_LINGER: std::time::Duration = std::time::Duration::from_millis(20);

/// Why the keeper could not start or had to stop.
#[derive(Debug, thiserror::Error)]
pub enum KeeperError {
    /// The manifest could not be used.
    #[error(transparent)]
    Manifest(#[from] ManifestError),
    /// The key could not be loaded.
    #[error("signer: {0}")]
    Signer(#[from] SignerError),
    /// The config names an invalid `[signer]`.
    #[error("config: {0}")]
    SignerConfig(String),
    /// Storage failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The executor failed.
    #[error(transparent)]
    Executor(#[from] ExecutorError),
    /// An endpoint URL in the manifest is invalid.
    #[error("{name} rpc_url {url:?} is not a valid URL")]
    InvalidUrl {
        /// Which chain.
        name: String,
        /// The URL.
        url: String,
    },
    /// `collector.endpoint_quorum` cannot be met by a rollup's endpoints.
    #[error("{name}: collector.endpoint_quorum cannot be met: {error}")]
    Quorum {
        /// Which rollup.
        name: String,
        /// The quorum and the endpoints.
        error: QuorumError,
    },
    /// The channel relay failed.
    #[error(transparent)]
    Relay(#[from] RelayError),
    /// A task panicked.
    #[error("{0} task panicked")]
    Panicked(&'static str),
    /// The HTTP endpoints could not be served.
    #[error("http listen {0}: {1}")]
    Http(std::net::SocketAddr, std::io::Error),
}

/// Runs the keeper until `shutdown` is cancelled or a part fails.
pub async fn run(config: Config, shutdown: CancellationToken) -> Result<(), KeeperError> {
    let manifest = Manifest::load(&config.manifest)?;
    let source = config.signer_source().map_err(|p| KeeperError::SignerConfig(p.to_string()))?;
    let signer = load_signer(&source)?;
    let reporter_sources =
        config.reporter_sources().map_err(|p| KeeperError::SignerConfig(p.to_string()))?;
    let reporters = load_reporters(&reporter_sources, &signer)?;
    let relayer = match config.relay_signer_source() {
        Ok(Some(source)) => load_signer(&source)?,
        Ok(None) => signer.clone(),
        Err(problem) => return Err(KeeperError::SignerConfig(problem.to_string())),
    };
    let storage = storage::connect(&config.database_url).await?;
    let hub_url = parse_url("hub", &manifest.hub.rpc_url)?;
    let hub_contracts = HubContracts::from_manifest(&manifest)?;
    let encoder = Arc::new(HubCalls::from_manifest(&manifest, reporters)?);
    // Leases first: the executor resumes only the actions of the rollups this instance holds.
    let instance = config.instance_id();
    let registered = manifest.rollups.iter().map(|r| r.rollup_id).filter(|id| *id != 0);
    let leases = LeaseManager::new(
        storage.clone(),
        LeaseSettings::new(&instance, config.lease_ttl()),
        registered.collect(),
    );
    leases.round().await?;
    let held = leases.held();
    tracing::info!(%instance, leases = ?held.snapshot(), "leases taken");
    let lease_task = leases.spawn(shutdown.child_token());
    let acting: Arc<dyn Storage> = Arc::new(FencedStorage::new(storage.clone(), held.clone()));
    let threshold = report_threshold(&hub_url, encoder.reward_distributor, &encoder).await;
    let quorum =
        ReportQuorum::new(storage.clone(), encoder.clone(), &instance, threshold, held.clone());
    let calls = Arc::new(QuorumCalls::new(encoder.clone(), quorum.collected()));
    let metrics = Arc::new(Metrics::default());
    if let Some(listen) = config.http.listen {
        let state = HttpState {
            metrics: metrics.clone(),
            storage: storage.clone(),
            held: held.clone(),
            instance: instance.clone(),
            database: if storage::is_postgres_url(&config.database_url) {
                "postgres"
            } else {
                "sqlite"
            },
            started_at_ms: now_ms(),
        };
        http::serve(listen, state, shutdown.child_token())
            .await
            .map_err(|e| KeeperError::Http(listen, e))?;
    }
    let params = StrategyParams::from_config(&config)
        .with_contracts(encoder.elastic_pool.is_some(), encoder.emergency_channels.is_some());
    if !params.elastic_pool || !params.channels {
        tracing::warn!(
            elastic_pool = params.elastic_pool,
            emergency_channels = params.channels,
            "hub contracts missing from the manifest: their strategies are off"
        );
    }
    let settings = ExecutorSettings::from(&config.executor);
    let executor = Executor::start(
        http_provider(hub_url.clone(), settings.rpc_timeout),
        signer,
        calls,
        acting.clone(),
        settings,
    )
    .await?
    .with_leases(held.clone());
    let (executor, mut executor_task) = executor.spawn(shutdown.child_token());
    let mut relay_tasks = JoinSet::new();
    let relay = start_relay(&config, &manifest, params.channels, relayer, &acting, &held)?;
    let relay = relay.map(|relay| {
        let (events, received) = mpsc::unbounded_channel();
        let endpoints = relay.rollups().count();
        tracing::info!(endpoints, "relaying channels to the rollups' ChannelEndpoints");
        let token = shutdown.child_token();
        let relay = relay.start(&mut relay_tasks, &shutdown);
        relay_tasks.spawn(relay.run(received, token));
        events
    });

    let (observations, observed) = mpsc::channel(OBSERVATION_BUFFER);
    let mut collectors = JoinSet::new();
    let mut rollups = Vec::new();
    let mut endpoints = BTreeMap::new();
    for rollup in &manifest.rollups {
        if rollup.rollup_id == 0 {
            tracing::warn!(rollup = %rollup.name, "not registered on the hub (rollup_id 0); skipped");
            continue;
        }
        let rpc_url = parse_url(&rollup.name, &rollup.rpc_url)?;
        let ws_url = match &rollup.ws_url {
            Some(ws_url) => Some(parse_url(&rollup.name, ws_url)?),
            None => RollupEndpoint::ws_url_of(&rpc_url),
        };
        let extra_rpc_urls = rollup
            .extra_rpc_urls
            .iter()
            .map(|url| parse_url(&rollup.name, url))
            .collect::<Result<Vec<_>, _>>()?;
        let endpoint = RollupEndpoint {
            rollup_id: rollup.rollup_id,
            name: rollup.name.clone(),
            rpc_url,
            ws_url,
            extra_rpc_urls,
            quorum: config.collector.endpoint_quorum,
            chain_id: Some(rollup.chain_id),
        };
        if let Err(error) = endpoint.endpoint_quorum() {
            return Err(KeeperError::Quorum { name: rollup.name.clone(), error });
        }
        let settings = PollSettings::from_config(&config);
        endpoints.insert(rollup.rollup_id, endpoint.rpc_url.clone());
        collectors.spawn(watch_rollup(
            endpoint,
            settings,
            observations.clone(),
            shutdown.child_token(),
        ));
        rollups.push(RollupInfo {
            rollup_id: rollup.rollup_id,
            name: rollup.name.clone(),
            kind: rollup.kind.clone(),
        });
    }
    drop(observations);
    let (hub_events, hub_observed) = mpsc::channel(OBSERVATION_BUFFER);
    let hub = HubCollector::new(
        hub_url,
        hub_contracts,
        rollups.iter().map(|r| r.rollup_id).collect(),
        HubPollSettings::from_config(&config),
    );
    collectors.spawn(watch_hub(hub, hub_events, shutdown.child_token()));
    let known = storage.hub_statuses().await?;
    let strategies = Strategies::new(params, rollups, &known);
    let rollup_ops = RollupOps::new(endpoints, config.rpc_timeout());
    // Resumed here for the leases held now, and on every newly acquired lease in `decide`.
    let mut rollup_leases = LeaseFollower::new(held.clone());
    rollup_leases.changes();
    rollup_ops.resume(acting.as_ref()).await?;
    let parts = Parts {
        observed,
        hub_observed,
        storage,
        acting,
        executor,
        rollup_ops,
        held,
        rollup_leases,
        quorum,
        metrics,
        relay,
    };
    let strategy_loop = decide(strategies, parts, &config, shutdown.clone());

    let outcome = tokio::select! {
        result = strategy_loop => result,
        // On Ctrl-C these may end before the strategy loop notices: only then is it no error.
        joined = &mut executor_task => {
            if !shutdown.is_cancelled() {
                tracing::error!("executor stopped; shutting down");
            }
            flatten(joined)
        }
        Some(joined) = relay_tasks.join_next() => {
            if !shutdown.is_cancelled() {
                tracing::error!("channel relay stopped; shutting down");
            }
            joined.map_err(|_| KeeperError::Panicked("relay"))?.map_err(KeeperError::from)
        }
    };
    shutdown.cancel();
    while collectors.join_next().await.is_some() {}
    while let Some(joined) = relay_tasks.join_next().await {
        if let Ok(Err(error)) = joined {
            tracing::error!(%error, "channel relay stopped with an error");
        }
    }
    if !executor_task.is_finished() {
        flatten(executor_task.await)?;
    }
    // Hands the leases over (released, heartbeat removed) so others take over at once.
    lease_task.await.map_err(|_| KeeperError::Panicked("lease"))?;
    tracing::info!("keeper stopped");
    outcome
}

/// What the strategy task reads from and hands actions to.
struct Parts {
    observed: mpsc::Receiver<Observation>,
    hub_observed: mpsc::Receiver<Event>,
    storage: Arc<dyn Storage>,
    /// Writes actions under this instance's leases.
    acting: Arc<dyn Storage>,
    executor: ExecutorHandle,
    rollup_ops: RollupOps,
    held: Arc<HeldLeases>,
    /// The leases whose rollup-node actions `rollup_ops` has taken up.
    rollup_leases: LeaseFollower,
    quorum: ReportQuorum,
    metrics: Arc<Metrics>,
    /// Hub channel events for the relay, when it runs.
    relay: Option<mpsc::UnboundedSender<ChannelEvent>>,
}

/// What became of a decided action.
enum Dispatched {
    Done,
    /// The executor task ended; `run` reports why.
    ExecutorGone,
}

/// The strategy task: feeds the observations, hub events and periodic ticks to the strategies,
/// hands the actions to the executor (hub) or the rollup operations, and then records the
/// observations for the timeline. Recording is grouped: heads of many rollups arrive a few ms
/// apart, and one transaction (one fsync) for all that arrived within [`OBSERVATION_LINGER`]
/// costs far less than one each, without delaying any decision.
async fn decide(
    mut strategies: Strategies,
    mut parts: Parts,
    config: &Config,
    shutdown: CancellationToken,
) -> Result<(), KeeperError> {
    let mut ticker = tokio::time::interval(config.poll_interval());
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut received = Vec::with_capacity(MAX_OBSERVATION_BATCH);
    let mut unrecorded = Timeline::default();
    loop {
        let events = tokio::select! {
            _ = shutdown.cancelled() => {
                unrecorded.record(parts.storage.as_ref()).await?;
                return Ok(());
            }
            count = parts.observed.recv_many(&mut received, MAX_OBSERVATION_BATCH),
                if !parts.observed.is_closed() || !parts.observed.is_empty() =>
            {
                if count == 0 {
                    continue;
                }
                for observation in &received {
                    parts.metrics.observe(observation);
                }
                received.drain(..).map(Event::Observation).collect()
            }
            Some(event) = parts.hub_observed.recv() => {
                if let (Event::Channel(channel), Some(relay)) = (&event, &parts.relay) {
                    // The relay task stops only with the keeper.
                    let _ = relay.send(*channel);
                }
                vec![event]
            }
            _ = ticker.tick() => vec![Event::Tick { now_ms: now_ms() }],
            _ = unrecorded.due() => {
                unrecorded.record(parts.storage.as_ref()).await?;
                continue;
            }
        };
        for event in events {
            let mut ready = Vec::new();
            if matches!(event, Event::Tick { .. }) {
                // Reports whose signatures (from every instance) reached the threshold since.
                ready.extend(parts.quorum.due().await?);
                // A lease newly acquired: finish the rollup-node actions its last holder left
                // (the executors adopt the hub and relay ones themselves).
                if !parts.rollup_leases.changes().gained.is_empty() {
                    parts.rollup_ops.resume(parts.acting.as_ref()).await?;
                }
            }
            for action in strategies.on_event(&event) {
                tracing::info!(key = %action.key, kind = action.kind.name(), "strategy decided");
                let kind = action.kind.name();
                match parts.quorum.admit(action).await? {
                    Some(action) => ready.push(action),
                    None => parts.metrics.decided(kind, "waiting_for_signatures"),
                }
            }
            for action in ready {
                if let Dispatched::ExecutorGone = dispatch(&mut parts, action).await? {
                    unrecorded.record(parts.storage.as_ref()).await?;
                    return Ok(());
                }
            }
            // Recorded for the timeline after the actions it caused are on their way.
            if let Event::Observation(observation) = event {
                unrecorded.push(observation);
            }
        }
        if unrecorded.is_full() {
            unrecorded.record(parts.storage.as_ref()).await?;
        }
    }
}

/// Observations handled by the strategies and not yet recorded, and when they are due.
#[derive(Debug, Default)]
struct Timeline {
    observations: Vec<Observation>,
    /// [`OBSERVATION_LINGER`] after the oldest of them was handled.
    due_at: Option<tokio::time::Instant>,
}

impl Timeline {
    fn push(&mut self, observation: Observation) {
        self.due_at.get_or_insert_with(|| tokio::time::Instant::now() + OBSERVATION_LINGER);
        self.observations.push(observation);
    }

    fn is_full(&self) -> bool {
        self.observations.len() >= MAX_OBSERVATION_BATCH
    }

    /// Resolves when the oldest has waited its linger; never while there is none.
    async fn due(&self) {
        match self.due_at {
            Some(at) => tokio::time::sleep_until(at).await,
            None => std::future::pending().await,
        }
    }

    /// Records them all in one transaction.
    async fn record(&mut self, storage: &dyn Storage) -> Result<(), StorageError> {
        self.due_at = None;
        if self.observations.is_empty() {
            return Ok(());
        }
        storage.record_observations(&self.observations).await?;
        self.observations.clear();
        Ok(())
    }
}

/// What the relay needs, when it runs: enabled, EmergencyChannels deployed, and at least one
/// rollup with a ChannelEndpoint in the manifest.
struct RelayPlan {
    endpoints: Vec<RelayEndpoint>,
    relayer: alloy::signers::local::PrivateKeySigner,
    /// Fenced: relays are written under the rollup's lease.
    storage: Arc<dyn Storage>,
    held: Arc<HeldLeases>,
    settings: ExecutorSettings,
    timeout: std::time::Duration,
}

impl RelayPlan {
    fn rollups(&self) -> impl Iterator<Item = &RelayEndpoint> {
        self.endpoints.iter()
    }

    fn start(
        self,
        tasks: &mut JoinSet<Result<(), RelayError>>,
        shutdown: &CancellationToken,
    ) -> Relay {
        Relay::start(
            self.endpoints,
            self.relayer,
            self.storage,
            Some(self.held),
            self.settings,
            self.timeout,
            tasks,
            shutdown,
        )
    }
}

fn start_relay(
    config: &Config,
    manifest: &Manifest,
    channels_deployed: bool,
    relayer: alloy::signers::local::PrivateKeySigner,
    storage: &Arc<dyn Storage>,
    held: &Arc<HeldLeases>,
) -> Result<Option<RelayPlan>, KeeperError> {
    if !config.relay.enabled || !channels_deployed {
        return Ok(None);
    }
    let mut endpoints = Vec::new();
    for rollup in manifest.rollups.iter().filter(|r| r.rollup_id != 0) {
        let Some(endpoint) = rollup.contracts.get(CHANNEL_ENDPOINT) else {
            tracing::warn!(rollup = %rollup.name, "no ChannelEndpoint in the manifest; not relayed");
            continue;
        };
        endpoints.push(RelayEndpoint {
            rollup_id: rollup.rollup_id,
            rpc_url: parse_url(&rollup.name, &rollup.rpc_url)?,
            endpoint: *endpoint,
        });
    }
    if endpoints.is_empty() {
        return Ok(None);
    }
    Ok(Some(RelayPlan {
        endpoints,
        relayer,
        storage: storage.clone(),
        held: held.clone(),
        settings: ExecutorSettings::from(&config.executor),
        timeout: config.rpc_timeout(),
    }))
}

/// Hands an action to the executor (hub) or the rollup operations, if this instance holds its
/// lease; another instance acts for it otherwise.
async fn dispatch(parts: &mut Parts, action: Action) -> Result<Dispatched, KeeperError> {
    let kind = action.kind.name();
    if !parts.held.may_act(&action) {
        tracing::debug!(key = %action.key, kind, "another instance holds its lease; skipped");
        parts.metrics.decided(kind, "not_lease_holder");
        return Ok(Dispatched::Done);
    }
    if !action.kind.is_hub() {
        parts.rollup_ops.perform(action, parts.acting.as_ref()).await?;
        parts.metrics.decided(kind, "performed");
    } else if parts.executor.submit(action).await.is_err() {
        return Ok(Dispatched::ExecutorGone);
    } else {
        parts.metrics.decided(kind, "submitted");
    }
    Ok(Dispatched::Done)
}

/// The RewardDistributor's signature threshold; when it cannot be read, the number of local
/// reporter keys (what a single instance would submit anyway).
async fn report_threshold(hub_url: &Url, distributor: Address, calls: &HubCalls) -> usize {
    let provider: RootProvider = RootProvider::new_http(hub_url.clone());
    match RewardDistributor::new(distributor, &provider).threshold().call().await {
        Ok(threshold) => usize::try_from(threshold).unwrap_or(usize::MAX),
        Err(e) => {
            let fallback = calls.reporters.len();
            tracing::warn!(error = %e, fallback, "could not read the report threshold");
            fallback
        }
    }
}

fn parse_url(name: &str, url: &str) -> Result<Url, KeeperError> {
    url.parse().map_err(|_| KeeperError::InvalidUrl { name: name.into(), url: url.into() })
}

fn flatten(
    joined: Result<Result<(), ExecutorError>, tokio::task::JoinError>,
) -> Result<(), KeeperError> {
    joined.map_err(|_| KeeperError::Panicked("executor"))?.map_err(KeeperError::from)
}
