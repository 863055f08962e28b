//! `era-deploy verify` against a real devnet: a faithful manifest passes, and each kind of
//! mismatch (an address swapped, an admin role not handed over, a wrong chain id) fails with a
//! finding that names it.

use alloy::{primitives::utils::parse_ether, providers::ext::AnvilApi};
use era_bindings::rollup_registry::RollupRegistry;
use era_deploy::{
    verify::{verify, Outcome, Report},
    Devnet, DevnetConfig, Quiet,
};
use era_e2e::reader;
use era_protocol::names;
use std::path::{Path, PathBuf};

fn artifacts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../out")
}

fn failed<'a>(report: &'a Report, subject: &str, check: &str) -> Option<&'a str> {
    report.findings.iter().find_map(|f| match &f.outcome {
        Outcome::Fail(detail) if f.subject == subject && f.check == check => Some(detail.as_str()),
        _ => None,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_passes_a_devnet_and_names_each_mismatch() {
    let devnet = Devnet::start(DevnetConfig::new(1), &Quiet).await.expect("devnet starts");
    let manifest = &devnet.manifest;

    let report = verify(manifest, &artifacts()).await.unwrap();
    assert!(report.is_ok(), "a fresh devnet verifies:\n{report}");
    let code_checks = report.findings.iter().filter(|f| f.check == "code").count();
    // Five Hyperlane contracts on every chain (the ISM is a clone, checked through its factory).
    let contracts = manifest.hub.contracts.len()
        + manifest.rollups.iter().map(|r| r.contracts.len()).sum::<usize>()
        + 5 * (1 + manifest.rollups.len());
    assert_eq!(code_checks, contracts, "one code check per contract:\n{report}");
    let hub_core = manifest.hub.hyperlane.as_ref().expect("the hub has a Hyperlane core");
    assert_eq!(hub_core.owner, manifest.hub_contract(names::CORE_TIMELOCK).unwrap());
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.subject == "rollup-1/hyperlane/ism"
                && f.check == "validators are the reporters"),
        "{report}"
    );

    // A rollup whose ISM would trust another validator than the reporters.
    let mut other_validator = manifest.clone();
    let core = other_validator.rollups[0].hyperlane.as_mut().unwrap();
    core.validators = vec![alloy::primitives::Address::repeat_byte(7)];
    let report = verify(&other_validator, &artifacts()).await.unwrap();
    let detail = failed(&report, "rollup-1/hyperlane/ism", "the factory's ISM of the validators")
        .expect("the ISM is not the one of these validators");
    assert!(detail.contains("the manifest says"), "{detail}");
    assert!(failed(&report, "rollup-1/hyperlane/ism", "validators are the reporters").is_some());
    assert!(failed(&report, "rollup-1/hyperlane/ism", "validators and threshold").is_some());
    assert_eq!(report.failures().count(), 3, "{report}");
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.subject == "hub/StakingHub" && f.check == "no deployer role"),
        "{report}"
    );

    // Two addresses swapped: both code checks fail, naming the contract expected.
    let mut swapped = manifest.clone();
    let contracts = &mut swapped.hub.contracts;
    let (hub, distributor) = (contracts[names::STAKING_HUB], contracts[names::REWARD_DISTRIBUTOR]);
    contracts.insert(names::STAKING_HUB.into(), distributor);
    contracts.insert(names::REWARD_DISTRIBUTOR.into(), hub);
    let report = verify(&swapped, &artifacts()).await.unwrap();
    assert!(!report.is_ok());
    let detail = failed(&report, "hub/StakingHub", "code").expect("StakingHub's code fails");
    assert!(detail.contains("is not the build's StakingHub"), "{detail}");
    assert!(failed(&report, "hub/RewardDistributor", "code").is_some(), "{report}");
    assert_eq!(report.failures().filter(|f| f.check == "code").count(), 2, "{report}");

    // A wrong chain id for the rollup.
    let mut wrong_chain = manifest.clone();
    wrong_chain.rollups[0].chain_id += 1;
    let report = verify(&wrong_chain, &artifacts()).await.unwrap();
    let name = wrong_chain.rollups[0].name.clone();
    let detail = failed(&report, &name, "chain id").expect("the chain id check fails");
    assert!(detail.contains("the endpoint answers"), "{detail}");
    assert_eq!(report.failures().count(), 1, "only the chain id:\n{report}");

    // An admin role not handed over: governance (the core timelock, impersonated) gives the
    // deployer the registry's admin role back.
    let rpc = reader(&manifest.hub.rpc_url);
    let timelock = manifest.hub_contract(names::CORE_TIMELOCK).unwrap();
    let registry = manifest.hub_contract(names::ROLLUP_REGISTRY).unwrap();
    rpc.anvil_impersonate_account(timelock).await.unwrap();
    rpc.anvil_set_balance(timelock, parse_ether("1").unwrap()).await.unwrap();
    let registry_c = RollupRegistry::new(registry, &rpc);
    let grant = registry_c
        .grantRole(era_protocol::roles::DEFAULT_ADMIN, manifest.hub.deployer)
        .from(timelock);
    grant.send().await.unwrap().get_receipt().await.unwrap();
    let report = verify(manifest, &artifacts()).await.unwrap();
    let detail = failed(&report, "hub/RollupRegistry", "no deployer role")
        .expect("the registry's admin is flagged");
    assert!(detail.contains("still holds admin"), "{detail}");
    assert_eq!(report.failures().count(), 1, "only the registry:\n{report}");
    devnet.shutdown();
}
