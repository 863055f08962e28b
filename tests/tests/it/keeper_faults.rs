//! Fault suite: the keeper on real anvil nodes and a real PostgreSQL database, through the
//! failures it must survive — a rollup node killed and restarted, a hub reorg, a dropped
//! transaction, the keeper killed mid-action, one of two instances killed, the hub unreachable
//! for 30 seconds, nonce gaps, a rollup endpoint that lies.
//!
//! Every test ends with [`assert_each_action_once`]: every action the keeper recorded is
//! confirmed, and the keeper's transactions mined on the hub and on each rollup chain are
//! exactly the confirmed actions' transactions, one each, successful, in the block recorded.
//! Nothing is lost and nothing is done twice. Each test also checks the on-chain effect it
//! provoked (status changes, in order).
//!
//! Chains mine a block a second. Waits are bounded and assert states and block counts; the
//! only timed assertions are the ones the behaviour is specified in: a dropped transaction
//! replaced within 3 hub blocks, a dead instance's rollups taken over within the lease time.

use std::{
    collections::{BTreeMap, BTreeSet},
    time::{Duration, Instant},
};

use alloy::{
    consensus::Transaction as _,
    network::{EthereumWallet, TransactionBuilder, TransactionResponse},
    primitives::{Address, B256, U256},
    providers::{ext::AnvilApi, Provider, ProviderBuilder},
    rpc::types::{anvil::ReorgOptions, TransactionRequest},
};
use era_bindings::{elastic_pool::ElasticPool, rollup_registry::RollupRegistry};
use era_deploy::DevnetConfig;
use era_e2e::{
    keeper::{eventually, KeeperHarness, Setup},
    liar::Lie,
    reader,
};
use era_keeper::{
    actions::{ActionKind, ActionTarget},
    observation::Observation,
    storage::{ActionRecord, ActionStatus, Storage, TxAttempt},
};

/// `RollupRegistry.RollupStatus`.
const ACTIVE: u8 = 0;
const DOWN: u8 = 3;

/// Outages after 4 s of silence; the strategies that would act on an idle devnet by themselves
/// (one validator per rollup is a shortage and the highest concentration) stay quiet, so each
/// test's actions are the ones it provokes (plus an epoch report when one is due).
const FAULT_CONFIG: &str = "[outage]\nafter_seconds = 4\n\
     [threshold]\nmin_validators = 1\n\
     [concentration]\nmax_top_share_bps = 10000\nmax_hhi_bps = 10000\n";

const WAIT: Duration = Duration::from_secs(30);

/// A devnet of `rollups` rollups with 1-second blocks and a keeper config on a fresh
/// PostgreSQL database; `executor` continues the `[executor]` section, `sections` follow.
async fn start(
    name: &str,
    rollups: usize,
    executor: &str,
    sections: &str,
    setup: Setup,
) -> (KeeperHarness, Heads) {
    // `RUST_LOG=era_keeper=info` shows what the keeper did, when a test fails.
    let logs = tracing_subscriber::EnvFilter::from_default_env();
    let _ = tracing_subscriber::fmt().with_env_filter(logs).with_test_writer().try_init();
    let devnet = DevnetConfig { block_time: Some(1), ..DevnetConfig::new(rollups) };
    let extra = format!("{executor}{FAULT_CONFIG}{sections}");
    let setup = Setup { postgres: true, ..setup };
    let h = KeeperHarness::with_setup(name, devnet, &extra, setup).await;
    let heads = Heads::of(&h).await;
    (h, heads)
}

/// Every chain's head before the keeper started: its transactions are the ones after.
struct Heads {
    hub: u64,
    rollups: Vec<u64>,
}

impl Heads {
    async fn of(h: &KeeperHarness) -> Self {
        let hub = h.hub().get_block_number().await.unwrap();
        let mut rollups = Vec::new();
        for chain in &h.devnet.rollups {
            rollups.push(reader(&chain.rpc_url()).get_block_number().await.unwrap());
        }
        Self { hub, rollups }
    }
}

/// Stops a rollup's blocks (its node answers, its head stands still: an outage).
async fn stall(h: &KeeperHarness, index: usize) {
    reader(&h.devnet.rollups[index].rpc_url()).anvil_set_interval_mining(0).await.unwrap();
}

/// Starts a stalled rollup's blocks again.
async fn resume(h: &KeeperHarness, index: usize) {
    reader(&h.devnet.rollups[index].rpc_url()).anvil_set_interval_mining(1).await.unwrap();
}

/// Holds the hub still (`false`: no blocks, transactions wait in the pool) or lets it mine a
/// block a second again.
async fn hub_mining(h: &KeeperHarness, on: bool) {
    h.hub().anvil_set_interval_mining(u64::from(on)).await.unwrap();
}

/// Waits until the keeper has seen a head of every rollup (its collectors and strategies run).
async fn wait_until_watching(h: &KeeperHarness) {
    let storage = h.storage().await;
    for index in 0..h.devnet.rollups.len() {
        let id = h.rollup_id(index);
        eventually(&format!("the keeper sees rollup {id}"), WAIT, || async {
            (!storage.observations(id, 1).await.unwrap().is_empty()).then_some(())
        })
        .await;
    }
}

