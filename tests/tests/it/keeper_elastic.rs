//! The keeper's ElasticPool and emergency-channel actions against a real devnet (hub + rollup
//! anvils with the suite deployed, 1-second blocks), with real traffic from
//! `era_deploy::traffic::flood`: every result is asserted on chain, on the hub and on the
//! rollups' ChannelEndpoints.

use std::time::Duration;

use alloy::{
    eips::BlockId,
    primitives::{Address, U256},
    providers::{ext::AnvilApi, DynProvider, Provider},
    signers::local::PrivateKeySigner,
};
use era_bindings::{
    channel_endpoint::ChannelEndpoint, elastic_pool::ElasticPool,
    emergency_channels::EmergencyChannels, era_token::EraToken, staking_hub::StakingHub,
};
use era_deploy::{
    suite::{era, roles},
    traffic::{flood, TrafficPlan},
    tx::signing_provider,
    DevnetConfig,
};
use era_e2e::{
    keeper::{eventually, KeeperHarness},
    reader,
};
use era_keeper::{
    actions::ActionKind,
    check,
    storage::{ActionRecord, ActionStatus},
};
use tokio::task::JoinHandle;

/// `RollupRegistry.RollupStatus`.
const ACTIVE: u8 = 0;
const CONGESTED: u8 = 1;
const DOWN: u8 = 3;
/// `ChannelReason`.
const GAS_SURGE: u8 = 0;
const OUTAGE: u8 = 1;
/// `ChannelState.Open`.
const OPEN: u8 = 1;

type Harness = KeeperHarness;

/// Starts a devnet with `rollups` rollups and 1-second blocks and a keeper config (`extra`
/// appended; stuck transactions are replaced after 6 s and one validator is enough); the keeper
/// is not started yet.
async fn new_harness(name: &str, rollups: usize, extra: &str) -> Harness {
    let devnet = DevnetConfig { block_time: Some(1), ..DevnetConfig::new(rollups) };
    let extra = format!("stuck_after_seconds = 6\n[threshold]\nmin_validators = 1\n{extra}");
    KeeperHarness::new(name, devnet, &extra).await
}

/// What these tests read besides the common harness: endpoints, relays, the council's veto.
trait ChannelHarness {
    fn endpoint(&self, index: usize) -> (Address, DynProvider);
    async fn relays(&self) -> Vec<(u32, u64, ActionRecord)>;
    async fn veto(&self, channel_id: U256);
}

impl ChannelHarness for Harness {
    /// The ChannelEndpoint of the rollup at `index` of the manifest, and a reader of its chain.
    fn endpoint(&self, index: usize) -> (Address, DynProvider) {
        let rollup = &self.devnet.manifest.rollups[index];
        (rollup.contracts["ChannelEndpoint"], reader(&rollup.rpc_url))
    }

    /// The stored relay actions, as (rollup, nonce, key).
    async fn relays(&self) -> Vec<(u32, u64, ActionRecord)> {
        let storage = self.storage().await;
        let mut relays: Vec<_> = storage
            .actions()
            .await
            .unwrap()
            .into_iter()
            .filter_map(|r| match r.action.kind {
                ActionKind::RelayChannelUpdate { rollup_id, nonce, .. } => {
                    Some((rollup_id, nonce, r))
                }
                _ => None,
            })
            .collect();
        relays.sort_by_key(|(rollup, nonce, _)| (*rollup, *nonce));
        relays
    }

    /// The council vetoes a channel on the hub.
    async fn veto(&self, channel_id: U256) {
        let council = &self.devnet.accounts.council;
        let hub =
            signing_provider(&self.devnet.manifest.hub.rpc_url, std::slice::from_ref(council));
        let channels = EmergencyChannels::new(self.contract("EmergencyChannels"), &hub);
        let receipt = channels.veto(channel_id).send().await.unwrap().get_receipt().await.unwrap();
        assert!(receipt.status(), "the council's veto is mined");
    }
}

