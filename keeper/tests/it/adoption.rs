//! Adoption: two instances on one PostgreSQL database and one anvil; the instance holding a
//! rollup's lease dies with an action recorded but not confirmed, and the other one, once it
//! holds the lease, finishes the action — exactly once on chain, under its own fencing token.

use crate::common;
use era_testkit::pg;

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use alloy::{
    network::{EthereumWallet, TransactionBuilder},
    node_bindings::AnvilInstance,
    primitives::{Address, Bytes},
    providers::{ext::AnvilApi, Provider, ProviderBuilder, RootProvider},
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
};
use era_keeper::{
    actions::{Action, ActionError, Call, CallEncoder},
    executor::{Executor, ExecutorHandle},
    lease::{rollup_lease, FencedStorage, HeldLeases, LeaseManager, LeaseSettings},
    storage::{ActionRecord, ActionStatus, PostgresStorage, Storage},
};
use tokio::task::AbortHandle;
use tokio_util::sync::CancellationToken;

/// Where test actions send their calldata.
const SINK: Address = Address::repeat_byte(0x5e);
const TTL: Duration = Duration::from_millis(1_500);

/// Encodes an action as a call carrying its key.
#[derive(Debug)]
struct KeyCalls;

impl CallEncoder for KeyCalls {
    fn encode(&self, action: &Action) -> Result<Call, ActionError> {
        Ok(Call { to: SINK, data: Bytes::from(action.key.clone().into_bytes()) })
    }
}

fn provider(anvil: &AnvilInstance) -> RootProvider {
    RootProvider::new_http(anvil.endpoint_url())
}

fn key_of(anvil: &AnvilInstance, index: usize) -> PrivateKeySigner {
    anvil.keys()[index].clone().into()
}

/// One keeper instance: its leases (renewed by a task) and its hub executor, both killable.
struct Instance {
    storage: Arc<dyn Storage>,
    held: Arc<HeldLeases>,
    /// Fenced by the instance's leases, as the keeper's executor writes.
    acting: Arc<dyn Storage>,
    handle: ExecutorHandle,
    tasks: Vec<AbortHandle>,
}

impl Instance {
    async fn start(db: &str, name: &str, anvil: &AnvilInstance, key: usize) -> Self {
        let storage: Arc<dyn Storage> = Arc::new(PostgresStorage::connect(db).await.unwrap());
        let leases = LeaseManager::new(storage.clone(), LeaseSettings::new(name, TTL), vec![1, 2]);
        leases.round().await.unwrap();
        let held = leases.held();
        let lease_task = leases.spawn(CancellationToken::new());
        let acting: Arc<dyn Storage> = Arc::new(FencedStorage::new(storage.clone(), held.clone()));
        let executor = Executor::start(
            provider(anvil),
            key_of(anvil, key),
            Arc::new(KeyCalls),
            acting.clone(),
            common::executor_settings(),
        )
        .await
        .unwrap()
        .with_leases(held.clone());
        let (handle, executor_task) = executor.spawn(CancellationToken::new());
        let tasks = vec![lease_task.abort_handle(), executor_task.abort_handle()];
        Self { storage, held, acting, handle, tasks }
    }

    fn holds_rollup_1(&self) -> bool {
        self.held.holds(&rollup_lease(1))
    }

    /// Dies: no clean stop, no lease released; the lease lapses on its own.
    fn kill(self) {
        for task in self.tasks {
            task.abort();
        }
    }
}

/// `a` holding rollup 1's lease and `b` the other one (rollups 1 and 2 split between them).
async fn two_instances(db: &str, anvil: &AnvilInstance, b_key: usize) -> (Instance, Instance) {
    let a = Instance::start(db, "a", anvil, 0).await;
    assert!(a.holds_rollup_1(), "the first instance takes every lease");
    let b = Instance::start(db, "b", anvil, b_key).await;
    eventually("a and b share the rollups", 3 * TTL, || {
        a.holds_rollup_1() && b.held.holds(&rollup_lease(2))
    })
    .await;
    (a, b)
}

async fn eventually(what: &str, within: Duration, mut done: impl FnMut() -> bool) -> Duration {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < within, "not within {within:?}: {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    start.elapsed()
}

