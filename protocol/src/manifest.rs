//! The deployment manifest: where every chain and contract of a deployment is. `era-deploy`
//! writes it; the keeper and the end-to-end tests read it. The format is documented in the
//! README ("Deployment manifest").

use alloy::primitives::Address;
use serde::{Deserialize, Serialize};
use std::{collections::BTreeMap, path::Path};

/// The manifest format version written by this crate.
pub const MANIFEST_VERSION: u32 = 1;

/// Why a manifest could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    /// The file could not be read or written.
    #[error("manifest {path}: {source}")]
    Io {
        /// The manifest path.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not a valid manifest.
    #[error("manifest {path} is not a valid deployment manifest: {source}")]
    Parse {
        /// The manifest path.
        path: String,
        /// The underlying error.
        source: serde_json::Error,
    },
    /// The manifest was written by an incompatible version of era-deploy.
    #[error("manifest {path} has format version {found}; this build reads version {expected}")]
    Version {
        /// The manifest path.
        path: String,
        /// The version in the file.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },
    /// A contract the reader needs is not in the manifest.
    #[error("manifest has no address for contract {0} on the hub")]
    MissingContract(String),
    /// A rollup the reader asked for is not in the manifest.
    #[error("manifest has no rollup with chain id {0}")]
    UnknownRollup(u64),
}

/// A whole deployment: the hub chain and every rollup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Format version ([`MANIFEST_VERSION`]).
    pub version: u32,
    /// The hub chain, where the contract suite lives.
    pub hub: HubDeployment,
    /// The rollups, in registration order.
    pub rollups: Vec<RollupDeployment>,
}

/// The hub chain of a deployment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HubDeployment {
    /// EIP-155 chain id.
    pub chain_id: u64,
    /// JSON-RPC endpoint.
    pub rpc_url: String,
    /// The account that deployed the suite.
    pub deployer: Address,
    /// Contract name (as in `contracts/src`) to address.
    pub contracts: BTreeMap<String, Address>,
    /// Role holders the deployment set up (role name to accounts), e.g. `keeper`, `reporters`.
    #[serde(default)]
    pub roles: BTreeMap<String, Vec<Address>>,
    /// The hub's Hyperlane core, where the deployment has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hyperlane: Option<HyperlaneCore>,
}

/// One chain's Hyperlane core (Hyperlane's own contracts, from `@hyperlane-xyz/core`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HyperlaneCore {
    /// The chain's Hyperlane domain: its chain id.
    pub domain: u32,
    /// Dispatches and processes messages.
    pub mailbox: Address,
    /// The Mailbox's required hook: the merkle tree of message ids that validators sign.
    pub merkle_tree_hook: Address,
    /// The Mailbox's default hook (a ProtocolFee whose maximum fee is 0).
    pub default_hook: Address,
    /// The factory of static message-id multisig ISMs.
    pub ism_factory: Address,
    /// The Mailbox's default ISM: a message-id multisig ISM of `validators` and `threshold`.
    pub ism: Address,
    /// The validators whose checkpoint signatures the ISM accepts (the keeper reporters).
    pub validators: Vec<Address>,
    /// How many of them must sign a checkpoint.
    pub threshold: u8,
    /// Where validators announce their checkpoint storage.
    pub validator_announce: Address,
    /// Who owns the Mailbox and the default hook.
    pub owner: Address,
}

/// One rollup of a deployment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RollupDeployment {
    /// A human-readable name, e.g. `rollup-1`.
    pub name: String,
    /// EIP-155 chain id of the rollup chain.
    pub chain_id: u64,
    /// JSON-RPC endpoint of the rollup chain.
    pub rpc_url: String,
    /// Its WebSocket JSON-RPC endpoint, where it differs from `rpc_url` with the scheme
    /// changed to `ws`/`wss` (anvil serves both on one port, so the devnet leaves it out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ws_url: Option<String>,
    /// Further JSON-RPC endpoints of the same chain, from other providers. With any, the
    /// keeper counts a block only when a quorum of all the rollup's endpoints returned it
    /// identically (its `collector.endpoint_quorum`, a majority by default), so one lying
    /// provider moves nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_rpc_urls: Vec<String>,
    /// The rollup's id in the hub's RollupRegistry (0 while the suite has no registry).
    #[serde(default)]
    pub rollup_id: u32,
    /// The governance domain (shard) the rollup belongs to.
    #[serde(default)]
    pub domain: u32,
    /// `optimistic` or `zk`.
    #[serde(default)]
    pub kind: String,
    /// Contracts on the rollup chain itself (e.g. `ChannelEndpoint`).
    #[serde(default)]
    pub contracts: BTreeMap<String, Address>,
    /// The rollup's Hyperlane core, where the deployment has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hyperlane: Option<HyperlaneCore>,
}

