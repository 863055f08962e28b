//! What the keeper does on the hub, and the one place where an action becomes calldata.
//!
//! Strategies produce [`Action`]s; the executor turns them into transactions through a
//! [`CallEncoder`]. [`HubCalls`] is the production encoder. Nothing outside this module depends
//! on the hub's ABI.

use alloy::{
    primitives::{Address, Bytes, U256},
    signers::{local::PrivateKeySigner, SignerSync},
    sol_types::{eip712_domain, SolCall, SolStruct},
};
use era_deploy::manifest::{Manifest, ManifestError};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::observation::RollupId;

/// The hub contract names this module calls, as in the deployment manifest.
pub mod contract_names {
    /// RollupRegistry.
    pub const ROLLUP_REGISTRY: &str = "RollupRegistry";
    /// ElasticPool.
    pub const ELASTIC_POOL: &str = "ElasticPool";
    /// EmergencyChannels.
    pub const EMERGENCY_CHANNELS: &str = "EmergencyChannels";
    /// RewardDistributor.
    pub const REWARD_DISTRIBUTOR: &str = "RewardDistributor";
    /// Every hub contract the keeper needs.
    pub const ALL: [&str; 4] =
        [ROLLUP_REGISTRY, ELASTIC_POOL, EMERGENCY_CHANNELS, REWARD_DISTRIBUTOR];
}

/// The EIP-712 domain name of the RewardDistributor.
pub const REPORT_DOMAIN_NAME: &str = "EraRewardDistributor";
/// The EIP-712 domain version of the RewardDistributor.
pub const REPORT_DOMAIN_VERSION: &str = "1";

// TEMPORARY: replaced by era_bindings once the contracts land. Only the signatures the keeper
// calls are declared here; they follow the planned hub API.
mod shim {
    alloy::sol! {
        struct RollupTraffic {
            uint32 rollupId;
            uint64 txVolume;
            uint64 crossChainMessages;
            uint32 securityFactorBps;
        }

        struct TrafficReport {
            uint64 epoch;
            RollupTraffic[] rollups;
        }

        interface IRollupRegistry {
            function setStatus(uint32 rollupId, uint8 status) external;
            function lowerThreshold(uint32 rollupId, uint128 newMinimum, uint64 duration) external;
        }

        interface IElasticPool {
            function openBoostWindow(uint32 rollupId, uint16 multiplierBps, uint256 amount, uint64 duration) external;
            function settleWindow(uint32 rollupId) external;
            function redistribute(uint32 fromRollup, uint32 toRollup, uint256 amount) external;
        }

        interface IEmergencyChannels {
            function openChannel(uint32 fromRollup, uint32 toRollup, uint8 reason, uint64 duration) external;
        }

        interface IRewardDistributor {
            function submitReport(TrafficReport report, bytes[] signatures) external;
        }
    }
}

/// A rollup's status in the RollupRegistry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RollupStatus {
    /// Healthy.
    Active = 0,
    /// Blocks full and fees high.
    Congested = 1,
    /// Impaired but producing blocks.
    Degraded = 2,
    /// Not producing blocks or unreachable.
    Down = 3,
}

impl fmt::Display for RollupStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            Self::Active => "active",
            Self::Congested => "congested",
            Self::Degraded => "degraded",
            Self::Down => "down",
        };
        f.write_str(name)
    }
}

/// Why an emergency channel is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelReason {
    /// Fees on the source rollup spiked.
    GasSurge = 0,
    /// The source rollup is down.
    Outage = 1,
}

impl fmt::Display for ChannelReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::GasSurge => "surge",
            Self::Outage => "outage",
        })
    }
}

/// One rollup's line in a traffic report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RollupTraffic {
    /// The rollup.
    pub rollup_id: RollupId,
    /// Transactions observed in the epoch.
    pub tx_volume: u64,
    /// Cross-chain messages observed in the epoch.
    pub cross_chain_messages: u64,
    /// Security factor in basis points.
    pub security_factor_bps: u32,
}

/// A per-epoch traffic report for the RewardDistributor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrafficReport {
    /// The epoch reported.
    pub epoch: u64,
    /// One line per rollup.
    pub rollups: Vec<RollupTraffic>,
}

