//! `era-keeper check` as an operator runs it: exit status and what it prints.

use crate::common;

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::Command,
};

use alloy::{node_bindings::AnvilInstance, primitives::Address, signers::local::PrivateKeySigner};
use era_keeper::actions::contract_names;
use era_protocol::manifest::{HubDeployment, Manifest, RollupDeployment, MANIFEST_VERSION};

const KEY_ENV: &str = "ERA_KEEPER_TEST_KEY";

struct Outcome {
    success: bool,
    stdout: String,
}

fn run_check(config: &Path, key: Option<&str>) -> Outcome {
    let mut command = Command::new(env!("CARGO_BIN_EXE_era-keeper"));
    command.args(["check", "--config"]).arg(config).env_remove(KEY_ENV).env("RUST_LOG", "warn");
    if let Some(key) = key {
        command.env(KEY_ENV, key);
    }
    let output = command.output().expect("era-keeper runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    Outcome { success: output.status.success(), stdout }
}

fn key_of(anvil: &AnvilInstance) -> String {
    let signer: PrivateKeySigner = anvil.keys()[0].clone().into();
    signer.to_bytes().to_string()
}

fn all_contracts() -> BTreeMap<String, Address> {
    contract_names::REQUIRED
        .iter()
        .chain(&contract_names::OPTIONAL)
        .enumerate()
        .map(|(i, name)| (name.to_string(), Address::repeat_byte(i as u8 + 1)))
        .collect()
}

fn rollup(name: &str, rpc_url: &str, chain_id: u64, rollup_id: u32) -> RollupDeployment {
    RollupDeployment {
        name: name.into(),
        chain_id,
        rpc_url: rpc_url.into(),
        ws_url: None,
        extra_rpc_urls: Vec::new(),
        rollup_id,
        domain: 1,
        kind: "optimistic".into(),
        contracts: BTreeMap::new(),
        hyperlane: None,
    }
}

/// Writes `manifest.json` and `keeper.toml` into `dir`; returns the config path.
fn write_deployment(dir: &Path, hub: &AnvilInstance, rollups: Vec<RollupDeployment>) -> PathBuf {
    let manifest = Manifest {
        version: MANIFEST_VERSION,
        hub: HubDeployment {
            chain_id: hub.chain_id(),
            rpc_url: hub.endpoint(),
            deployer: hub.addresses()[0],
            contracts: all_contracts(),
            roles: BTreeMap::new(),
            hyperlane: None,
        },
        rollups,
    };
    manifest.save(&dir.join("manifest.json")).unwrap();
    write_config(dir, "")
}

fn write_config(dir: &Path, extra: &str) -> PathBuf {
    let path = dir.join("keeper.toml");
    let text = format!(
        "manifest = \"manifest.json\"\n\n[signer]\nkey_env = \"{KEY_ENV}\"\n\n\
         [collector]\nrpc_timeout_ms = 3000\n{extra}"
    );
    std::fs::write(&path, text).unwrap();
    path
}

/// A passing check needs the real contracts: see `tests/tests/keeper_actions.rs` (era-e2e).
#[test]
fn reachable_chains_pass_but_addresses_without_code_fail() {
    let hub = common::spawn_anvil();
    let rollup_chain = common::spawn_anvil_with_chain_id(100_001);
    let dir = tempfile::tempdir().unwrap();
    let config = write_deployment(
        dir.path(),
        &hub,
        vec![rollup("rollup-1", &rollup_chain.endpoint(), 100_001, 1)],
    );
    let outcome = run_check(&config, Some(&key_of(&hub)));
    assert!(!outcome.success, "{}", outcome.stdout);
    assert!(outcome.stdout.contains("ok    rollup rollup-1: chain 100001"), "{}", outcome.stdout);
    let subscribed = "ok    rollup rollup-1 new heads: newHeads subscription at ws://";
    assert!(outcome.stdout.contains(subscribed), "{}", outcome.stdout);
    assert!(outcome.stdout.contains("ok    hub: chain 31337"), "{}", outcome.stdout);
    let registry = Address::repeat_byte(1);
    let expected = format!("FAIL  hub contract RollupRegistry: no code at {registry} on the hub");
    assert!(outcome.stdout.contains(&expected), "{}", outcome.stdout);
}

#[test]
fn names_an_unreachable_rollup() {
    let hub = common::spawn_anvil();
    let dir = tempfile::tempdir().unwrap();
    let config =
        write_deployment(dir.path(), &hub, vec![rollup("rollup-1", "http://127.0.0.1:9", 7, 1)]);
    let outcome = run_check(&config, Some(&key_of(&hub)));
    assert!(!outcome.success);
    assert!(
        outcome.stdout.contains("FAIL  rollup rollup-1: http://127.0.0.1:9 is unreachable"),
        "{}",
        outcome.stdout
    );
    assert!(outcome.stdout.contains("ok    hub: chain 31337"), "{}", outcome.stdout);
}

#[test]
fn names_a_websocket_endpoint_that_cannot_subscribe() {
    let hub = common::spawn_anvil();
    let rollup_chain = common::spawn_anvil_with_chain_id(100_001);
    let dir = tempfile::tempdir().unwrap();
    let mut deployment = rollup("rollup-1", &rollup_chain.endpoint(), 100_001, 1);
    // Nothing listens on port 9.
    deployment.ws_url = Some("ws://127.0.0.1:9".into());
    let config = write_deployment(dir.path(), &hub, vec![deployment]);
    let outcome = run_check(&config, Some(&key_of(&hub)));
    assert!(!outcome.success);
    let expected =
        "FAIL  rollup rollup-1 new heads: cannot subscribe to new heads at ws://127.0.0.1:9";
    assert!(outcome.stdout.contains(expected), "{}", outcome.stdout);
    assert!(outcome.stdout.contains("the keeper would poll every"), "{}", outcome.stdout);
}

#[test]
fn names_a_chain_id_that_does_not_match_the_manifest() {
    let hub = common::spawn_anvil();
    let rollup_chain = common::spawn_anvil_with_chain_id(100_001);
    let dir = tempfile::tempdir().unwrap();
    let config = write_deployment(
        dir.path(),
        &hub,
        vec![rollup("rollup-1", &rollup_chain.endpoint(), 5, 1)],
    );
    let outcome = run_check(&config, Some(&key_of(&hub)));
    assert!(!outcome.success);
    let expected = format!(
        "FAIL  rollup rollup-1: {} has chain id 100001 but the manifest says 5",
        rollup_chain.endpoint()
    );
    assert!(outcome.stdout.contains(&expected), "{}", outcome.stdout);
}

#[test]
fn names_a_missing_key_variable() {
    let hub = common::spawn_anvil();
    let dir = tempfile::tempdir().unwrap();
    let config = write_deployment(dir.path(), &hub, vec![]);
    let outcome = run_check(&config, None);
    assert!(!outcome.success);
    assert!(
        outcome
            .stdout
            .contains(&format!("FAIL  signer: environment variable {KEY_ENV} is not set")),
        "{}",
        outcome.stdout
    );
}

#[test]
fn names_an_unregistered_rollup_and_missing_hub_contracts() {
    let hub = common::spawn_anvil();
    let dir = tempfile::tempdir().unwrap();
    let config =
        write_deployment(dir.path(), &hub, vec![rollup("rollup-1", &hub.endpoint(), 31337, 0)]);
    let mut manifest = Manifest::load(&dir.path().join("manifest.json")).unwrap();
    manifest.hub.contracts.remove(contract_names::REWARD_DISTRIBUTOR);
    manifest.hub.contracts.remove(contract_names::ELASTIC_POOL);
    manifest.save(&dir.path().join("manifest.json")).unwrap();
    let outcome = run_check(&config, Some(&key_of(&hub)));
    assert!(!outcome.success);
    assert!(
        outcome.stdout.contains(
            "FAIL  hub contract RewardDistributor: manifest has no address for contract \
             RewardDistributor"
        ),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome.stdout.contains(
            "ok    hub contract ElasticPool: not in the manifest; its strategies are off"
        ),
        "{}",
        outcome.stdout
    );
    assert!(outcome.stdout.contains("FAIL  rollup rollup-1: rollup_id is 0"), "{}", outcome.stdout);
}

#[test]
fn rejects_a_malformed_config() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), "[congestion]\newma_alpha = 7\n");
    let outcome = run_check(&config, Some("0x01"));
    assert!(!outcome.success);
    assert!(
        outcome.stdout.contains("congestion.ewma_alpha: must be in (0, 1], got 7"),
        "{}",
        outcome.stdout
    );

    let config = write_config(dir.path(), "[executor\n");
    let outcome = run_check(&config, None);
    assert!(!outcome.success);
    assert!(outcome.stdout.contains("is malformed"), "{}", outcome.stdout);

    std::fs::write(&config, "manifest = \"m.json\"\nprivate_key = \"0x01\"\n").unwrap();
    let outcome = run_check(&config, None);
    assert!(!outcome.success);
    assert!(outcome.stdout.contains("never put a secret in the config file"), "{}", outcome.stdout);
}

#[test]
fn names_a_missing_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), "");
    let outcome = run_check(&config, None);
    assert!(!outcome.success);
    assert!(outcome.stdout.contains("FAIL  manifest: manifest "), "{}", outcome.stdout);
}
