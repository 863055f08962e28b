//! The storage behaviour every backend must have: each case takes a fresh, empty `dyn Storage`.
//! `postgres_storage.rs` runs every case against SQLite and against PostgreSQL.
#![allow(dead_code)]

use std::{collections::BTreeMap, time::Duration};

use alloy::primitives::{Address, Bytes, B256};
use era_keeper::{
    actions::{Action, ActionKind, ChannelReason, RollupStatus, TrafficReport},
    observation::{Head, Observation, RollupId},
    storage::{ActionStatus, Fence, Lease, ReportSignature, Storage, StorageError, TxAttempt},
};

fn status_action(key: &str, rollup_id: RollupId, status: RollupStatus) -> Action {
    Action::new(key, ActionKind::SetStatus { rollup_id, status })
}

fn attempt(key: &str, nonce: u64, hash_byte: u8, fee: u128) -> TxAttempt {
    TxAttempt {
        key: key.into(),
        tx_hash: B256::repeat_byte(hash_byte),
        nonce,
        max_fee_per_gas: fee,
        max_priority_fee_per_gas: fee / 10,
        raw: Bytes::from(vec![2, 0xab, hash_byte]),
        sent_at_ms: 1_000 + u64::from(hash_byte),
    }
}

pub async fn an_idempotency_key_is_recorded_once(s: &dyn Storage) {
    let action = status_action("status:1:down:after-5", 1, RollupStatus::Down);
    assert!(s.insert_action(&action, 10).await.unwrap());
    let again = status_action("status:1:down:after-5", 1, RollupStatus::Active);
    assert!(!s.insert_action(&again, 20).await.unwrap());
    let record = s.action(&action.key).await.unwrap().unwrap();
    assert_eq!(record.action, action, "the first one wins");
    assert_eq!(record.status, ActionStatus::Pending);
    assert_eq!((record.created_at_ms, record.attempts), (10, 0));
    assert_eq!(s.actions().await.unwrap().len(), 1);
    assert_eq!(s.action("nope").await.unwrap(), None);
}

pub async fn attempts_move_an_action_to_sent_and_keep_every_hash(s: &dyn Storage) {
    let action = Action::new(
        "channel:1:outage:after-3",
        ActionKind::OpenChannel {
            from: 1,
            to: 2,
            reason: ChannelReason::Outage,
            duration_seconds: 60,
        },
    );
    s.insert_action(&action, 1).await.unwrap();
    s.record_attempt(&attempt(&action.key, 7, 1, 100)).await.unwrap();
    s.record_attempt(&attempt(&action.key, 7, 2, u128::MAX)).await.unwrap();
    let record = s.action(&action.key).await.unwrap().unwrap();
    assert_eq!(record.status, ActionStatus::Sent);
    assert_eq!(record.tx_hash, Some(B256::repeat_byte(2)));
    assert_eq!((record.nonce, record.attempts), (Some(7), 2));
    let attempts = s.attempts(&action.key).await.unwrap();
    assert_eq!(
        attempts,
        vec![attempt(&action.key, 7, 1, 100), attempt(&action.key, 7, 2, u128::MAX)]
    );
    assert_eq!(s.unfinished_actions().await.unwrap().len(), 1);
    s.mark_confirmed(&action.key, B256::repeat_byte(1), 42, 5).await.unwrap();
    let record = s.action(&action.key).await.unwrap().unwrap();
    assert_eq!(record.status, ActionStatus::Confirmed);
    assert_eq!((record.tx_hash, record.block_number), (Some(B256::repeat_byte(1)), Some(42)));
    assert!(s.unfinished_actions().await.unwrap().is_empty());
}

pub async fn an_attempt_for_an_unknown_action_is_rejected(s: &dyn Storage) {
    assert!(s.record_attempt(&attempt("ghost", 1, 1, 1)).await.is_err());
    assert!(s.attempts("ghost").await.unwrap().is_empty(), "nothing half-written");
    assert!(matches!(
        s.mark_failed("ghost", "x", 1).await.unwrap_err(),
        StorageError::UnknownAction(_)
    ));
    assert!(matches!(
        s.mark_confirmed("ghost", B256::ZERO, 1, 1).await.unwrap_err(),
        StorageError::UnknownAction(_)
    ));
}

