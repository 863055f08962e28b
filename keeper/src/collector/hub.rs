//! The hub collector: reads the hub contracts at one block per poll and turns them into
//! [`Event::Hub`] snapshots (reward epochs, thresholds, validator stake per rollup, the
//! ElasticPool's bounds and windows, the channels in force), the registry's `GasLimitChanged`
//! events into [`Event::GasLimitChanged`] and EmergencyChannels' `ChannelOpened`,
//! `ChannelVetoed` and `ChannelClosed` into [`Event::Channel`] (for the relay).
//!
//! The StakingHub has no per-rollup validator list, so the collector rebuilds one from its
//! events (`ValidatorRegistered`, `Delegated`, `Undelegated`, `ValidatorSlashed`,
//! `ValidatorExited`, `ValidatorDeactivated`, `ValidatorReactivated`), scanning the logs once,
//! in order, from `[hub] from_block`.

use std::{collections::BTreeMap, time::Duration};

use alloy::{
    eips::BlockId,
    primitives::{Address, B256, U256},
    providers::{Provider, RootProvider},
    rpc::types::{Filter, Log},
    sol_types::SolEvent,
    transports::http::reqwest::Url,
};
use era_bindings::{
    elastic_pool::ElasticPool,
    emergency_channels::EmergencyChannels::{self, ChannelClosed, ChannelOpened, ChannelVetoed},
    reward_distributor::RewardDistributor,
    rollup_registry::RollupRegistry::{self, GasLimitChanged},
    staking_hub::StakingHub::{
        Delegated, Undelegated, ValidatorDeactivated, ValidatorExited, ValidatorReactivated,
        ValidatorRegistered, ValidatorSlashed,
    },
};
use era_protocol::{
    manifest::{Manifest, ManifestError},
    HubAddresses,
};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::{
    acting::actions::{ChannelReason, ChannelUpdate, ChannelUpdateKind},
    observation::RollupId,
    ops::config::Config,
    strategy::{
        stake::RollupStake, traffic::RewardEpochs, ChannelEvent, Event, HubSnapshot, OpenChannel,
        PoolLimits,
    },
};

/// The hub contracts the collector reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HubContracts {
    /// RollupRegistry.
    pub rollup_registry: Address,
    /// StakingHub.
    pub staking_hub: Address,
    /// RewardDistributor.
    pub reward_distributor: Address,
    /// ElasticPool, if deployed.
    pub elastic_pool: Option<Address>,
    /// EmergencyChannels, if deployed.
    pub emergency_channels: Option<Address>,
}

impl HubContracts {
    /// The addresses in a manifest; ElasticPool and EmergencyChannels are optional.
    pub fn from_manifest(manifest: &Manifest) -> Result<Self, ManifestError> {
        let hub = HubAddresses::from_manifest(manifest)?;
        Ok(Self {
            rollup_registry: hub.rollup_registry,
            staking_hub: hub.staking_hub,
            reward_distributor: hub.reward_distributor,
            elastic_pool: hub.elastic_pool,
            emergency_channels: hub.emergency_channels,
        })
    }
}

/// How the hub collector polls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HubPollSettings {
    /// Time between polls.
    pub interval: Duration,
    /// Time one poll (all its requests) may take.
    pub timeout: Duration,
    /// First block whose events are read.
    pub from_block: u64,
    /// Blocks per `eth_getLogs` request.
    pub max_log_range: u64,
}

impl HubPollSettings {
    /// The settings a config sets.
    pub fn from_config(config: &Config) -> Self {
        Self {
            interval: config.hub_poll_interval(),
            timeout: config.rpc_timeout() * 4,
            from_block: config.hub.from_block,
            max_log_range: config.hub.max_log_range,
        }
    }
}

/// A validator as rebuilt from the StakingHub's events.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ValidatorRecord {
    rollup_id: RollupId,
    active: bool,
    stake: U256,
}

/// Reads the hub; remembers how far its events were scanned.
#[derive(Debug)]
pub struct HubCollector {
    provider: RootProvider,
    contracts: HubContracts,
    rollup_ids: Vec<RollupId>,
    settings: HubPollSettings,
    next_log_block: u64,
    validators: BTreeMap<Address, ValidatorRecord>,
    /// Immutable distributor parameters (genesis, epoch length), read once.
    epoch_params: Option<(u64, u64)>,
    /// Every hub channel seen opened: its update, for the vetoes and closes that name only
    /// the channel id.
    channels: BTreeMap<u64, ChannelUpdate>,
}

