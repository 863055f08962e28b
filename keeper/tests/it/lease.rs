//! Several keeper instances on one PostgreSQL database: leases with fencing tokens.

use era_testkit::pg;

use std::{
    collections::BTreeSet,
    sync::Arc,
    time::{Duration, Instant},
};

use era_keeper::{
    actions::{Action, ActionKind, RollupStatus},
    lease::{FencedStorage, LeaseManager, LeaseSettings, REPORT_LEASE},
    storage::{PostgresStorage, SqliteStorage, Storage, StorageError},
};
use tokio_util::sync::CancellationToken;

const ROLLUPS: [u32; 4] = [1, 2, 3, 4];
const TTL: Duration = Duration::from_millis(1_500);

fn status(key: &str, rollup_id: u32) -> Action {
    Action::new(key, ActionKind::SetStatus { rollup_id, status: RollupStatus::Down })
}

fn rollups_of(manager_held: &era_keeper::lease::HeldLeases) -> BTreeSet<String> {
    manager_held.snapshot().into_keys().filter(|n| n.starts_with("rollup:")).collect()
}

/// Waits (polling) until `done` holds, failing after `limit`.
async fn eventually(limit: Duration, mut done: impl FnMut() -> bool) -> Duration {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "not reached within {limit:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    start.elapsed()
}

#[tokio::test]
async fn a_dead_instances_rollups_move_to_the_live_one_within_the_lease_time() {
    let db = pg::fresh_database().await;
    let connect = || async { Arc::new(PostgresStorage::connect(&db.url).await.unwrap()) };
    let (storage_a, storage_b): (Arc<dyn Storage>, Arc<dyn Storage>) =
        (connect().await, connect().await);
    let a = LeaseManager::new(storage_a.clone(), LeaseSettings::new("a", TTL), ROLLUPS.to_vec());
    let b = LeaseManager::new(storage_b.clone(), LeaseSettings::new("b", TTL), ROLLUPS.to_vec());
    let (held_a, held_b) = (a.held(), b.held());
    let (stop_a, stop_b) = (CancellationToken::new(), CancellationToken::new());
    let task_a = a.spawn(stop_a.clone());
    // a starts alone and takes everything; b joins and they split the rollups two and two.
    eventually(TTL, || rollups_of(&held_a).len() == 4).await;
    let task_b = b.spawn(stop_b.clone());
    eventually(3 * TTL, || rollups_of(&held_a).len() == 2 && rollups_of(&held_b).len() == 2).await;
    let (of_a, of_b) = (rollups_of(&held_a), rollups_of(&held_b));
    assert!(of_a.is_disjoint(&of_b), "{of_a:?} {of_b:?}");
    assert_eq!(held_a.holds(REPORT_LEASE) as u8 + held_b.holds(REPORT_LEASE) as u8, 1);

    // a writes an action under one of its rollups, then stops renewing (killed, not stopped).
    let a_rollup: u32 = of_a.first().unwrap().trim_start_matches("rollup:").parse().unwrap();
    let fenced_a = FencedStorage::new(storage_a.clone(), held_a.clone());
    assert!(fenced_a.insert_action(&status("before", a_rollup), 1).await.unwrap());
    let stale = held_a.fence(&format!("rollup:{a_rollup}")).unwrap();
    task_a.abort();
    let died = Instant::now();
    eventually(TTL + TTL, || rollups_of(&held_b).len() == 4).await;
    let took = died.elapsed();
    // The lease lapses at most a lease time after a's last renewal; b's next round (every
    // third of it) picks it up.
    assert!(took <= TTL + TTL / 3 + Duration::from_millis(500), "took {took:?}");
    let new = held_b.fence(&format!("rollup:{a_rollup}")).unwrap();
    assert_eq!(new.token, stale.token + 1, "taking over bumps the fencing token");

    // a wakes up: it no longer trusts its lease (not renewed in time)...
    let refused = fenced_a.insert_action(&status("after", a_rollup), 2).await.unwrap_err();
    assert!(matches!(refused, StorageError::NotLeaseHolder(_)), "{refused}");
    // ...and even writing with its old token directly is refused by the database.
    let refused = storage_a.insert_fenced_action(&status("after", a_rollup), &stale, 2).await;
    assert!(matches!(refused, Err(StorageError::Fenced { .. })), "{refused:?}");
    assert_eq!(storage_b.action("after").await.unwrap(), None);
    // b acts for the rollup now.
    let fenced_b = FencedStorage::new(storage_b.clone(), held_b.clone());
    assert!(fenced_b.insert_action(&status("after", a_rollup), 3).await.unwrap());

    stop_b.cancel();
    task_b.await.unwrap();
    let live = storage_b.live_instances().await.unwrap();
    assert!(!live.contains(&"b".to_string()), "b left cleanly: {live:?}");
}

