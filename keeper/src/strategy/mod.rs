//! Strategies: pure state machines from events to actions. No I/O, no clock: time arrives in
//! events, so every decision can be replayed in a unit test.
//!
//! Every action carries a deterministic idempotency key built from what triggered it (a block
//! number, the last block before an outage, an epoch), never from the target the keeper picked,
//! so a restarted keeper that sees the same trigger produces the same key and the executor
//! skips it.

pub mod baseline;
pub mod congestion;
pub mod outage;
pub mod stake;
pub mod surge;
pub mod traffic;

use std::collections::BTreeMap;

use alloy::primitives::U256;

use crate::{
    acting::actions::{
        Action, ActionKind, ChannelReason, ChannelUpdate, RollupStatus, RollupTraffic,
        TrafficReport,
    },
    observation::{Head, Observation, RollupId},
    ops::config::Config,
};
use baseline::{Ewma, FeeBaseline};
use congestion::{CongestionChange, CongestionDetector, CongestionRule};
use outage::{Liveness, LivenessChange};
use stake::RollupStake;
use surge::SurgeDetector;
use traffic::{RewardEpochs, TrafficLedger};

/// What the keeper knows about a rollup from the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollupInfo {
    /// Id in the RollupRegistry.
    pub rollup_id: RollupId,
    /// Human-readable name.
    pub name: String,
    /// `optimistic` or `zk`.
    pub kind: String,
}

/// Reports for at most this many epochs are decided per hub snapshot (catching up after a
/// long stop); the next snapshot continues.
const MAX_REPORTS_PER_SNAPSHOT: usize = 8;

/// At most this many decided reports are kept for retrying while the hub accepts none (a
/// report that can never land, e.g. over the distributor's rollup limit, must not grow memory
/// without end); later ones are decided once.
const MAX_UNACCEPTED_REPORTS: usize = 32;

/// A decided report not accepted on the hub after this long (or an epoch, if longer) is
/// decided again.
const MIN_REPORT_RETRY_SECONDS: u64 = 30;

/// The hub's state, read by the hub collector at one hub block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubSnapshot {
    /// The hub block's timestamp, unix seconds.
    pub hub_time: u64,
    /// The hub's current reward epoch (`RewardDistributor.currentEpoch`).
    pub epoch: u64,
    /// The reward epochs and the last one reported.
    pub reward_epochs: RewardEpochs,
    /// The RollupRegistry's longest threshold lowering, seconds.
    pub max_lowering_duration: u64,
    /// Stake and thresholds per rollup.
    pub rollups: Vec<RollupStake>,
    /// Boost windows that ended and are not settled: (rollup, window end in unix seconds).
    pub expired_windows: Vec<(RollupId, u64)>,
    /// The ElasticPool's bounds, when it is deployed and was read.
    pub pool: Option<PoolLimits>,
    /// Emergency channels in force on the hub, by source rollup (`EmergencyChannels.channelOf`).
    pub open_channels: BTreeMap<RollupId, OpenChannel>,
}

/// An emergency channel in force on the hub.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenChannel {
    /// The hub's channel id.
    pub channel_id: u64,
    /// Where the source's traffic goes.
    pub to: RollupId,
    /// When it expires, unix seconds.
    pub expires_at: u64,
}

/// An emergency channel event on the hub, in log order: what the relay mirrors on the
/// rollups' ChannelEndpoints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelEvent {
    /// The update, with the channel's rollups and expiry.
    pub update: ChannelUpdate,
    /// The hub block of the event.
    pub block_number: u64,
    /// The event's index in that block.
    pub log_index: u64,
}

/// What the ElasticPool allows a boost window, read by the hub collector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolLimits {
    /// The most one window may lend (`windowCap`, also bounded by idle assets and by what the
    /// total-lent cap leaves, `lendableAssets`).
    pub window_cap: U256,
    /// The highest multiplier (`maxMultiplierBps`).
    pub max_multiplier_bps: u32,
    /// The longest window (`maxWindowDuration`), seconds.
    pub max_window_duration: u64,
    /// Rollups with a window still open, and when it expires (unix seconds).
    pub open_windows: BTreeMap<RollupId, u64>,
    /// The most boosted stake (amount times multiplier) a window may carry per rollup
    /// (`boostBound`: the rollup's own hub stake times `maxStakeRatioBps`); a rollup missing
    /// here has no bound read.
    pub stake_bounds: BTreeMap<RollupId, U256>,
    /// The hub time these were read at, unix seconds.
    pub read_at: u64,
}

