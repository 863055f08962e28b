//! What the keeper does on the hub, and the one place where an action becomes calldata.
//!
//! Strategies produce [`Action`]s; the executor turns them into transactions through a
//! [`CallEncoder`]. [`HubCalls`] is the production encoder. Nothing outside this module depends
//! on the hub's calldata layout.

use alloy::{
    primitives::{Address, Bytes, B256, U256},
    signers::{local::PrivateKeySigner, SignerSync},
    sol_types::{SolCall, SolInterface, SolStruct},
};
use era_bindings::{
    channel_endpoint::ChannelEndpoint, elastic_pool::ElasticPool,
    emergency_channels::EmergencyChannels, reward_distributor::RewardDistributor,
    rollup_registry::RollupRegistry,
};
use era_protocol::manifest::{Manifest, ManifestError};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::observation::RollupId;

/// The hub contract names this module calls, as in the deployment manifest (defined in
/// `era-protocol`).
pub mod contract_names {
    pub use era_protocol::names::{
        CHANNEL_ENDPOINT, ELASTIC_POOL, EMERGENCY_CHANNELS, KEEPER_OPTIONAL as OPTIONAL,
        KEEPER_REQUIRED as REQUIRED, REWARD_DISTRIBUTOR, ROLLUP_REGISTRY, STAKING_HUB,
    };
}

pub use era_protocol::eip712::{REPORT_DOMAIN_NAME, REPORT_DOMAIN_VERSION};
pub use era_protocol::types::{ChannelReason, ChannelUpdateKind, RollupStatus};

/// A channel update for a rollup's ChannelEndpoint (`ChannelUpdate` in IChannelEndpoint).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChannelUpdate {
    /// Open, veto or close.
    pub kind: ChannelUpdateKind,
    /// The hub's channel id.
    pub channel_id: u64,
    /// Rollup traffic is diverted from.
    pub from: RollupId,
    /// Rollup traffic is diverted to.
    pub to: RollupId,
    /// Why the channel was opened.
    pub reason: ChannelReason,
    /// When the channel expires, unix seconds.
    pub expires_at: u64,
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
        multiplier_bps: u32,
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
    /// A transaction on a rollup chain: `ChannelEndpoint.applyUpdate(nonce, update)` mirrors a
    /// hub channel event on that rollup.
    RelayChannelUpdate {
        /// The rollup whose endpoint is updated.
        rollup_id: RollupId,
        /// The endpoint's update sequence number (its `lastNonce() + 1` when sent).
        nonce: u64,
        /// The update.
        update: ChannelUpdate,
    },
    /// Not a hub call: applies a gas limit governance set in the RollupRegistry to a devnet
    /// rollup's anvil (`evm_setBlockGasLimit`).
    SetRollupGasLimit {
        /// The rollup.
        rollup_id: RollupId,
        /// Its new block gas limit.
        gas_limit: u64,
    },
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
            Self::RelayChannelUpdate { .. } => "relay_channel_update",
            Self::SetRollupGasLimit { .. } => "set_rollup_gas_limit",
        }
    }

    /// Where the action is performed.
    pub fn target(&self) -> ActionTarget {
        match self {
            Self::RelayChannelUpdate { rollup_id, .. } => ActionTarget::RollupChain(*rollup_id),
            Self::SetRollupGasLimit { .. } => ActionTarget::RollupNode,
            _ => ActionTarget::Hub,
        }
    }

    /// Whether the action is a hub transaction (sent by the hub executor).
    pub fn is_hub(&self) -> bool {
        self.target() == ActionTarget::Hub
    }

    /// The rollup the action is mainly about (none for a report).
    pub fn rollup_id(&self) -> Option<RollupId> {
        match self {
            Self::SetStatus { rollup_id, .. }
            | Self::LowerThreshold { rollup_id, .. }
            | Self::OpenBoostWindow { rollup_id, .. }
            | Self::SettleWindow { rollup_id }
            | Self::RelayChannelUpdate { rollup_id, .. }
            | Self::SetRollupGasLimit { rollup_id, .. } => Some(*rollup_id),
            Self::Redistribute { from, .. } | Self::OpenChannel { from, .. } => Some(*from),
            Self::SubmitReport(_) => None,
        }
    }
}

