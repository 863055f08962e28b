//! The keeper against a real devnet (hub + rollup anvils with the suite deployed, 1-second
//! blocks): every action it takes is asserted on chain.

use std::time::Duration;

use alloy::{
    eips::BlockNumberOrTag,
    network::TransactionBuilder,
    primitives::{Address, Bytes, U256},
    providers::{ext::AnvilApi, Provider},
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
};
use era_bindings::{
    reward_distributor::RewardDistributor, rollup_registry::RollupRegistry, staking_hub::StakingHub,
};
use era_deploy::{
    suite::{roles, SuiteParams},
    tx::signing_provider,
    DevnetConfig,
};
use era_e2e::{
    keeper::{eventually, KeeperHarness},
    reader,
};
use era_keeper::{
    actions::{HubCalls, RollupTraffic, TrafficReport},
    check,
    observation::Observation,
    storage::{ActionStatus, SqliteStorage, Storage},
};
use tokio_util::sync::CancellationToken;

/// `RollupRegistry.RollupStatus`.
const ACTIVE: u8 = 0;
const CONGESTED: u8 = 1;
const DOWN: u8 = 3;

type Harness = KeeperHarness;

/// Starts a devnet with `rollups` rollups and 1-second blocks, a keeper config (`extra`
/// appended) and the keeper. The deployer stays governance so a test can pass a parameter
/// change directly; the shard vote that does it on a handed-over devnet is tested in
/// governance.rs.
async fn start(name: &str, rollups: usize, gas_limit: Option<u64>, extra: &str) -> Harness {
    let params = SuiteParams { hand_over_to_governance: false, ..SuiteParams::default() };
    let devnet =
        DevnetConfig { block_time: Some(1), gas_limit, params, ..DevnetConfig::new(rollups) };
    let mut harness = KeeperHarness::new(name, devnet, extra).await;
    harness.run_keeper();
    harness
}

