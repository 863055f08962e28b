//! `era-deploy devnet` end to end: the manifest matches the chains, and nothing is left running.

use alloy::{primitives::U256, providers::Provider};
use era_bindings::{era_token::EraToken, rollup_registry::RollupRegistry, staking_hub::StakingHub};
use era_deploy::{Devnet, DevnetConfig, Manifest, Quiet};
use era_e2e::{process_gone, reader};
use era_protocol::{names, roles};
use std::{collections::BTreeSet, time::Duration};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn devnet_manifest_matches_the_chains_and_shutdown_leaves_no_anvil() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("devnet.json");
    let mut config = DevnetConfig::new(2);
    config.manifest_path = Some(path.clone());
    let devnet = Devnet::start(config, &Quiet).await.expect("devnet starts");

    let manifest = Manifest::load(&path).expect("manifest written");
    assert_eq!(manifest, devnet.manifest);
    assert_eq!(manifest.rollups.len(), 2);

    // Every chain answers with the chain id the manifest gives, and the ids are distinct.
    let mut ids = BTreeSet::new();
    for (rpc, chain_id) in std::iter::once((&manifest.hub.rpc_url, manifest.hub.chain_id))
        .chain(manifest.rollups.iter().map(|r| (&r.rpc_url, r.chain_id)))
    {
        assert_eq!(reader(rpc).get_chain_id().await.unwrap(), chain_id, "{rpc}");
        assert!(ids.insert(chain_id), "chain id {chain_id} used twice");
    }
    let domains: BTreeSet<_> = manifest.rollups.iter().map(|r| r.domain).collect();
    let kinds: BTreeSet<_> = manifest.rollups.iter().map(|r| r.kind.as_str()).collect();
    assert_eq!(domains.len(), 2, "rollups spread over two domains");
    assert_eq!(kinds, BTreeSet::from(["optimistic", "zk"]));

    // Code at every address the manifest names, on the chain it names.
    let hub = reader(&manifest.hub.rpc_url);
    assert!(!manifest.hub.contracts.is_empty());
    for (name, address) in &manifest.hub.contracts {
        let code = hub.get_code_at(*address).await.unwrap();
        assert!(!code.is_empty(), "no code for {name} at {address} on the hub");
    }
    for rollup in &manifest.rollups {
        let chain = reader(&rollup.rpc_url);
        for (name, address) in &rollup.contracts {
            let code = chain.get_code_at(*address).await.unwrap();
            assert!(!code.is_empty(), "no code for {name} at {address} on {}", rollup.name);
        }
    }

    // The token has its fixed supply.
    let token = EraToken::new(manifest.hub_contract("EraToken").unwrap(), &hub);
    let supply = token.totalSupply().call().await.unwrap();
    assert_eq!(supply, U256::from(1_000_000_000u64) * U256::from(10u64).pow(U256::from(18)));

    // Every rollup is registered under the id, chain id, domain and kind the manifest gives, and
    // is alive: its validator's stake is on the hub.
    let registry = RollupRegistry::new(manifest.hub_contract("RollupRegistry").unwrap(), &hub);
    let staking = StakingHub::new(manifest.hub_contract("StakingHub").unwrap(), &hub);
    assert_eq!(registry.rollupCount().call().await.unwrap(), U256::from(2));
    for rollup in &manifest.rollups {
        assert_eq!(registry.rollupIdOf(rollup.chain_id).call().await.unwrap(), rollup.rollup_id);
        let onchain = registry.getRollup(rollup.rollup_id).call().await.unwrap();
        assert_eq!(onchain.chainId, rollup.chain_id);
        assert_eq!(onchain.domain, rollup.domain);
        assert_eq!(onchain.kind, era_deploy::devnet::kind_code(&rollup.kind));
        let stake = staking.rollupStake(rollup.rollup_id).call().await.unwrap();
        assert!(stake > U256::ZERO, "rollup {} has no stake", rollup.name);
    }
    // Every role id of era-protocol is the one the deployed contracts check: each role is held
    // by the account the deployment gave it to (a wrong id would read false).
    let keeper = manifest.hub.roles["keeper"][0];
    let council = manifest.hub.roles["council"][0];
    let relayer = manifest.hub.roles["relayer"][0];
    let hub_contract = |name| manifest.hub_contract(name).unwrap();
    let channels = hub_contract(names::EMERGENCY_CHANNELS);
    let mut checked = BTreeSet::new();
    for (role, contract, holder) in [
        ("keeper", hub_contract(names::ROLLUP_REGISTRY), keeper),
        ("keeper", hub_contract(names::ELASTIC_POOL), keeper),
        ("keeper", channels, keeper),
        ("council", channels, council),
        ("parameter", hub_contract(names::ROLLUP_REGISTRY), hub_contract(names::CORE_TIMELOCK)),
        ("parameter", hub_contract(names::ROLLUP_REGISTRY), hub_contract(names::SHARD_TIMELOCK)),
        (
            "profile-writer",
            hub_contract(names::PROFILE_REGISTRY),
            hub_contract(names::CONFIG_MARKET),
        ),
    ] {
        let id = roles::all().into_iter().find(|(n, _)| *n == role).unwrap().1;
        let c = RollupRegistry::new(contract, &hub);
        assert!(c.hasRole(id, holder).call().await.unwrap(), "{role} not held by {holder}");
        assert!(!c.hasRole(id, manifest.hub.deployer).call().await.unwrap(), "deployer has {role}");
        checked.insert(role);
    }
    for rollup in &manifest.rollups {
        let endpoint =
            RollupRegistry::new(rollup.contracts[names::CHANNEL_ENDPOINT], reader(&rollup.rpc_url));
        assert!(
            endpoint.hasRole(roles::relayer(), relayer).call().await.unwrap(),
            "{}",
            rollup.name
        );
        checked.insert("relayer");
    }
    let all: BTreeSet<_> = roles::all().iter().map(|(n, _)| *n).collect();
    assert_eq!(checked, all, "every role of Roles.sol is checked on chain");

    let pids = devnet.pids();
    assert_eq!(pids.len(), 3);
    devnet.shutdown();
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while !pids.iter().all(|&pid| process_gone(pid)) {
        assert!(std::time::Instant::now() < deadline, "anvil processes still running: {pids:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // And the endpoints no longer answer.
    assert!(reader(&manifest.hub.rpc_url).get_chain_id().await.is_err());
}

#[tokio::test]
async fn devnet_refuses_zero_rollups_and_unwritable_manifest_before_starting_anything() {
    let e = Devnet::start(DevnetConfig::new(0), &Quiet).await.unwrap_err();
    assert_eq!(e.to_string(), "--rollups must be between 1 and 64, got 0");
    let mut config = DevnetConfig::new(1);
    config.manifest_path = Some("/proc/definitely/not/writable.json".into());
    let e = Devnet::start(config, &Quiet).await.unwrap_err().to_string();
    assert!(e.contains("cannot write the manifest to /proc/definitely/not/writable.json"), "{e}");
}