/// Where an action is performed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActionTarget {
    /// A hub transaction, sent by the hub executor with the keeper key.
    Hub,
    /// A transaction on a rollup chain, sent by that rollup's executor with the relayer key.
    RollupChain(RollupId),
    /// A node-level operation on a (devnet) rollup, no transaction.
    RollupNode,
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
    /// The report has no signer.
    #[error("no reporter key to sign the traffic report for epoch {0}")]
    NoReporter(u64),
    /// The contract the action calls is not in the deployment.
    #[error("{0} is not deployed; {1} cannot be sent")]
    NotDeployed(&'static str, &'static str),
    /// The action is not a hub call.
    #[error("{0} is not a hub transaction")]
    NotAHubAction(&'static str),
    /// The action is not for this encoder's chain.
    #[error("{0} is not a transaction for the ChannelEndpoint of rollup {1}")]
    WrongChain(&'static str, RollupId),
}

/// Turns actions into hub calls. The executor only sees this trait, so its tests can use plain
/// transfers and the contracts can change without touching it.
pub trait CallEncoder: Send + Sync + fmt::Debug + 'static {
    /// The call that performs `action`.
    fn encode(&self, action: &Action) -> Result<Call, ActionError>;

    /// The custom error a call to `to` reverted with, named and with its arguments, when the
    /// revert data is one of the contract's errors.
    fn decode_revert(&self, _to: Address, _data: &[u8]) -> Option<String> {
        None
    }
}

/// The hub contracts the keeper calls, and the reporter keys that sign traffic reports.
#[derive(Debug, Clone)]
pub struct HubCalls {
    /// RollupRegistry address.
    pub rollup_registry: Address,
    /// ElasticPool address, if deployed.
    pub elastic_pool: Option<Address>,
    /// EmergencyChannels address, if deployed.
    pub emergency_channels: Option<Address>,
    /// RewardDistributor address.
    pub reward_distributor: Address,
    /// The hub chain id (part of the EIP-712 domain).
    pub hub_chain_id: u64,
    /// Sign traffic reports; each must be a reporter of the RewardDistributor.
    pub reporters: Vec<PrivateKeySigner>,
}

impl HubCalls {
    /// Reads the hub contract addresses from the manifest; ElasticPool and EmergencyChannels
    /// are optional.
    pub fn from_manifest(
        manifest: &Manifest,
        reporters: Vec<PrivateKeySigner>,
    ) -> Result<Self, ManifestError> {
        let hub = era_protocol::HubAddresses::from_manifest(manifest)?;
        Ok(Self {
            rollup_registry: hub.rollup_registry,
            elastic_pool: hub.elastic_pool,
            emergency_channels: hub.emergency_channels,
            reward_distributor: hub.reward_distributor,
            hub_chain_id: hub.chain_id,
            reporters,
        })
    }

    /// The EIP-712 digest of a report, as `RewardDistributor.reportDigest` computes it.
    pub fn report_digest(&self, report: &TrafficReport) -> B256 {
        let domain =
            era_protocol::eip712::report_domain(self.hub_chain_id, self.reward_distributor);
        to_sol_report(report).eip712_signing_hash(&domain)
    }

    /// The reporters' EIP-712 signatures of a report, 65 bytes each (r, s, v), ordered by
    /// signer address as the RewardDistributor requires.
    pub fn sign_report(&self, report: &TrafficReport) -> Result<Vec<Bytes>, ActionError> {
        if self.reporters.is_empty() {
            return Err(ActionError::NoReporter(report.epoch));
        }
        let hash = self.report_digest(report);
        let mut reporters: Vec<&PrivateKeySigner> = self.reporters.iter().collect();
        reporters.sort_by_key(|r| r.address());
        reporters.dedup_by_key(|r| r.address());
        reporters
            .into_iter()
            .map(|reporter| {
                let signature = reporter
                    .sign_hash_sync(&hash)
                    .map_err(|source| ActionError::Sign { epoch: report.epoch, source })?;
                Ok(Bytes::from(signature.as_bytes().to_vec()))
            })
            .collect()
    }
}