impl HubCollector {
    /// A collector for these rollups that has read nothing yet.
    pub fn new(
        hub_url: Url,
        contracts: HubContracts,
        rollup_ids: Vec<RollupId>,
        settings: HubPollSettings,
    ) -> Self {
        Self {
            provider: RootProvider::new_http(hub_url),
            contracts,
            rollup_ids,
            settings,
            next_log_block: settings.from_block,
            validators: BTreeMap::new(),
            epoch_params: None,
            channels: BTreeMap::new(),
        }
    }

    /// One poll: the gas-limit changes since the last poll, in order, then a snapshot.
    pub async fn poll(&mut self) -> Result<Vec<Event>, String> {
        match tokio::time::timeout(self.settings.timeout, self.read()).await {
            Ok(result) => result,
            Err(_) => Err(format!("no answer within {:?}", self.settings.timeout)),
        }
    }

    async fn read(&mut self) -> Result<Vec<Event>, String> {
        let head = self.provider.get_block_number().await.map_err(|e| e.to_string())?;
        let mut events = Vec::new();
        // Chunk by chunk, so a failure part-way keeps what was applied and resumes after it.
        while self.next_log_block <= head {
            let to = head.min(self.next_log_block.saturating_add(self.settings.max_log_range - 1));
            let mut addresses = vec![self.contracts.staking_hub, self.contracts.rollup_registry];
            addresses.extend(self.contracts.emergency_channels);
            let filter =
                Filter::new().address(addresses).from_block(self.next_log_block).to_block(to);
            let logs = self.provider.get_logs(&filter).await.map_err(|e| e.to_string())?;
            for log in &logs {
                events.extend(self.apply_log(log));
            }
            self.next_log_block = to + 1;
        }
        events.push(Event::Hub(self.snapshot(head).await?));
        Ok(events)
    }

    /// Updates the validator records from a StakingHub event; a registry `GasLimitChanged`
    /// becomes an event for the strategies.
    fn apply_log(&mut self, log: &Log) -> Option<Event> {
        let topic = *log.topic0()?;
        if Some(log.address()) == self.contracts.emergency_channels {
            return self.channel_event(topic, log).map(|update| {
                Event::Channel(ChannelEvent {
                    update,
                    block_number: log.block_number.unwrap_or_default(),
                    log_index: log.log_index.unwrap_or_default(),
                })
            });
        }
        if log.address() == self.contracts.rollup_registry {
            if topic != GasLimitChanged::SIGNATURE_HASH {
                return None;
            }
            let event = log.log_decode::<GasLimitChanged>().ok()?;
            let data = event.inner.data;
            return Some(Event::GasLimitChanged {
                rollup_id: data.id,
                gas_limit: data.newGasLimit,
                block_number: log.block_number.unwrap_or_default(),
                log_index: log.log_index.unwrap_or_default(),
            });
        }
        if topic == ValidatorRegistered::SIGNATURE_HASH {
            let e = log.log_decode::<ValidatorRegistered>().ok()?.inner.data;
            let record = ValidatorRecord { rollup_id: e.rollupId, active: true, stake: U256::ZERO };
            self.validators.insert(e.validator, record);
        } else if topic == Delegated::SIGNATURE_HASH {
            let e = log.log_decode::<Delegated>().ok()?.inner.data;
            if let Some(v) = self.validators.get_mut(&e.validator) {
                v.stake = v.stake.saturating_add(e.amount);
            }
        } else if topic == Undelegated::SIGNATURE_HASH {
            let e = log.log_decode::<Undelegated>().ok()?.inner.data;
            if let Some(v) = self.validators.get_mut(&e.validator) {
                v.stake = v.stake.saturating_sub(e.amount);
            }
        } else if topic == ValidatorSlashed::SIGNATURE_HASH {
            let e = log.log_decode::<ValidatorSlashed>().ok()?.inner.data;
            if let Some(v) = self.validators.get_mut(&e.validator) {
                v.stake = v.stake.saturating_sub(e.amount);
            }
        } else if topic == ValidatorExited::SIGNATURE_HASH {
            let e = log.log_decode::<ValidatorExited>().ok()?.inner.data;
            if let Some(v) = self.validators.get_mut(&e.validator) {
                v.active = false;
            }
        } else if topic == ValidatorDeactivated::SIGNATURE_HASH {
            // Below its minimum past the grace period: it does not count until reactivated.
            let e = log.log_decode::<ValidatorDeactivated>().ok()?.inner.data;
            if let Some(v) = self.validators.get_mut(&e.validator) {
                v.active = false;
            }
        } else if topic == ValidatorReactivated::SIGNATURE_HASH {
            let e = log.log_decode::<ValidatorReactivated>().ok()?.inner.data;
            if let Some(v) = self.validators.get_mut(&e.validator) {
                v.active = true;
            }
        }
        None
    }