/// Something the strategies react to.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A collector observation.
    Observation(Observation),
    /// Time passed; unix milliseconds.
    Tick {
        /// Now.
        now_ms: u64,
    },
    /// Fresh hub state.
    Hub(HubSnapshot),
    /// Governance changed a rollup's gas-limit parameter (`RollupRegistry.GasLimitChanged`).
    GasLimitChanged {
        /// The rollup.
        rollup_id: RollupId,
        /// The new gas limit.
        gas_limit: u64,
        /// The hub block of the event.
        block_number: u64,
        /// The event's index in that block.
        log_index: u64,
    },
    /// A channel was opened, vetoed or closed on the hub (relayed, not a strategy input).
    Channel(ChannelEvent),
}

/// Every strategy parameter, taken from the config.
#[derive(Debug, Clone, PartialEq)]
pub struct StrategyParams {
    /// Smoothing of baselines and load.
    pub ewma_alpha: f64,
    /// Per-block congestion rule.
    pub congestion: CongestionRule,
    /// Minimum baseline fee.
    pub base_fee_floor_wei: u64,
    /// Blocks before the baseline is trusted.
    pub warmup_blocks: u32,
    /// Fee ratio of a surge.
    pub surge_ratio: f64,
    /// Silence before an outage, milliseconds.
    pub outage_after_ms: u64,
    /// Boost multiplier (bps).
    pub boost_multiplier_bps: u16,
    /// Boost amount (wei).
    pub boost_amount: U256,
    /// Boost duration.
    pub boost_duration_seconds: u64,
    /// Channel duration.
    pub channel_duration_seconds: u64,
    /// Validator count below which the threshold is lowered.
    pub min_validators: u32,
    /// Lowered minimum as a percentage of the base minimum.
    pub lowered_percent: u8,
    /// Lowering duration.
    pub threshold_duration_seconds: u64,
    /// Concentration bounds and move share (bps).
    pub max_top_share_bps: u16,
    /// HHI bound (bps).
    pub max_hhi_bps: u16,
    /// Share of the allocation moved (bps).
    pub move_bps: u16,
    /// A closed epoch is reported this long after it ends on the hub, so late rollup blocks
    /// still count.
    pub report_grace_ms: u64,
    /// Security factor per rollup kind (bps); other kinds use the optimistic value.
    pub optimistic_security_factor_bps: u32,
    /// Security factor of ZK rollups (bps).
    pub zk_security_factor_bps: u32,
    /// Whether the ElasticPool is deployed (boost windows, settlement, redistribution).
    pub elastic_pool: bool,
    /// Whether EmergencyChannels is deployed (channels on surges and outages).
    pub channels: bool,
    /// Whether governance gas limits are applied to the (devnet) rollup nodes.
    pub apply_gas_limits: bool,
}

impl StrategyParams {
    /// The parameters a config sets.
    pub fn from_config(config: &Config) -> Self {
        Self {
            ewma_alpha: config.congestion.ewma_alpha,
            congestion: CongestionRule {
                fullness_threshold: config.congestion.fullness_threshold,
                base_fee_ratio: config.congestion.base_fee_ratio,
                k_blocks: config.congestion.k_blocks,
            },
            base_fee_floor_wei: config.congestion.base_fee_floor_wei,
            warmup_blocks: config.congestion.warmup_blocks,
            surge_ratio: config.surge.ratio,
            outage_after_ms: config.outage.after_seconds * 1_000,
            boost_multiplier_bps: config.boost.multiplier_bps,
            boost_amount: config.boost.amount_wei(),
            boost_duration_seconds: config.boost.duration_seconds,
            channel_duration_seconds: config.channel.duration_seconds,
            min_validators: config.threshold.min_validators,
            lowered_percent: config.threshold.lowered_percent,
            threshold_duration_seconds: config.threshold.duration_seconds,
            max_top_share_bps: config.concentration.max_top_share_bps,
            max_hhi_bps: config.concentration.max_hhi_bps,
            move_bps: config.concentration.move_bps,
            report_grace_ms: 2 * config.collector.poll_interval_ms,
            optimistic_security_factor_bps: config.report.optimistic_security_factor_bps,
            zk_security_factor_bps: config.report.zk_security_factor_bps,
            // Known once the manifest is read; see `with_contracts`.
            elastic_pool: false,
            channels: false,
            apply_gas_limits: config.devnet.apply_gas_limits,
        }
    }