/// What to do on the hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ActionKind {
    /// RollupRegistry.setStatus.
    SetStatus {
        /// The rollup.
        rollup_id: RollupId,
        /// Its new status.
        status: RollupStatus,
    },
    /// RollupRegistry.lowerThreshold.
    LowerThreshold {
        /// The rollup.
        rollup_id: RollupId,
        /// The temporary minimum validator stake.
        #[serde(with = "decimal_u128")]
        new_minimum: u128,
        /// How long it lasts.
        duration_seconds: u64,
    },
    /// ElasticPool.openBoostWindow.
    OpenBoostWindow {
        /// The congested rollup.
        rollup_id: RollupId,
        /// Reward multiplier in basis points.
        multiplier_bps: u16,
        /// Pool stake to lend.
        amount: U256,
        /// How long the window lasts.
        duration_seconds: u64,
    },
    /// ElasticPool.settleWindow.
    SettleWindow {
        /// The rollup whose expired window is settled.
        rollup_id: RollupId,
    },
    /// ElasticPool.redistribute.
    Redistribute {
        /// Rollup whose allocation shrinks.
        from: RollupId,
        /// Rollup whose allocation grows.
        to: RollupId,
        /// Amount moved.
        amount: U256,
    },
    /// EmergencyChannels.openChannel.
    OpenChannel {
        /// Rollup traffic is diverted from.
        from: RollupId,
        /// Rollup traffic is diverted to.
        to: RollupId,
        /// Why.
        reason: ChannelReason,
        /// How long the channel stays open.
        duration_seconds: u64,
    },
    /// RewardDistributor.submitReport.
    SubmitReport(TrafficReport),
}

impl ActionKind {
    /// A short name for logs and the actions table.
    pub fn name(&self) -> &'static str {
        match self {
            Self::SetStatus { .. } => "set_status",
            Self::LowerThreshold { .. } => "lower_threshold",
            Self::OpenBoostWindow { .. } => "open_boost_window",
            Self::SettleWindow { .. } => "settle_window",
            Self::Redistribute { .. } => "redistribute",
            Self::OpenChannel { .. } => "open_channel",
            Self::SubmitReport(_) => "submit_report",
        }
    }

    /// The rollup the action is mainly about (none for a report).
    pub fn rollup_id(&self) -> Option<RollupId> {
        match self {
            Self::SetStatus { rollup_id, .. }
            | Self::LowerThreshold { rollup_id, .. }
            | Self::OpenBoostWindow { rollup_id, .. }
            | Self::SettleWindow { rollup_id } => Some(*rollup_id),
            Self::Redistribute { from, .. } | Self::OpenChannel { from, .. } => Some(*from),
            Self::SubmitReport(_) => None,
        }
    }
}

/// An action with the idempotency key that makes it happen at most once, across restarts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// Deterministic key derived from what triggered the action.
    pub key: String,
    /// What to do.
    pub kind: ActionKind,
}

impl Action {
    /// An action with its key.
    pub fn new(key: impl Into<String>, kind: ActionKind) -> Self {
        Self { key: key.into(), kind }
    }
}

/// u128 as a decimal string: JSON numbers lose precision above 2^53, and serde cannot buffer
/// u128 inside a tagged enum.
mod decimal_u128 {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &u128, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u128, D::Error> {
        String::deserialize(deserializer)?.parse().map_err(D::Error::custom)
    }
}

/// A hub call: target and calldata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// The contract called.
    pub to: Address,
    /// ABI-encoded calldata.
    pub data: Bytes,
}

/// Why an action could not be encoded.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    /// Signing the report failed.
    #[error("signing traffic report for epoch {epoch}: {source}")]
    Sign {
        /// The epoch.
        epoch: u64,
        /// The signer error.
        source: alloy::signers::Error,
    },
}

/// Turns actions into hub calls. The executor only sees this trait, so its tests can use plain
/// transfers and the contracts can change without touching it.
pub trait CallEncoder: Send + Sync + fmt::Debug + 'static {
    /// The call that performs `action`.
    fn encode(&self, action: &Action) -> Result<Call, ActionError>;
}

/// The hub contracts the keeper calls, and the reporter key that signs traffic reports.
#[derive(Debug, Clone)]
pub struct HubCalls {
    /// RollupRegistry address.
    pub rollup_registry: Address,
    /// ElasticPool address.
    pub elastic_pool: Address,
    /// EmergencyChannels address.
    pub emergency_channels: Address,
    /// RewardDistributor address.
    pub reward_distributor: Address,
    /// The hub chain id (part of the EIP-712 domain).
    pub hub_chain_id: u64,
    /// Signs traffic reports (on a devnet, the keeper key is the single reporter).
    pub reporter: PrivateKeySigner,
}