    /// The update an EmergencyChannels event stands for; a veto or close of a channel whose
    /// opening was not seen (before `[hub] from_block`) is skipped.
    fn channel_event(&mut self, topic: B256, log: &Log) -> Option<ChannelUpdate> {
        let (channel_id, kind) = if topic == ChannelOpened::SIGNATURE_HASH {
            let e = log.log_decode::<ChannelOpened>().ok()?.inner.data;
            let channel_id: u64 = e.channelId.try_into().ok()?;
            let update = ChannelUpdate {
                kind: ChannelUpdateKind::Open,
                channel_id,
                from: e.from,
                to: e.to,
                reason: ChannelReason::try_from(e.reason).ok()?,
                expires_at: e.expiresAt,
            };
            self.channels.insert(channel_id, update);
            return Some(update);
        } else if topic == ChannelVetoed::SIGNATURE_HASH {
            let e = log.log_decode::<ChannelVetoed>().ok()?.inner.data;
            (e.channelId, ChannelUpdateKind::Veto)
        } else if topic == ChannelClosed::SIGNATURE_HASH {
            let e = log.log_decode::<ChannelClosed>().ok()?.inner.data;
            (e.channelId, ChannelUpdateKind::Close)
        } else {
            return None;
        };
        let channel_id: u64 = channel_id.try_into().ok()?;
        let Some(opened) = self.channels.get(&channel_id) else {
            tracing::warn!(channel_id, %kind, "channel update for a channel not seen opened");
            return None;
        };
        Some(ChannelUpdate { kind, ..*opened })
    }

    /// The ElasticPool's bounds and windows at `block`; allocations per rollup go into
    /// `rollups`, ended windows into `expired`.
    async fn pool_state(
        &self,
        pool: Address,
        block: BlockId,
        hub_time: u64,
        rollups: &mut [RollupStake],
        expired: &mut Vec<(RollupId, u64)>,
    ) -> Result<PoolLimits, String> {
        let err = |what: &str, e: alloy::contract::Error| format!("ElasticPool.{what}: {e}");
        let pool = ElasticPool::new(pool, &self.provider);
        let window_cap =
            pool.windowCap().block(block).call().await.map_err(|e| err("windowCap", e))?;
        let allocation_cap =
            pool.allocationCap().block(block).call().await.map_err(|e| err("allocationCap", e))?;
        let free = pool
            .freeIdleAssets()
            .block(block)
            .call()
            .await
            .map_err(|e| err("freeIdleAssets", e))?;
        let max_multiplier_bps = pool
            .maxMultiplierBps()
            .block(block)
            .call()
            .await
            .map_err(|e| err("maxMultiplierBps", e))?;
        let max_window_duration = pool
            .maxWindowDuration()
            .block(block)
            .call()
            .await
            .map_err(|e| err("maxWindowDuration", e))?;
        let open_count =
            pool.openWindowCount().block(block).call().await.map_err(|e| err("openWindows", e))?;
        let max_open =
            pool.maxOpenWindows().block(block).call().await.map_err(|e| err("maxOpen", e))?;
        let lendable =
            pool.lendableAssets().block(block).call().await.map_err(|e| err("lendable", e))?;
        let mut open_windows = BTreeMap::new();
        let mut stake_bounds = BTreeMap::new();
        for stake in rollups.iter_mut() {
            let id = stake.rollup_id;
            let bound = pool
                .boostBound(id)
                .block(block)
                .call()
                .await
                .map_err(|e| err(&format!("boostBound({id})"), e))?;
            stake_bounds.insert(id, bound);
            let window = pool
                .windowOf(id)
                .block(block)
                .call()
                .await
                .map_err(|e| err(&format!("windowOf({id})"), e))?;
            if window.id == 0 {
                continue;
            }
            if window.expiresAt > hub_time {
                open_windows.insert(id, window.expiresAt);
                stake.pool_allocation = U256::from(window.amount);
            } else {
                expired.push((id, window.expiresAt));
            }
        }
        // A full pool (every window slot taken) lends nothing; an expired window of the same
        // rollup is settled by the new one, which the strategies never open while it is open.
        let window_cap = if open_count >= U256::from(max_open) {
            U256::ZERO
        } else {
            window_cap.min(allocation_cap).min(free).min(lendable)
        };
        Ok(PoolLimits {
            window_cap,
            max_multiplier_bps,
            max_window_duration,
            open_windows,
            stake_bounds,
            read_at: hub_time,
        })
    }