/// The one action whose key starts with `prefix` and is not in `except`, once it has `status`.
async fn action_in(
    storage: &dyn Storage,
    prefix: &str,
    except: &[&str],
    status: ActionStatus,
) -> ActionRecord {
    eventually(&format!("an action {prefix}* is {status}"), WAIT, || async {
        let actions = storage.actions().await.unwrap();
        let mut matching = actions
            .into_iter()
            .filter(|r| r.action.key.starts_with(prefix) && !except.contains(&&*r.action.key));
        let record = matching.next()?;
        assert!(matching.next().is_none(), "one action {prefix}* at a time");
        fail_on_failure(&record);
        (record.status == status).then_some(record)
    })
    .await
}

fn fail_on_failure(record: &ActionRecord) {
    assert_ne!(record.status, ActionStatus::Failed, "an action failed: {record:?}");
}

/// The (rollup, new status) of every `RollupStatusChanged` after block `since`, in chain order.
async fn status_changes(h: &KeeperHarness, since: u64) -> Vec<(u32, u8)> {
    let hub = h.hub();
    let registry = RollupRegistry::new(h.contract("RollupRegistry"), &hub);
    let events = registry.RollupStatusChanged_filter().from_block(since + 1).query().await.unwrap();
    events.into_iter().map(|(event, _)| (event.id, event.to)).collect()
}

/// A transaction of the keeper's key, mined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Mined {
    block: u64,
    index: u64,
    nonce: u64,
    hash: B256,
}

/// The transactions `from` got mined on the chain at `rpc_url` after block `since`.
async fn mined_from(rpc_url: &str, from: Address, since: u64) -> Vec<Mined> {
    let chain = reader(rpc_url);
    let head = chain.get_block_number().await.unwrap();
    let mut mined = Vec::new();
    for number in since + 1..=head {
        let block = chain.get_block_by_number(number.into()).full().await.unwrap().unwrap();
        for (index, tx) in block.transactions.into_transactions().enumerate() {
            if tx.from() == from {
                let (hash, nonce) = (tx.tx_hash(), tx.nonce());
                mined.push(Mined { block: number, index: index as u64, nonce, hash });
            }
        }
    }
    mined
}

