//! A devnet with the keeper running in this process, for the keeper's end-to-end tests.
//!
//! Each keeper runs on a tokio runtime of its own ([`KeeperProcess`]), so a test can stop it
//! cleanly or kill it the way a crash would. [`Setup`] puts its storage in PostgreSQL, its
//! hub connection behind an [`RpcProxy`] and a rollup's behind a [`LyingRpc`] for the fault
//! tests.

use crate::{liar::LyingRpc, pg, proxy::RpcProxy, reader};
use alloy::{
    primitives::Address,
    providers::{ext::AnvilApi, DynProvider},
};
use era_bindings::rollup_registry::RollupRegistry;
use era_deploy::{anvil::find_anvil, Devnet, DevnetConfig, Quiet};
use era_keeper::{
    config::Config,
    pipeline::{self, KeeperError},
    storage::{self, Storage},
};
use std::{future::Future, io::Read, path::Path, sync::Arc, time::Duration};
use tempfile::TempDir;
use tokio::{runtime::Runtime, task::JoinHandle};
use tokio_util::sync::CancellationToken;

/// How the keeper is set up beyond its config text.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    /// Storage in a fresh PostgreSQL database ([`crate::pg`]) instead of a SQLite file.
    pub postgres: bool,
    /// The keeper reaches the hub through an [`RpcProxy`] (its copy of the manifest names the
    /// proxy); the test itself talks to the hub directly.
    pub hub_proxy: bool,
    /// The keeper reaches the rollup at this index of the manifest through a [`LyingRpc`]
    /// (honest until the test sets a lie); the test talks to the rollup directly.
    pub rollup_liar: Option<usize>,
    /// With [`Setup::rollup_liar`]: the keeper's manifest also names two honest endpoints of
    /// that rollup (`extra_rpc_urls`: an honest [`LyingRpc`] and the node itself), so the liar
    /// is one of three.
    pub liar_among_honest: bool,
    /// Hub contracts left out of the keeper's copy of the manifest (the strategies that need
    /// them are then off), e.g. `EmergencyChannels`.
    pub without_contracts: Vec<&'static str>,
}

/// A devnet, a keeper config for it, and the keeper once started.
pub struct KeeperHarness {
    /// The chains, manifest and accounts.
    pub devnet: Devnet,
    /// The keeper's config (written to `dir/keeper.toml`).
    pub config: Config,
    /// Holds the manifest, config and (SQLite) keeper database.
    pub dir: TempDir,
    /// The keeper's PostgreSQL database, with [`Setup::postgres`]; dropped with the harness.
    pub database: Option<pg::TestDatabase>,
    /// What stands between the keeper and the hub, with [`Setup::hub_proxy`].
    pub hub_proxy: Option<RpcProxy>,
    /// What stands between the keeper and one rollup, with [`Setup::rollup_liar`].
    pub rollup_liar: Option<LyingRpc>,
    /// The honest endpoint beside the liar, with [`Setup::liar_among_honest`].
    pub honest_witness: Option<LyingRpc>,
    keeper: Option<KeeperProcess>,
}

impl KeeperHarness {
    /// Starts `devnet` (its manifest goes to the harness folder) and writes a keeper config
    /// (`extra` appended) with SQLite storage; the keeper is not started yet. `name` keeps env
    /// vars apart.
    pub async fn new(name: &str, devnet: DevnetConfig, extra: &str) -> Self {
        Self::with_setup(name, devnet, extra, Setup::default()).await
    }