    /// Enables the strategies whose hub contracts are deployed.
    pub fn with_contracts(mut self, elastic_pool: bool, channels: bool) -> Self {
        self.elastic_pool = elastic_pool;
        self.channels = channels;
        self
    }
}

/// One rollup's strategy state.
#[derive(Debug, Clone)]
struct RollupState {
    info: RollupInfo,
    /// The status the hub has (or will have once our pending actions land).
    status: RollupStatus,
    baseline: FeeBaseline,
    /// Fullness over every block: how loaded the rollup is, for picking channel targets.
    load: Ewma,
    congestion: CongestionDetector,
    surge: SurgeDetector,
    liveness: Liveness,
    /// Unix ms until which a surge channel from this rollup is open.
    surge_channel_until_ms: u64,
}

/// All strategies over all rollups.
#[derive(Debug, Clone)]
pub struct Strategies {
    params: StrategyParams,
    rollups: BTreeMap<RollupId, RollupState>,
    traffic: TrafficLedger,
    /// The last epoch a report was decided for.
    reported_through: u64,
    /// Reports decided and not yet accepted on the hub, by epoch: the report and the hub time
    /// it was last decided at.
    unaccepted_reports: BTreeMap<u64, (TrafficReport, u64)>,
    /// The ElasticPool's bounds from the latest hub snapshot.
    pool: Option<PoolLimits>,
    /// Channels in force on the hub, by source, from the latest hub snapshot.
    open_channels: BTreeMap<RollupId, OpenChannel>,
}

impl Strategies {
    /// Strategies for these rollups. `known_statuses` is what the hub already has (after a
    /// restart, from storage); rollups missing from it are taken as Active.
    pub fn new(
        params: StrategyParams,
        rollups: Vec<RollupInfo>,
        known_statuses: &BTreeMap<RollupId, RollupStatus>,
    ) -> Self {
        let rollups = rollups
            .into_iter()
            .map(|info| {
                let status =
                    known_statuses.get(&info.rollup_id).copied().unwrap_or(RollupStatus::Active);
                let state = RollupState {
                    status,
                    baseline: FeeBaseline::new(
                        params.ewma_alpha,
                        params.base_fee_floor_wei,
                        params.warmup_blocks,
                    ),
                    load: Ewma::new(params.ewma_alpha),
                    congestion: CongestionDetector::new(
                        params.congestion.k_blocks,
                        status == RollupStatus::Congested,
                    ),
                    surge: SurgeDetector::new(params.surge_ratio),
                    liveness: Liveness::new(params.outage_after_ms, status == RollupStatus::Down),
                    surge_channel_until_ms: 0,
                    info,
                };
                (state.info.rollup_id, state)
            })
            .collect();
        Self {
            params,
            rollups,
            traffic: TrafficLedger::default(),
            reported_through: 0,
            unaccepted_reports: BTreeMap::new(),
            pool: None,
            open_channels: BTreeMap::new(),
        }
    }

    /// The status the strategies believe a rollup has.
    pub fn status(&self, rollup_id: RollupId) -> Option<RollupStatus> {
        self.rollups.get(&rollup_id).map(|r| r.status)
    }

