//! The whole keeper (collectors → strategies → executor) against real anvils, with the hub
//! contracts at empty addresses: calls to them succeed (and the hub collector's reads fail,
//! which must not stop anything), which is enough to see what the keeper decides and that it
//! sends it once. The keeper against the real contracts is in `tests/tests/keeper_*.rs`.

use crate::common;

use std::{collections::BTreeMap, path::Path, time::Duration};

use alloy::{node_bindings::AnvilInstance, primitives::Address, signers::local::PrivateKeySigner};
use era_keeper::{
    actions::{contract_names, ActionKind, ChannelReason, RollupStatus},
    config::Config,
    pipeline,
    storage::{ActionStatus, SqliteStorage, Storage},
};
use era_protocol::manifest::{HubDeployment, Manifest, RollupDeployment, MANIFEST_VERSION};
use tokio_util::sync::CancellationToken;

const KEY_ENV: &str = "ERA_KEEPER_PIPELINE_TEST_KEY";

fn rollup(name: &str, rpc_url: String, chain_id: u64, rollup_id: u32) -> RollupDeployment {
    RollupDeployment {
        name: name.into(),
        chain_id,
        rpc_url,
        ws_url: None,
        extra_rpc_urls: Vec::new(),
        rollup_id,
        domain: 1,
        kind: "optimistic".into(),
        contracts: BTreeMap::new(),
        hyperlane: None,
    }
}

fn write_deployment(dir: &Path, hub: &AnvilInstance, rollups: Vec<RollupDeployment>) -> Config {
    let contracts = contract_names::REQUIRED
        .iter()
        .chain(&contract_names::OPTIONAL)
        .enumerate()
        .map(|(i, name)| (name.to_string(), Address::repeat_byte(0x40 + i as u8)))
        .collect();
    let manifest = Manifest {
        version: MANIFEST_VERSION,
        hub: HubDeployment {
            chain_id: hub.chain_id(),
            rpc_url: hub.endpoint(),
            deployer: hub.addresses()[0],
            contracts,
            roles: BTreeMap::new(),
            hyperlane: None,
        },
        rollups,
    };
    manifest.save(&dir.join("manifest.json")).unwrap();
    let config = format!(
        "manifest = \"manifest.json\"\n\
         database_url = \"sqlite://{}?mode=rwc\"\n\
         [signer]\nkey_env = \"{KEY_ENV}\"\n\
         [collector]\npoll_interval_ms = 100\nrpc_timeout_ms = 500\n\
         [outage]\nafter_seconds = 3\n\
         [executor]\npoll_interval_ms = 100\n",
        dir.join("keeper.db").display()
    );
    std::fs::write(dir.join("keeper.toml"), config).unwrap();
    Config::load(&dir.join("keeper.toml")).unwrap()
}

/// Runs the keeper for `duration`, then shuts it down and checks it stopped cleanly.
async fn run_for(config: &Config, duration: Duration) {
    let shutdown = CancellationToken::new();
    let keeper = tokio::spawn(pipeline::run(config.clone(), shutdown.clone()));
    tokio::time::sleep(duration).await;
    shutdown.cancel();
    tokio::time::timeout(Duration::from_secs(10), keeper)
        .await
        .expect("the keeper stops promptly")
        .unwrap()
        .unwrap();
}

#[tokio::test]
async fn an_unreachable_rollup_is_marked_down_once_and_traffic_diverted() {
    let hub = common::spawn_anvil();
    // Mines a block a second, so its head keeps moving.
    let healthy = alloy::node_bindings::Anvil::at(common::anvil_path())
        .chain_id(100_002)
        .block_time(1)
        .spawn();
    let signer: PrivateKeySigner = hub.keys()[0].clone().into();
    std::env::set_var(KEY_ENV, signer.to_bytes().to_string());
    let dir = tempfile::tempdir().unwrap();
    let config = write_deployment(
        dir.path(),
        &hub,
        vec![
            rollup("dead", "http://127.0.0.1:9".into(), 100_001, 1),
            rollup("healthy", healthy.endpoint(), 100_002, 2),
        ],
    );

    run_for(&config, Duration::from_secs(6)).await;
    let storage = SqliteStorage::connect(&config.database_url).await.unwrap();
    let actions = decided(&storage).await;
    let keys: Vec<&str> = actions.iter().map(|a| a.action.key.as_str()).collect();
    assert_eq!(keys, ["status:1:down:after-none", "channel:1:outage:after-none"]);
    assert!(actions.iter().all(|a| a.status == ActionStatus::Confirmed), "{actions:?}");
    assert_eq!(
        actions[0].action.kind,
        ActionKind::SetStatus { rollup_id: 1, status: RollupStatus::Down }
    );
    assert!(matches!(
        actions[1].action.kind,
        ActionKind::OpenChannel { from: 1, to: 2, reason: ChannelReason::Outage, .. }
    ));
    let timeline = storage.observations(2, 5).await.unwrap();
    assert!(!timeline.is_empty(), "the healthy rollup's heads are recorded");
    assert!(storage
        .observations(1, 1)
        .await
        .unwrap()
        .iter()
        .all(|o| matches!(o, era_keeper::observation::Observation::RpcFailure { .. })));
    drop(storage);

    // A restarted keeper knows rollup 1 is already down and does nothing again.
    run_for(&config, Duration::from_secs(3)).await;
    let storage = SqliteStorage::connect(&config.database_url).await.unwrap();
    assert_eq!(decided(&storage).await.len(), 2);
}

/// Every action but epoch reports (an epoch may end while a test runs).
async fn decided(storage: &SqliteStorage) -> Vec<era_keeper::storage::ActionRecord> {
    let actions = storage.actions().await.unwrap();
    actions.into_iter().filter(|a| !a.action.key.starts_with("report:")).collect()
}