#[tokio::test]
async fn a_clean_stop_hands_the_rollups_over_at_once() {
    let db = pg::fresh_database().await;
    let storage: Arc<dyn Storage> = Arc::new(PostgresStorage::connect(&db.url).await.unwrap());
    let long = Duration::from_secs(60);
    let a = LeaseManager::new(storage.clone(), LeaseSettings::new("a", long), ROLLUPS.to_vec());
    let b = LeaseManager::new(storage.clone(), LeaseSettings::new("b", long), ROLLUPS.to_vec());
    a.round().await.unwrap();
    b.round().await.unwrap();
    assert_eq!(rollups_of(&a.held()).len(), 4);
    assert!(rollups_of(&b.held()).is_empty(), "nothing free, a not yet rebalanced");
    a.round().await.unwrap();
    b.round().await.unwrap();
    assert_eq!((rollups_of(&a.held()).len(), rollups_of(&b.held()).len()), (2, 2));
    a.leave().await;
    b.round().await.unwrap();
    assert_eq!(rollups_of(&b.held()).len(), 4, "without waiting for the 60 s lease");
    assert_eq!(storage.live_instances().await.unwrap(), ["b"]);
}

#[tokio::test]
async fn concurrent_acquirers_get_exactly_one_holder() {
    let db = pg::fresh_database().await;
    let mut instances = Vec::new();
    for _ in 0..12 {
        instances.push(Arc::new(PostgresStorage::connect(&db.url).await.unwrap()));
    }
    let mut previous: Option<(String, u64)> = None;
    for (round, ttl_ms) in [(0, 200), (1, 200), (2, 60_000)] {
        let barrier = Arc::new(tokio::sync::Barrier::new(instances.len()));
        let tasks = instances.iter().enumerate().map(|(i, storage)| {
            let (storage, barrier) = (storage.clone(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                storage.acquire_lease("rollup:1", &format!("i{i}"), ttl_ms).await.unwrap()
            })
        });
        let results = futures::future::join_all(tasks).await;
        let winners: Vec<_> = results.into_iter().filter_map(|r| r.unwrap()).collect();
        assert_eq!(winners.len(), 1, "round {round}: {winners:?}");
        // The token goes up by one exactly when the holder changes; the expired holder may win
        // its own lease back, and then keeps its token.
        let winner = &winners[0];
        let expected = match &previous {
            None => 1,
            Some((holder, token)) if *holder == winner.holder => *token,
            Some((_, token)) => token + 1,
        };
        assert_eq!(winner.fencing_token, expected, "round {round}: {winner:?} after {previous:?}");
        previous = Some((winner.holder.clone(), winner.fencing_token));
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

#[tokio::test]
async fn with_sqlite_a_single_instance_holds_everything() {
    let storage: Arc<dyn Storage> =
        Arc::new(SqliteStorage::connect("sqlite::memory:").await.unwrap());
    let only =
        LeaseManager::new(storage.clone(), LeaseSettings::new("local", TTL), ROLLUPS.to_vec());
    only.round().await.unwrap();
    let held = only.held().snapshot();
    assert_eq!(held.len(), 5, "{held:?}");
    let fenced = FencedStorage::new(storage, only.held());
    assert!(fenced.insert_action(&status("k", 3), 1).await.unwrap());
    let report = Action::new(
        "report:1",
        ActionKind::SubmitReport(era_keeper::actions::TrafficReport { epoch: 1, rollups: vec![] }),
    );
    assert!(fenced.insert_action(&report, 1).await.unwrap());
    let unknown = fenced.insert_action(&status("k9", 9), 1).await.unwrap_err();
    assert!(matches!(unknown, StorageError::NotLeaseHolder(ref l) if l == "rollup:9"), "{unknown}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fenced_writes_on_a_sqlite_file_do_not_collide_with_lease_renewals() {
    // A fenced write reads the lease before it writes; on a WAL file another connection's
    // write in between must not make it fail (the keeper's executor would stop).
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("keeper.db").display());
    let storage: Arc<dyn Storage> = Arc::new(SqliteStorage::connect(&url).await.unwrap());
    let settings = LeaseSettings {
        renew_every: Duration::from_millis(1),
        ..LeaseSettings::new("local", Duration::from_secs(60))
    };
    let manager = LeaseManager::new(storage.clone(), settings, ROLLUPS.to_vec());
    manager.round().await.unwrap();
    let held = manager.held();
    let stop = CancellationToken::new();
    let renewing = manager.spawn(stop.clone());
    let fenced = Arc::new(FencedStorage::new(storage.clone(), held));
    let writers = (0..4).map(|w| {
        let fenced = fenced.clone();
        tokio::spawn(async move {
            for i in 0..50 {
                let key = format!("k{w}:{i}");
                fenced.insert_action(&status(&key, 1 + w), i).await.unwrap();
                let attempt = era_keeper::storage::TxAttempt {
                    key: key.clone(),
                    tx_hash: alloy::primitives::keccak256(key.as_bytes()),
                    nonce: i,
                    max_fee_per_gas: 1,
                    max_priority_fee_per_gas: 1,
                    raw: vec![1].into(),
                    sent_at_ms: i,
                };
                fenced.record_attempt(&attempt).await.unwrap();
            }
        })
    });
    for writer in futures::future::join_all(writers).await {
        writer.unwrap();
    }
    stop.cancel();
    renewing.await.unwrap();
    assert_eq!(storage.actions().await.unwrap().len(), 200);
}