    /// Reacts to one event.
    pub fn on_event(&mut self, event: &Event) -> Vec<Action> {
        match event {
            Event::Observation(Observation::Head { rollup_id, head, observed_at_ms, .. }) => {
                self.on_head(*rollup_id, head, *observed_at_ms)
            }
            Event::Observation(Observation::RpcFailure {
                rollup_id,
                error,
                observed_at_ms,
                ..
            }) => {
                if let Some(rollup) = self.rollups.get_mut(rollup_id) {
                    rollup.liveness.on_failure(error, *observed_at_ms);
                }
                Vec::new()
            }
            Event::Observation(Observation::Suspect { rollup_id, observed_at_ms, .. }) => {
                if let Some(rollup) = self.rollups.get_mut(rollup_id) {
                    rollup.liveness.on_suspect(*observed_at_ms);
                }
                Vec::new()
            }
            Event::Tick { now_ms } => self.on_tick(*now_ms),
            Event::Hub(snapshot) => self.on_hub(snapshot),
            Event::GasLimitChanged { rollup_id, gas_limit, block_number, log_index } => {
                if !self.params.apply_gas_limits || !self.rollups.contains_key(rollup_id) {
                    return Vec::new();
                }
                let key = format!("gas-limit:{rollup_id}:{block_number}:{log_index}");
                let kind =
                    ActionKind::SetRollupGasLimit { rollup_id: *rollup_id, gas_limit: *gas_limit };
                vec![Action::new(key, kind)]
            }
            Event::Channel(_) => Vec::new(),
        }
    }

    fn on_head(&mut self, rollup_id: RollupId, head: &Head, at_ms: u64) -> Vec<Action> {
        let Some(rollup) = self.rollups.get_mut(&rollup_id) else {
            return Vec::new();
        };
        let mut actions = Vec::new();
        if let Some(LivenessChange::Recovered { block }) =
            rollup.liveness.on_head(head.number, at_ms)
        {
            // Whatever the blocks before the outage showed is stale now.
            rollup.congestion = CongestionDetector::new(self.params.congestion.k_blocks, false);
            actions.extend(set_status(rollup, RollupStatus::Active, &block.to_string()));
        }
        self.traffic.record_block(rollup_id, head.number, head.timestamp, head.tx_count);
        let fee_ratio = head.base_fee_per_gas.and_then(|fee| rollup.baseline.ratio(fee));
        let fullness = head.fullness();
        rollup.load.update(fullness);
        let congested_block = self.params.congestion.is_congested_block(fullness, fee_ratio);
        let surge_began = rollup.surge.on_block(fee_ratio);
        // Anomalous blocks would drag the baseline up and hide the anomaly.
        if !congested_block && !rollup.surge.is_surge_block(fee_ratio) {
            if let Some(fee) = head.base_fee_per_gas {
                rollup.baseline.learn(fee);
            }
        }
        // No verdict before the baseline is warm: a known congestion must not "clear" then.
        let change = fee_ratio.and_then(|_| rollup.congestion.on_block(congested_block));
        actions.extend(self.on_congestion_change(rollup_id, change, head.number));
        if surge_began {
            actions.extend(self.on_surge(rollup_id, head.number, at_ms));
        }
        actions
    }

    fn on_congestion_change(
        &mut self,
        rollup_id: RollupId,
        change: Option<CongestionChange>,
        block: u64,
    ) -> Vec<Action> {
        let params = &self.params;
        let Some(rollup) = self.rollups.get_mut(&rollup_id) else { return Vec::new() };
        match change {
            Some(CongestionChange::Began) if rollup.status == RollupStatus::Active => {
                let mut actions = Vec::new();
                if let Some(boost) = boost_window(params, self.pool.as_ref(), rollup_id) {
                    actions.push(Action::new(format!("boost:{rollup_id}:{block}"), boost));
                }
                actions.extend(set_status(rollup, RollupStatus::Congested, &block.to_string()));
                actions
            }
            Some(CongestionChange::Cleared) if rollup.status == RollupStatus::Congested => {
                set_status(rollup, RollupStatus::Active, &block.to_string()).into_iter().collect()
            }
            _ => Vec::new(),
        }
    }

