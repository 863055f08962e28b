//! A devnet: a hub anvil and N rollup anvils on this machine, with the suite deployed.

use crate::{
    anvil::{find_anvil, AnvilError, Chain, ChainSpec},
    hyperlane::{deploy_core, CoreError, CorePlan},
    manifest::{HubDeployment, Manifest, ManifestError, RollupDeployment, MANIFEST_VERSION},
    progress::Progress,
    suite::{
        deploy_hub_suite, deploy_rollup_suite, DevAccounts, RollupPlan, SuiteParams, FIXED_ACCOUNTS,
    },
    tx::{signing_provider, TxError},
};
use alloy::providers::{ext::AnvilApi, Provider};
use era_bindings::reward_distributor::RewardDistributor;
use era_protocol::names;
use std::path::{Path, PathBuf};

/// Chain id of a devnet hub.
pub const HUB_CHAIN_ID: u64 = 31_337;
/// Chain id of a devnet's first rollup; the others follow it.
pub const FIRST_ROLLUP_CHAIN_ID: u64 = 100_001;
/// The most rollups one devnet starts (each is an anvil process).
pub const MAX_ROLLUPS: usize = 64;
/// Funded accounts on each rollup chain (the traffic generator's senders).
pub const ROLLUP_ACCOUNTS: usize = 10;

/// What devnet to start.
#[derive(Debug, Clone)]
pub struct DevnetConfig {
    /// Number of rollup chains (1 to [`MAX_ROLLUPS`]).
    pub rollups: usize,
    /// Seconds between blocks on every chain once deployed; `None` mines a block per transaction.
    pub block_time: Option<u64>,
    /// Block gas limit of every rollup chain; `None` keeps anvil's default.
    pub gas_limit: Option<u64>,
    /// Where to write the manifest; `None` writes none.
    pub manifest_path: Option<PathBuf>,
    /// Suite parameters (epoch length, stakes, …).
    pub params: SuiteParams,
}

impl DevnetConfig {
    /// A config for `rollups` automining rollups, writing no manifest.
    pub fn new(rollups: usize) -> Self {
        Self {
            rollups,
            block_time: None,
            gas_limit: None,
            manifest_path: None,
            params: SuiteParams::default(),
        }
    }
}

