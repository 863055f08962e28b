//! The hub transaction manager against a real anvil, with plain calls to an address standing in
//! for the hub contracts.

use crate::common;

use std::{sync::Arc, time::Duration};

use alloy::{
    network::{EthereumWallet, TransactionBuilder},
    node_bindings::AnvilInstance,
    primitives::{Address, Bytes, B256, U256},
    providers::{ext::AnvilApi, Provider, ProviderBuilder, RootProvider},
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
};
use era_keeper::{
    actions::{Action, ActionError, Call, CallEncoder},
    executor::{Executor, ExecutorError, ExecutorHandle, ExecutorSettings},
    storage::{ActionRecord, ActionStatus, SqliteStorage, Storage},
};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// Where test actions send their calldata.
const SINK: Address = Address::repeat_byte(0x5e);
/// A contract that always reverts (installed with `anvil_setCode`).
const REVERTER: Address = Address::repeat_byte(0xbe);
/// PUSH1 0 PUSH1 0 REVERT.
const REVERT_CODE: [u8; 5] = [0x60, 0x00, 0x60, 0x00, 0xfd];

/// Encodes an action as a call carrying its key; keys starting with `revert:` go to [`REVERTER`].
#[derive(Debug)]
struct KeyCalls;

impl CallEncoder for KeyCalls {
    fn encode(&self, action: &Action) -> Result<Call, ActionError> {
        let to = if action.key.starts_with("revert:") { REVERTER } else { SINK };
        Ok(Call { to, data: Bytes::from(action.key.clone().into_bytes()) })
    }
}

struct Running {
    handle: ExecutorHandle,
    task: JoinHandle<Result<(), ExecutorError>>,
    shutdown: CancellationToken,
}

impl Running {
    async fn stop(self) {
        self.shutdown.cancel();
        self.task.await.unwrap().unwrap();
    }
}

fn signer(anvil: &AnvilInstance) -> PrivateKeySigner {
    anvil.keys()[0].clone().into()
}

fn provider(anvil: &AnvilInstance) -> RootProvider {
    RootProvider::new_http(anvil.endpoint_url())
}

async fn start(
    anvil: &AnvilInstance,
    storage: Arc<dyn Storage>,
    settings: ExecutorSettings,
) -> Running {
    let executor =
        Executor::start(provider(anvil), signer(anvil), Arc::new(KeyCalls), storage, settings)
            .await
            .unwrap();
    let shutdown = CancellationToken::new();
    let (handle, task) = executor.spawn(shutdown.clone());
    Running { handle, task, shutdown }
}

async fn file_storage(dir: &tempfile::TempDir) -> Arc<dyn Storage> {
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("keeper.db").display());
    Arc::new(SqliteStorage::connect(&url).await.unwrap())
}

