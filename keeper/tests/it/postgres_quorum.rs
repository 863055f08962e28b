//! M-of-N reports across two keeper instances sharing a PostgreSQL database: each signs with
//! its own reporter key, the signatures meet in the database, and the report is submitted once.

use era_testkit::pg;

use std::{sync::Arc, time::Duration};

use alloy::{
    primitives::{Address, Signature},
    signers::local::PrivateKeySigner,
    sol_types::SolCall,
};
use era_bindings::reward_distributor::RewardDistributor;
use era_keeper::{
    actions::{Action, ActionKind, CallEncoder, HubCalls, RollupTraffic, TrafficReport},
    lease::{FencedStorage, LeaseManager, LeaseSettings, REPORT_LEASE},
    quorum::{QuorumCalls, ReportQuorum},
    storage::{PostgresStorage, Storage},
};

struct Instance {
    storage: Arc<dyn Storage>,
    leases: LeaseManager,
    quorum: ReportQuorum,
    calls: QuorumCalls,
    reporter: Address,
}

async fn instance(url: &str, name: &str, threshold: usize) -> Instance {
    let storage: Arc<dyn Storage> = Arc::new(PostgresStorage::connect(url).await.unwrap());
    let leases = LeaseManager::new(
        storage.clone(),
        LeaseSettings::new(name, Duration::from_secs(60)),
        vec![1],
    );
    let reporter = PrivateKeySigner::random();
    let address = reporter.address();
    let hub_calls = Arc::new(HubCalls {
        rollup_registry: Address::repeat_byte(1),
        elastic_pool: None,
        emergency_channels: None,
        reward_distributor: Address::repeat_byte(4),
        hub_chain_id: 31337,
        reporters: vec![reporter],
    });
    let quorum =
        ReportQuorum::new(storage.clone(), hub_calls.clone(), name, threshold, leases.held());
    let calls = QuorumCalls::new(hub_calls, quorum.collected());
    Instance { storage, leases, quorum, calls, reporter: address }
}

fn report_action(epoch: u64) -> Action {
    let report = TrafficReport {
        epoch,
        rollups: vec![RollupTraffic {
            rollup_id: 1,
            tx_volume: 42,
            cross_chain_messages: 1,
            security_factor_bps: 10_000,
        }],
    };
    Action::new(format!("report:{epoch}"), ActionKind::SubmitReport(report))
}

/// What the executor would do with a due report: record it under the report lease.
async fn submit(instance: &Instance, action: &Action) -> bool {
    let fenced = FencedStorage::new(instance.storage.clone(), instance.leases.held());
    fenced.insert_action(action, 1).await.unwrap()
}

#[tokio::test]
async fn two_signers_threshold_two_give_exactly_one_submission() {
    let db = pg::fresh_database().await;
    let a = instance(&db.url, "a", 2).await;
    let b = instance(&db.url, "b", 2).await;
    a.leases.round().await.unwrap();
    b.leases.round().await.unwrap();
    assert!(a.leases.held().holds(REPORT_LEASE) && !b.leases.held().holds(REPORT_LEASE));
    let action = report_action(7);

    // a signs first: one signature of two, a keeps the report waiting.
    assert_eq!(a.quorum.admit(action.clone()).await.unwrap(), None);
    assert!(a.quorum.due().await.unwrap().is_empty());
    // b signs: the threshold is reached, but b does not hold the report lease.
    assert_eq!(b.quorum.admit(action.clone()).await.unwrap(), None);
    // Both check concurrently: only a, the lease holder, decides to submit.
    let (due_a, due_b) = tokio::join!(a.quorum.due(), b.quorum.due());
    let (due_a, due_b) = (due_a.unwrap(), due_b.unwrap());
    assert_eq!((due_a.len(), due_b.len()), (1, 0));
    assert!(submit(&a, &due_a[0]).await);
    // Afterwards nobody decides again.
    assert!(a.quorum.due().await.unwrap().is_empty());
    assert!(b.quorum.due().await.unwrap().is_empty());
    assert_eq!((a.quorum.waiting(), b.quorum.waiting()), (0, 0));
    assert_eq!(
        a.quorum.admit(action.clone()).await.unwrap().map(|a| a.key),
        Some(action.key.clone()),
        "already recorded: passed on, and the executor skips the known key"
    );

    // The call a sends carries both signatures, in signer order.
    let call = a.calls.encode(&due_a[0]).unwrap();
    let decoded = RewardDistributor::submitReportCall::abi_decode(&call.data).unwrap();
    let ActionKind::SubmitReport(report) = &action.kind else { unreachable!() };
    let digest = HubCalls {
        rollup_registry: Address::repeat_byte(1),
        elastic_pool: None,
        emergency_channels: None,
        reward_distributor: Address::repeat_byte(4),
        hub_chain_id: 31337,
        reporters: vec![],
    }
    .report_digest(report);
    let signers: Vec<Address> = decoded
        .signatures
        .iter()
        .map(|s| {
            Signature::try_from(s.as_ref()).unwrap().recover_address_from_prehash(&digest).unwrap()
        })
        .collect();
    let mut expected = vec![a.reporter, b.reporter];
    expected.sort();
    assert_eq!(signers, expected);
    let records = a.storage.actions().await.unwrap();
    assert_eq!(records.len(), 1, "one report action in the shared database");
}

#[tokio::test]
async fn racing_instances_both_holding_enough_signatures_submit_once() {
    // Each instance alone meets threshold 1; they race, the report lease decides.
    let db = pg::fresh_database().await;
    let a = instance(&db.url, "a", 1).await;
    let b = instance(&db.url, "b", 1).await;
    let (ra, rb) = tokio::join!(a.leases.round(), b.leases.round());
    ra.unwrap();
    rb.unwrap();
    let action = report_action(9);
    let (admitted_a, admitted_b) =
        tokio::join!(a.quorum.admit(action.clone()), b.quorum.admit(action.clone()));
    let decided: Vec<&Instance> = [(&a, admitted_a.unwrap()), (&b, admitted_b.unwrap())]
        .into_iter()
        .filter_map(|(i, admitted)| admitted.map(|_| i))
        .collect();
    assert_eq!(decided.len(), 1, "only the report lease holder decides");
    assert!(submit(decided[0], &action).await);
    assert!(a.quorum.due().await.unwrap().is_empty() && b.quorum.due().await.unwrap().is_empty());
}