pub async fn pending_and_failed_transitions_keep_the_error(s: &dyn Storage) {
    let action = status_action("k", 1, RollupStatus::Down);
    s.insert_action(&action, 1).await.unwrap();
    s.record_attempt(&attempt("k", 3, 1, 100)).await.unwrap();
    s.mark_pending("k", "nonce 3 used by another transaction", 2).await.unwrap();
    let record = s.action("k").await.unwrap().unwrap();
    assert_eq!(record.status, ActionStatus::Pending);
    assert_eq!(record.error.as_deref(), Some("nonce 3 used by another transaction"));
    s.mark_failed("k", "execution reverted", 3).await.unwrap();
    let record = s.action("k").await.unwrap().unwrap();
    assert_eq!((record.status, record.updated_at_ms), (ActionStatus::Failed, 3));
    assert_eq!(record.error.as_deref(), Some("execution reverted"));
    assert!(s.unfinished_actions().await.unwrap().is_empty());
}

pub async fn a_confirmed_or_failed_action_stays_so(s: &dyn Storage) {
    // An instance that lost the lease (or a late check) must not reopen what is finished: a
    // confirmed action sent again would act twice.
    s.insert_action(&status_action("done", 1, RollupStatus::Down), 1).await.unwrap();
    s.record_attempt(&attempt("done", 4, 1, 100)).await.unwrap();
    s.mark_confirmed("done", B256::repeat_byte(1), 9, 2).await.unwrap();
    let finished = |e: StorageError, expected: ActionStatus| {
        assert!(
            matches!(&e, StorageError::Finished { key, status } if key == "done" && *status == expected),
            "{e}"
        );
        assert!(e.is_handed_over());
    };
    finished(s.mark_pending("done", "nonce used", 3).await.unwrap_err(), ActionStatus::Confirmed);
    finished(s.mark_failed("done", "reverted", 3).await.unwrap_err(), ActionStatus::Confirmed);
    finished(
        s.record_attempt(&attempt("done", 5, 2, 200)).await.unwrap_err(),
        ActionStatus::Confirmed,
    );
    let record = s.action("done").await.unwrap().unwrap();
    assert_eq!(
        (record.status, record.attempts, record.block_number),
        (ActionStatus::Confirmed, 1, Some(9))
    );
    assert_eq!(s.attempts("done").await.unwrap().len(), 1, "nothing half-written");

    s.insert_action(&status_action("gave-up", 2, RollupStatus::Down), 1).await.unwrap();
    s.mark_failed("gave-up", "would revert", 2).await.unwrap();
    let refused = s.mark_pending("gave-up", "retry", 3).await.unwrap_err();
    assert!(
        matches!(refused, StorageError::Finished { status: ActionStatus::Failed, .. }),
        "{refused}"
    );
    let refused = s.record_attempt(&attempt("gave-up", 6, 3, 10)).await.unwrap_err();
    assert!(
        matches!(refused, StorageError::Finished { status: ActionStatus::Failed, .. }),
        "{refused}"
    );
    assert_eq!(s.action("gave-up").await.unwrap().unwrap().error.as_deref(), Some("would revert"));
}

pub async fn actions_are_listed_oldest_first(s: &dyn Storage) {
    for (i, key) in ["c", "a", "b"].into_iter().enumerate() {
        s.insert_action(&status_action(key, 1, RollupStatus::Down), i as u64).await.unwrap();
    }
    let keys: Vec<String> = s.actions().await.unwrap().into_iter().map(|r| r.action.key).collect();
    assert_eq!(keys, ["c", "a", "b"]);
    s.mark_failed("a", "x", 9).await.unwrap();
    let unfinished: Vec<String> =
        s.unfinished_actions().await.unwrap().into_iter().map(|r| r.action.key).collect();
    assert_eq!(unfinished, ["c", "b"]);
    s.insert_action(&Action::new("w", ActionKind::SettleWindow { rollup_id: 1 }), 9).await.unwrap();
    assert_eq!(
        s.action_counts().await.unwrap(),
        BTreeMap::from([
            (("set_status".to_string(), ActionStatus::Pending), 2),
            (("set_status".to_string(), ActionStatus::Failed), 1),
            (("settle_window".to_string(), ActionStatus::Pending), 1),
        ])
    );
}

pub async fn hub_statuses_are_the_latest_non_failed_status_per_rollup(s: &dyn Storage) {
    for (key, rollup, status) in [
        ("a", 1, RollupStatus::Congested),
        ("b", 2, RollupStatus::Down),
        ("c", 1, RollupStatus::Active),
        ("d", 2, RollupStatus::Active),
    ] {
        s.insert_action(&status_action(key, rollup, status), 1).await.unwrap();
    }
    s.mark_failed("d", "reverted", 2).await.unwrap();
    let report = Action::new(
        "report:1",
        ActionKind::SubmitReport(TrafficReport { epoch: 1, rollups: vec![] }),
    );
    s.insert_action(&report, 3).await.unwrap();
    let statuses = s.hub_statuses().await.unwrap();
    assert_eq!(statuses, BTreeMap::from([(1, RollupStatus::Active), (2, RollupStatus::Down)]));
}