impl HubCalls {
    /// Reads the hub contract addresses from the manifest.
    pub fn from_manifest(
        manifest: &Manifest,
        reporter: PrivateKeySigner,
    ) -> Result<Self, ManifestError> {
        Ok(Self {
            rollup_registry: manifest.hub_contract(contract_names::ROLLUP_REGISTRY)?,
            elastic_pool: manifest.hub_contract(contract_names::ELASTIC_POOL)?,
            emergency_channels: manifest.hub_contract(contract_names::EMERGENCY_CHANNELS)?,
            reward_distributor: manifest.hub_contract(contract_names::REWARD_DISTRIBUTOR)?,
            hub_chain_id: manifest.hub.chain_id,
            reporter,
        })
    }

    /// The EIP-712 signature of a report by the reporter key, 65 bytes (r, s, v).
    pub fn sign_report(&self, report: &TrafficReport) -> Result<Bytes, ActionError> {
        let domain = eip712_domain! {
            name: REPORT_DOMAIN_NAME,
            version: REPORT_DOMAIN_VERSION,
            chain_id: self.hub_chain_id,
            verifying_contract: self.reward_distributor,
        };
        let hash = to_sol_report(report).eip712_signing_hash(&domain);
        let signature = self
            .reporter
            .sign_hash_sync(&hash)
            .map_err(|source| ActionError::Sign { epoch: report.epoch, source })?;
        Ok(Bytes::from(signature.as_bytes().to_vec()))
    }
}

impl CallEncoder for HubCalls {
    fn encode(&self, action: &Action) -> Result<Call, ActionError> {
        use shim::{
            IElasticPool as pool, IEmergencyChannels as channels, IRollupRegistry as registry,
        };
        let (to, data) = match &action.kind {
            ActionKind::SetStatus { rollup_id, status } => (
                self.rollup_registry,
                registry::setStatusCall { rollupId: *rollup_id, status: *status as u8 }
                    .abi_encode(),
            ),
            ActionKind::LowerThreshold { rollup_id, new_minimum, duration_seconds } => (
                self.rollup_registry,
                registry::lowerThresholdCall {
                    rollupId: *rollup_id,
                    newMinimum: *new_minimum,
                    duration: *duration_seconds,
                }
                .abi_encode(),
            ),
            ActionKind::OpenBoostWindow { rollup_id, multiplier_bps, amount, duration_seconds } => {
                (
                    self.elastic_pool,
                    pool::openBoostWindowCall {
                        rollupId: *rollup_id,
                        multiplierBps: *multiplier_bps,
                        amount: *amount,
                        duration: *duration_seconds,
                    }
                    .abi_encode(),
                )
            }
            ActionKind::SettleWindow { rollup_id } => {
                (self.elastic_pool, pool::settleWindowCall { rollupId: *rollup_id }.abi_encode())
            }
            ActionKind::Redistribute { from, to, amount } => (
                self.elastic_pool,
                pool::redistributeCall { fromRollup: *from, toRollup: *to, amount: *amount }
                    .abi_encode(),
            ),
            ActionKind::OpenChannel { from, to, reason, duration_seconds } => (
                self.emergency_channels,
                channels::openChannelCall {
                    fromRollup: *from,
                    toRollup: *to,
                    reason: *reason as u8,
                    duration: *duration_seconds,
                }
                .abi_encode(),
            ),
            ActionKind::SubmitReport(report) => {
                let signature = self.sign_report(report)?;
                let call = shim::IRewardDistributor::submitReportCall {
                    report: to_sol_report(report),
                    signatures: vec![signature],
                };
                (self.reward_distributor, call.abi_encode())
            }
        };
        Ok(Call { to, data: data.into() })
    }
}