    /// [`KeeperHarness::new`], set up as `setup` says.
    pub async fn with_setup(name: &str, devnet: DevnetConfig, extra: &str, setup: Setup) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let config = DevnetConfig { manifest_path: Some(dir.path().join("devnet.json")), ..devnet };
        let devnet = Devnet::start(config, &Quiet).await.expect("devnet starts");
        let database = if setup.postgres { Some(pg::fresh_database().await) } else { None };
        let hub_proxy = match setup.hub_proxy {
            true => Some(RpcProxy::start(&devnet.manifest.hub.rpc_url).await),
            false => None,
        };
        let rollup_liar = match setup.rollup_liar {
            Some(index) => Some((index, LyingRpc::start(&devnet.rollups[index].rpc_url()).await)),
            None => None,
        };
        let honest_witness = match (&rollup_liar, setup.liar_among_honest) {
            (Some((index, _)), true) => {
                Some(LyingRpc::start(&devnet.rollups[*index].rpc_url()).await)
            }
            _ => None,
        };
        let mut manifest = "devnet.json";
        if hub_proxy.is_some() || rollup_liar.is_some() || !setup.without_contracts.is_empty() {
            let mut keepers = devnet.manifest.clone();
            if let Some(proxy) = &hub_proxy {
                keepers.hub.rpc_url = proxy.url().to_string();
            }
            if let Some((index, liar)) = &rollup_liar {
                // Over HTTP only: the keeper polls (see below), no subscription goes around it.
                keepers.rollups[*index].rpc_url = liar.url().to_string();
                keepers.rollups[*index].ws_url = None;
                if let Some(witness) = &honest_witness {
                    keepers.rollups[*index].extra_rpc_urls =
                        vec![witness.url().to_string(), devnet.rollups[*index].rpc_url()];
                }
            }
            for contract in &setup.without_contracts {
                keepers.hub.contracts.remove(*contract);
            }
            manifest = "keeper-devnet.json";
            keepers.save(&dir.path().join(manifest)).unwrap();
        }
        let database_url = match &database {
            Some(database) => database.url.clone(),
            None => format!("sqlite://{}?mode=rwc", dir.path().join("keeper.db").display()),
        };
        let mut config = write_config(dir.path(), name, &devnet, manifest, &database_url, extra);
        if rollup_liar.is_some() {
            config.collector.heads = era_keeper::config::HeadSource::Poll;
        }
        let rollup_liar = rollup_liar.map(|(_, liar)| liar);
        Self { devnet, config, dir, database, hub_proxy, rollup_liar, honest_witness, keeper: None }
    }

    /// Starts (or restarts) the keeper.
    pub fn run_keeper(&mut self) {
        self.keeper = Some(KeeperProcess::start(self.config.clone()));
    }

    /// Stops the keeper, checking it stopped cleanly, then the devnet.
    pub async fn stop(mut self) {
        self.stop_keeper().await;
        self.devnet.shutdown();
        drop(self.dir);
    }

    /// Stops the keeper and checks it ran without error.
    pub async fn stop_keeper(&mut self) {
        if let Some(keeper) = self.keeper.take() {
            keeper.stop().await;
        }
    }

    /// Kills the keeper: no clean stop (see [`KeeperProcess::kill`]).
    pub fn kill_keeper(&mut self) {
        if let Some(keeper) = self.keeper.take() {
            keeper.kill();
        }
    }

    /// Another keeper instance on the same database, named `instance` (`[lease] instance_id`).
    pub fn start_instance(&self, instance: &str) -> KeeperProcess {
        let mut config = self.config.clone();
        config.lease.instance_id = Some(instance.into());
        KeeperProcess::start(config)
    }

    /// A reader of the hub (directly, not through the proxy).
    pub fn hub(&self) -> DynProvider {
        reader(&self.devnet.manifest.hub.rpc_url)
    }

    /// A contract's address from the manifest.
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
    pub async fn storage(&self) -> Arc<dyn Storage> {
        storage::connect(&self.config.database_url).await.unwrap()
    }

    /// Kills the anvil of the rollup at `index` (SIGKILL) after saving its chain with
    /// `anvil_dumpState`; [`KeeperHarness::restart_rollup`] brings it back.
    pub async fn kill_rollup(&mut self, index: usize) {
        let rollup = reader(&self.devnet.rollups[index].rpc_url());
        let dump = rollup.anvil_dump_state().await.unwrap();
        let mut state = Vec::new();
        flate2::read::GzDecoder::new(dump.as_ref()).read_to_end(&mut state).unwrap();
        std::fs::write(self.rollup_state(index), state).unwrap();
        tokio::task::block_in_place(|| self.devnet.rollups[index].kill());
    }

    /// Starts the killed rollup's anvil again on its port with its saved chain (it answers
    /// only once the chain is loaded), mining every `block_time` seconds: the chain goes on
    /// from where it stopped.
    pub fn restart_rollup(&mut self, index: usize, block_time: u64) {
        let binary = find_anvil().unwrap();
        let state = self.rollup_state(index);
        let (state, block_time) = (state.to_str().unwrap(), block_time.to_string());
        let args = ["--load-state", state, "--block-time", &block_time];
        let chain = &mut self.devnet.rollups[index];
        tokio::task::block_in_place(|| chain.start_again(&binary, &args)).unwrap();
    }

    fn rollup_state(&self, index: usize) -> std::path::PathBuf {
        self.dir.path().join(format!("rollup-{index}-state.json"))
    }
}