impl CallEncoder for HubCalls {
    fn encode(&self, action: &Action) -> Result<Call, ActionError> {
        use ElasticPool as pool;
        use EmergencyChannels as channels;
        use RewardDistributor::submitReportCall;
        use RollupRegistry::{lowerThresholdCall, setStatusCall};
        let name = action.kind.name();
        let pool = || self.elastic_pool.ok_or(ActionError::NotDeployed("ElasticPool", name));
        let (to, data) = match &action.kind {
            ActionKind::SetStatus { rollup_id, status } => (
                self.rollup_registry,
                setStatusCall { id: *rollup_id, status: *status as u8 }.abi_encode(),
            ),
            ActionKind::LowerThreshold { rollup_id, new_minimum, duration_seconds } => (
                self.rollup_registry,
                lowerThresholdCall {
                    id: *rollup_id,
                    newMinimum: *new_minimum,
                    duration: *duration_seconds,
                }
                .abi_encode(),
            ),
            ActionKind::OpenBoostWindow { rollup_id, multiplier_bps, amount, duration_seconds } => {
                (
                    pool()?,
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
                (pool()?, pool::settleWindowCall { rollupId: *rollup_id }.abi_encode())
            }
            ActionKind::Redistribute { from, to, amount } => (
                pool()?,
                pool::redistributeCall { from: *from, to: *to, amount: *amount }.abi_encode(),
            ),
            ActionKind::OpenChannel { from, to, reason, duration_seconds } => (
                self.emergency_channels
                    .ok_or(ActionError::NotDeployed("EmergencyChannels", name))?,
                channels::openChannelCall {
                    from: *from,
                    to: *to,
                    reason: *reason as u8,
                    duration: *duration_seconds,
                }
                .abi_encode(),
            ),
            ActionKind::SubmitReport(report) => {
                let signatures = self.sign_report(report)?;
                let call = submitReportCall { report: to_sol_report(report), signatures };
                (self.reward_distributor, call.abi_encode())
            }
            ActionKind::SetRollupGasLimit { .. } | ActionKind::RelayChannelUpdate { .. } => {
                return Err(ActionError::NotAHubAction(name))
            }
        };
        Ok(Call { to, data: data.into() })
    }

    fn decode_revert(&self, to: Address, data: &[u8]) -> Option<String> {
        if to == self.rollup_registry {
            decode_error::<RollupRegistry::RollupRegistryErrors>(data)
        } else if to == self.reward_distributor {
            decode_error::<RewardDistributor::RewardDistributorErrors>(data)
        } else if Some(to) == self.elastic_pool {
            decode_error::<ElasticPool::ElasticPoolErrors>(data)
        } else if Some(to) == self.emergency_channels {
            decode_error::<EmergencyChannels::EmergencyChannelsErrors>(data)
        } else {
            None
        }
    }
}

/// The calls on one rollup chain: its ChannelEndpoint's `applyUpdate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointCalls {
    /// The rollup.
    pub rollup_id: RollupId,
    /// Its ChannelEndpoint.
    pub endpoint: Address,
}

impl CallEncoder for EndpointCalls {
    fn encode(&self, action: &Action) -> Result<Call, ActionError> {
        let name = action.kind.name();
        let ActionKind::RelayChannelUpdate { rollup_id, nonce, update } = &action.kind else {
            return Err(ActionError::WrongChain(name, self.rollup_id));
        };
        if *rollup_id != self.rollup_id {
            return Err(ActionError::WrongChain(name, self.rollup_id));
        }
        let update = ChannelEndpoint::ChannelUpdate {
            kind: update.kind as u8,
            channelId: update.channel_id,
            from: update.from,
            to: update.to,
            reason: update.reason as u8,
            expiresAt: update.expires_at,
        };
        let data = ChannelEndpoint::applyUpdateCall { nonce: *nonce, update }.abi_encode();
        Ok(Call { to: self.endpoint, data: data.into() })
    }

