//! Observability over HTTP (axum), when `[http] listen` is set:
//!
//! - `GET /metrics`: Prometheus (OpenMetrics text): per-rollup load (last block's fullness, base
//!   fee, head, RPC failures), actions by kind and status, actions decided by kind and outcome,
//!   pending actions and transactions, lease ownership and fencing tokens, live instances.
//! - `GET /healthz`: 200 `ok` while the database answers, else 503.
//! - `GET /status`: the same as JSON, for people and scripts.
//!
//! Storage-backed values are read at each scrape, so they are right across restarts and, with
//! PostgreSQL, across instances; per-rollup values are this instance's own observations.

use std::{
    collections::BTreeMap,
    net::SocketAddr,
    sync::{atomic::AtomicU64, Arc, Mutex},
};

use axum::{
    extract::State,
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use prometheus_client::{
    encoding::{text::encode, EncodeLabelSet},
    metrics::{counter::Counter, family::Family, gauge::Gauge},
    registry::Registry,
};
use serde::Serialize;
use tokio::{net::TcpListener, task::JoinHandle};
use tokio_util::sync::CancellationToken;

use crate::{
    coordination::lease::HeldLeases,
    observation::{now_ms, Observation, RollupId},
    storage::{ActionStatus, Storage, StorageError},
};

const OPENMETRICS: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RollupLabels {
    rollup: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ActionLabels {
    kind: String,
    status: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct DecisionLabels {
    kind: String,
    outcome: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct LeaseLabels {
    lease: String,
    holder: String,
}

/// What the keeper last saw of a rollup.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RollupView {
    /// The rollup.
    pub rollup_id: RollupId,
    /// The latest head's number.
    pub head: Option<u64>,
    /// The latest head's gas used / gas limit.
    pub fullness: Option<f64>,
    /// The latest head's base fee, wei.
    pub base_fee_per_gas: Option<u64>,
    /// When the latest head was seen, unix milliseconds.
    pub last_head_at_ms: Option<u64>,
    /// RPC failures seen since start.
    pub rpc_failures: u64,
    /// Answers rejected as implausible (a lying or broken endpoint), since start.
    pub suspect_answers: u64,
}

/// The keeper's metrics and live view; cheap to update from the pipeline.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    fullness: Family<RollupLabels, Gauge<f64, AtomicU64>>,
    base_fee: Family<RollupLabels, Gauge>,
    head: Family<RollupLabels, Gauge>,
    rpc_failures: Family<RollupLabels, Counter>,
    suspect_answers: Family<RollupLabels, Counter>,
    actions: Family<ActionLabels, Gauge>,
    decisions: Family<DecisionLabels, Counter>,
    pending_actions: Gauge,
    pending_transactions: Gauge,
    leases: Family<LeaseLabels, Gauge>,
    lease_tokens: Family<LeaseLabels, Gauge>,
    leases_held: Gauge,
    live_instances: Gauge,
    rollups: Mutex<BTreeMap<RollupId, RollupView>>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("era_keeper");
        let metrics = Self {
            fullness: Family::default(),
            base_fee: Family::default(),
            head: Family::default(),
            rpc_failures: Family::default(),
            suspect_answers: Family::default(),
            actions: Family::default(),
            decisions: Family::default(),
            pending_actions: Gauge::default(),
            pending_transactions: Gauge::default(),
            leases: Family::default(),
            lease_tokens: Family::default(),
            leases_held: Gauge::default(),
            live_instances: Gauge::default(),
            rollups: Mutex::default(),
            registry: Registry::default(),
        };
        let m = &metrics;
        let r = &mut registry;
        r.register("rollup_fullness", "Latest block's gas used / gas limit", m.fullness.clone());
        r.register("rollup_base_fee_wei", "Latest block's base fee", m.base_fee.clone());
        r.register("rollup_head", "Latest block number seen", m.head.clone());
        r.register("rollup_rpc_failures", "Failed rollup RPC polls", m.rpc_failures.clone());
        r.register(
            "rollup_suspect_answers",
            "Rollup RPC answers rejected as implausible (wrong chain, impossible block)",
            m.suspect_answers.clone(),
        );
        r.register("actions", "Stored actions by kind and status", m.actions.clone());
        r.register(
            "decisions",
            "Actions decided by this instance, by kind and outcome",
            m.decisions.clone(),
        );
        r.register("pending_actions", "Actions not sent yet", m.pending_actions.clone());
        r.register(
            "pending_transactions",
            "Actions whose transaction is sent and not yet confirmed",
            m.pending_transactions.clone(),
        );
        r.register("lease", "1 for each live lease, by holder", m.leases.clone());
        r.register("lease_fencing_token", "Each lease's fencing token", m.lease_tokens.clone());
        r.register("leases_held", "Leases this instance holds", m.leases_held.clone());
        r.register(
            "live_instances",
            "Keeper instances with a live heartbeat",
            m.live_instances.clone(),
        );
        Self { registry, ..metrics }
    }
}

impl Metrics {
    /// Records an observation: per-rollup load, head and failures.
    pub fn observe(&self, observation: &Observation) {
        let rollup_id = observation.rollup_id();
        let labels = RollupLabels { rollup: rollup_id.to_string() };
        let mut rollups = self.rollups.lock().expect("rollup views");
        let view = rollups
            .entry(rollup_id)
            .or_insert_with(|| RollupView { rollup_id, ..RollupView::default() });
        match observation {
            Observation::Head { head, observed_at_ms, .. } => {
                let fullness = if head.gas_limit == 0 {
                    0.0
                } else {
                    head.gas_used as f64 / head.gas_limit as f64
                };
                self.fullness.get_or_create(&labels).set(fullness);
                self.head.get_or_create(&labels).set(gauge_value(head.number));
                if let Some(fee) = head.base_fee_per_gas {
                    self.base_fee.get_or_create(&labels).set(gauge_value(fee));
                }
                view.head = Some(head.number);
                view.fullness = Some(fullness);
                view.base_fee_per_gas = head.base_fee_per_gas;
                view.last_head_at_ms = Some(*observed_at_ms);
            }
            Observation::RpcFailure { .. } => {
                self.rpc_failures.get_or_create(&labels).inc();
                view.rpc_failures += 1;
            }
            Observation::Suspect { .. } => {
                self.suspect_answers.get_or_create(&labels).inc();
                view.suspect_answers += 1;
            }
        }
    }

    /// Counts an action the strategies decided: `outcome` is `submitted`, `performed`,
    /// `not_lease_holder`, `waiting_for_signatures`, ...
    pub fn decided(&self, kind: &str, outcome: &str) {
        let labels = DecisionLabels { kind: kind.into(), outcome: outcome.into() };
        self.decisions.get_or_create(&labels).inc();
    }

    /// The per-rollup views, by rollup.
    pub fn rollups(&self) -> Vec<RollupView> {
        self.rollups.lock().expect("rollup views").values().cloned().collect()
    }
}

fn gauge_value(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// What the HTTP handlers read.
#[derive(Debug, Clone)]
pub struct HttpState {
    /// The metrics the pipeline updates.
    pub metrics: Arc<Metrics>,
    /// The database.
    pub storage: Arc<dyn Storage>,
    /// This instance's leases.
    pub held: Arc<HeldLeases>,
    /// This instance's name.
    pub instance: String,
    /// `sqlite` or `postgres`.
    pub database: &'static str,
    /// When the keeper started, unix milliseconds.
    pub started_at_ms: u64,
}

/// One lease in `/status`.
#[derive(Debug, Clone, Serialize)]
pub struct LeaseView {
    /// Its name.
    pub name: String,
    /// Who holds it (or last held it).
    pub holder: String,
    /// Its fencing token.
    pub fencing_token: u64,
    /// When it lapses, unix milliseconds (database clock).
    pub expires_at_ms: u64,
    /// Whether it is live.
    pub live: bool,
    /// Whether this instance holds it.
    pub mine: bool,
}

/// The `/status` document.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    /// This instance.
    pub instance: String,
    /// `sqlite` or `postgres`.
    pub database: &'static str,
    /// When it started, unix milliseconds.
    pub started_at_ms: u64,
    /// Seconds since.
    pub uptime_seconds: u64,
    /// Instances with a live heartbeat.
    pub live_instances: Vec<String>,
    /// Every lease.
    pub leases: Vec<LeaseView>,
    /// Actions: kind → status → count.
    pub actions: BTreeMap<String, BTreeMap<String, u64>>,
    /// Actions not sent yet.
    pub pending_actions: u64,
    /// Actions sent and not yet confirmed.
    pub pending_transactions: u64,
    /// What this instance saw of each rollup.
    pub rollups: Vec<RollupView>,
}

impl HttpState {
    /// Reads the database and refreshes the storage-backed metrics.
    pub async fn status(&self) -> Result<Status, StorageError> {
        let now = self.storage.clock_ms().await?;
        let counts = self.storage.action_counts().await?;
        let live_instances = self.storage.live_instances().await?;
        let held = self.held.snapshot();
        let leases: Vec<LeaseView> = self
            .storage
            .leases()
            .await?
            .into_iter()
            .map(|l| LeaseView {
                mine: held.get(&l.name) == Some(&l.fencing_token) && l.holder == self.instance,
                live: l.expires_at_ms > now,
                name: l.name,
                holder: l.holder,
                fencing_token: l.fencing_token,
                expires_at_ms: l.expires_at_ms,
            })
            .collect();
        let m = &self.metrics;
        m.actions.clear();
        let mut actions: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
        let (mut pending, mut sent) = (0, 0);
        for ((kind, status), count) in &counts {
            let labels = ActionLabels { kind: kind.clone(), status: status.to_string() };
            m.actions.get_or_create(&labels).set(gauge_value(*count));
            actions.entry(kind.clone()).or_default().insert(status.to_string(), *count);
            match status {
                ActionStatus::Pending => pending += count,
                ActionStatus::Sent => sent += count,
                _ => {}
            }
        }
        m.pending_actions.set(gauge_value(pending));
        m.pending_transactions.set(gauge_value(sent));
        m.leases.clear();
        m.lease_tokens.clear();
        for lease in &leases {
            let labels = LeaseLabels { lease: lease.name.clone(), holder: lease.holder.clone() };
            m.leases.get_or_create(&labels).set(i64::from(lease.live));
            m.lease_tokens.get_or_create(&labels).set(gauge_value(lease.fencing_token));
        }
        m.leases_held.set(gauge_value(held.len() as u64));
        m.live_instances.set(gauge_value(live_instances.len() as u64));
        Ok(Status {
            instance: self.instance.clone(),
            database: self.database,
            started_at_ms: self.started_at_ms,
            uptime_seconds: now_ms().saturating_sub(self.started_at_ms) / 1_000,
            live_instances,
            leases,
            actions,
            pending_actions: pending,
            pending_transactions: sent,
            rollups: m.rollups(),
        })
    }
}

/// The routes: `/metrics`, `/healthz`, `/status`.
pub fn router(state: HttpState) -> Router {
    Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .route("/status", get(status))
        .with_state(state)
}

/// Binds `listen` and serves [`router`] until `shutdown`; returns the bound address (port 0
/// picks a free one) and the server task.
pub async fn serve(
    listen: SocketAddr,
    state: HttpState,
    shutdown: CancellationToken,
) -> std::io::Result<(SocketAddr, JoinHandle<std::io::Result<()>>)> {
    let listener = TcpListener::bind(listen).await?;
    let address = listener.local_addr()?;
    tracing::info!(%address, "serving /metrics, /healthz and /status");
    let task = tokio::spawn(async move {
        axum::serve(listener, router(state))
            .with_graceful_shutdown(async move { shutdown.cancelled().await })
            .await
    });
    Ok((address, task))
}

async fn metrics(State(state): State<HttpState>) -> Response {
    if let Err(e) = state.status().await {
        tracing::warn!(error = %e, "metrics: database unreachable; storage metrics are stale");
    }
    let mut text = String::new();
    match encode(&mut text, &state.metrics.registry) {
        Ok(()) => ([(header::CONTENT_TYPE, OPENMETRICS)], text).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

async fn healthz(State(state): State<HttpState>) -> Response {
    match state.storage.clock_ms().await {
        Ok(_) => (StatusCode::OK, "ok\n").into_response(),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, format!("database: {e}\n")).into_response(),
    }
}

async fn status(State(state): State<HttpState>) -> Response {
    match state.status().await {
        Ok(status) => Json(status).into_response(),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, format!("database: {e}\n")).into_response(),
    }
}