async fn wait_for(storage: &dyn Storage, key: &str, status: ActionStatus) -> ActionRecord {
    for _ in 0..200 {
        if let Some(record) = storage.action(key).await.unwrap() {
            if record.status == status {
                return record;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{key} never became {status}: {:?}", storage.action(key).await.unwrap());
}

/// Kills `a` and waits until `b` holds rollup 1's lease: within the lease time after a's last
/// renewal plus one of b's rounds (a third of it), with slack for a loaded machine.
async fn take_over(a: Instance, b: &Instance) {
    a.kill();
    let took = eventually("b takes rollup 1 over", 3 * TTL, || b.holds_rollup_1()).await;
    assert!(took <= TTL + TTL / 3 + Duration::from_secs(1), "took {took:?}");
}

/// Transactions from `from` mined on the chain so far.
async fn mined(anvil: &AnvilInstance, from: Address) -> u64 {
    provider(anvil).get_transaction_count(from).latest().await.unwrap()
}

/// The fencing token the action was last written under.
async fn fencing_token(db: &str, key: &str) -> i64 {
    let storage = PostgresStorage::connect(db).await.unwrap();
    sqlx::query_scalar("SELECT fencing_token FROM actions WHERE idempotency_key = $1")
        .bind(key)
        .fetch_one(storage.pool())
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sent_action_of_a_dead_instance_is_watched_to_confirmation_not_sent_again() {
    let anvil = common::spawn_anvil();
    provider(&anvil).anvil_set_auto_mine(false).await.unwrap();
    let db = pg::fresh_database().await;
    let (a, b) = two_instances(&db.url, &anvil, 0).await;
    a.handle.submit(common::settle_action("settle:1:sent")).await.unwrap();
    let sent = wait_for(a.storage.as_ref(), "settle:1:sent", ActionStatus::Sent).await;
    take_over(a, &b).await;
    // b adopted the action: it is in b's hands while its transaction waits in the pool.
    tokio::time::sleep(Duration::from_millis(500)).await;
    provider(&anvil).anvil_mine(Some(1), None).await.unwrap();
    let confirmed = wait_for(b.storage.as_ref(), "settle:1:sent", ActionStatus::Confirmed).await;
    assert_eq!(confirmed.tx_hash, sent.tx_hash, "a's transaction, not a second one");
    assert_eq!(confirmed.attempts, 1);
    assert_eq!(mined(&anvil, key_of(&anvil, 0).address()).await, 1, "one transaction mined");
    b.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pending_action_of_a_dead_instance_is_sent_once_under_the_new_token() {
    let anvil = common::spawn_anvil();
    let db = pg::fresh_database().await;
    let (a, b) = two_instances(&db.url, &anvil, 0).await;
    // a decided and recorded the action, then died before signing it.
    assert!(a.acting.insert_action(&common::settle_action("settle:1:pending"), 1).await.unwrap());
    let old_token = fencing_token(&db.url, "settle:1:pending").await;
    take_over(a, &b).await;
    let confirmed = wait_for(b.storage.as_ref(), "settle:1:pending", ActionStatus::Confirmed).await;
    assert_eq!((confirmed.attempts, confirmed.nonce), (1, Some(0)));
    assert_eq!(mined(&anvil, key_of(&anvil, 0).address()).await, 1);
    let new_token = fencing_token(&db.url, "settle:1:pending").await;
    assert_eq!(new_token, old_token + 1, "sent under b's token for the lease");
    b.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recorded_transaction_that_never_reached_the_node_is_broadcast_by_the_adopter() {
    let anvil = common::spawn_anvil();
    provider(&anvil).anvil_set_auto_mine(false).await.unwrap();
    let db = pg::fresh_database().await;
    let (a, b) = two_instances(&db.url, &anvil, 0).await;
    a.handle.submit(common::settle_action("settle:1:lost")).await.unwrap();
    let sent = wait_for(a.storage.as_ref(), "settle:1:lost", ActionStatus::Sent).await;
    // As if a had died between recording the transaction and broadcasting it.
    a.kill();
    let _ = provider(&anvil).anvil_drop_transaction(sent.tx_hash.unwrap()).await.unwrap();
    eventually("b takes rollup 1 over", 3 * TTL, || b.holds_rollup_1()).await;
    let in_pool = || async {
        provider(&anvil).get_transaction_by_hash(sent.tx_hash.unwrap()).await.unwrap().is_some()
    };
    for _ in 0..50 {
        if in_pool().await {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(in_pool().await, "the adopter broadcast the recorded transaction");
    provider(&anvil).anvil_mine(Some(1), None).await.unwrap();
    let confirmed = wait_for(b.storage.as_ref(), "settle:1:lost", ActionStatus::Confirmed).await;
    assert_eq!(confirmed.tx_hash, sent.tx_hash);
    assert_eq!(mined(&anvil, key_of(&anvil, 0).address()).await, 1);
    b.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_its_own_key_the_adopter_sends_again_only_once_the_dead_instances_nonce_is_taken() {
    let anvil = common::spawn_anvil();
    provider(&anvil).anvil_set_auto_mine(false).await.unwrap();
    let db = pg::fresh_database().await;
    let (a, b) = two_instances(&db.url, &anvil, 1).await;
    let (a_key, b_key) = (key_of(&anvil, 0), key_of(&anvil, 1));
    a.handle.submit(common::settle_action("settle:1:foreign")).await.unwrap();
    let sent = wait_for(a.storage.as_ref(), "settle:1:foreign", ActionStatus::Sent).await;
    take_over(a, &b).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        b.storage.action("settle:1:foreign").await.unwrap().unwrap().attempts,
        1,
        "a's transaction may still be mined: b waits"
    );
    // a's key is used for something else at that nonce (its operator cancels it): a's
    // transaction can never be mined now, so b sends the action with its own key.
    let wallet = ProviderBuilder::new()
        .wallet(EthereumWallet::from(a_key.clone()))
        .connect_http(anvil.endpoint_url());
    let cancel = TransactionRequest::default()
        .with_to(a_key.address())
        .with_nonce(0)
        .with_gas_limit(21_000)
        .with_max_fee_per_gas(500_000_000_000)
        .with_max_priority_fee_per_gas(50_000_000_000);
    let cancel = wallet.send_transaction(cancel).await.unwrap();
    provider(&anvil).anvil_mine(Some(1), None).await.unwrap();
    cancel.get_receipt().await.unwrap();
    let resent = async {
        loop {
            let record = b.storage.action("settle:1:foreign").await.unwrap().unwrap();
            if record.attempts == 2 && record.status == ActionStatus::Sent {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(20), resent).await.expect("b sends it again");
    provider(&anvil).anvil_mine(Some(1), None).await.unwrap();
    let confirmed = wait_for(b.storage.as_ref(), "settle:1:foreign", ActionStatus::Confirmed).await;
    assert_ne!(confirmed.tx_hash, sent.tx_hash);
    let receipt = provider(&anvil)
        .get_transaction_receipt(confirmed.tx_hash.unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!((receipt.from, receipt.to), (b_key.address(), Some(SINK)));
    assert_eq!(mined(&anvil, a_key.address()).await, 1, "only the cancellation");
    assert_eq!(mined(&anvil, b_key.address()).await, 1, "the action, once");
    b.kill();
}