impl Manifest {
    /// Reads and checks a manifest file.
    pub fn load(path: &Path) -> Result<Self, ManifestError> {
        let display = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|source| ManifestError::Io { path: display.clone(), source })?;
        let manifest: Self = serde_json::from_str(&text)
            .map_err(|source| ManifestError::Parse { path: display.clone(), source })?;
        if manifest.version != MANIFEST_VERSION {
            return Err(ManifestError::Version {
                path: display,
                found: manifest.version,
                expected: MANIFEST_VERSION,
            });
        }
        Ok(manifest)
    }

    /// Writes the manifest atomically (a temporary file in the same folder, then a rename), so
    /// a reader never sees half a manifest.
    pub fn save(&self, path: &Path) -> Result<(), ManifestError> {
        let display = path.display().to_string();
        let io = |source| ManifestError::Io { path: display.clone(), source };
        let text = serde_json::to_string_pretty(self).expect("a manifest always serializes");
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, text + "\n").map_err(io)?;
        std::fs::rename(&tmp, path).map_err(io)
    }

    /// The address of a hub contract, or a clear error naming it.
    pub fn hub_contract(&self, name: &str) -> Result<Address, ManifestError> {
        self.hub
            .contracts
            .get(name)
            .copied()
            .ok_or_else(|| ManifestError::MissingContract(name.into()))
    }

    /// The rollup with this chain id, or a clear error naming it.
    pub fn rollup(&self, chain_id: u64) -> Result<&RollupDeployment, ManifestError> {
        self.rollups
            .iter()
            .find(|r| r.chain_id == chain_id)
            .ok_or(ManifestError::UnknownRollup(chain_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Manifest {
        Manifest {
            version: MANIFEST_VERSION,
            hub: HubDeployment {
                chain_id: 31337,
                rpc_url: "http://127.0.0.1:8545".into(),
                deployer: Address::repeat_byte(1),
                contracts: [("EraToken".to_string(), Address::repeat_byte(2))].into(),
                roles: BTreeMap::new(),
                hyperlane: None,
            },
            rollups: vec![RollupDeployment {
                name: "rollup-1".into(),
                chain_id: 100_001,
                rpc_url: "http://127.0.0.1:8546".into(),
                ws_url: None,
                extra_rpc_urls: Vec::new(),
                rollup_id: 1,
                domain: 1,
                kind: "optimistic".into(),
                contracts: BTreeMap::new(),
                hyperlane: None,
            }],
        }
    }

    #[test]
    fn save_then_load_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.json");
        sample().save(&path).unwrap();
        assert_eq!(Manifest::load(&path).unwrap(), sample());
    }

    #[test]
    fn load_rejects_other_versions_and_garbage() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.json");
        let mut m = sample();
        m.version = 99;
        m.save(&path).unwrap();
        let err = Manifest::load(&path).unwrap_err();
        assert!(matches!(err, ManifestError::Version { found: 99, .. }), "{err}");
        std::fs::write(&path, "{not json").unwrap();
        assert!(matches!(Manifest::load(&path).unwrap_err(), ManifestError::Parse { .. }));
    }

    #[test]
    fn lookups_name_what_is_missing() {
        let m = sample();
        assert_eq!(m.hub_contract("EraToken").unwrap(), Address::repeat_byte(2));
        assert_eq!(
            m.hub_contract("Nope").unwrap_err().to_string(),
            "manifest has no address for contract Nope on the hub"
        );
        assert_eq!(m.rollup(100_001).unwrap().name, "rollup-1");
        assert!(matches!(m.rollup(5).unwrap_err(), ManifestError::UnknownRollup(5)));
    }
}
