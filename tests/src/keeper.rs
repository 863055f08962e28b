//! A devnet with the keeper running in this process, for the keeper's end-to-end tests.

use crate::reader;
use alloy::{primitives::Address, providers::DynProvider};
use era_bindings::rollup_registry::RollupRegistry;
use era_deploy::{Devnet, DevnetConfig, Quiet};
use era_keeper::{config::Config, pipeline, storage::SqliteStorage};
use std::{future::Future, path::Path, time::Duration};
use tempfile::TempDir;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// A devnet, a keeper config for it, and the keeper task once started.
pub struct KeeperHarness {
    /// The chains, manifest and accounts.
    pub devnet: Devnet,
    /// The keeper's config (written to `dir/keeper.toml`).
    pub config: Config,
    /// Holds the manifest, config and keeper database.
    pub dir: TempDir,
    shutdown: CancellationToken,
    keeper: Option<JoinHandle<Result<(), pipeline::KeeperError>>>,
}

impl KeeperHarness {
    /// Starts `devnet` (its manifest goes to the harness folder) and writes a keeper config
    /// (`extra` appended); the keeper is not started yet. `name` keeps env vars apart.
    pub async fn new(name: &str, devnet: DevnetConfig, extra: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let config = DevnetConfig { manifest_path: Some(dir.path().join("devnet.json")), ..devnet };
        let devnet = Devnet::start(config, &Quiet).await.expect("devnet starts");
        let config = write_config(dir.path(), name, &devnet, extra);
        Self { devnet, config, dir, shutdown: CancellationToken::new(), keeper: None }
    }

    /// Starts (or restarts) the keeper.
    pub fn run_keeper(&mut self) {
        self.shutdown = CancellationToken::new();
        self.keeper = Some(tokio::spawn(pipeline::run(self.config.clone(), self.shutdown.clone())));
    }

    /// Stops the keeper, checking it stopped cleanly, then the devnet.
    pub async fn stop(mut self) {
        self.stop_keeper().await;
        self.devnet.shutdown();
        drop(self.dir);
    }

    /// Stops the keeper and checks it ran without error.
    pub async fn stop_keeper(&mut self) {
        self.shutdown.cancel();
        if let Some(keeper) = self.keeper.take() {
            tokio::time::timeout(Duration::from_secs(15), keeper)
                .await
                .expect("the keeper stops promptly")
                .unwrap()
                .expect("the keeper ran without error");
        }
    }

    /// A reader of the hub.
    pub fn hub(&self) -> DynProvider {
        reader(&self.devnet.manifest.hub.rpc_url)
    }

    /// A hub contract's address from the manifest.
    pub fn contract(&self, name: &str) -> Address {
        self.devnet.manifest.hub_contract(name).unwrap()
    }

    /// The registry id of the rollup at `index` of the manifest.
    pub fn rollup_id(&self, index: usize) -> u32 {
        self.devnet.manifest.rollups[index].rollup_id
    }

    /// A rollup's status in the RollupRegistry.
    pub async fn status(&self, rollup_id: u32) -> u8 {
        let hub = self.hub();
        let registry = RollupRegistry::new(self.contract("RollupRegistry"), &hub);
        registry.statusOf(rollup_id).call().await.unwrap()
    }

    /// Waits until a rollup has `status` on chain.
    pub async fn wait_for_status(&self, rollup_id: u32, status: u8, within: Duration) {
        eventually(&format!("rollup {rollup_id} has status {status}"), within, || async {
            (self.status(rollup_id).await == status).then_some(())
        })
        .await;
    }

    /// The keeper's database.
    pub async fn storage(&self) -> SqliteStorage {
        SqliteStorage::connect(&self.config.database_url).await.unwrap()
    }
}

/// Writes `keeper.toml` next to the manifest, with the keeper and reporter keys in
/// environment variables named after the test; `extra` is appended inside `[executor]`, so it
/// may continue that section before opening others.
fn write_config(dir: &Path, name: &str, devnet: &Devnet, extra: &str) -> Config {
    let key_env = format!("ERA_E2E_{name}_KEEPER_KEY");
    let reporter_env = format!("ERA_E2E_{name}_REPORTER_KEY");
    std::env::set_var(&key_env, devnet.accounts.keeper.to_bytes().to_string());
    std::env::set_var(&reporter_env, devnet.accounts.reporters[0].to_bytes().to_string());
    let text = format!(
        "manifest = \"devnet.json\"\n\
         database_url = \"sqlite://{db}?mode=rwc\"\n\
         [signer]\nkey_env = \"{key_env}\"\n\
         [[report.reporters]]\nkey_env = \"{reporter_env}\"\n\
         [collector]\npoll_interval_ms = 250\nrpc_timeout_ms = 2000\n\
         [hub]\npoll_interval_ms = 500\n\
         [executor]\npoll_interval_ms = 250\n\
         {extra}",
        db = dir.join("keeper.db").display()
    );
    std::fs::write(dir.join("keeper.toml"), text).unwrap();
    Config::load(&dir.join("keeper.toml")).unwrap()
}

/// Polls `probe` until it yields a value; panics naming `what` after `within`.
pub async fn eventually<T, F, Fut>(what: &str, within: Duration, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + within;
    loop {
        if let Some(value) = probe().await {
            return value;
        }
        assert!(tokio::time::Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}