    fn on_surge(&mut self, rollup_id: RollupId, block: u64, at_ms: u64) -> Vec<Action> {
        let duration_ms = self.params.channel_duration_seconds * 1_000;
        let Some(rollup) = self.rollups.get(&rollup_id) else { return Vec::new() };
        if rollup.status == RollupStatus::Down || at_ms < rollup.surge_channel_until_ms {
            return Vec::new();
        }
        let Some(action) =
            self.open_channel(rollup_id, ChannelReason::GasSurge, &block.to_string())
        else {
            return Vec::new();
        };
        if let Some(rollup) = self.rollups.get_mut(&rollup_id) {
            rollup.surge_channel_until_ms = at_ms + duration_ms;
        }
        vec![action]
    }

    fn on_tick(&mut self, now_ms: u64) -> Vec<Action> {
        let mut actions = Vec::new();
        let ids: Vec<RollupId> = self.rollups.keys().copied().collect();
        for rollup_id in ids {
            let Some(rollup) = self.rollups.get_mut(&rollup_id) else { continue };
            let Some(LivenessChange::WentDown { last_block, cause }) =
                rollup.liveness.on_tick(now_ms)
            else {
                continue;
            };
            tracing::warn!(rollup = %rollup.info.name, ?last_block, ?cause, "rollup is down");
            let trigger = match last_block {
                Some(block) => format!("after-{block}"),
                None => "after-none".into(),
            };
            actions.extend(set_status(rollup, RollupStatus::Down, &trigger));
            actions.extend(self.open_channel(rollup_id, ChannelReason::Outage, &trigger));
        }
        actions
    }

    /// Reports every epoch that ended on the hub (plus the grace) after the last reported one,
    /// in order: the distributor accepts only the next epoch.
    fn reports_due(&mut self, snapshot: &HubSnapshot) -> Vec<Action> {
        let epochs = snapshot.reward_epochs;
        let grace_seconds = self.params.report_grace_ms.div_ceil(1_000);
        self.unaccepted_reports.retain(|epoch, _| *epoch > epochs.last_reported);
        let mut actions = self.report_retries_due(snapshot);
        let retries = actions.len();
        let mut epoch = self.reported_through.max(epochs.last_reported) + 1;
        while actions.len() - retries < MAX_REPORTS_PER_SNAPSHOT
            && epochs.end_of(epoch).saturating_add(grace_seconds) <= snapshot.hub_time
        {
            let counts = self.traffic.take(epochs.start_of(epoch), epochs.end_of(epoch));
            let rollups = self
                .rollups
                .values()
                .map(|r| RollupTraffic {
                    rollup_id: r.info.rollup_id,
                    tx_volume: counts.get(&r.info.rollup_id).copied().unwrap_or_default(),
                    // Cross-chain messages come from the ChannelEndpoint events, once deployed.
                    cross_chain_messages: 0,
                    security_factor_bps: self.security_factor_bps(&r.info.kind),
                })
                .collect();
            let report = TrafficReport { epoch, rollups };
            if self.unaccepted_reports.len() < MAX_UNACCEPTED_REPORTS {
                self.unaccepted_reports.insert(epoch, (report.clone(), snapshot.hub_time));
            }
            actions.push(Action::new(format!("report:{epoch}"), ActionKind::SubmitReport(report)));
            self.reported_through = epoch;
            epoch += 1;
        }
        actions
    }

    /// The distributor accepts only the next epoch, so a decided report that never lands (it
    /// reverted, or was lost) would stop every later one. When the hub's next epoch is a report
    /// decided at least a retry period ago (an epoch, at least [`MIN_REPORT_RETRY_SECONDS`]),
    /// it and the unaccepted reports after it are decided again, in order, under new keys
    /// (`report:{epoch}:retry{round}`, the round being the hub time in retry periods, so every
    /// instance names a retry alike and no two retries share a key). A copy that comes after
    /// another landed is refused by the distributor at estimation: nothing is reported twice.
    fn report_retries_due(&mut self, snapshot: &HubSnapshot) -> Vec<Action> {
        let epochs = snapshot.reward_epochs;
        let retry_after = epochs.length.max(MIN_REPORT_RETRY_SECONDS);
        let Some((&first, &(_, decided_at))) = self.unaccepted_reports.first_key_value() else {
            return Vec::new();
        };
        if first != epochs.last_reported + 1
            || snapshot.hub_time < decided_at.saturating_add(retry_after)
        {
            return Vec::new();
        }
        let round = snapshot.hub_time / retry_after;
        self.unaccepted_reports
            .iter_mut()
            .take(MAX_REPORTS_PER_SNAPSHOT)
            .map(|(epoch, (report, decided_at))| {
                *decided_at = snapshot.hub_time;
                let key = format!("report:{epoch}:retry{round}");
                Action::new(key, ActionKind::SubmitReport(report.clone()))
            })
            .collect()
    }