/// Sends `count` plain transfers on a rollup and waits for them to be mined.
async fn send_transfers(rpc_url: &str, from: &PrivateKeySigner, count: usize) {
    let provider = signing_provider(rpc_url, std::slice::from_ref(from));
    let mut pending = Vec::new();
    for i in 0..count {
        let tx = TransactionRequest::default()
            .with_from(from.address())
            .with_to(Address::repeat_byte(0x70 + i as u8))
            .with_value(U256::from(1));
        pending.push(provider.send_transaction(tx).await.unwrap());
    }
    for tx in pending {
        let receipt = tx.with_timeout(Some(Duration::from_secs(30))).get_receipt().await.unwrap();
        assert!(receipt.status());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeper_reports_each_epoch_with_signatures_the_distributor_accepts() {
    let mut h = start("REPORT", 2, None, "").await;
    let hub = h.hub();
    let distributor = RewardDistributor::new(h.contract("RewardDistributor"), &hub);

    // The keeper's EIP-712 digest is the contract's.
    let calls =
        HubCalls::from_manifest(&h.devnet.manifest, h.devnet.accounts.reporters.clone()).unwrap();
    let report = TrafficReport {
        epoch: 1,
        rollups: vec![
            RollupTraffic {
                rollup_id: 1,
                tx_volume: 12,
                cross_chain_messages: 3,
                security_factor_bps: 10_000,
            },
            RollupTraffic {
                rollup_id: 2,
                tx_volume: 0,
                cross_chain_messages: 0,
                security_factor_bps: 9_000,
            },
        ],
    };
    let onchain = RewardDistributor::TrafficReport {
        epoch: 1,
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
    };
    let digest = distributor.reportDigest(onchain).call().await.unwrap();
    assert_eq!(calls.report_digest(&report), digest);

    // `era-keeper check` passes against the real deployment.
    let checked = check::check(&h.dir.path().join("keeper.toml")).await;
    assert!(checked.passed(), "{checked}");
    assert!(checked.to_string().contains("is a RewardDistributor reporter"), "{checked}");

    // Traffic on rollup 1 during epoch 1, seen by the keeper...
    let rollup_1 = h.devnet.rollups[0].rpc_url();
    send_transfers(&rollup_1, &h.devnet.rollups[0].signers()[0], 5).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(distributor.lastReportedEpoch().call().await.unwrap(), 0);
    // ...then epoch 1 ends on the hub (time moved rather than waited for).
    let genesis = distributor.genesis().call().await.unwrap();
    let length = distributor.epochLength().call().await.unwrap();
    let now = hub.get_block_by_number(BlockNumberOrTag::Latest).await.unwrap().unwrap();
    let ahead = (genesis + length).saturating_sub(now.header.timestamp) + 1;
    hub.anvil_increase_time(ahead).await.unwrap();

    eventually("epoch 1 is reported", Duration::from_secs(30), || async {
        (distributor.lastReportedEpoch().call().await.unwrap() >= 1).then_some(())
    })
    .await;
    // Stakers of rollup 1's validator can claim rewards; rollup 2 had no traffic of the test's.
    let staking = StakingHub::new(h.contract("StakingHub"), &hub);
    let accounts = &h.devnet.accounts;
    let staker = accounts.stakers[0].address();
    let validator_1 = accounts.validators[0].address();
    let validator = staking.getValidator(validator_1).call().await.unwrap();
    assert_eq!(validator.rollupId, h.rollup_id(0));
    // The epoch's reward streams to them over the stream period (issue 13.1): some has
    // streamed by the next hub block, and the rest is on its way.
    let stream = staking.rewardStream(h.rollup_id(0)).call().await.unwrap();
    assert!(stream.unstreamed > U256::ZERO, "rollup 1 got no reward: {stream:?}");
    eventually("the staker's reward streams", Duration::from_secs(10), || async {
        let reward = staking.pendingRewards(staker, validator_1).call().await.unwrap();
        (reward > U256::ZERO).then_some(())
    })
    .await;
    let storage = h.storage().await;
    let record = eventually("the report is confirmed", Duration::from_secs(10), || async {
        let record = storage.action("report:1").await.unwrap().expect("report recorded");
        (record.status == ActionStatus::Confirmed).then_some(record)
    })
    .await;
    let era_keeper::actions::ActionKind::SubmitReport(sent) = &record.action.kind else {
        panic!("{record:?}")
    };
    assert_eq!(sent.rollups.len(), 2);
    // Rollup 2 carries only the devnet's own ChannelEndpoint deployment; rollup 1 that plus
    // the test's five transfers.
    assert!(sent.rollups[1].tx_volume <= 1, "{sent:?}");
    assert!(sent.rollups[0].tx_volume >= sent.rollups[1].tx_volume + 5, "{sent:?}");

    // A restarted keeper does not report epoch 1 again.
    h.stop_keeper().await;
    h.run_keeper();
    tokio::time::sleep(Duration::from_secs(3)).await;
    let reports = storage
        .actions()
        .await
        .unwrap()
        .into_iter()
        .filter(|a| a.action.key.starts_with("report:"))
        .count();
    assert_eq!(reports, 1);
    h.stop_keeper().await;

    // Refused actions are stored with the contract's custom error, decoded.
    let refused = refused_actions(&h).await;
    assert!(
        refused[0].starts_with("would revert: RollupRegistryStatusUnchanged { id: 1, status: 0 }"),
        "{refused:?}"
    );
    assert!(
        refused[1].starts_with("would revert: AccessControlUnauthorizedAccount { account: "),
        "{refused:?}"
    );
    h.stop().await;
}

/// Sends two actions the hub refuses through the executor: a status the rollup already has
/// (keeper key), and a status change by an account without the KEEPER role. Returns the stored
/// errors.
async fn refused_actions(h: &Harness) -> Vec<String> {
    use era_keeper::{
        actions::{Action, ActionKind, RollupStatus},
        executor::{Executor, ExecutorSettings},
    };
    use std::sync::Arc;
    let dir = tempfile::tempdir().unwrap();
    let storage: Arc<dyn Storage> = Arc::new(
        SqliteStorage::connect(&format!("sqlite://{}?mode=rwc", dir.path().join("r.db").display()))
            .await
            .unwrap(),
    );
    let encoder = Arc::new(HubCalls::from_manifest(&h.devnet.manifest, vec![]).unwrap());
    let hub_url: alloy::transports::http::reqwest::Url =
        h.devnet.manifest.hub.rpc_url.parse().unwrap();
    let accounts = &h.devnet.accounts;
    let cases =
        [("unchanged", accounts.keeper.clone()), ("unauthorized", accounts.stakers[0].clone())];
    let mut errors = Vec::new();
    for (key, signer) in cases {
        let executor = Executor::start(
            alloy::providers::RootProvider::new_http(hub_url.clone()),
            signer,
            encoder.clone(),
            storage.clone(),
            ExecutorSettings::from(&h.config.executor),
        )
        .await
        .unwrap();
        let shutdown = CancellationToken::new();
        let (handle, task) = executor.spawn(shutdown.clone());
        let kind = ActionKind::SetStatus { rollup_id: 1, status: RollupStatus::Active };
        handle.submit(Action::new(key, kind)).await.unwrap();
        let error = eventually(&format!("{key} fails"), Duration::from_secs(20), || async {
            let record = storage.action(key).await.unwrap()?;
            (record.status == ActionStatus::Failed).then_some(record.error.unwrap_or_default())
        })
        .await;
        errors.push(error);
        shutdown.cancel();
        task.await.unwrap().unwrap();
    }
    errors
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeper_marks_a_stalled_rollup_down_and_active_again_lowers_thresholds_and_applies_gas_limits(
) {
    let extra = "[outage]\nafter_seconds = 4\n\
                 [threshold]\nmin_validators = 2\nlowered_percent = 40\nduration_seconds = 600\n\
                 [devnet]\napply_gas_limits = true\n";
    let h = start("STATUS", 2, None, extra).await;
    let hub = h.hub();
    let registry = RollupRegistry::new(h.contract("RollupRegistry"), &hub);

    // Each devnet rollup has one validator, fewer than two: thresholds lowered to 40 %.
    for index in 0..2 {
        let id = h.rollup_id(index);
        let base = registry.getRollup(id).call().await.unwrap().minValidatorStake;
        let lowered = U256::from(base / 100 * 40);
        eventually(&format!("rollup {id}'s threshold is lowered"), Duration::from_secs(30), || {
            let registry = &registry;
            async move {
                (registry.minValidatorStake(id).call().await.unwrap() == lowered).then_some(())
            }
        })
        .await;
        let rollup = registry.getRollup(id).call().await.unwrap();
        assert!(rollup.loweredUntil > 0);
    }

    // Governance passes a gas limit for rollup 1; its anvil mines with it.
    let deployer = &h.devnet.accounts.deployer;
    let governance =
        signing_provider(&h.devnet.manifest.hub.rpc_url, std::slice::from_ref(deployer));
    let registry_gov = RollupRegistry::new(h.contract("RollupRegistry"), &governance);
    let grant = registry_gov.grantRole(roles::parameter(), deployer.address());
    grant.send().await.unwrap().get_receipt().await.unwrap();
    let new_limit = 17_000_000u64;
    let receipt = registry_gov
        .setGasLimit(h.rollup_id(0), new_limit)
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    assert!(receipt.status());
    let rollup_1 = reader(&h.devnet.rollups[0].rpc_url());
    eventually("rollup 1 mines blocks with the new gas limit", Duration::from_secs(20), || async {
        let block = rollup_1.get_block_by_number(BlockNumberOrTag::Latest).await.unwrap()?;
        (block.header.gas_limit == new_limit).then_some(())
    })
    .await;
    let rollup_2 = reader(&h.devnet.rollups[1].rpc_url());
    let block = rollup_2.get_block_by_number(BlockNumberOrTag::Latest).await.unwrap().unwrap();
    assert_ne!(block.header.gas_limit, new_limit, "only rollup 1's limit changed");

    // Rollup 2 stops producing blocks: Down; it resumes: Active again.
    let id_2 = h.rollup_id(1);
    assert_eq!(h.status(id_2).await, ACTIVE);
    rollup_2.anvil_set_interval_mining(0).await.unwrap();
    h.wait_for_status(id_2, DOWN, Duration::from_secs(30)).await;
    assert_eq!(h.status(h.rollup_id(0)).await, ACTIVE, "rollup 1 is unaffected");
    rollup_2.anvil_set_interval_mining(1).await.unwrap();
    h.wait_for_status(id_2, ACTIVE, Duration::from_secs(30)).await;

    // Every action is recorded as confirmed (the last may need one more executor poll).
    let storage = h.storage().await;
    let prefixes = [
        format!("status:{id_2}:down:"),
        format!("status:{id_2}:active:"),
        format!("gas-limit:{}:", h.rollup_id(0)),
        "threshold:".to_string(),
    ];
    eventually("every action is confirmed in storage", Duration::from_secs(10), || async {
        let actions = storage.actions().await.unwrap();
        let confirmed = |prefix: &str| {
            let matching: Vec<_> =
                actions.iter().filter(|a| a.action.key.starts_with(prefix)).collect();
            !matching.is_empty() && matching.iter().all(|a| a.status == ActionStatus::Confirmed)
        };
        prefixes.iter().all(|p| confirmed(p)).then_some(())
    })
    .await;
    h.stop().await;
}

/// Runtime code that loops until it runs out of gas: a transaction to it uses all its gas.
const BURNER_CODE: [u8; 4] = [0x5b, 0x60, 0x00, 0x56];
const BURNER: Address = Address::repeat_byte(0xb0);

/// Fills `count` consecutive blocks of a rollup with one transaction using 95 % of the block
/// gas limit each (they fail out of gas, which still uses and pays for all of it).
async fn fill_blocks(rpc_url: &str, from: &PrivateKeySigner, gas_limit: u64, count: usize) {
    let provider = signing_provider(rpc_url, std::slice::from_ref(from));
    provider.anvil_set_code(BURNER, Bytes::from_static(&BURNER_CODE)).await.unwrap();
    let nonce = provider.get_transaction_count(from.address()).pending().await.unwrap();
    for i in 0..count as u64 {
        let tx = TransactionRequest::default()
            .with_from(from.address())
            .with_to(BURNER)
            .with_nonce(nonce + i)
            .with_gas_limit(gas_limit / 100 * 95)
            .with_max_fee_per_gas(1_000_000_000_000)
            .with_max_priority_fee_per_gas(1);
        let _sent = provider.send_transaction(tx).await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_dead_rollup_never_stops_the_keeper_and_a_congested_rollup_is_flagged() {
    let gas_limit = 3_000_000;
    let extra = "[outage]\nafter_seconds = 4\n\
                 [congestion]\newma_alpha = 0.1\nk_blocks = 2\nwarmup_blocks = 3\n\
                 base_fee_floor_wei = 1\nbase_fee_ratio = 1.5\n\
                 [surge]\nratio = 1000\n";
    let mut h = start("DEAD", 2, Some(gas_limit), extra).await;
    let (id_1, id_2) = (h.rollup_id(0), h.rollup_id(1));

    // Rollup 2's node dies for good.
    let dead = h.devnet.rollups.remove(1);
    drop(dead);
    h.wait_for_status(id_2, DOWN, Duration::from_secs(30)).await;

    // Rollup 1 is still watched: its full, increasingly expensive blocks make it Congested.
    let rollup_1 = h.devnet.rollups[0].rpc_url();
    // Not account 1: that is the keeper, which relays rollup 2's outage channel to rollup 1.
    // (`traffic::flood` sends from every funded account, the keeper's too, hence not used here.)
    let sender = h.devnet.rollups[0].signers()[2].clone();
    fill_blocks(&rollup_1, &sender, gas_limit, 40).await;
    h.wait_for_status(id_1, CONGESTED, Duration::from_secs(60)).await;
    assert_eq!(h.status(id_2).await, DOWN);

    // Once the blocks are calm again it is Active.
    let pool = signing_provider(&rollup_1, std::slice::from_ref(&sender));
    let nonce = pool.get_transaction_count(sender.address()).latest().await.unwrap();
    // Replace what is left of the flood with cheap transfers at the same nonces.
    let pending = pool.get_transaction_count(sender.address()).pending().await.unwrap();
    for n in nonce..pending {
        let tx = TransactionRequest::default()
            .with_from(sender.address())
            .with_to(Address::repeat_byte(0x71))
            .with_nonce(n)
            .with_gas_limit(21_000)
            .with_max_fee_per_gas(2_000_000_000_000)
            .with_max_priority_fee_per_gas(1_000_000_000);
        let _ = pool.send_transaction(tx).await;
    }
    h.wait_for_status(id_1, ACTIVE, Duration::from_secs(60)).await;

    let storage = h.storage().await;
    let recent = storage.observations(id_1, 3).await.unwrap();
    assert!(
        recent.iter().all(|o| matches!(o, Observation::Head { .. })),
        "rollup 1 is still observed: {recent:?}"
    );
    let dead_obs = storage.observations(id_2, 3).await.unwrap();
    assert!(dead_obs.iter().all(|o| matches!(o, Observation::RpcFailure { .. })), "{dead_obs:?}");
    let actions = storage.actions().await.unwrap();
    let congested = actions
        .iter()
        .find(|a| a.action.key.starts_with(&format!("status:{id_1}:congested:")))
        .expect("congestion decided");
    assert_eq!(congested.status, ActionStatus::Confirmed, "seen on chain, so confirmed");
    h.stop().await;
}