/// Waits until the action reaches `status` (at most 20 s).
async fn wait_for(storage: &Arc<dyn Storage>, key: &str, status: ActionStatus) -> ActionRecord {
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

async fn mined_nonce(anvil: &AnvilInstance) -> u64 {
    provider(anvil).get_transaction_count(signer(anvil).address()).latest().await.unwrap()
}

#[tokio::test]
async fn confirms_an_action_and_never_repeats_its_key_after_a_restart() {
    let anvil = common::spawn_anvil();
    let dir = tempfile::tempdir().unwrap();
    let storage = file_storage(&dir).await;
    let running = start(&anvil, storage.clone(), common::executor_settings()).await;
    running.handle.submit(common::settle_action("boost:1:100")).await.unwrap();
    let record = wait_for(&storage, "boost:1:100", ActionStatus::Confirmed).await;
    assert_eq!((record.nonce, record.attempts), (Some(0), 1));
    let receipt =
        provider(&anvil).get_transaction_receipt(record.tx_hash.unwrap()).await.unwrap().unwrap();
    assert_eq!(receipt.to, Some(SINK));
    running.stop().await;

    // A restarted keeper with the same database sees the same trigger again.
    let storage = file_storage(&dir).await;
    let running = start(&anvil, storage.clone(), common::executor_settings()).await;
    running.handle.submit(common::settle_action("boost:1:100")).await.unwrap();
    running.handle.submit(common::settle_action("boost:1:200")).await.unwrap();
    let second = wait_for(&storage, "boost:1:200", ActionStatus::Confirmed).await;
    assert_eq!(second.nonce, Some(1), "the known key used no nonce");
    assert_eq!(mined_nonce(&anvil).await, 2);
    assert_eq!(storage.action("boost:1:100").await.unwrap().unwrap(), record);
    running.stop().await;
}

#[tokio::test]
async fn replaces_a_stuck_transaction_with_higher_fees_on_the_same_nonce() {
    let anvil = common::spawn_anvil();
    provider(&anvil).anvil_set_auto_mine(false).await.unwrap();
    let storage: Arc<dyn Storage> =
        Arc::new(SqliteStorage::connect("sqlite::memory:").await.unwrap());
    let settings =
        ExecutorSettings { stuck_after: Duration::from_millis(500), ..common::executor_settings() };
    let running = start(&anvil, storage.clone(), settings).await;
    running.handle.submit(common::settle_action("status:1:down:after-7")).await.unwrap();
    for _ in 0..100 {
        if storage.attempts("status:1:down:after-7").await.unwrap().len() >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    provider(&anvil).anvil_mine(Some(1), None).await.unwrap();
    let record = wait_for(&storage, "status:1:down:after-7", ActionStatus::Confirmed).await;
    running.stop().await;

    let attempts = storage.attempts("status:1:down:after-7").await.unwrap();
    assert!(attempts.len() >= 2, "{attempts:?}");
    assert!(attempts.iter().all(|a| a.nonce == 0), "replacements keep the nonce");
    for pair in attempts.windows(2) {
        let bumped = |old: u128, new: u128| new * 1_000 >= old * 1_125;
        assert!(bumped(pair[0].max_fee_per_gas, pair[1].max_fee_per_gas), "{pair:?}");
        assert!(bumped(pair[0].max_priority_fee_per_gas, pair[1].max_priority_fee_per_gas));
    }
    let mined = record.tx_hash.unwrap();
    assert_ne!(mined, attempts[0].tx_hash, "the replacement was mined, not the original");
    assert!(attempts.iter().any(|a| a.tx_hash == mined));
    let original = provider(&anvil).get_transaction_receipt(attempts[0].tx_hash).await.unwrap();
    assert!(original.is_none());
    assert_eq!(mined_nonce(&anvil).await, 1, "exactly one transaction mined");
}

#[tokio::test]
async fn resumes_a_sent_action_after_a_crash_instead_of_sending_it_again() {
    let anvil = common::spawn_anvil();
    provider(&anvil).anvil_set_auto_mine(false).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let storage = file_storage(&dir).await;
    let running = start(&anvil, storage.clone(), common::executor_settings()).await;
    running.handle.submit(common::settle_action("channel:2:outage:after-9")).await.unwrap();
    let sent = wait_for(&storage, "channel:2:outage:after-9", ActionStatus::Sent).await;
    running.stop().await;

    let storage = file_storage(&dir).await;
    let running = start(&anvil, storage.clone(), common::executor_settings()).await;
    running.handle.submit(common::settle_action("channel:2:outage:after-9")).await.unwrap();
    provider(&anvil).anvil_mine(Some(1), None).await.unwrap();
    let confirmed = wait_for(&storage, "channel:2:outage:after-9", ActionStatus::Confirmed).await;
    running.stop().await;
    assert_eq!(confirmed.tx_hash, sent.tx_hash, "the transaction from before the crash");
    assert_eq!(storage.attempts("channel:2:outage:after-9").await.unwrap().len(), 1);
    assert_eq!(mined_nonce(&anvil).await, 1);
}

#[tokio::test]
async fn resyncs_the_nonce_after_a_foreign_transaction_from_the_same_key() {
    let anvil = common::spawn_anvil();
    let storage: Arc<dyn Storage> =
        Arc::new(SqliteStorage::connect("sqlite::memory:").await.unwrap());
    let running = start(&anvil, storage.clone(), common::executor_settings()).await;
    // Someone else uses nonce 0 behind the executor's back.
    let wallet = ProviderBuilder::new()
        .wallet(EthereumWallet::from(signer(&anvil)))
        .connect_http(anvil.endpoint_url());
    let transfer = TransactionRequest::default().with_to(SINK).with_value(U256::from(1));
    wallet.send_transaction(transfer).await.unwrap().get_receipt().await.unwrap();

    running.handle.submit(common::settle_action("report:3")).await.unwrap();
    let record = wait_for(&storage, "report:3", ActionStatus::Confirmed).await;
    running.stop().await;
    assert_eq!(record.nonce, Some(1));
    let nonces: Vec<u64> =
        storage.attempts("report:3").await.unwrap().iter().map(|a| a.nonce).collect();
    assert_eq!(nonces, [0, 1], "the refused attempt, then the re-synced one");
    assert_eq!(mined_nonce(&anvil).await, 2);
}

#[tokio::test]
async fn sends_again_when_another_transaction_takes_its_nonce() {
    let anvil = common::spawn_anvil();
    provider(&anvil).anvil_set_auto_mine(false).await.unwrap();
    let storage: Arc<dyn Storage> =
        Arc::new(SqliteStorage::connect("sqlite::memory:").await.unwrap());
    let running = start(&anvil, storage.clone(), common::executor_settings()).await;
    running.handle.submit(common::settle_action("threshold:1:4")).await.unwrap();
    let sent = wait_for(&storage, "threshold:1:4", ActionStatus::Sent).await;
    assert_eq!(sent.nonce, Some(0));
    // A richer transaction with the same nonce replaces ours in the pool.
    let wallet = ProviderBuilder::new()
        .wallet(EthereumWallet::from(signer(&anvil)))
        .connect_http(anvil.endpoint_url());
    let rival = TransactionRequest::default()
        .with_to(Address::repeat_byte(0x77))
        .with_nonce(0)
        .with_gas_limit(21_000)
        .with_max_fee_per_gas(500_000_000_000)
        .with_max_priority_fee_per_gas(50_000_000_000);
    let rival = wallet.send_transaction(rival).await.unwrap();
    // Ours is gone from the pool, but not dropped: the rival holds the nonce there, and the
    // executor does not try to outbid it (several polls pass).
    tokio::time::sleep(Duration::from_millis(600)).await;
    let attempts = storage.attempts("threshold:1:4").await.unwrap();
    assert_eq!(attempts.len(), 1, "no replacement against the rival: {attempts:?}");
    provider(&anvil).anvil_mine(Some(1), None).await.unwrap();
    rival.get_receipt().await.unwrap();
    // The executor notices and sends the action again with the next nonce.
    wait_for(&storage, "threshold:1:4", ActionStatus::Sent).await;
    for _ in 0..50 {
        let record = storage.action("threshold:1:4").await.unwrap().unwrap();
        if record.nonce == Some(1) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    provider(&anvil).anvil_mine(Some(1), None).await.unwrap();
    let record = wait_for(&storage, "threshold:1:4", ActionStatus::Confirmed).await;
    running.stop().await;
    assert_eq!(record.nonce, Some(1));
    assert_eq!(mined_nonce(&anvil).await, 2);
}

#[tokio::test]
async fn a_reverting_action_fails_without_using_a_nonce() {
    let anvil = common::spawn_anvil();
    provider(&anvil).anvil_set_code(REVERTER, Bytes::from(REVERT_CODE.to_vec())).await.unwrap();
    let storage: Arc<dyn Storage> =
        Arc::new(SqliteStorage::connect("sqlite::memory:").await.unwrap());
    let running = start(&anvil, storage.clone(), common::executor_settings()).await;
    running.handle.submit(common::settle_action("revert:window-open")).await.unwrap();
    running.handle.submit(common::settle_action("boost:2:5")).await.unwrap();
    let failed = wait_for(&storage, "revert:window-open", ActionStatus::Failed).await;
    assert!(failed.error.as_deref().unwrap().contains("would revert"), "{failed:?}");
    assert_eq!(failed.attempts, 0);
    let next = wait_for(&storage, "boost:2:5", ActionStatus::Confirmed).await;
    running.stop().await;
    assert_eq!(next.nonce, Some(0));
}

#[tokio::test]
async fn waits_for_confirmations() {
    let anvil = common::spawn_anvil();
    let storage: Arc<dyn Storage> =
        Arc::new(SqliteStorage::connect("sqlite::memory:").await.unwrap());
    let running = start(
        &anvil,
        storage.clone(),
        ExecutorSettings { confirmations: 3, ..common::executor_settings() },
    )
    .await;
    running.handle.submit(common::settle_action("settle:1:99")).await.unwrap();
    let sent = wait_for(&storage, "settle:1:99", ActionStatus::Sent).await;
    let receipt =
        provider(&anvil).get_transaction_receipt(sent.tx_hash.unwrap()).await.unwrap().unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(storage.action("settle:1:99").await.unwrap().unwrap().status, ActionStatus::Sent);
    provider(&anvil).anvil_mine(Some(2), None).await.unwrap();
    let confirmed = wait_for(&storage, "settle:1:99", ActionStatus::Confirmed).await;
    running.stop().await;
    assert_eq!(confirmed.block_number, receipt.block_number);
    let _: B256 = confirmed.tx_hash.unwrap();
}

/// Waits until the action has at least `count` recorded transactions (at most 20 s).
async fn wait_for_attempts(storage: &Arc<dyn Storage>, key: &str, count: usize) {
    for _ in 0..200 {
        if storage.attempts(key).await.unwrap().len() >= count {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{key} never had {count} transactions: {:?}", storage.attempts(key).await.unwrap());
}

#[tokio::test]
async fn replaces_a_dropped_transaction_with_higher_fees_without_waiting_until_stuck() {
    let anvil = common::spawn_anvil();
    provider(&anvil).anvil_set_auto_mine(false).await.unwrap();
    let storage: Arc<dyn Storage> =
        Arc::new(SqliteStorage::connect("sqlite::memory:").await.unwrap());
    // Stuck only after a minute: whatever replaces it sooner is the drop detection.
    let running = start(&anvil, storage.clone(), common::executor_settings()).await;
    let key = "status:2:down:after-11";
    running.handle.submit(common::settle_action(key)).await.unwrap();
    let sent = wait_for(&storage, key, ActionStatus::Sent).await;
    // Two checks see it in the pool, so the node is known to serve pending transactions.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let dropped = provider(&anvil).anvil_drop_transaction(sent.tx_hash.unwrap()).await.unwrap();
    assert_eq!(dropped, sent.tx_hash, "anvil dropped it");
    wait_for_attempts(&storage, key, 2).await;
    provider(&anvil).anvil_mine(Some(1), None).await.unwrap();
    let record = wait_for(&storage, key, ActionStatus::Confirmed).await;
    running.stop().await;
    let attempts = storage.attempts(key).await.unwrap();
    assert_eq!(attempts.len(), 2, "{attempts:?}");
    assert_eq!((attempts[0].nonce, attempts[1].nonce), (0, 0), "same nonce");
    assert!(attempts[1].max_fee_per_gas * 1_000 >= attempts[0].max_fee_per_gas * 1_125);
    assert_eq!(record.tx_hash, Some(attempts[1].tx_hash), "the replacement was mined");
    assert_eq!(mined_nonce(&anvil).await, 1, "exactly one transaction mined");
}

#[tokio::test]
async fn a_nonce_gap_left_by_a_lost_transaction_is_closed() {
    let anvil = common::spawn_anvil();
    provider(&anvil).anvil_set_auto_mine(false).await.unwrap();
    let storage: Arc<dyn Storage> =
        Arc::new(SqliteStorage::connect("sqlite::memory:").await.unwrap());
    let running = start(&anvil, storage.clone(), common::executor_settings()).await;
    running.handle.submit(common::settle_action("boost:1:1")).await.unwrap();
    let first = wait_for(&storage, "boost:1:1", ActionStatus::Sent).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Nonce 0 is lost from the pool just before the next action goes out on nonce 1, which
    // then cannot be mined behind the gap.
    let _ = provider(&anvil).anvil_drop_transaction(first.tx_hash.unwrap()).await.unwrap();
    running.handle.submit(common::settle_action("boost:1:2")).await.unwrap();
    let second = wait_for(&storage, "boost:1:2", ActionStatus::Sent).await;
    assert_eq!((first.nonce, second.nonce), (Some(0), Some(1)));
    wait_for_attempts(&storage, "boost:1:1", 2).await;
    provider(&anvil).anvil_mine(Some(1), None).await.unwrap();
    let first = wait_for(&storage, "boost:1:1", ActionStatus::Confirmed).await;
    let second = wait_for(&storage, "boost:1:2", ActionStatus::Confirmed).await;
    running.stop().await;
    assert_eq!((first.nonce, second.nonce), (Some(0), Some(1)), "each on its own nonce");
    let (lost, behind) = (
        storage.attempts("boost:1:1").await.unwrap(),
        storage.attempts("boost:1:2").await.unwrap(),
    );
    assert_eq!(behind.len(), 1, "nonce 1 waited in the pool: {behind:?}");
    assert!(behind[0].sent_at_ms <= lost[1].sent_at_ms, "sent behind the gap: {lost:?}");
    assert_eq!(first.tx_hash, Some(lost[1].tx_hash), "the gap closed by the replacement");
    assert_eq!(mined_nonce(&anvil).await, 2);
}
