//! Governance on a real devnet: the deployer keeps no power after `era-deploy devnet`, a shard
//! vote changes its rollup's gas-limit parameter end to end, and a vote below the shard quorum
//! floor is defeated on the devnet's first day.

use alloy::{
    eips::BlockNumberOrTag,
    primitives::{aliases::U96, keccak256, Bytes, B256, U256},
    providers::{ext::AnvilApi, Provider},
    sol_types::SolCall,
};
use era_bindings::{
    era_token::EraToken,
    rollup_registry::RollupRegistry::{self, setGasLimitCall},
    shard_governor::ShardGovernor,
    staking_hub::StakingHub,
};
use era_deploy::{suite::era, tx::signing_provider, Devnet, DevnetConfig, Quiet};

/// `ShardProposalState` values.
const DEFEATED: u8 = 2;
const SUCCEEDED: u8 = 3;
/// The devnet's shard quorum share, in basis points.
const SHARD_QUORUM_BPS: u64 = 2_000;

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
    let config = DevnetConfig::new(2);
    let floor = era(config.params.shard_min_quorum);
    let devnet = Devnet::start(config, &Quiet).await.unwrap();
    let m = &devnet.manifest;
    let p = signing_provider(&m.hub.rpc_url, &devnet.accounts.all());
    // Every stake was seeded between block 1 and the deployment's last block.
    let seeding_began = block_timestamp(&p, BlockNumberOrTag::Number(1)).await;
    let seeding_ended = block_timestamp(&p, BlockNumberOrTag::Latest).await;
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
    // Alongside, the rollup's validator proposes the same change and votes alone with its
    // self-stake, which is below the quorum floor.
    let staker = devnet.accounts.stakers[0].address();
    let validator = devnet.accounts.validators[0].address();
    let shard = ShardGovernor::new(m.hub_contract("ShardGovernor").unwrap(), &p);
    let hub = StakingHub::new(m.hub_contract("StakingHub").unwrap(), &p);
    assert_eq!(shard.settings().call().await.unwrap().minQuorum, floor.to::<U96>());
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
    let lone_description = "validator alone: rollup-1 gas limit to 20M".to_string();
    let lone_hash = keccak256(lone_description.as_bytes());
    let lone = shard
        .hashProposal(domain, targets.clone(), calldatas.clone(), lone_hash)
        .call()
        .await
        .unwrap();
    let proposed = shard
        .propose(domain, targets.clone(), calldatas.clone(), lone_description)
        .from(validator)
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    assert!(proposed.status());
    mine_after(&p, 2).await;
    let vote =
        shard.castVote(id, 1).from(staker).send().await.unwrap().get_receipt().await.unwrap();
    assert!(vote.status());
    let vote =
        shard.castVote(lone, 1).from(validator).send().await.unwrap().get_receipt().await.unwrap();
    assert!(vote.status());

    // The lone vote is below the floor; the quorum is the larger of the floor and 20% of the
    // domain's stake when the snapshot's day began, which on the devnet's first day is 0.
    let snapshot = U256::from(shard.proposal(lone).call().await.unwrap().voteStart);
    let weight = shard.getVotes(validator, domain, snapshot).call().await.unwrap();
    assert!(!weight.is_zero() && weight < floor, "validator's vote {weight} not below {floor}");
    let base = hub.getTotalDomainStakeAtPeriodStart(domain, snapshot).call().await.unwrap();
    let period: u64 = hub.STAKE_PERIOD().call().await.unwrap().to();
    let day = |t: u64| t / period;
    if day(seeding_began) == day(seeding_ended) && day(seeding_ended) == day(snapshot.to()) {
        assert_eq!(base, U256::ZERO, "nothing was staked when the devnet's first day began");
    }
    let share = base * U256::from(SHARD_QUORUM_BPS) / U256::from(10_000u64);
    let quorum = shard.proposalQuorum(lone).call().await.unwrap();
    assert_eq!(quorum, share.max(floor));
    mine_after(&p, 61).await;
    assert_eq!(shard.state(lone).call().await.unwrap(), DEFEATED);
    assert_eq!(shard.state(id).call().await.unwrap(), SUCCEEDED);
    let queue_lone = shard.queue(domain, targets.clone(), calldatas.clone(), lone_hash);
    assert!(queue_lone.from(validator).call().await.is_err());

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

/// The timestamp of a hub block.
async fn block_timestamp(p: &alloy::providers::DynProvider, block: BlockNumberOrTag) -> u64 {
    p.get_block_by_number(block).await.unwrap().expect("block exists").header.timestamp
}

/// Moves the hub's clock `seconds` ahead and mines a block.
async fn mine_after(p: &alloy::providers::DynProvider, seconds: u64) {
    p.anvil_increase_time(seconds).await.unwrap();
    p.anvil_mine(Some(1), None).await.unwrap();
}