    fn decode_revert(&self, to: Address, data: &[u8]) -> Option<String> {
        (to == self.endpoint)
            .then(|| decode_error::<ChannelEndpoint::ChannelEndpointErrors>(data))
            .flatten()
    }
}

/// A contract's custom error by name with its arguments, e.g.
/// `RollupRegistryStatusUnchanged { id: 1, status: 3 }`.
pub fn decode_error<E: SolInterface + fmt::Debug>(data: &[u8]) -> Option<String> {
    let error = E::abi_decode(data).ok()?;
    let shown = format!("{error:?}");
    // `Variant(Variant { .. })`: keep the inner struct, which carries the name.
    let inner = shown.split_once('(').map(|(_, rest)| rest.strip_suffix(')').unwrap_or(rest));
    Some(inner.unwrap_or(&shown).to_string())
}

/// The report as the RewardDistributor types it (for EIP-712 hashing and `submitReport`).
pub(crate) fn to_sol_report(report: &TrafficReport) -> RewardDistributor::TrafficReport {
    RewardDistributor::TrafficReport {
        epoch: report.epoch,
        rollups: report
            .rollups
            .iter()
            .map(|r| RewardDistributor::RollupTraffic {
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
    use alloy::sol_types::eip712_domain;
    use alloy::{primitives::keccak256, sol_types::SolError};

    fn hub_calls() -> HubCalls {
        HubCalls {
            rollup_registry: Address::repeat_byte(1),
            elastic_pool: Some(Address::repeat_byte(2)),
            emergency_channels: Some(Address::repeat_byte(3)),
            reward_distributor: Address::repeat_byte(4),
            hub_chain_id: 31337,
            reporters: vec![PrivateKeySigner::random(), PrivateKeySigner::random()],
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
                calls.elastic_pool.unwrap(),
                "openBoostWindow(uint32,uint32,uint256,uint64)",
            ),
            (
                ActionKind::SettleWindow { rollup_id: 7 },
                calls.elastic_pool.unwrap(),
                "settleWindow(uint32)",
            ),
            (
                ActionKind::Redistribute { from: 1, to: 2, amount: U256::from(3) },
                calls.elastic_pool.unwrap(),
                "redistribute(uint32,uint32,uint256)",
            ),
            (
                ActionKind::OpenChannel {
                    from: 1,
                    to: 2,
                    reason: ChannelReason::Outage,
                    duration_seconds: 60,
                },
                calls.emergency_channels.unwrap(),
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
    fn report_signatures_recover_to_the_reporters_in_address_order() {
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
        let signatures = calls.sign_report(&report).unwrap();
        assert_eq!(signatures.len(), 2);
        let domain = eip712_domain! {
            name: REPORT_DOMAIN_NAME,
            version: REPORT_DOMAIN_VERSION,
            chain_id: 31337,
            verifying_contract: calls.reward_distributor,
        };
        let hash = to_sol_report(&report).eip712_signing_hash(&domain);
        assert_eq!(calls.report_digest(&report), hash);
        let signers: Vec<Address> = signatures
            .iter()
            .map(|s| {
                assert_eq!(s.len(), 65);
                let parsed = alloy::primitives::Signature::try_from(s.as_ref()).unwrap();
                parsed.recover_address_from_prehash(&hash).unwrap()
            })
            .collect();
        let mut expected: Vec<Address> = calls.reporters.iter().map(|r| r.address()).collect();
        expected.sort();
        assert_eq!(signers, expected);
    }

    #[test]
    fn missing_contracts_and_reporters_are_named() {
        let calls = HubCalls {
            elastic_pool: None,
            emergency_channels: None,
            reporters: vec![],
            ..hub_calls()
        };
        let boost = ActionKind::SettleWindow { rollup_id: 1 };
        let err = calls.encode(&Action::new("k", boost)).unwrap_err();
        assert_eq!(err.to_string(), "ElasticPool is not deployed; settle_window cannot be sent");
        let report = ActionKind::SubmitReport(TrafficReport { epoch: 3, rollups: vec![] });
        let err = calls.encode(&Action::new("k", report)).unwrap_err();
        assert!(matches!(err, ActionError::NoReporter(3)), "{err}");
        let gas = ActionKind::SetRollupGasLimit { rollup_id: 1, gas_limit: 5 };
        assert!(!gas.is_hub());
        assert!(matches!(calls.encode(&Action::new("k", gas)), Err(ActionError::NotAHubAction(_))));
    }

    #[test]
    fn custom_errors_are_decoded_by_name() {
        use RollupRegistry::RollupRegistryStatusUnchanged;
        let calls = hub_calls();
        let data = RollupRegistryStatusUnchanged { id: 2, status: 3 }.abi_encode();
        assert_eq!(
            calls.decode_revert(calls.rollup_registry, &data).as_deref(),
            Some("RollupRegistryStatusUnchanged { id: 2, status: 3 }")
        );
        assert_eq!(calls.decode_revert(Address::ZERO, &data), None, "unknown contract");
        assert_eq!(calls.decode_revert(calls.rollup_registry, &[1, 2, 3, 4]), None);
    }

    #[test]
    fn pool_and_channel_errors_are_decoded_by_name() {
        use EmergencyChannels::EmergencyChannelsTargetUnavailable;
        let calls = hub_calls();
        let data =
            ElasticPool::ElasticPoolWindowAboveCap { amount: U256::from(5), cap: U256::from(4) }
                .abi_encode();
        assert_eq!(
            calls.decode_revert(calls.elastic_pool.unwrap(), &data).as_deref(),
            Some("ElasticPoolWindowAboveCap { amount: 5, cap: 4 }")
        );
        let data = EmergencyChannelsTargetUnavailable { rollupId: 2, status: 3 }.abi_encode();
        assert_eq!(
            calls.decode_revert(calls.emergency_channels.unwrap(), &data).as_deref(),
            Some("EmergencyChannelsTargetUnavailable { rollupId: 2, status: 3 }")
        );
    }

    fn relay(rollup_id: RollupId, nonce: u64) -> Action {
        let update = ChannelUpdate {
            kind: ChannelUpdateKind::Veto,
            channel_id: 9,
            from: 1,
            to: 2,
            reason: ChannelReason::Outage,
            expires_at: 1_234,
        };
        Action::new("r", ActionKind::RelayChannelUpdate { rollup_id, nonce, update })
    }

    #[test]
    fn relays_encode_apply_update_for_their_own_endpoint_only() {
        let endpoint = EndpointCalls { rollup_id: 2, endpoint: Address::repeat_byte(9) };
        let call = endpoint.encode(&relay(2, 7)).unwrap();
        assert_eq!(call.to, endpoint.endpoint);
        let decoded = ChannelEndpoint::applyUpdateCall::abi_decode(&call.data).unwrap();
        assert_eq!(decoded.nonce, 7);
        assert_eq!(
            (decoded.update.kind, decoded.update.channelId, decoded.update.reason),
            (1, 9, 1)
        );
        assert_eq!(
            (decoded.update.from, decoded.update.to, decoded.update.expiresAt),
            (1, 2, 1_234)
        );
        assert!(matches!(endpoint.encode(&relay(1, 7)), Err(ActionError::WrongChain(_, 2))));
        let status = ActionKind::SetStatus { rollup_id: 2, status: RollupStatus::Down };
        assert!(endpoint.encode(&Action::new("k", status)).is_err());
        assert!(matches!(hub_calls().encode(&relay(2, 7)), Err(ActionError::NotAHubAction(_))));
        assert_eq!(relay(2, 7).kind.target(), ActionTarget::RollupChain(2));
        let data = ChannelEndpoint::ChannelEndpointNonceGap { expected: 2, got: 3 }.abi_encode();
        assert_eq!(
            endpoint.decode_revert(endpoint.endpoint, &data).as_deref(),
            Some("ChannelEndpointNonceGap { expected: 2, got: 3 }")
        );
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
        let action = relay(3, 12);
        let json = serde_json::to_string(&action).unwrap();
        assert_eq!(serde_json::from_str::<Action>(&json).unwrap(), action);
    }
}