pub async fn observations_round_trip_newest_first(s: &dyn Storage) {
    let head = |number: u64, at| Observation::Head {
        rollup_id: 1,
        head: Head {
            number,
            hash: B256::repeat_byte(number as u8),
            parent_hash: B256::repeat_byte(number as u8 - 1),
            timestamp: 1_700_000_000 + number,
            base_fee_per_gas: Some(7),
            gas_used: 21_000,
            gas_limit: 30_000_000,
            tx_count: 1,
        },
        latency_ms: 3,
        observed_at_ms: at,
    };
    let no_fee = Observation::Head {
        rollup_id: 1,
        head: Head {
            number: 0,
            hash: B256::ZERO,
            parent_hash: B256::ZERO,
            timestamp: 0,
            base_fee_per_gas: None,
            gas_used: 0,
            gas_limit: 0,
            tx_count: 0,
        },
        latency_ms: 0,
        observed_at_ms: 5,
    };
    let failure = Observation::RpcFailure {
        rollup_id: 1,
        error: "timeout".into(),
        latency_ms: 5_000,
        observed_at_ms: 30,
    };
    let other = Observation::RpcFailure {
        rollup_id: 2,
        error: "refused".into(),
        latency_ms: 1,
        observed_at_ms: 40,
    };
    let suspect = Observation::Suspect {
        rollup_id: 1,
        reason: "endpoint serves chain 1, not 31337".into(),
        latency_ms: 2,
        observed_at_ms: 35,
    };
    for o in [no_fee.clone(), head(5, 10), head(6, 20), failure.clone(), suspect.clone(), other] {
        s.record_observation(&o).await.unwrap();
    }
    assert_eq!(
        s.observations(1, 10).await.unwrap(),
        vec![suspect, failure, head(6, 20), head(5, 10), no_fee]
    );
    assert_eq!(s.observations(1, 1).await.unwrap().len(), 1);
    assert!(s.observations(3, 10).await.unwrap().is_empty());
}

pub async fn a_batch_of_observations_is_stored_in_order(s: &dyn Storage) {
    // More than one multi-row INSERT's worth, heads and failures of two rollups mixed.
    let batch: Vec<Observation> = (0..600u64)
        .map(|i| {
            let rollup_id = 1 + (i % 2) as u32;
            if i % 7 == 0 {
                return Observation::RpcFailure {
                    rollup_id,
                    error: format!("error {i}"),
                    latency_ms: i,
                    observed_at_ms: 1_000 + i,
                };
            }
            Observation::Head {
                rollup_id,
                head: Head {
                    number: i,
                    hash: B256::with_last_byte(i as u8),
                    parent_hash: B256::with_last_byte(i as u8 ^ 0xff),
                    timestamp: 1_700_000_000 + i,
                    base_fee_per_gas: (i % 3 != 0).then_some(i * 10),
                    gas_used: i * 100,
                    gas_limit: 30_000_000,
                    tx_count: i % 5,
                },
                latency_ms: i % 11,
                observed_at_ms: 1_000 + i,
            }
        })
        .collect();
    s.record_observations(&[]).await.unwrap();
    s.record_observations(&batch).await.unwrap();
    for rollup_id in [1, 2] {
        let mut stored = s.observations(rollup_id, 1_000).await.unwrap();
        stored.reverse();
        let sent: Vec<_> = batch.iter().filter(|o| o.rollup_id() == rollup_id).cloned().collect();
        assert_eq!(stored.len(), 300);
        assert_eq!(stored, sent, "rollup {rollup_id}: every observation, as sent, in order");
    }
}