fn to_sol_report(report: &TrafficReport) -> shim::TrafficReport {
    shim::TrafficReport {
        epoch: report.epoch,
        rollups: report
            .rollups
            .iter()
            .map(|r| shim::RollupTraffic {
                rollupId: r.rollup_id,
                txVolume: r.tx_volume,
                crossChainMessages: r.cross_chain_messages,
                securityFactorBps: r.security_factor_bps,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::keccak256;

    fn hub_calls() -> HubCalls {
        HubCalls {
            rollup_registry: Address::repeat_byte(1),
            elastic_pool: Address::repeat_byte(2),
            emergency_channels: Address::repeat_byte(3),
            reward_distributor: Address::repeat_byte(4),
            hub_chain_id: 31337,
            reporter: PrivateKeySigner::random(),
        }
    }

    fn selector(signature: &str) -> [u8; 4] {
        keccak256(signature)[..4].try_into().unwrap()
    }

    #[test]
    fn each_action_goes_to_its_contract_with_the_planned_selector() {
        let calls = hub_calls();
        let cases = [
            (
                ActionKind::SetStatus { rollup_id: 7, status: RollupStatus::Down },
                calls.rollup_registry,
                "setStatus(uint32,uint8)",
            ),
            (
                ActionKind::LowerThreshold { rollup_id: 7, new_minimum: 5, duration_seconds: 9 },
                calls.rollup_registry,
                "lowerThreshold(uint32,uint128,uint64)",
            ),
            (
                ActionKind::OpenBoostWindow {
                    rollup_id: 7,
                    multiplier_bps: 20_000,
                    amount: U256::from(10),
                    duration_seconds: 60,
                },
                calls.elastic_pool,
                "openBoostWindow(uint32,uint16,uint256,uint64)",
            ),
            (ActionKind::SettleWindow { rollup_id: 7 }, calls.elastic_pool, "settleWindow(uint32)"),
            (
                ActionKind::Redistribute { from: 1, to: 2, amount: U256::from(3) },
                calls.elastic_pool,
                "redistribute(uint32,uint32,uint256)",
            ),
            (
                ActionKind::OpenChannel {
                    from: 1,
                    to: 2,
                    reason: ChannelReason::Outage,
                    duration_seconds: 60,
                },
                calls.emergency_channels,
                "openChannel(uint32,uint32,uint8,uint64)",
            ),
            (
                ActionKind::SubmitReport(TrafficReport { epoch: 3, rollups: vec![] }),
                calls.reward_distributor,
                "submitReport((uint64,(uint32,uint64,uint64,uint32)[]),bytes[])",
            ),
        ];
        for (kind, to, signature) in cases {
            let call = calls.encode(&Action::new("k", kind)).unwrap();
            assert_eq!(call.to, to, "{signature}");
            assert_eq!(call.data[..4], selector(signature), "{signature}");
        }
    }

    #[test]
    fn status_and_reason_are_encoded_as_their_enum_ordinals() {
        let calls = hub_calls();
        let kind = ActionKind::SetStatus { rollup_id: 7, status: RollupStatus::Down };
        let data = calls.encode(&Action::new("k", kind)).unwrap().data;
        assert_eq!(data.len(), 4 + 64);
        assert_eq!(data[4 + 31], 7);
        assert_eq!(data[4 + 63], 3);
    }

    #[test]
    fn report_signature_recovers_to_the_reporter() {
        let calls = hub_calls();
        let report = TrafficReport {
            epoch: 12,
            rollups: vec![RollupTraffic {
                rollup_id: 1,
                tx_volume: 100,
                cross_chain_messages: 2,
                security_factor_bps: 10_000,
            }],
        };
        let signature = calls.sign_report(&report).unwrap();
        assert_eq!(signature.len(), 65);
        let domain = eip712_domain! {
            name: REPORT_DOMAIN_NAME,
            version: REPORT_DOMAIN_VERSION,
            chain_id: 31337,
            verifying_contract: calls.reward_distributor,
        };
        let hash = to_sol_report(&report).eip712_signing_hash(&domain);
        let parsed = alloy::primitives::Signature::try_from(signature.as_ref()).unwrap();
        assert_eq!(parsed.recover_address_from_prehash(&hash).unwrap(), calls.reporter.address());
    }

    #[test]
    fn actions_round_trip_through_json() {
        let action = Action::new(
            "boost:1:100",
            ActionKind::OpenBoostWindow {
                rollup_id: 1,
                multiplier_bps: 20_000,
                amount: U256::from(10).pow(U256::from(21)),
                duration_seconds: 3_600,
            },
        );
        let json = serde_json::to_string(&action).unwrap();
        assert_eq!(serde_json::from_str::<Action>(&json).unwrap(), action);
        let kind = ActionKind::LowerThreshold {
            rollup_id: 1,
            new_minimum: u128::MAX,
            duration_seconds: 60,
        };
        let action = Action::new("threshold:1:4", kind);
        let json = serde_json::to_string(&action).unwrap();
        assert_eq!(serde_json::from_str::<Action>(&json).unwrap(), action);
    }
}