    fn security_factor_bps(&self, kind: &str) -> u32 {
        if kind.eq_ignore_ascii_case("zk") {
            self.params.zk_security_factor_bps
        } else {
            self.params.optimistic_security_factor_bps
        }
    }

    fn on_hub(&mut self, snapshot: &HubSnapshot) -> Vec<Action> {
        self.pool.clone_from(&snapshot.pool);
        self.open_channels.clone_from(&snapshot.open_channels);
        let mut actions = self.reports_due(snapshot);
        for stake in &snapshot.rollups {
            actions.extend(self.lower_threshold_if_short(stake, snapshot));
            if self.params.elastic_pool {
                actions.extend(self.redistribute_if_concentrated(stake, snapshot));
            }
        }
        if !self.params.elastic_pool {
            return actions;
        }
        for (rollup_id, window_end) in &snapshot.expired_windows {
            let key = format!("settle:{rollup_id}:{window_end}");
            actions.push(Action::new(key, ActionKind::SettleWindow { rollup_id: *rollup_id }));
        }
        actions
    }

    /// Lowers a short rollup's threshold within the registry's bounds: not below its floor,
    /// below its base minimum, and for no longer than the registry's longest lowering.
    fn lower_threshold_if_short(
        &self,
        stake: &RollupStake,
        snapshot: &HubSnapshot,
    ) -> Option<Action> {
        let p = &self.params;
        if !self.rollups.contains_key(&stake.rollup_id)
            || !stake::is_short_of_validators(stake, p.min_validators)
        {
            return None;
        }
        let new_minimum = stake::lowered_minimum(stake.base_minimum, p.lowered_percent)
            .max(stake.threshold_floor);
        if new_minimum >= stake.base_minimum {
            tracing::debug!(rollup = stake.rollup_id, "threshold floor leaves no room to lower");
            return None;
        }
        let mut duration_seconds = p.threshold_duration_seconds;
        if snapshot.max_lowering_duration > 0 {
            duration_seconds = duration_seconds.min(snapshot.max_lowering_duration);
        }
        let kind = ActionKind::LowerThreshold {
            rollup_id: stake.rollup_id,
            new_minimum,
            duration_seconds,
        };
        Some(Action::new(format!("threshold:{}:{}", stake.rollup_id, snapshot.epoch), kind))
    }

    fn redistribute_if_concentrated(
        &self,
        stake: &RollupStake,
        snapshot: &HubSnapshot,
    ) -> Option<Action> {
        let p = &self.params;
        let c = stake::concentration(&stake.validator_stakes)?;
        if !stake::is_concentrated(c, p.max_top_share_bps, p.max_hhi_bps) {
            return None;
        }
        let amount = stake::redistribution_amount(stake.pool_allocation, p.move_bps);
        if amount.is_zero() {
            return None;
        }
        let to = self.least_concentrated(stake.rollup_id, snapshot)?;
        let from = stake.rollup_id;
        let key = format!("redistribute:{from}:{}", snapshot.epoch);
        Some(Action::new(key, ActionKind::Redistribute { from, to, amount }))
    }

