//! `/healthz`, `/metrics` and `/status` over real HTTP.

use era_testkit::pg;

use std::{sync::Arc, time::Duration};

use alloy::{primitives::B256, transports::http::reqwest};
use era_keeper::{
    actions::{Action, ActionKind, RollupStatus},
    http::{serve, HttpState, Metrics},
    lease::{FencedStorage, LeaseManager, LeaseSettings},
    observation::{Head, Observation},
    storage::{PostgresStorage, SqliteStorage, Storage, TxAttempt},
};
use tokio_util::sync::CancellationToken;

async fn exercise(storage: Arc<dyn Storage>, database: &'static str) {
    let leases = LeaseManager::new(
        storage.clone(),
        LeaseSettings::new("me", Duration::from_secs(60)),
        vec![1, 2],
    );
    leases.round().await.unwrap();
    let fenced = FencedStorage::new(storage.clone(), leases.held());
    let down = Action::new("s", ActionKind::SetStatus { rollup_id: 1, status: RollupStatus::Down });
    fenced.insert_action(&down, 1).await.unwrap();
    let attempt = TxAttempt {
        key: "s".into(),
        tx_hash: B256::repeat_byte(1),
        nonce: 0,
        max_fee_per_gas: 10,
        max_priority_fee_per_gas: 1,
        raw: vec![1, 2].into(),
        sent_at_ms: 2,
    };
    fenced.record_attempt(&attempt).await.unwrap();
    fenced
        .insert_action(&Action::new("w", ActionKind::SettleWindow { rollup_id: 2 }), 3)
        .await
        .unwrap();
    let metrics = Arc::new(Metrics::default());
    metrics.observe(&Observation::Head {
        rollup_id: 1,
        head: Head {
            number: 12,
            hash: B256::ZERO,
            parent_hash: B256::ZERO,
            timestamp: 1,
            base_fee_per_gas: Some(7),
            gas_used: 15_000_000,
            gas_limit: 30_000_000,
            tx_count: 3,
        },
        latency_ms: 2,
        observed_at_ms: 5,
    });
    metrics.observe(&Observation::RpcFailure {
        rollup_id: 2,
        error: "timeout".into(),
        latency_ms: 1,
        observed_at_ms: 6,
    });
    metrics.observe(&Observation::Suspect {
        rollup_id: 2,
        reason: "block 9 does not decode".into(),
        latency_ms: 1,
        observed_at_ms: 7,
    });
    metrics.decided("set_status", "submitted");
    let state = HttpState {
        metrics,
        storage,
        held: leases.held(),
        instance: "me".into(),
        database,
        started_at_ms: 1,
    };
    let shutdown = CancellationToken::new();
    let (address, server) =
        serve("127.0.0.1:0".parse().unwrap(), state, shutdown.clone()).await.unwrap();
    let client = reqwest::Client::new();
    let get = |path: &str| client.get(format!("http://{address}{path}")).send();

    let health = get("/healthz").await.unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(health.text().await.unwrap(), "ok\n");

    let response = get("/metrics").await.unwrap();
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    for line in [
        "era_keeper_rollup_fullness{rollup=\"1\"} 0.5",
        "era_keeper_rollup_head{rollup=\"1\"} 12",
        "era_keeper_rollup_base_fee_wei{rollup=\"1\"} 7",
        "era_keeper_rollup_rpc_failures_total{rollup=\"2\"} 1",
        "era_keeper_rollup_suspect_answers_total{rollup=\"2\"} 1",
        "era_keeper_actions{kind=\"set_status\",status=\"sent\"} 1",
        "era_keeper_actions{kind=\"settle_window\",status=\"pending\"} 1",
        "era_keeper_decisions_total{kind=\"set_status\",outcome=\"submitted\"} 1",
        "era_keeper_pending_actions 1",
        "era_keeper_pending_transactions 1",
        "era_keeper_lease{lease=\"rollup:1\",holder=\"me\"} 1",
        "era_keeper_lease_fencing_token{lease=\"report\",holder=\"me\"} 1",
        "era_keeper_leases_held 3",
        "era_keeper_live_instances 1",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} missing from:\n{text}");
    }
    assert!(text.ends_with("# EOF\n"));

    let response = get("/status").await.unwrap();
    assert_eq!(response.status(), 200);
    let status: serde_json::Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    assert_eq!(status["instance"], "me");
    assert_eq!(status["database"], database);
    assert_eq!(status["live_instances"], serde_json::json!(["me"]));
    assert_eq!(status["actions"]["set_status"]["sent"], 1);
    assert_eq!(status["pending_transactions"], 1);
    assert_eq!(status["leases"].as_array().unwrap().len(), 3);
    assert!(status["leases"].as_array().unwrap().iter().all(|l| l["mine"] == true));
    assert_eq!(status["rollups"][0]["head"], 12);
    assert_eq!(status["rollups"][1]["rpc_failures"], 1);
    assert_eq!(status["rollups"][1]["suspect_answers"], 1);

    assert_eq!(get("/nope").await.unwrap().status(), 404);
    shutdown.cancel();
    server.await.unwrap().unwrap();
}

#[tokio::test]
async fn http_endpoints_with_sqlite() {
    exercise(Arc::new(SqliteStorage::connect("sqlite::memory:").await.unwrap()), "sqlite").await;
}

#[tokio::test]
async fn http_endpoints_with_postgres() {
    let db = pg::fresh_database().await;
    let storage = Arc::new(PostgresStorage::connect(&db.url).await.unwrap());
    exercise(storage.clone(), "postgres").await;
    storage.pool().close().await;
}

#[tokio::test]
async fn healthz_is_503_when_the_database_is_gone() {
    let db = pg::fresh_database().await;
    let storage = Arc::new(PostgresStorage::connect(&db.url).await.unwrap());
    storage.pool().close().await;
    let state = HttpState {
        metrics: Arc::default(),
        storage,
        held: Arc::default(),
        instance: "me".into(),
        database: "postgres",
        started_at_ms: 0,
    };
    let shutdown = CancellationToken::new();
    let (address, server) =
        serve("127.0.0.1:0".parse().unwrap(), state, shutdown.clone()).await.unwrap();
    let health = reqwest::get(format!("http://{address}/healthz")).await.unwrap();
    assert_eq!(health.status(), 503);
    let status = reqwest::get(format!("http://{address}/status")).await.unwrap();
    assert_eq!(status.status(), 503);
    shutdown.cancel();
    server.await.unwrap().unwrap();
}