/// Full blocks on a 30M-gas rollup with 1-second blocks: 40 transactions of 1M gas a second.
fn full_blocks_for(seconds: u64) -> TrafficPlan {
    TrafficPlan { tps: 40, duration: Duration::from_secs(seconds), gas_per_tx: 1_000_000 }
}

/// Floods a rollup in the background.
fn spawn_flood(rpc_url: String, plan: TrafficPlan) -> JoinHandle<()> {
    tokio::spawn(async move {
        let stats = flood(&rpc_url, &plan, |_| {}).await.expect("traffic runs");
        assert!(stats.peak_fullness > 0.9, "traffic filled blocks: {stats:?}");
    })
}

/// Registers a new validator for `rollup_id` with `stake` ERA of self-stake (a fresh account,
/// given ether by anvil and ERA by a seeded staker).
async fn register_validator(h: &Harness, rollup_id: u32, stake: U256) {
    let validator = PrivateKeySigner::random();
    let hub_url = &h.devnet.manifest.hub.rpc_url;
    let hub = h.hub();
    hub.anvil_set_balance(validator.address(), U256::from(10u64).pow(U256::from(20u64)))
        .await
        .unwrap();
    let funder = &h.devnet.accounts.stakers[0];
    let funder = signing_provider(hub_url, std::slice::from_ref(funder));
    let token = EraToken::new(h.contract("EraToken"), &funder);
    // Explicit gas: a vote checkpoint written in a new block (1-second blocks) costs more than
    // the estimate made on the previous one.
    let sent = token.transfer(validator.address(), stake).gas(500_000).send().await.unwrap();
    assert!(sent.get_receipt().await.unwrap().status());
    let own = signing_provider(hub_url, std::slice::from_ref(&validator));
    let token = EraToken::new(h.contract("EraToken"), &own);
    let approved = token.approve(h.contract("StakingHub"), stake).gas(500_000).send().await;
    let approved = approved.unwrap();
    assert!(approved.get_receipt().await.unwrap().status());
    let staking = StakingHub::new(h.contract("StakingHub"), &own);
    let registered = staking.registerValidator(rollup_id, 500, stake).gas(1_000_000).send().await;
    let registered = registered.unwrap();
    assert!(registered.get_receipt().await.unwrap().status(), "validator registered");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeper_boosts_a_flooded_rollup_redistributes_concentrated_stake_and_settles_windows() {
    // Rollup 1 keeps its single validator (fully concentrated); rollup 2 gets three equal ones.
    let extra = "[congestion]\nk_blocks = 2\nwarmup_blocks = 3\nbase_fee_floor_wei = 1\n\
                 [surge]\nratio = 1000\n\
                 [boost]\nmultiplier_bps = 30000\namount_era = \"1000\"\nduration_seconds = 20\n\
                 [concentration]\nmax_top_share_bps = 5000\nmax_hhi_bps = 5000\nmove_bps = 2500\n";
    let mut h = new_harness("ELASTIC", 2, extra).await;
    let (id_1, id_2) = (h.rollup_id(0), h.rollup_id(1));
    let hub = h.hub();
    let staking = StakingHub::new(h.contract("StakingHub"), &hub);
    let existing = staking.getValidator(h.devnet.accounts.validators[1].address()).call().await;
    assert_eq!(existing.unwrap().rollupId, id_2);
    // Its one validator holds all of the rollup's stake; two more with as much each.
    let per_validator = staking.rollupStake(id_2).call().await.unwrap();
    for _ in 0..2 {
        register_validator(&h, id_2, per_validator).await;
    }
    h.run_keeper();
    let pool = ElasticPool::new(h.contract("ElasticPool"), &hub);
    let max_multiplier = pool.maxMultiplierBps().call().await.unwrap();
    let window_cap = pool.windowCap().call().await.unwrap();
    assert_eq!(max_multiplier, 20_000, "the devnet pool's default cap, below the configured 3x");

    // Full blocks on rollup 1: Congested, and a boost window within the pool's caps.
    let traffic = spawn_flood(h.devnet.rollups[0].rpc_url(), full_blocks_for(25));
    let window = eventually("rollup 1 has a boost window", Duration::from_secs(60), || async {
        let window = pool.windowOf(id_1).call().await.unwrap();
        (window.id != 0).then_some(window)
    })
    .await;
    assert_eq!(window.multiplierBps, max_multiplier, "3x asked, capped at the pool's 2x");
    let amount = U256::from(window.amount);
    assert!(amount <= window_cap && !amount.is_zero(), "{amount} within cap {window_cap}");
    let now = hub.get_block_by_number(Default::default()).await.unwrap().unwrap().header.timestamp;
    assert!(window.expiresAt <= now + 20, "the configured 20 s, not more");
    h.wait_for_status(id_1, CONGESTED, Duration::from_secs(30)).await;

    // Rollup 1's stake is concentrated: a quarter of its window moves to rollup 2.
    let block = eventually("allocation moves to rollup 2", Duration::from_secs(30), || async {
        let block = hub.get_block_number().await.unwrap();
        let moved = pool.allocationOf(id_2).block(BlockId::number(block)).call().await.unwrap();
        (!moved.is_zero()).then_some(block)
    })
    .await;
    let at = BlockId::number(block);
    let left = pool.allocationOf(id_1).block(at).call().await.unwrap();
    let moved = pool.allocationOf(id_2).block(at).call().await.unwrap();
    assert_eq!(left + moved, era(1_000), "allocation moved, not created");
    assert_eq!(moved, era(250), "move_bps = 25 %");
    assert_eq!(pool.windowOf(id_2).block(at).call().await.unwrap().expiresAt, window.expiresAt);

    // The flood stops: rollup 1 is Active again; the windows expire and the keeper settles them.
    traffic.await.unwrap();
    h.wait_for_status(id_1, ACTIVE, Duration::from_secs(90)).await;
    eventually("both windows are settled", Duration::from_secs(60), || async {
        let open = pool.openWindowCount().call().await.unwrap();
        let lent = pool.lentAssets().call().await.unwrap();
        (open.is_zero() && lent.is_zero()).then_some(())
    })
    .await;
    assert_eq!(pool.windowOf(id_1).call().await.unwrap().id, 0);
    assert_eq!(pool.windowOf(id_2).call().await.unwrap().id, 0);
    assert_eq!(pool.allocationOf(id_2).call().await.unwrap(), U256::ZERO);

    let storage = h.storage().await;
    let settled = eventually("settlements are confirmed", Duration::from_secs(10), || async {
        let actions = storage.actions().await.unwrap();
        let settles: Vec<_> =
            actions.into_iter().filter(|a| a.action.key.starts_with("settle:")).collect();
        let done =
            settles.len() >= 2 && settles.iter().all(|a| a.status == ActionStatus::Confirmed);
        done.then_some(settles)
    })
    .await;
    let rollups: Vec<_> = settled.iter().filter_map(|a| a.action.kind.rollup_id()).collect();
    assert!(rollups.contains(&id_1) && rollups.contains(&id_2), "{rollups:?}");
    let boosts = storage.actions().await.unwrap();
    let boosts = boosts.iter().filter(|a| a.action.key.starts_with("boost:")).count();
    assert_eq!(boosts, 1, "one window per congestion");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeper_opens_a_surge_channel_relays_it_to_both_endpoints_and_relays_the_councils_veto() {
    // The flood sends from every funded rollup account, the keeper's too: relays come from
    // their own key, which holds RELAYER on both endpoints.
    let relayer = PrivateKeySigner::random();
    let relayer_env = "ERA_E2E_SURGE_RELAYER_KEY";
    std::env::set_var(relayer_env, relayer.to_bytes().to_string());
    let extra = format!(
        "[congestion]\nk_blocks = 2\nwarmup_blocks = 3\nbase_fee_floor_wei = 1\n\
         [surge]\nratio = 2.0\n\
         [relay.signer]\nkey_env = \"{relayer_env}\"\n"
    );
    let mut h = new_harness("SURGE", 2, &extra).await;
    let (id_1, id_2) = (h.rollup_id(0), h.rollup_id(1));
    for index in 0..2 {
        let (endpoint, _) = h.endpoint(index);
        let url = h.devnet.rollups[index].rpc_url();
        // The endpoint's admin: the rollup chain's first account (the devnet deployer's key).
        let admin = signing_provider(&url, &h.devnet.rollups[index].signers()[..1]);
        admin
            .anvil_set_balance(relayer.address(), U256::from(10u64).pow(U256::from(20u64)))
            .await
            .unwrap();
        let endpoint = ChannelEndpoint::new(endpoint, &admin);
        let granted = endpoint.grantRole(roles::relayer(), relayer.address()).send().await;
        assert!(granted.unwrap().get_receipt().await.unwrap().status());
    }
    let checked = check::check(&h.dir.path().join("keeper.toml")).await;
    assert!(checked.passed(), "{checked}");
    assert!(checked.to_string().contains("holds RELAYER; last nonce 0"), "{checked}");
    h.run_keeper();

    // Rollup 1's base fee climbs past twice its baseline: a channel to rollup 2 on the hub.
    let traffic = spawn_flood(h.devnet.rollups[0].rpc_url(), full_blocks_for(40));
    let hub = h.hub();
    let channels = EmergencyChannels::new(h.contract("EmergencyChannels"), &hub);
    let found = eventually("a channel leaves rollup 1", Duration::from_secs(60), || async {
        let found = channels.channelOf(id_1).call().await.unwrap();
        (!found.channelId.is_zero()).then_some(found)
    })
    .await;
    traffic.abort();
    let channel_id = found.channelId;
    assert_eq!(found.channel.to, id_2, "the only other rollup");
    assert_eq!(found.channel.reason, GAS_SURGE);
    assert_eq!(found.channel.state, OPEN);

    // Both endpoints mirror it, each with its first nonce.
    let (source_address, source_chain) = h.endpoint(0);
    let (target_address, target_chain) = h.endpoint(1);
    let source = ChannelEndpoint::new(source_address, &source_chain);
    let target = ChannelEndpoint::new(target_address, &target_chain);
    eventually("both endpoints mirror the channel", Duration::from_secs(60), || async {
        let divert = source.divertTarget().call().await.unwrap();
        let inbound = target.inboundFrom(id_1).call().await.unwrap();
        (divert.active && inbound.active).then_some(())
    })
    .await;
    assert_eq!(source.divertTarget().call().await.unwrap().targetRollup, id_2);
    assert_eq!(source.lastNonce().call().await.unwrap(), 1);
    assert_eq!(target.lastNonce().call().await.unwrap(), 1);
    assert_eq!(U256::from(target.inboundFrom(id_1).call().await.unwrap().channelId), channel_id);
    let mirrored = source.getChannel(channel_id.to()).call().await.unwrap();
    assert_eq!((mirrored.from, mirrored.to, mirrored.reason), (id_1, id_2, GAS_SURGE));
    assert_eq!(mirrored.expiresAt, found.channel.expiresAt);

    // The council vetoes it on the hub: both endpoints follow, with the next nonce.
    h.veto(channel_id).await;
    assert!(channels.channelOf(id_1).call().await.unwrap().channelId.is_zero());
    eventually("both endpoints apply the veto", Duration::from_secs(60), || async {
        let nonces =
            (source.lastNonce().call().await.unwrap(), target.lastNonce().call().await.unwrap());
        (nonces == (2, 2)).then_some(())
    })
    .await;
    assert!(!source.divertTarget().call().await.unwrap().active);
    assert!(!target.inboundFrom(id_1).call().await.unwrap().active);
    assert!(!source.isActive(channel_id.to()).call().await.unwrap());

    let relays = eventually("every relay is confirmed", Duration::from_secs(10), || async {
        let relays = h.relays().await;
        relays.iter().all(|(_, _, r)| r.status == ActionStatus::Confirmed).then_some(relays)
    })
    .await;
    let keys: Vec<_> = relays.iter().map(|(_, n, r)| (*n, r.action.key.clone())).collect();
    assert_eq!(
        keys,
        [
            (1, format!("relay:{id_1}:{channel_id}:open")),
            (2, format!("relay:{id_1}:{channel_id}:veto")),
            (1, format!("relay:{id_2}:{channel_id}:open")),
            (2, format!("relay:{id_2}:{channel_id}:veto")),
        ]
    );
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeper_diverts_from_a_dead_rollup_and_relays_in_order_across_a_restart() {
    let extra = "[outage]\nafter_seconds = 4\n";
    let mut h = new_harness("OUTAGE", 3, extra).await;
    let ids = [h.rollup_id(0), h.rollup_id(1), h.rollup_id(2)];
    let checked = check::check(&h.dir.path().join("keeper.toml")).await;
    assert!(checked.passed(), "{checked}");
    h.run_keeper();
    // Let the keeper see every rollup's head, then rollup 3's node dies.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let dead = h.devnet.rollups.remove(2);
    drop(dead);
    h.wait_for_status(ids[2], DOWN, Duration::from_secs(30)).await;

    // A channel from rollup 3 to a healthy rollup, mirrored on that rollup's endpoint.
    let hub = h.hub();
    let channels = EmergencyChannels::new(h.contract("EmergencyChannels"), &hub);
    let found = eventually("a channel leaves rollup 3", Duration::from_secs(30), || async {
        let found = channels.channelOf(ids[2]).call().await.unwrap();
        (!found.channelId.is_zero()).then_some(found)
    })
    .await;
    let channel_id = found.channelId;
    assert_eq!(found.channel.reason, OUTAGE);
    let to = found.channel.to;
    let target_index = ids.iter().position(|id| *id == to).expect("a devnet rollup");
    assert!(target_index < 2, "diverted to a live rollup");
    assert_eq!(h.status(to).await, ACTIVE);
    let (target_address, target_chain) = h.endpoint(target_index);
    let target = ChannelEndpoint::new(target_address, &target_chain);
    eventually("the target endpoint mirrors the channel", Duration::from_secs(30), || async {
        target.inboundFrom(ids[2]).call().await.unwrap().active.then_some(())
    })
    .await;
    assert_eq!(target.lastNonce().call().await.unwrap(), 1);

    // A restart re-reads the hub's channel events: nothing is relayed twice, nothing skipped.
    h.stop_keeper().await;
    h.run_keeper();
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(target.lastNonce().call().await.unwrap(), 1, "not replayed");
    h.veto(channel_id).await;
    eventually("the target endpoint applies the veto", Duration::from_secs(30), || async {
        (target.lastNonce().call().await.unwrap() == 2).then_some(())
    })
    .await;
    assert!(!target.inboundFrom(ids[2]).call().await.unwrap().active);

    // The dead rollup's relays wait in storage, in order, for its node to come back.
    let relays = h.relays().await;
    let summary: Vec<_> = relays.iter().map(|(r, n, a)| (*r, *n, a.action.key.clone())).collect();
    assert_eq!(
        summary,
        [
            (to, 1, format!("relay:{to}:{channel_id}:open")),
            (to, 2, format!("relay:{to}:{channel_id}:veto")),
            (ids[2], 1, format!("relay:{}:{channel_id}:open", ids[2])),
            (ids[2], 2, format!("relay:{}:{channel_id}:veto", ids[2])),
        ]
    );
    for (rollup, _, record) in &relays {
        let expected = if *rollup == to { ActionStatus::Confirmed } else { ActionStatus::Pending };
        if *rollup == to {
            eventually("the target's relays are confirmed", Duration::from_secs(10), || async {
                let storage = h.storage().await;
                let stored = storage.action(&record.action.key).await.unwrap()?;
                (stored.status == expected).then_some(())
            })
            .await;
        } else {
            assert_eq!(record.status, expected, "{record:?}");
        }
    }
    h.stop().await;
}