/// A keeper on a tokio runtime of its own, which [`KeeperProcess::kill`] shuts down without
/// letting the keeper stop: every task is dropped at its next await, nothing is released or
/// flushed (leases stay taken until they lapse, transactions in flight stay unconfirmed in
/// storage), as when the process is killed.
pub struct KeeperProcess {
    runtime: Option<Runtime>,
    shutdown: CancellationToken,
    task: Option<JoinHandle<Result<(), KeeperError>>>,
}

impl KeeperProcess {
    /// Runs the keeper with `config`.
    pub fn start(config: Config) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("keeper")
            .enable_all()
            .build()
            .expect("a keeper runtime");
        let shutdown = CancellationToken::new();
        let task = runtime.spawn(pipeline::run(config, shutdown.clone()));
        Self { runtime: Some(runtime), shutdown, task: Some(task) }
    }

    /// Whether the keeper stopped by itself (an error).
    pub fn has_stopped(&self) -> bool {
        self.task.as_ref().is_none_or(JoinHandle::is_finished)
    }

    /// Stops the keeper and checks it stopped promptly and without error.
    pub async fn stop(mut self) {
        self.shutdown.cancel();
        if let Some(task) = self.task.take() {
            tokio::time::timeout(Duration::from_secs(15), task)
                .await
                .expect("the keeper stops promptly")
                .unwrap()
                .expect("the keeper ran without error");
        }
    }

    /// Kills the keeper mid-work.
    pub fn kill(mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl Drop for KeeperProcess {
    fn drop(&mut self) {
        self.shutdown.cancel();
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// Writes `keeper.toml` next to the manifest, with the keeper and reporter keys in
/// environment variables named after the test; `extra` is appended inside `[executor]`, so it
/// may continue that section before opening others.
fn write_config(
    dir: &Path,
    name: &str,
    devnet: &Devnet,
    manifest: &str,
    database_url: &str,
    extra: &str,
) -> Config {
    let key_env = format!("ERA_E2E_{name}_KEEPER_KEY");
    let reporter_env = format!("ERA_E2E_{name}_REPORTER_KEY");
    std::env::set_var(&key_env, devnet.accounts.keeper.to_bytes().to_string());
    std::env::set_var(&reporter_env, devnet.accounts.reporters[0].to_bytes().to_string());
    let text = format!(
        "manifest = \"{manifest}\"\n\
         database_url = \"{database_url}\"\n\
         [signer]\nkey_env = \"{key_env}\"\n\
         [[report.reporters]]\nkey_env = \"{reporter_env}\"\n\
         [collector]\npoll_interval_ms = 250\nrpc_timeout_ms = 2000\n\
         [hub]\npoll_interval_ms = 500\n\
         [executor]\npoll_interval_ms = 250\nrpc_timeout_ms = 2000\n\
         {extra}"
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