    /// The active rollup (not `from`) whose stake is least concentrated and within bounds.
    fn least_concentrated(&self, from: RollupId, snapshot: &HubSnapshot) -> Option<RollupId> {
        let p = &self.params;
        snapshot
            .rollups
            .iter()
            .filter(|s| {
                s.rollup_id != from && self.status(s.rollup_id) == Some(RollupStatus::Active)
            })
            .filter_map(|s| Some((stake::concentration(&s.validator_stakes)?, s.rollup_id)))
            .filter(|(c, _)| !stake::is_concentrated(*c, p.max_top_share_bps, p.max_hhi_bps))
            .min()
            .map(|(_, id)| id)
    }

    fn open_channel(&self, from: RollupId, reason: ChannelReason, trigger: &str) -> Option<Action> {
        if !self.params.channels {
            return None;
        }
        if let Some(open) = self.open_channels.get(&from) {
            tracing::debug!(from, channel = open.channel_id, to = open.to, "channel already open");
            return None;
        }
        let Some(to) = self.least_loaded_target(from) else {
            tracing::warn!(from, %reason, "no healthy rollup to divert traffic to");
            return None;
        };
        let kind = ActionKind::OpenChannel {
            from,
            to,
            reason,
            duration_seconds: self.params.channel_duration_seconds,
        };
        Some(Action::new(format!("channel:{from}:{reason}:{trigger}"), kind))
    }

    /// The least-loaded healthy rollup other than `from`, preferring the same kind.
    pub fn least_loaded_target(&self, from: RollupId) -> Option<RollupId> {
        let source_kind = &self.rollups.get(&from)?.info.kind;
        self.rollups
            .values()
            .filter(|r| r.info.rollup_id != from && r.status == RollupStatus::Active)
            .filter(|r| r.liveness.has_head() && !r.liveness.is_down())
            // A rollup diverting its own traffic takes none.
            .filter(|r| !self.open_channels.contains_key(&r.info.rollup_id))
            .map(|r| {
                let other_kind = !r.info.kind.eq_ignore_ascii_case(source_kind);
                let load = r.load.value().unwrap_or(0.0);
                (other_kind, load, r.info.rollup_id)
            })
            .min_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal))
            .map(|(_, _, id)| id)
    }
}

/// The boost window for a congested rollup, within the pool's bounds when they are known:
/// none without an ElasticPool, while the rollup's window is still open, or when the pool
/// cannot lend anything.
fn boost_window(
    params: &StrategyParams,
    pool: Option<&PoolLimits>,
    rollup_id: RollupId,
) -> Option<ActionKind> {
    if !params.elastic_pool {
        return None;
    }
    let mut multiplier_bps = u32::from(params.boost_multiplier_bps);
    let mut amount = params.boost_amount;
    let mut duration_seconds = params.boost_duration_seconds;
    if let Some(pool) = pool {
        if pool.open_windows.get(&rollup_id).is_some_and(|expires| *expires > pool.read_at) {
            tracing::debug!(rollup_id, "boost window still open");
            return None;
        }
        multiplier_bps = multiplier_bps.min(pool.max_multiplier_bps);
        amount = amount.min(pool.window_cap);
        if let Some(bound) = pool.stake_bounds.get(&rollup_id) {
            // amount * multiplier / 10,000 <= bound.
            let most = *bound * U256::from(10_000u32) / U256::from(multiplier_bps.max(1));
            amount = amount.min(most);
        }
        duration_seconds = duration_seconds.min(pool.max_window_duration);
    }
    if amount.is_zero() || duration_seconds == 0 {
        tracing::warn!(rollup_id, "the ElasticPool has nothing to lend; no boost window");
        return None;
    }
    Some(ActionKind::OpenBoostWindow { rollup_id, multiplier_bps, amount, duration_seconds })
}

/// The SetStatus action for a status change, and the new believed status; none if unchanged.
fn set_status(rollup: &mut RollupState, status: RollupStatus, trigger: &str) -> Option<Action> {
    if rollup.status == status {
        return None;
    }
    rollup.status = status;
    let rollup_id = rollup.info.rollup_id;
    tracing::info!(rollup = %rollup.info.name, %status, trigger, "status change");
    let key = format!("status:{rollup_id}:{status}:{trigger}");
    Some(Action::new(key, ActionKind::SetStatus { rollup_id, status }))
}

#[cfg(test)]
mod tests;