    /// The channels in force at `block`, by source rollup.
    async fn open_channels(
        &self,
        channels: Address,
        block: BlockId,
    ) -> Result<BTreeMap<RollupId, OpenChannel>, String> {
        let contract = EmergencyChannels::new(channels, &self.provider);
        let mut open = BTreeMap::new();
        for &rollup_id in &self.rollup_ids {
            let found = contract
                .channelOf(rollup_id)
                .block(block)
                .call()
                .await
                .map_err(|e| format!("EmergencyChannels.channelOf({rollup_id}): {e}"))?;
            if found.channelId.is_zero() {
                continue;
            }
            let channel = OpenChannel {
                channel_id: found.channelId.saturating_to(),
                to: found.channel.to,
                expires_at: found.channel.expiresAt,
            };
            open.insert(rollup_id, channel);
        }
        Ok(open)
    }

    /// The contracts' state at block `at`.
    async fn snapshot(&mut self, at: u64) -> Result<HubSnapshot, String> {
        let block = BlockId::number(at);
        let err = |what: &str, e: alloy::contract::Error| format!("{what}: {e}");
        let registry = RollupRegistry::new(self.contracts.rollup_registry, &self.provider);
        let distributor = RewardDistributor::new(self.contracts.reward_distributor, &self.provider);
        let hub_time = self
            .provider
            .get_block_by_number(at.into())
            .await
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("hub block {at} not found"))?
            .header
            .timestamp;
        let (genesis, length) = match self.epoch_params {
            Some(params) => params,
            None => {
                let genesis = distributor.genesis().call().await.map_err(|e| err("genesis", e))?;
                let length =
                    distributor.epochLength().call().await.map_err(|e| err("epochLength", e))?;
                *self.epoch_params.insert((genesis, length))
            }
        };
        let epoch =
            distributor.currentEpoch().block(block).call().await.map_err(|e| err("epoch", e))?;
        let last_reported = distributor
            .lastReportedEpoch()
            .block(block)
            .call()
            .await
            .map_err(|e| err("lastReportedEpoch", e))?;
        let max_lowering_duration = registry
            .maxLoweringDuration()
            .block(block)
            .call()
            .await
            .map_err(|e| err("maxLoweringDuration", e))?;
        let mut rollups = Vec::with_capacity(self.rollup_ids.len());
        for &rollup_id in &self.rollup_ids {
            let rollup = registry
                .getRollup(rollup_id)
                .block(block)
                .call()
                .await
                .map_err(|e| err(&format!("getRollup({rollup_id})"), e))?;
            let validator_stakes = self
                .validators
                .values()
                .filter(|v| v.active && v.rollup_id == rollup_id)
                .map(|v| v.stake)
                .collect();
            rollups.push(RollupStake {
                rollup_id,
                validator_stakes,
                base_minimum: rollup.minValidatorStake,
                threshold_floor: rollup.thresholdFloor,
                threshold_lowered: rollup.loweredUntil > hub_time,
                pool_allocation: U256::ZERO,
            });
        }
        let mut expired_windows = Vec::new();
        let pool = match self.contracts.elastic_pool {
            Some(pool) => Some(
                self.pool_state(pool, block, hub_time, &mut rollups, &mut expired_windows).await?,
            ),
            None => None,
        };
        let open_channels = match self.contracts.emergency_channels {
            Some(channels) => self.open_channels(channels, block).await?,
            None => BTreeMap::new(),
        };
        Ok(HubSnapshot {
            hub_time,
            epoch,
            reward_epochs: RewardEpochs { genesis, length, last_reported },
            max_lowering_duration,
            rollups,
            expired_windows,
            pool,
            open_channels,
        })
    }
}