pub async fn a_lease_has_one_holder_until_it_lapses(s: &dyn Storage) {
    let a = s.acquire_lease("rollup:1", "a", 60_000).await.unwrap().expect("free lease");
    assert_eq!((a.holder.as_str(), a.fencing_token), ("a", 1));
    assert!(s.acquire_lease("rollup:1", "b", 60_000).await.unwrap().is_none(), "held by a");
    let renewed = s.acquire_lease("rollup:1", "a", 60_000).await.unwrap().expect("renewal");
    assert_eq!(renewed.fencing_token, 1, "renewing keeps the token");
    assert!(renewed.expires_at_ms >= a.expires_at_ms);
    let now = s.clock_ms().await.unwrap();
    assert!(renewed.expires_at_ms > now && renewed.expires_at_ms <= now + 61_000);
    // A short lease lapses; another holder takes it over with the next token.
    s.acquire_lease("rollup:2", "a", 100).await.unwrap().expect("free lease");
    tokio::time::sleep(Duration::from_millis(250)).await;
    let taken = s.acquire_lease("rollup:2", "b", 60_000).await.unwrap().expect("lapsed");
    assert_eq!((taken.holder.as_str(), taken.fencing_token), ("b", 2));
    assert!(s.acquire_lease("rollup:2", "a", 60_000).await.unwrap().is_none(), "b holds it");
    // Releasing lets it go at once; the token moves on with the next holder.
    assert!(!s.release_lease("rollup:2", "a").await.unwrap(), "a does not hold it");
    assert!(s.release_lease("rollup:2", "b").await.unwrap());
    let back = s.acquire_lease("rollup:2", "a", 60_000).await.unwrap().expect("released");
    assert_eq!(back.fencing_token, 3);
    let leases = s.leases().await.unwrap();
    let holders: Vec<(&str, &str, u64)> =
        leases.iter().map(|l| (l.name.as_str(), l.holder.as_str(), l.fencing_token)).collect();
    assert_eq!(holders, [("rollup:1", "a", 1), ("rollup:2", "a", 3)]);
}

pub async fn many_leases_are_acquired_in_one_call(s: &dyn Storage) {
    let names = |ids: &[u32]| ids.iter().map(|id| format!("rollup:{id}")).collect::<Vec<_>>();
    let held = |leases: Vec<Lease>| {
        let mut held: Vec<_> =
            leases.into_iter().map(|l| (l.name, l.holder, l.fencing_token)).collect();
        held.sort();
        held
    };
    let entry = |id: u32, holder: &str, token: u64| (format!("rollup:{id}"), holder.into(), token);
    assert!(s.acquire_leases(&[], "a", 60_000).await.unwrap().is_empty());
    s.acquire_lease("rollup:1", "a", 60_000).await.unwrap().expect("free lease");
    // b gets the free ones, not a's; a name given twice counts once.
    let got = s.acquire_leases(&names(&[1, 2, 3, 3]), "b", 60_000).await.unwrap();
    assert_eq!(held(got), [entry(2, "b", 1), entry(3, "b", 1)]);
    // a renews its own and cannot take b's.
    let got = s.acquire_leases(&names(&[1, 2]), "a", 60_000).await.unwrap();
    assert_eq!(held(got), [entry(1, "a", 1)]);
    // Lapsed leases are taken over with the next token; b renews what it still holds.
    s.acquire_leases(&names(&[4, 5]), "a", 100).await.unwrap();
    tokio::time::sleep(Duration::from_millis(250)).await;
    let got = s.acquire_leases(&names(&[2, 4, 5]), "b", 60_000).await.unwrap();
    assert_eq!(held(got), [entry(2, "b", 1), entry(4, "b", 2), entry(5, "b", 2)]);
    let all = s.leases().await.unwrap();
    assert_eq!(all.len(), 5);
}

