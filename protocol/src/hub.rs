//! One typed reader of the hub's contract addresses from a manifest.

use crate::{
    manifest::{Manifest, ManifestError},
    names,
};
use alloy::primitives::Address;

/// The hub contracts the keeper reads and calls. The ElasticPool and the EmergencyChannels are
/// optional (without them the keeper opens no boost windows or channels).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HubAddresses {
    /// The hub chain id (part of the EIP-712 report domain).
    pub chain_id: u64,
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

impl HubAddresses {
    /// Reads the addresses, naming the first required contract the manifest lacks.
    pub fn from_manifest(manifest: &Manifest) -> Result<Self, ManifestError> {
        Ok(Self {
            chain_id: manifest.hub.chain_id,
            rollup_registry: manifest.hub_contract(names::ROLLUP_REGISTRY)?,
            staking_hub: manifest.hub_contract(names::STAKING_HUB)?,
            reward_distributor: manifest.hub_contract(names::REWARD_DISTRIBUTOR)?,
            elastic_pool: manifest.hub_contract(names::ELASTIC_POOL).ok(),
            emergency_channels: manifest.hub_contract(names::EMERGENCY_CHANNELS).ok(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::{HubDeployment, MANIFEST_VERSION};
    use std::collections::BTreeMap;

    fn manifest(contracts: &[(&str, u8)]) -> Manifest {
        Manifest {
            version: MANIFEST_VERSION,
            hub: HubDeployment {
                chain_id: 31337,
                rpc_url: "http://127.0.0.1:8545".into(),
                deployer: Address::ZERO,
                contracts: contracts
                    .iter()
                    .map(|(n, b)| (n.to_string(), Address::repeat_byte(*b)))
                    .collect(),
                roles: BTreeMap::new(),
                hyperlane: None,
            },
            rollups: vec![],
        }
    }

    #[test]
    fn reads_required_and_optional_contracts() {
        let m = manifest(&[
            (names::ROLLUP_REGISTRY, 1),
            (names::STAKING_HUB, 2),
            (names::REWARD_DISTRIBUTOR, 3),
            (names::ELASTIC_POOL, 4),
        ]);
        let hub = HubAddresses::from_manifest(&m).unwrap();
        assert_eq!(hub.chain_id, 31337);
        assert_eq!(hub.staking_hub, Address::repeat_byte(2));
        assert_eq!(hub.elastic_pool, Some(Address::repeat_byte(4)));
        assert_eq!(hub.emergency_channels, None);
    }

    #[test]
    fn names_the_missing_required_contract() {
        let m = manifest(&[(names::ROLLUP_REGISTRY, 1), (names::REWARD_DISTRIBUTOR, 3)]);
        let err = HubAddresses::from_manifest(&m).unwrap_err();
        assert_eq!(err.to_string(), "manifest has no address for contract StakingHub on the hub");
    }
}
