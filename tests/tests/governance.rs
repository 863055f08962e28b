//! Governance on a real devnet: the deployer keeps no power after `era-deploy devnet`, and a
//! shard vote changes its rollup's gas-limit parameter end to end.

use alloy::{
    primitives::{keccak256, Bytes, B256, U256},
    providers::ext::AnvilApi,
    sol_types::SolCall,
};
use era_bindings::{
    era_token::EraToken,
    rollup_registry::RollupRegistry::{self, setGasLimitCall},
    shard_governor::ShardGovernor,
};
use era_deploy::{tx::signing_provider, Devnet, DevnetConfig, Quiet};

const HANDED_OVER: [&str; 11] = [
    "RollupRegistry",
    "StakingHub",
    "RewardDistributor",
    "ElasticPool",
    "EmergencyChannels",
    "ProfileRegistry",
    "ConfigMarket",
    "ComponentMarket",
    "ShardGovernor",
    "ShardTimelock",
    "CoreTimelock",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deployer_keeps_no_power_and_a_shard_vote_sets_its_rollups_gas_limit() {
    let devnet = Devnet::start(DevnetConfig::new(2), &Quiet).await.unwrap();
    let m = &devnet.manifest;
    let p = signing_provider(&m.hub.rpc_url, &devnet.accounts.all());
    let deployer = devnet.accounts.deployer.address();
    let core_tl = m.hub_contract("CoreTimelock").unwrap();

    // The hand-over: the core timelock administers every hub contract, the deployer nothing.
    for name in HANDED_OVER {
        let c = RollupRegistry::new(m.hub_contract(name).unwrap(), &p);
        assert!(!c.hasRole(B256::ZERO, deployer).call().await.unwrap(), "deployer admin of {name}");
        if name != "CoreTimelock" {
            assert!(c.hasRole(B256::ZERO, core_tl).call().await.unwrap(), "{name} not handed over");
        }
    }
    let era = EraToken::new(m.hub_contract("EraToken").unwrap(), &p);
    assert_eq!(era.balanceOf(deployer).call().await.unwrap(), U256::ZERO);
    assert!(era.balanceOf(core_tl).call().await.unwrap() > U256::ZERO);

    // The deployer can no longer change a parameter directly.
    let registry_addr = m.hub_contract("RollupRegistry").unwrap();
    let registry = RollupRegistry::new(registry_addr, &p);
    let rollup = &m.rollups[0];
    assert!(registry
        .setGasLimit(rollup.rollup_id, 20_000_000)
        .from(deployer)
        .call()
        .await
        .is_err());

    // A staker of the rollup's domain proposes, votes, queues and executes through the shard.
    let staker = devnet.accounts.stakers[0].address();
    let shard = ShardGovernor::new(m.hub_contract("ShardGovernor").unwrap(), &p);
    let targets = vec![registry_addr];
    let calldata: Bytes =
        setGasLimitCall { id: rollup.rollup_id, gasLimit: 20_000_000 }.abi_encode().into();
    let calldatas = vec![calldata];
    let description = "raise rollup-1 gas limit to 20M".to_string();
    let desc_hash = keccak256(description.as_bytes());
    let domain = rollup.domain;
    mine_after(&p, 2).await;
    let id = shard
        .hashProposal(domain, targets.clone(), calldatas.clone(), desc_hash)
        .call()
        .await
        .unwrap();
    shard
        .propose(domain, targets.clone(), calldatas.clone(), description)
        .from(staker)
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    mine_after(&p, 2).await;
    let vote =
        shard.castVote(id, 1).from(staker).send().await.unwrap().get_receipt().await.unwrap();
    assert!(vote.status());
    mine_after(&p, 61).await;
    let queue = shard.queue(domain, targets.clone(), calldatas.clone(), desc_hash).from(staker);
    assert!(queue.send().await.unwrap().get_receipt().await.unwrap().status());
    // Executing before the shard timelock's delay fails; after it, the parameter changes.
    assert!(shard
        .execute(domain, targets.clone(), calldatas.clone(), desc_hash)
        .from(staker)
        .call()
        .await
        .is_err());
    mine_after(&p, 31).await;
    let exec = shard.execute(domain, targets, calldatas, desc_hash).from(staker);
    assert!(exec.send().await.unwrap().get_receipt().await.unwrap().status());
    let onchain = registry.getRollup(rollup.rollup_id).call().await.unwrap();
    assert_eq!(onchain.gasLimit, 20_000_000);
    // The other domain's rollup is untouched.
    let other = registry.getRollup(m.rollups[1].rollup_id).call().await.unwrap();
    assert_eq!(other.gasLimit, 30_000_000);
    devnet.shutdown();
}

/// Moves the hub's clock `seconds` ahead and mines a block.
async fn mine_after(p: &alloy::providers::DynProvider, seconds: u64) {
    p.anvil_increase_time(seconds).await.unwrap();
    p.anvil_mine(Some(1), None).await.unwrap();
}