pub async fn a_stale_fencing_token_is_refused(s: &dyn Storage) {
    let old = s.acquire_lease("rollup:1", "old", 100).await.unwrap().unwrap();
    let old_fence = Fence { lease: "rollup:1".into(), token: old.fencing_token };
    let first = status_action("status:1:down", 1, RollupStatus::Down);
    assert!(s.insert_fenced_action(&first, &old_fence, 1).await.unwrap());
    assert!(!s.insert_fenced_action(&first, &old_fence, 2).await.unwrap(), "idempotent");
    // A write under a lease that does not exist is refused too.
    let nowhere = Fence { lease: "rollup:9".into(), token: 1 };
    assert!(matches!(
        s.insert_fenced_action(&status_action("x", 9, RollupStatus::Down), &nowhere, 1).await,
        Err(StorageError::Fenced { current: None, .. })
    ));
    tokio::time::sleep(Duration::from_millis(250)).await;
    let new = s.acquire_lease("rollup:1", "new", 60_000).await.unwrap().expect("lapsed");
    assert_eq!(new.fencing_token, old.fencing_token + 1);
    // The paused old holder wakes up: neither a new action nor a transaction for its earlier
    // one gets through.
    let second = status_action("status:1:active", 1, RollupStatus::Active);
    let refused = s.insert_fenced_action(&second, &old_fence, 3).await.unwrap_err();
    assert!(
        matches!(&refused, StorageError::Fenced { token: 1, current: Some(2), .. }),
        "{refused}"
    );
    assert_eq!(s.action(&second.key).await.unwrap(), None);
    let refused = s.record_attempt(&attempt(&first.key, 0, 1, 10)).await.unwrap_err();
    assert!(matches!(refused, StorageError::Fenced { .. }), "{refused}");
    assert!(s.attempts(&first.key).await.unwrap().is_empty());
    // The new holder's writes go through.
    let new_fence = Fence { lease: "rollup:1".into(), token: new.fencing_token };
    assert!(s.insert_fenced_action(&second, &new_fence, 4).await.unwrap());
    s.record_attempt(&attempt(&second.key, 0, 2, 10)).await.unwrap();
    // The new holder adopts the old holder's unfinished action; the old one cannot.
    let refused = s.record_fenced_attempt(&attempt(&first.key, 0, 4, 10), &old_fence).await;
    assert!(matches!(refused, Err(StorageError::Fenced { .. })), "{refused:?}");
    s.record_fenced_attempt(&attempt(&first.key, 1, 5, 10), &new_fence).await.unwrap();
    s.record_attempt(&attempt(&first.key, 1, 6, 20)).await.unwrap();
    assert_eq!(s.action(&first.key).await.unwrap().unwrap().attempts, 2);
    // Unfenced actions are not affected.
    s.insert_action(&status_action("plain", 1, RollupStatus::Down), 5).await.unwrap();
    s.record_attempt(&attempt("plain", 1, 3, 10)).await.unwrap();
}

pub async fn heartbeats_tell_the_live_instances(s: &dyn Storage) {
    s.heartbeat("b", 60_000).await.unwrap();
    s.heartbeat("a", 60_000).await.unwrap();
    s.heartbeat("short", 100).await.unwrap();
    assert_eq!(s.live_instances().await.unwrap(), ["a", "b", "short"]);
    tokio::time::sleep(Duration::from_millis(250)).await;
    assert_eq!(s.live_instances().await.unwrap(), ["a", "b"], "short lapsed");
    s.heartbeat("short", 60_000).await.unwrap();
    s.heartbeat("b", 0).await.unwrap();
    assert_eq!(s.live_instances().await.unwrap(), ["a", "short"], "b left");
}

pub async fn report_signatures_are_shared_once_per_signer(s: &dyn Storage) {
    let hash = B256::repeat_byte(0xaa);
    let signature = |signer: u8, instance: &str| ReportSignature {
        epoch: 7,
        report_hash: hash,
        signer: Address::repeat_byte(signer),
        signature: Bytes::from(vec![signer; 65]),
        instance: instance.into(),
    };
    assert!(s.record_report_signature(&signature(2, "b"), 1).await.unwrap());
    assert!(s.record_report_signature(&signature(1, "a"), 2).await.unwrap());
    assert!(!s.record_report_signature(&signature(1, "c"), 3).await.unwrap(), "already signed");
    let other = ReportSignature { report_hash: B256::repeat_byte(0xbb), ..signature(3, "c") };
    assert!(s.record_report_signature(&other, 4).await.unwrap());
    let later = ReportSignature { epoch: 8, ..signature(4, "d") };
    assert!(s.record_report_signature(&later, 5).await.unwrap());
    assert_eq!(
        s.report_signatures(7, hash).await.unwrap(),
        vec![signature(1, "a"), signature(2, "b")],
        "by signer address, only this epoch and hash"
    );
    assert!(s.report_signatures(9, hash).await.unwrap().is_empty());
}

/// Every case, for backends to run one by one: `storage_suite_cases!(my_macro)` calls
/// `my_macro!(case_name)` for each.
macro_rules! storage_suite_cases {
    ($each:ident) => {
        $each!(an_idempotency_key_is_recorded_once);
        $each!(attempts_move_an_action_to_sent_and_keep_every_hash);
        $each!(an_attempt_for_an_unknown_action_is_rejected);
        $each!(pending_and_failed_transitions_keep_the_error);
        $each!(a_confirmed_or_failed_action_stays_so);
        $each!(actions_are_listed_oldest_first);
        $each!(hub_statuses_are_the_latest_non_failed_status_per_rollup);
        $each!(observations_round_trip_newest_first);
        $each!(a_batch_of_observations_is_stored_in_order);
        $each!(a_lease_has_one_holder_until_it_lapses);
        $each!(many_leases_are_acquired_in_one_call);
        $each!(a_stale_fencing_token_is_refused);
        $each!(heartbeats_tell_the_live_instances);
        $each!(report_signatures_are_shared_once_per_signer);
    };
}