/// Why a devnet could not be started.
#[derive(Debug, thiserror::Error)]
pub enum DevnetError {
    /// The rollup count is out of range.
    #[error("--rollups must be between 1 and {MAX_ROLLUPS}, got {0}")]
    RollupCount(usize),
    /// A zero block time or gas limit.
    #[error("{0} must be greater than zero")]
    Zero(&'static str),
    /// The manifest path cannot be written; checked before any chain starts.
    #[error("cannot write the manifest to {path}: {source} (choose another --manifest path)")]
    ManifestPath {
        /// The path.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// anvil could not be found or started.
    #[error(transparent)]
    Anvil(#[from] AnvilError),
    /// A deployment transaction failed.
    #[error("deploying the suite failed: {0}")]
    Deploy(#[from] TxError),
    /// An RPC call to a fresh chain failed.
    #[error("chain {chain}: {source}")]
    Rpc {
        /// Which chain.
        chain: String,
        /// The RPC error.
        source: alloy::transports::TransportError,
    },
    /// A chain's Hyperlane core could not be deployed.
    #[error("deploying Hyperlane failed: {0}")]
    Hyperlane(#[from] CoreError),
    /// The manifest could not be written.
    #[error(transparent)]
    Manifest(#[from] ManifestError),
    /// A chain-start task panicked.
    #[error("starting a chain panicked: {0}")]
    Join(#[from] tokio::task::JoinError),
}

/// A running devnet. Dropping it stops every anvil it started.
#[derive(Debug)]
pub struct Devnet {
    /// The hub chain.
    pub hub: Chain,
    /// The rollup chains, in manifest order.
    pub rollups: Vec<Chain>,
    /// Where everything is.
    pub manifest: Manifest,
    /// The funded accounts and their roles.
    pub accounts: DevAccounts,
}

impl Devnet {
    /// Starts the chains, deploys and seeds the suite, switches the chains to the configured
    /// block time, and writes the manifest.
    pub async fn start(config: DevnetConfig, progress: &dyn Progress) -> Result<Self, DevnetError> {
        validate(&config)?;
        let binary = find_anvil()?;

        progress.step(&format!(
            "starting {} anvil nodes ({})",
            config.rollups + 1,
            binary.display()
        ));
        let mut specs = vec![ChainSpec {
            name: "hub".into(),
            chain_id: HUB_CHAIN_ID,
            gas_limit: None,
            accounts: FIXED_ACCOUNTS + config.rollups,
        }];
        specs.extend((0..config.rollups).map(|i| ChainSpec {
            name: format!("rollup-{}", i + 1),
            chain_id: FIRST_ROLLUP_CHAIN_ID + i as u64,
            gas_limit: config.gas_limit,
            accounts: ROLLUP_ACCOUNTS,
        }));
        let starts = specs.into_iter().map(|spec| {
            let binary = binary.clone();
            tokio::task::spawn_blocking(move || Chain::start(&binary, spec))
        });
        // Collect every result before failing, so chains that did start are dropped (stopped).
        let mut chains = Vec::new();
        let mut first_error = None;
        for result in futures::future::join_all(starts).await {
            match result? {
                Ok(chain) => chains.push(chain),
                Err(e) => first_error = first_error.or(Some(e)),
            }
        }
        if let Some(e) = first_error {
            return Err(e.into());
        }
        let hub = chains.remove(0);
        let rollups = chains;

        let accounts = DevAccounts::from_anvil(&hub.signers(), config.rollups);
        let provider = signing_provider(&hub.rpc_url(), &accounts.all());
        let plans: Vec<RollupPlan> = rollups
            .iter()
            .enumerate()
            .map(|(i, chain)| {
                let (domain, kind) = rollup_layout(i);
                RollupPlan { chain_id: chain.spec.chain_id, domain, kind: kind_code(kind) }
            })
            .collect();
        let suite =
            deploy_hub_suite(&provider, &accounts, &plans, &config.params, HUB_CHAIN_ID, progress)
                .await?;

        progress
            .step(&format!("rollups: deploying a ChannelEndpoint on each of {}", rollups.len()));
        let endpoint_deploys = rollups.iter().map(|chain| {
            let rollup_provider = signing_provider(&chain.rpc_url(), &chain.signers()[..1]);
            let rollup_id = suite.rollup_ids[&chain.spec.chain_id];
            let accounts = &accounts;
            async move { deploy_rollup_suite(&rollup_provider, accounts, rollup_id).await }
        });
        let rollup_contracts = futures::future::try_join_all(endpoint_deploys).await?;

        // Hyperlane on every chain, all at once. Its validators are the keeper reporters, with
        // the distributor's threshold. The hub's core is governance's (the core timelock); a
        // rollup's stays the deployer's until the hub governs rollups over interchain accounts.
        progress
            .step(&format!("hyperlane: deploying a core on the hub and {} rollups", rollups.len()));
        let distributor = suite.contracts[names::REWARD_DISTRIBUTOR];
        let threshold =
            RewardDistributor::new(distributor, &provider).threshold().call().await.map_err(
                |e| {
                    DevnetError::Deploy(TxError::Send {
                        label: "read the report threshold".into(),
                        source: e,
                    })
                },
            )?;
        let validators: Vec<_> = accounts.reporters.iter().map(|r| r.address()).collect();
        let plan = |chain: &Chain, owner| CorePlan {
            domain: chain.spec.chain_id as u32,
            deployer: accounts.deployer.address(),
            owner,
            validators: validators.clone(),
            threshold: threshold.saturating_to(),
        };
        let core_timelock = suite.contracts[names::CORE_TIMELOCK];
        let hub_plan = plan(&hub, core_timelock);
        let hub_core = deploy_core(&provider, &hub_plan);
        let rollup_cores = rollups.iter().map(|chain| {
            let rollup_provider = signing_provider(&chain.rpc_url(), &chain.signers()[..1]);
            let plan = plan(chain, accounts.deployer.address());
            async move { deploy_core(&rollup_provider, &plan).await }
        });
        let (hub_core, rollup_cores) =
            futures::future::try_join(hub_core, futures::future::try_join_all(rollup_cores))
                .await?;

        if let Some(seconds) = config.block_time {
            progress.step(&format!("switching every chain to {seconds}-second blocks"));
            for chain in std::iter::once(&hub).chain(&rollups) {
                let p = signing_provider(&chain.rpc_url(), &chain.signers()[..1]);
                p.anvil_set_auto_mine(false).await.map_err(|source| rpc(chain, source))?;
                p.anvil_set_interval_mining(seconds).await.map_err(|source| rpc(chain, source))?;
            }
        }

        let manifest = Manifest {
            version: MANIFEST_VERSION,
            hub: HubDeployment {
                chain_id: provider.get_chain_id().await.map_err(|source| rpc(&hub, source))?,
                rpc_url: hub.rpc_url(),
                deployer: accounts.deployer.address(),
                contracts: suite.contracts,
                roles: accounts.roles(),
                hyperlane: Some(hub_core),
            },
            rollups: rollups
                .iter()
                .enumerate()
                .zip(rollup_contracts.into_iter().zip(rollup_cores))
                .map(|((i, chain), (contracts, core))| {
                    let id = suite.rollup_ids[&chain.spec.chain_id];
                    RollupDeployment {
                        hyperlane: Some(core),
                        ..rollup_entry(i, chain, id, contracts)
                    }
                })
                .collect(),
        };
        if let Some(path) = &config.manifest_path {
            progress.step(&format!("writing manifest {}", path.display()));
            manifest.save(path)?;
        }
        Ok(Self { hub, rollups, manifest, accounts })
    }

    /// Process ids of every anvil this devnet started.
    pub fn pids(&self) -> Vec<u32> {
        std::iter::once(&self.hub).chain(&self.rollups).map(Chain::pid).collect()
    }

    /// Stops every chain.
    pub fn shutdown(self) {
        drop(self);
    }
}

/// Devnet rollup `index` (0-based): domains alternate 1, 2 and kinds are spread so that any
/// two consecutive rollups cover both domains and both kinds.
pub fn rollup_layout(index: usize) -> (u32, &'static str) {
    let domain = (index % 2) as u32 + 1;
    let kind = if (index + index / 2).is_multiple_of(2) { "optimistic" } else { "zk" };
    (domain, kind)
}

/// `RollupRegistry.RollupKind` of a manifest kind name.
pub fn kind_code(kind: &str) -> u8 {
    match kind {
        "optimistic" => 0,
        _ => 1,
    }
}

fn rollup_entry(
    index: usize,
    chain: &Chain,
    rollup_id: u32,
    contracts: std::collections::BTreeMap<String, alloy::primitives::Address>,
) -> RollupDeployment {
    let (domain, kind) = rollup_layout(index);
    RollupDeployment {
        name: chain.spec.name.clone(),
        chain_id: chain.spec.chain_id,
        rpc_url: chain.rpc_url(),
        ws_url: None,
        extra_rpc_urls: Vec::new(),
        rollup_id,
        domain,
        kind: kind.into(),
        contracts,
        hyperlane: None,
    }
}

fn rpc(chain: &Chain, source: alloy::transports::TransportError) -> DevnetError {
    DevnetError::Rpc { chain: chain.spec.name.clone(), source }
}

fn validate(config: &DevnetConfig) -> Result<(), DevnetError> {
    if config.rollups == 0 || config.rollups > MAX_ROLLUPS {
        return Err(DevnetError::RollupCount(config.rollups));
    }
    if config.block_time == Some(0) {
        return Err(DevnetError::Zero("--block-time"));
    }
    if config.gas_limit == Some(0) {
        return Err(DevnetError::Zero("--gas-limit"));
    }
    if let Some(path) = &config.manifest_path {
        check_writable(path)?;
    }
    Ok(())
}

/// Proves the manifest can be written before any chain starts, without leaving a file behind.
fn check_writable(path: &Path) -> Result<(), DevnetError> {
    let err = |source| DevnetError::ManifestPath { path: path.display().to_string(), source };
    if path.is_dir() {
        return Err(err(std::io::Error::other("it is a directory")));
    }
    let probe = path.with_extension("json.probe");
    std::fs::write(&probe, b"").map_err(err)?;
    std::fs::remove_file(&probe).map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_covers_both_domains_and_kinds_with_two_rollups() {
        assert_eq!(rollup_layout(0), (1, "optimistic"));
        assert_eq!(rollup_layout(1), (2, "zk"));
        assert_eq!(rollup_layout(2), (1, "zk"));
        assert_eq!(rollup_layout(3), (2, "optimistic"));
    }

    #[test]
    fn validate_rejects_bad_input_with_the_offending_value() {
        let e = validate(&DevnetConfig::new(0)).unwrap_err();
        assert_eq!(e.to_string(), "--rollups must be between 1 and 64, got 0");
        let mut c = DevnetConfig::new(2);
        c.block_time = Some(0);
        assert_eq!(validate(&c).unwrap_err().to_string(), "--block-time must be greater than zero");
        let mut c = DevnetConfig::new(2);
        c.manifest_path = Some("/nonexistent-dir/m.json".into());
        let e = validate(&c).unwrap_err().to_string();
        assert!(e.starts_with("cannot write the manifest to /nonexistent-dir/m.json"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let mut c = DevnetConfig::new(2);
        c.manifest_path = Some(dir.path().join("m.json"));
        validate(&c).unwrap();
        assert!(!dir.path().join("m.json").exists() && !dir.path().join("m.json.probe").exists());
    }
}