/// Waits until every recorded action is confirmed (none may fail) and no new one came for 3
/// hub blocks (a channel's relays follow it a hub poll later); returns them, oldest first.
async fn all_confirmed(h: &KeeperHarness) -> Vec<ActionRecord> {
    let (storage, hub) = (h.storage().await, h.hub());
    let deadline = Instant::now() + Duration::from_secs(90);
    let mut settled: Option<(usize, u64)> = None;
    loop {
        let actions = storage.actions().await.unwrap();
        actions.iter().for_each(fail_on_failure);
        let head = hub.get_block_number().await.unwrap();
        if actions.iter().all(|r| r.status == ActionStatus::Confirmed) {
            match settled {
                Some((count, since)) if count == actions.len() => {
                    if head >= since + 3 {
                        return actions;
                    }
                }
                _ => settled = Some((actions.len(), head)),
            }
        } else {
            settled = None;
        }
        assert!(Instant::now() < deadline, "not every action is confirmed: {actions:#?}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// What a lying endpoint must never cause: no status change, nothing lent, no window open, no
/// recorded action but epoch reports (each done once).
async fn assert_lies_moved_nothing(h: &KeeperHarness, since: &Heads) {
    assert_eq!(status_changes(h, since.hub).await, []);
    let pool = ElasticPool::new(h.contract("ElasticPool"), h.hub());
    assert_eq!(pool.lentAssets().call().await.unwrap(), U256::ZERO);
    assert_eq!(pool.openWindowCount().call().await.unwrap(), U256::ZERO);
    let actions = h.storage().await.actions().await.unwrap();
    let others: Vec<&str> = actions
        .iter()
        .map(|r| r.action.key.as_str())
        .filter(|key| !key.starts_with("report:"))
        .collect();
    assert!(others.is_empty(), "the lies made the keeper act: {others:?}");
    assert_each_action_once(h, since, &[]).await;
}

/// Nothing lost, nothing done twice: every action recorded is confirmed, and on the hub and on
/// each rollup chain the keeper key's transactions mined since the keeper started are exactly
/// the confirmed actions' transactions (apart from `foreign` ones the test sent with that key),
/// each successful and in the block its action records.
async fn assert_each_action_once(h: &KeeperHarness, since: &Heads, foreign: &[B256]) {
    let actions = all_confirmed(h).await;
    let keeper = h.devnet.accounts.keeper.address();
    let mut chains = vec![("hub".to_string(), h.devnet.manifest.hub.rpc_url.clone(), since.hub)];
    for (index, chain) in h.devnet.rollups.iter().enumerate() {
        chains.push((
            format!("rollup {}", h.rollup_id(index)),
            chain.rpc_url(),
            since.rollups[index],
        ));
    }
    let chain_of = |record: &ActionRecord| match record.action.kind.target() {
        ActionTarget::Hub => Some(0),
        ActionTarget::RollupChain(id) => {
            (0..h.devnet.rollups.len()).find(|i| h.rollup_id(*i) == id).map(|i| i + 1)
        }
        ActionTarget::RollupNode => None,
    };
    for (index, (name, rpc_url, since)) in chains.iter().enumerate() {
        let expected: BTreeMap<B256, &ActionRecord> = actions
            .iter()
            .filter(|r| chain_of(r) == Some(index))
            .map(|r| (r.tx_hash.expect("a confirmed action names its transaction"), r))
            .collect();
        let mined: Vec<Mined> = mined_from(rpc_url, keeper, *since)
            .await
            .into_iter()
            .filter(|m| !foreign.contains(&m.hash))
            .collect();
        let mined_hashes: BTreeSet<B256> = mined.iter().map(|m| m.hash).collect();
        let expected_hashes: BTreeSet<B256> = expected.keys().copied().collect();
        assert_eq!(
            mined_hashes, expected_hashes,
            "{name}: the keeper's mined transactions are exactly its confirmed actions'\n\
             mined: {mined:?}\nactions: {expected:?}"
        );
        let chain = reader(rpc_url);
        for m in &mined {
            let record = expected[&m.hash];
            assert_eq!(record.block_number, Some(m.block), "{name}: {record:?}");
            let receipt = chain.get_transaction_receipt(m.hash).await.unwrap().unwrap();
            assert!(receipt.status(), "{name}: {} reverted", record.action.key);
        }
    }
}

/// A keeper action's transactions as recorded, oldest first.
async fn attempts(h: &KeeperHarness, key: &str) -> Vec<TxAttempt> {
    h.storage().await.attempts(key).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_rollup_node_is_down_on_the_hub_until_it_restarts_and_the_others_carry_on() {
    let (mut h, since) = start("F_RESTART", 3, "", "", Setup::default()).await;
    h.run_keeper();
    wait_until_watching(&h).await;
    let ids = [h.rollup_id(0), h.rollup_id(1), h.rollup_id(2)];
    let storage = h.storage().await;

    // Rollup 2's node is killed: Down on the hub, and a channel diverts its traffic.
    h.kill_rollup(1).await;
    h.wait_for_status(ids[1], DOWN, WAIT).await;
    let channel = action_in(
        storage.as_ref(),
        &format!("channel:{}:outage:", ids[1]),
        &[],
        ActionStatus::Confirmed,
    )
    .await;
    let ActionKind::OpenChannel { to, .. } = channel.action.kind else { panic!("{channel:?}") };
    // The other rollups are still watched and Active.
    for index in [0, 2] {
        assert_eq!(h.status(ids[index]).await, ACTIVE);
        let chain = reader(&h.devnet.rollups[index].rpc_url());
        let head = chain.get_block_number().await.unwrap();
        eventually(&format!("rollup {} is still observed", ids[index]), WAIT, || async {
            let latest = storage.observations(ids[index], 1).await.unwrap();
            (latest_block(&latest[0]) > head).then_some(())
        })
        .await;
    }

    // It restarts with its chain: Active again. The channel update for its ChannelEndpoint,
    // which could not be relayed while it was dead, arrives now.
    h.restart_rollup(1, 1);
    h.wait_for_status(ids[1], ACTIVE, WAIT).await;
    for rollup in [ids[1], to] {
        let relay = format!("relay:{rollup}:");
        action_in(storage.as_ref(), &relay, &[], ActionStatus::Confirmed).await;
    }
    assert_each_action_once(&h, &since, &[]).await;
    assert_eq!(status_changes(&h, since.hub).await, [(ids[1], DOWN), (ids[1], ACTIVE)]);
    h.stop().await;
}

fn latest_block(observation: &Observation) -> u64 {
    match observation {
        Observation::Head { head, .. } => head.number,
        Observation::RpcFailure { .. } | Observation::Suspect { .. } => 0,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_keeper_transaction_removed_by_a_hub_reorg_is_mined_again_exactly_once() {
    // Four confirmations: the reorg below happens before the action counts as final.
    let (mut h, since) = start("F_REORG", 2, "confirmations = 4\n", "", Setup::default()).await;
    h.run_keeper();
    wait_until_watching(&h).await;
    let id = h.rollup_id(1);
    let storage = h.storage().await;
    let hub = h.hub();

    stall(&h, 1).await;
    let prefix = format!("status:{id}:down:");
    let (key, hash, block) = eventually("the Down status is mined", WAIT, || async {
        let record = action_in(storage.as_ref(), &prefix, &[], ActionStatus::Sent).await;
        let hash = record.tx_hash?;
        let receipt = hub.get_transaction_receipt(hash).await.unwrap()?;
        Some((record.action.key, hash, receipt.block_number.unwrap()))
    })
    .await;
    // The hub stands still while its last blocks are replaced by empty ones.
    hub_mining(&h, false).await;
    let head = hub.get_block_number().await.unwrap();
    let record = storage.action(&key).await.unwrap().unwrap();
    assert_eq!(record.status, ActionStatus::Sent, "not final yet: {head} < {block} + 3");
    let depth = head - block + 1;
    hub.anvil_reorg(ReorgOptions { depth, tx_block_pairs: vec![] }).await.unwrap();
    assert!(hub.get_transaction_receipt(hash).await.unwrap().is_none(), "reorged out");
    assert_eq!(h.status(id).await, ACTIVE, "the status change is gone with it");
    hub_mining(&h, true).await;

    h.wait_for_status(id, DOWN, WAIT).await;
    let record = action_in(storage.as_ref(), &prefix, &[], ActionStatus::Confirmed).await;
    assert!(record.block_number.unwrap() > head, "mined again after the reorg: {record:?}");
    // The rollup comes back (and takes the channel's relay) before everything is checked.
    resume(&h, 1).await;
    h.wait_for_status(id, ACTIVE, WAIT).await;
    assert_each_action_once(&h, &since, &[]).await;
    let changes = status_changes(&h, since.hub).await;
    assert_eq!(changes, [(id, DOWN), (id, ACTIVE)], "one on-chain effect each");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_keeper_transaction_is_replaced_with_a_higher_fee_within_3_hub_blocks() {
    let (mut h, since) = start("F_DROP", 2, "", "", Setup::default()).await;
    h.run_keeper();
    wait_until_watching(&h).await;
    let id = h.rollup_id(1);
    let storage = h.storage().await;
    let hub = h.hub();

    // The hub holds the keeper's transaction in its pool...
    hub_mining(&h, false).await;
    stall(&h, 1).await;
    let prefix = format!("status:{id}:down:");
    let sent = action_in(storage.as_ref(), &prefix, &[], ActionStatus::Sent).await;
    let original = sent.tx_hash.unwrap();
    // ...and drops it; blocks go on.
    let dropped_at = hub.get_block_number().await.unwrap();
    assert_eq!(hub.anvil_drop_transaction(original).await.unwrap(), Some(original));
    hub_mining(&h, true).await;

    let record = action_in(storage.as_ref(), &prefix, &[], ActionStatus::Confirmed).await;
    let replacement = record.tx_hash.unwrap();
    let receipt = hub.get_transaction_receipt(replacement).await.unwrap().unwrap();
    let mined_in = receipt.block_number.unwrap();
    assert!(mined_in <= dropped_at + 3, "dropped at block {dropped_at}, replaced in {mined_in}");
    let sent = attempts(&h, &record.action.key).await;
    assert_eq!(sent[0].tx_hash, original);
    let mined = sent.iter().find(|a| a.tx_hash == replacement).expect("recorded before sending");
    assert_eq!(mined.nonce, sent[0].nonce, "a replacement, same nonce");
    assert!(mined.max_fee_per_gas * 1_000 >= sent[0].max_fee_per_gas * 1_125, "{sent:?}");
    assert!(
        mined.max_priority_fee_per_gas * 1_000 >= sent[0].max_priority_fee_per_gas * 1_125,
        "{sent:?}"
    );
    assert!(hub.get_transaction_receipt(original).await.unwrap().is_none());
    resume(&h, 1).await;
    h.wait_for_status(id, ACTIVE, WAIT).await;
    assert_each_action_once(&h, &since, &[]).await;
    assert_eq!(status_changes(&h, since.hub).await, [(id, DOWN), (id, ACTIVE)]);
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_keeper_killed_mid_action_and_restarted_does_each_action_once() {
    let setup = Setup { hub_proxy: true, ..Setup::default() };
    let (mut h, since) = start("F_KILL", 2, "", "", setup).await;
    h.run_keeper();
    wait_until_watching(&h).await;
    let id = h.rollup_id(1);
    let storage = h.storage().await;
    let hub = h.hub();
    let down = format!("status:{id}:down:");
    let active = format!("status:{id}:active:");

    // 1. Killed with its transaction in the hub's pool; mined while the keeper is dead.
    hub_mining(&h, false).await;
    stall(&h, 1).await;
    let first = action_in(storage.as_ref(), &down, &[], ActionStatus::Sent).await;
    h.kill_keeper();
    hub_mining(&h, true).await;
    h.wait_for_status(id, DOWN, WAIT).await;
    h.run_keeper();
    let confirmed = action_in(storage.as_ref(), &down, &[], ActionStatus::Confirmed).await;
    assert_eq!((confirmed.tx_hash, confirmed.attempts), (first.tx_hash, 1), "not sent again");
    // The channel that waited behind it (recorded, not sent, at the kill) goes out after it.
    let channel = format!("channel:{id}:outage:");
    action_in(storage.as_ref(), &channel, &[], ActionStatus::Confirmed).await;

    // 2. Killed after recording a transaction, before the node got it.
    hub_mining(&h, false).await;
    resume(&h, 1).await;
    let recorded = action_in(storage.as_ref(), &active, &[], ActionStatus::Sent).await;
    h.kill_keeper();
    hub.anvil_drop_transaction(recorded.tx_hash.unwrap()).await.unwrap();
    hub_mining(&h, true).await;
    let dead_from = hub.get_block_number().await.unwrap();
    eventually("3 hub blocks pass", WAIT, || async {
        (hub.get_block_number().await.unwrap() >= dead_from + 3).then_some(())
    })
    .await;
    assert_eq!(h.status(id).await, DOWN, "nothing reached the hub");
    h.run_keeper();
    h.wait_for_status(id, ACTIVE, WAIT).await;
    let confirmed = action_in(storage.as_ref(), &active, &[], ActionStatus::Confirmed).await;
    assert_eq!(confirmed.tx_hash, recorded.tx_hash, "the recorded transaction, sent once");

    // 3. Killed while the action waits for an unreachable hub (recorded, nothing signed).
    let proxy = h.hub_proxy.as_ref().unwrap();
    proxy.cut();
    stall(&h, 1).await;
    let earlier = [first.action.key.as_str()];
    let waiting = action_in(storage.as_ref(), &down, &earlier, ActionStatus::Pending).await;
    assert_eq!(waiting.attempts, 0);
    h.kill_keeper();
    h.hub_proxy.as_ref().unwrap().restore();
    h.run_keeper();
    h.wait_for_status(id, DOWN, WAIT).await;
    let confirmed = action_in(storage.as_ref(), &down, &earlier, ActionStatus::Confirmed).await;
    assert_eq!(confirmed.attempts, 1);

    resume(&h, 1).await;
    h.wait_for_status(id, ACTIVE, WAIT).await;
    assert_each_action_once(&h, &since, &[]).await;
    let changes = status_changes(&h, since.hub).await;
    assert_eq!(changes, [(id, DOWN), (id, ACTIVE), (id, DOWN), (id, ACTIVE)]);
    h.stop().await;
}

/// The lease of `rollup_id` as stored: (holder, fencing token), if held now.
async fn lease_of(storage: &dyn Storage, rollup_id: u32) -> Option<(String, u64)> {
    let now = storage.clock_ms().await.unwrap();
    let leases = storage.leases().await.unwrap();
    let name = era_keeper::lease::rollup_lease(rollup_id);
    let lease = leases.into_iter().find(|l| l.name == name && l.expires_at_ms > now)?;
    Some((lease.holder, lease.fencing_token))
}

/// The fencing token an action was last written under (the instance that sent it).
async fn written_under(h: &KeeperHarness, key: &str) -> i64 {
    let storage = era_keeper::storage::PostgresStorage::connect(&h.config.database_url).await;
    sqlx::query_scalar("SELECT fencing_token FROM actions WHERE idempotency_key = $1")
        .bind(key)
        .fetch_one(storage.unwrap().pool())
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_one_of_two_instances_dies_the_other_takes_over_its_rollups_and_unfinished_actions() {
    let ttl = Duration::from_secs(3);
    let lease = format!("[lease]\nttl_seconds = {}\n", ttl.as_secs());
    let setup = Setup { hub_proxy: true, ..Setup::default() };
    let (h, since) = start("F_TWO", 3, "", &lease, setup).await;
    let ids: Vec<u32> = (0..3).map(|i| h.rollup_id(i)).collect();
    let storage = h.storage().await;
    let holders = || async {
        let mut holders = BTreeMap::new();
        for id in &ids {
            holders.insert(*id, lease_of(storage.as_ref(), *id).await.map(|(holder, _)| holder));
        }
        holders
    };
    let a = h.start_instance("a");
    wait_until_watching(&h).await;
    eventually("a holds every rollup", WAIT, || async {
        holders().await.values().all(|h| h.as_deref() == Some("a")).then_some(())
    })
    .await;
    let b = h.start_instance("b");
    let split = eventually("a and b share the rollups", WAIT, || async {
        let holders = holders().await;
        let of = |name: &str| holders.values().filter(|h| h.as_deref() == Some(name)).count();
        (of("a") >= 1 && of("b") >= 1 && of("a") + of("b") == 3).then_some(holders)
    })
    .await;
    let (&victim, _) = split.iter().find(|(_, h)| h.as_deref() == Some("a")).unwrap();
    let index = ids.iter().position(|id| *id == victim).unwrap();

    // a sends the Down status of one of its rollups (and a channel away from it); the hub
    // holds them in its pool.
    hub_mining(&h, false).await;
    stall(&h, index).await;
    let down = format!("status:{victim}:down:");
    let channel = format!("channel:{victim}:outage:");
    let down_sent = action_in(storage.as_ref(), &down, &[], ActionStatus::Sent).await;
    let channel_sent = action_in(storage.as_ref(), &channel, &[], ActionStatus::Sent).await;
    // The rollup comes back while the hub is out of reach: a records Active, cannot send it.
    let proxy = h.hub_proxy.as_ref().unwrap();
    proxy.cut();
    resume(&h, index).await;
    let active = format!("status:{victim}:active:");
    action_in(storage.as_ref(), &active, &[], ActionStatus::Pending).await;
    // a dies.
    let (_, a_token) = lease_of(storage.as_ref(), victim).await.unwrap();
    a.kill();
    let died = Instant::now();
    let b_token = eventually("b takes the rollup over", 4 * ttl, || async {
        match lease_of(storage.as_ref(), victim).await {
            Some((holder, token)) if holder == "b" => Some(token),
            _ => None,
        }
    })
    .await;
    let took = died.elapsed();
    // The lease lapses a lease time after a's last renewal; b's next round (every third of it)
    // takes it. Slack for a loaded machine.
    assert!(took <= ttl + ttl / 3 + Duration::from_secs(2), "took {took:?}");
    assert_eq!(b_token, a_token + 1, "a new fencing token");

    // b adopted a's unfinished actions: it watches a's transactions to confirmation (a cannot:
    // it is dead) rather than sending them again, and sends the one a only recorded.
    proxy.restore();
    hub_mining(&h, true).await;
    h.wait_for_status(victim, ACTIVE, WAIT).await;
    for sent in [&down_sent, &channel_sent] {
        let prefix = sent.action.key.as_str();
        let confirmed = action_in(storage.as_ref(), prefix, &[], ActionStatus::Confirmed).await;
        assert_eq!((confirmed.tx_hash, confirmed.attempts), (sent.tx_hash, 1), "{prefix}");
    }
    let active = action_in(storage.as_ref(), &active, &[], ActionStatus::Confirmed).await;
    assert_eq!(active.attempts, 1);
    assert_eq!(written_under(&h, &active.action.key).await, b_token as i64, "sent by b");
    assert_each_action_once(&h, &since, &[]).await;
    assert_eq!(status_changes(&h, since.hub).await, [(victim, DOWN), (victim, ACTIVE)]);
    assert!(!b.has_stopped());
    b.stop().await;
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_hub_unreachable_for_30_seconds_actions_wait_and_then_go_out_in_order() {
    let setup = Setup { hub_proxy: true, ..Setup::default() };
    let (mut h, since) = start("F_PARTITION", 3, "", "", setup).await;
    h.run_keeper();
    wait_until_watching(&h).await;
    let ids: Vec<u32> = (0..3).map(|i| h.rollup_id(i)).collect();
    let storage = h.storage().await;
    let hub = h.hub();
    let keeper = h.devnet.accounts.keeper.address();
    let sent_before = hub.get_transaction_count(keeper).pending().await.unwrap();

    let proxy = h.hub_proxy.as_ref().unwrap();
    proxy.cut();
    let cut_at = Instant::now();
    // While the hub is unreachable: rollup 1 goes down, then rollup 2, then rollup 1 is back.
    stall(&h, 0).await;
    let down_1 = format!("status:{}:down:", ids[0]);
    action_in(storage.as_ref(), &down_1, &[], ActionStatus::Pending).await;
    stall(&h, 1).await;
    let down_2 = format!("status:{}:down:", ids[1]);
    action_in(storage.as_ref(), &down_2, &[], ActionStatus::Pending).await;
    resume(&h, 0).await;
    let active_1 = format!("status:{}:active:", ids[0]);
    action_in(storage.as_ref(), &active_1, &[], ActionStatus::Pending).await;
    tokio::time::sleep_until((cut_at + Duration::from_secs(30)).into()).await;
    let decided = storage.actions().await.unwrap();
    let waiting: Vec<_> = decided.iter().filter(|r| r.status != ActionStatus::Confirmed).collect();
    assert!(waiting.len() >= 3, "{decided:?}");
    assert!(waiting.iter().all(|r| r.attempts == 0), "nothing signed while cut off: {waiting:?}");
    let sent_during = hub.get_transaction_count(keeper).pending().await.unwrap();
    assert_eq!(sent_during, sent_before, "nothing reached the hub");
    proxy.restore();

    h.wait_for_status(ids[1], DOWN, WAIT).await;
    h.wait_for_status(ids[0], ACTIVE, WAIT).await;
    // Rollup 2 comes back (and takes its channel's relay) before everything is checked.
    resume(&h, 1).await;
    h.wait_for_status(ids[1], ACTIVE, WAIT).await;
    // In the order decided: nonces and blocks follow the storage order.
    let hub_actions: Vec<ActionRecord> =
        all_confirmed(&h).await.into_iter().filter(|r| r.action.kind.is_hub()).collect();
    let keys: Vec<&str> = hub_actions.iter().map(|r| r.action.key.as_str()).collect();
    for pair in hub_actions.windows(2) {
        assert!(pair[0].nonce < pair[1].nonce, "{keys:?}: {:?}", [&pair[0], &pair[1]]);
        assert!(pair[0].block_number <= pair[1].block_number, "{keys:?}");
    }
    assert_each_action_once(&h, &since, &[]).await;
    assert_eq!(
        status_changes(&h, since.hub).await,
        [(ids[0], DOWN), (ids[1], DOWN), (ids[0], ACTIVE), (ids[1], ACTIVE)]
    );
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nonce_gaps_from_a_foreign_transaction_or_a_lost_broadcast_close_by_themselves() {
    // No channels: each outage is one independent status change, so two of them go out back to
    // back (a channel would wait for its status to be mined first).
    let setup =
        Setup { hub_proxy: true, without_contracts: vec!["EmergencyChannels"], ..Setup::default() };
    let (mut h, since) = start("F_NONCE", 3, "", "", setup).await;
    h.run_keeper();
    wait_until_watching(&h).await;
    let ids: Vec<u32> = (0..3).map(|i| h.rollup_id(i)).collect();
    let storage = h.storage().await;
    let hub = h.hub();

    // 1. The keeper's key is used out of band on the nonce of a transaction in the pool.
    hub_mining(&h, false).await;
    stall(&h, 0).await;
    let down_1 = format!("status:{}:down:", ids[0]);
    let taken = action_in(storage.as_ref(), &down_1, &[], ActionStatus::Sent).await;
    let nonce = taken.nonce.unwrap();
    let keeper = h.devnet.accounts.keeper.clone();
    let wallet = ProviderBuilder::new()
        .wallet(EthereumWallet::from(keeper.clone()))
        .connect_http(h.devnet.manifest.hub.rpc_url.parse().unwrap());
    let foreign = TransactionRequest::default()
        .with_to(keeper.address())
        .with_nonce(nonce)
        .with_gas_limit(21_000)
        .with_max_fee_per_gas(1_000_000_000_000)
        .with_max_priority_fee_per_gas(100_000_000_000);
    let foreign = *wallet.send_transaction(foreign).await.unwrap().tx_hash();
    hub_mining(&h, true).await;
    let record = action_in(storage.as_ref(), &down_1, &[], ActionStatus::Confirmed).await;
    assert_eq!(record.nonce, Some(nonce + 1), "sent again on the next nonce");
    let receipt = hub.get_transaction_receipt(foreign).await.unwrap().unwrap();
    assert!(receipt.status());

    // 2. A broadcast is lost on the way while the next one gets through: a nonce gap.
    let proxy = h.hub_proxy.as_ref().unwrap();
    proxy.cut();
    stall(&h, 1).await;
    stall(&h, 2).await;
    let down_2 = format!("status:{}:down:", ids[1]);
    let down_3 = format!("status:{}:down:", ids[2]);
    action_in(storage.as_ref(), &down_2, &[], ActionStatus::Pending).await;
    action_in(storage.as_ref(), &down_3, &[], ActionStatus::Pending).await;
    proxy.lose_next_broadcast();
    proxy.restore();
    h.wait_for_status(ids[1], DOWN, WAIT).await;
    h.wait_for_status(ids[2], DOWN, WAIT).await;
    assert_eq!(proxy.lost_broadcasts(), 1);
    let records = all_confirmed(&h).await;
    let outages: Vec<&ActionRecord> = records
        .iter()
        .filter(|r| r.action.key.starts_with(&down_2) || r.action.key.starts_with(&down_3))
        .collect();
    // The first to go out was lost; the second went out on the next nonce, behind the gap.
    let (lost, behind) = (outages[0], outages[1]);
    let lost_attempts = attempts(&h, &lost.action.key).await;
    let behind_attempts = attempts(&h, &behind.action.key).await;
    assert_eq!(behind_attempts.len(), 1, "it waited in the pool: {behind_attempts:?}");
    assert_eq!(behind.nonce, Some(lost_attempts[0].nonce + 1));
    assert!(lost_attempts.len() >= 2, "{lost_attempts:?}");
    assert!(
        behind_attempts[0].sent_at_ms <= lost_attempts[1].sent_at_ms,
        "the gap was open: {lost_attempts:?} {behind_attempts:?}"
    );
    assert_eq!(lost.nonce, Some(lost_attempts[0].nonce), "the gap closed on its nonce");
    assert!(hub.get_transaction_receipt(lost_attempts[0].tx_hash).await.unwrap().is_none());

    assert_each_action_once(&h, &since, &[foreign]).await;
    let changes = status_changes(&h, since.hub).await;
    assert_eq!(changes[0], (ids[0], DOWN));
    let rest: BTreeSet<(u32, u8)> = changes[1..].iter().copied().collect();
    assert_eq!(changes.len(), 3);
    assert_eq!(rest, BTreeSet::from([(ids[1], DOWN), (ids[2], DOWN)]));
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lying_rollup_endpoint_is_suspect_data_and_moves_no_funds_and_no_status() {
    // Settings under which a believed surge boosts at once (as in the elastic pool test) and
    // 4 s without a believed head would be an outage.
    let sections = "[congestion]\nk_blocks = 2\nwarmup_blocks = 3\nbase_fee_floor_wei = 1\n\
                    [boost]\namount_era = \"1000\"\nduration_seconds = 3600\n";
    let setup = Setup { rollup_liar: Some(1), ..Setup::default() };
    let (mut h, since) = start("F_LIAR", 2, "", sections, setup).await;
    h.config.collector.chain_id_recheck_ms = 1_000;
    h.run_keeper();
    wait_until_watching(&h).await;
    let id = h.rollup_id(1);
    let storage = h.storage().await;
    let liar = h.rollup_liar.as_ref().unwrap();
    let rollup = reader(&h.devnet.rollups[1].rpc_url());
    let chain_id = h.devnet.manifest.rollups[1].chain_id;

    // The attacks of the security issue, one after the other, each for longer than the
    // strategies need to act on it: a base fee of 2^63 - 1 on full blocks, blocks twice over
    // their gas limit, undecodable blocks for 10 s (2.5 times the outage time), the wrong
    // chain id.
    let lies = [
        (Lie::BaseFee(i64::MAX as u64), "base fee", 8),
        (Lie::Overfull, "gas used", 5),
        (Lie::Undecodable, "does not decode", 10),
        (Lie::ChainId(chain_id + 1), "chain id", 5),
    ];
    for (lie, _, blocks) in lies {
        liar.set(lie);
        let from = rollup.get_block_number().await.unwrap();
        eventually(&format!("{blocks} blocks under {lie:?}"), WAIT, || async {
            (rollup.get_block_number().await.unwrap() >= from + blocks).then_some(())
        })
        .await;
        assert_eq!(h.status(id).await, ACTIVE, "{lie:?} changed the rollup's status");
    }
    liar.set(Lie::Honest);
    let honest_from = rollup.get_block_number().await.unwrap();
    eventually("the rollup's honest heads count again", WAIT, || async {
        let latest = storage.observations(id, 1).await.unwrap();
        (latest_block(&latest[0]) > honest_from).then_some(())
    })
    .await;

    // Every lie reached the keeper and was recorded as suspect, with its reason; none was
    // taken as a head.
    assert!(liar.lies_told() > 20, "{} lies told", liar.lies_told());
    let timeline = storage.observations(id, 10_000).await.unwrap();
    let reasons: Vec<&str> = timeline
        .iter()
        .filter_map(|o| match o {
            Observation::Suspect { reason, .. } => Some(reason.as_str()),
            _ => None,
        })
        .collect();
    for (lie, reason, _) in lies {
        assert!(reasons.iter().any(|r| r.contains(reason)), "no suspect {reason:?} for {lie:?}");
    }
    for observation in &timeline {
        if let Observation::Head { head, .. } = observation {
            assert!(head.gas_used <= head.gas_limit, "an overfull block was taken: {head:?}");
            assert!(head.base_fee_per_gas < Some(1_000_000_000_000), "a lie was taken: {head:?}");
        }
    }

    // Nothing moved: no status change, no boost window, no channel; the only actions are
    // epoch reports (if one fell due), each done once.
    assert_lies_moved_nothing(&h, &since).await;
    h.stop().await;
}

/// Issue 13, item 5, second half: a patient liar passes every plausibility rule (full blocks,
/// a base fee climbing 10% a block), so the rollup names three endpoints and a block counts
/// only when two return it identically. The liar is outvoted: the honest blocks keep counting,
/// its answers are suspect observations naming it, and nothing moves. (With the liar as the
/// only endpoint the same lie marks the rollup Congested and opens a boost window: the
/// plausibility checks alone do not stop it.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_patient_liar_among_three_endpoints_is_outvoted_and_moves_nothing() {
    let sections = "[congestion]\nk_blocks = 2\nwarmup_blocks = 3\nbase_fee_floor_wei = 1\n\
                    [boost]\namount_era = \"1000\"\nduration_seconds = 3600\n";
    let setup = Setup { rollup_liar: Some(1), liar_among_honest: true, ..Setup::default() };
    let (mut h, since) = start("F_QUORUM", 2, "", sections, setup).await;
    h.run_keeper();
    wait_until_watching(&h).await;
    let id = h.rollup_id(1);
    let storage = h.storage().await;
    let liar = h.rollup_liar.as_ref().unwrap();
    let rollup = reader(&h.devnet.rollups[1].rpc_url());

    // The patient lie for 10 blocks (congestion would need 2 after a 3-block warm-up), then
    // undecodable blocks for 10 s (2.5 times the outage time): the two honest endpoints carry on.
    let lied_from = rollup.get_block_number().await.unwrap();
    for (lie, blocks) in [(Lie::Climbing, 10), (Lie::Undecodable, 10)] {
        liar.set(lie);
        let from = rollup.get_block_number().await.unwrap();
        eventually(&format!("{blocks} blocks under {lie:?}"), WAIT, || async {
            (rollup.get_block_number().await.unwrap() >= from + blocks).then_some(())
        })
        .await;
        assert_eq!(h.status(id).await, ACTIVE, "{lie:?} changed the rollup's status");
    }
    let lied_to = rollup.get_block_number().await.unwrap();
    eventually("the honest heads counted through the lies", WAIT, || async {
        let latest = storage.observations(id, 50).await.unwrap();
        (latest.iter().map(latest_block).max() >= Some(lied_to)).then_some(())
    })
    .await;
    assert!(liar.lies_told() > 10, "{} lies told", liar.lies_told());

    // Every head the keeper counted while the liar lied is the node's own block, and the heads
    // kept coming: the liar neither fooled the keeper nor silenced the rollup.
    let timeline = storage.observations(id, 10_000).await.unwrap();
    let mut counted = 0;
    for observation in &timeline {
        let Observation::Head { head, .. } = observation else { continue };
        if head.number <= lied_from {
            continue;
        }
        let block = rollup.get_block_by_number(head.number.into()).await.unwrap().unwrap();
        assert_eq!(head.base_fee_per_gas, block.header.base_fee_per_gas, "{head:?}");
        assert_eq!(head.gas_used, block.header.gas_used, "a lie was counted: {head:?}");
        counted += 1;
    }
    let lied_blocks = lied_to - lied_from;
    assert!(counted * 10 >= lied_blocks * 8, "{counted} heads counted of {lied_blocks} blocks");
    let reasons: Vec<&str> = timeline
        .iter()
        .filter_map(|o| match o {
            Observation::Suspect { reason, .. } => Some(reason.as_str()),
            _ => None,
        })
        .collect();
    assert!(reasons.iter().any(|r| r.contains("endpoints 0 answered block")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("endpoint 0: block")), "{reasons:?}");

    assert_lies_moved_nothing(&h, &since).await;
    h.stop().await;
}