/// Polls the hub until `shutdown` fires or the receiver is gone. A failing hub is logged and
/// retried; it never stops the rollup collectors.
pub async fn watch_hub(
    mut collector: HubCollector,
    events: mpsc::Sender<Event>,
    shutdown: CancellationToken,
) {
    let mut ticker = tokio::time::interval(collector.settings.interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tracing::info!(contracts = ?collector.contracts, "watching the hub");
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = ticker.tick() => {}
        }
        let batch = tokio::select! {
            _ = shutdown.cancelled() => break,
            batch = collector.poll() => batch,
        };
        match batch {
            Ok(batch) => {
                for event in batch {
                    if events.send(event).await.is_err() {
                        return;
                    }
                }
            }
            Err(error) => tracing::warn!(%error, "hub poll failed; will retry"),
        }
    }
    tracing::info!("hub collector stopped");
}

#[cfg(test)]
mod tests {
    use alloy::{primitives::LogData, sol_types::SolEvent};

    use super::*;

    fn collector() -> HubCollector {
        let contracts = HubContracts {
            rollup_registry: Address::repeat_byte(1),
            staking_hub: Address::repeat_byte(2),
            reward_distributor: Address::repeat_byte(3),
            elastic_pool: None,
            emergency_channels: None,
        };
        let settings = HubPollSettings {
            interval: Duration::from_secs(1),
            timeout: Duration::from_secs(1),
            from_block: 0,
            max_log_range: 1000,
        };
        // The provider is never called: only `apply_log` runs.
        HubCollector::new("http://127.0.0.1:1".parse().unwrap(), contracts, vec![1], settings)
    }

    fn hub_log(collector: &HubCollector, data: LogData) -> Log {
        Log {
            inner: alloy::primitives::Log { address: collector.contracts.staking_hub, data },
            ..Log::default()
        }
    }

    fn counted(collector: &HubCollector, validator: Address) -> bool {
        collector.validators[&validator].active
    }

    /// A validator deactivated below its minimum stops counting for its rollup's stake until
    /// it is reactivated; its stake (self and delegated) is still tracked meanwhile.
    #[test]
    fn deactivation_and_reactivation_follow_the_hub() {
        let mut c = collector();
        let v = Address::repeat_byte(9);
        let ether = U256::from(10).pow(U256::from(18));
        let events = [
            ValidatorRegistered {
                validator: v,
                rollupId: 1,
                domain: 1,
                commissionBps: 1000,
                selfStake: ether * U256::from(100),
            }
            .encode_log_data(),
            Delegated { account: v, validator: v, amount: ether * U256::from(100) }
                .encode_log_data(),
        ];
        for data in events {
            assert!(c.apply_log(&hub_log(&c, data)).is_none());
        }
        assert!(counted(&c, v));
        let deactivated = ValidatorDeactivated {
            validator: v,
            selfStake: ether * U256::from(100),
            minimum: ether * U256::from(1000),
        };
        c.apply_log(&hub_log(&c, deactivated.encode_log_data()));
        assert!(!counted(&c, v), "an Inactive validator does not count");
        let top_up = Delegated { account: v, validator: v, amount: ether * U256::from(900) };
        c.apply_log(&hub_log(&c, top_up.encode_log_data()));
        let reactivated =
            ValidatorReactivated { validator: v, selfStake: ether * U256::from(1000) };
        c.apply_log(&hub_log(&c, reactivated.encode_log_data()));
        assert!(counted(&c, v));
        assert_eq!(c.validators[&v].stake, ether * U256::from(1000));
    }
}
