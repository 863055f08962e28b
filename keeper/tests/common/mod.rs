//! Shared helpers for the keeper's integration tests: a real anvil.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use alloy::node_bindings::{Anvil, AnvilInstance};

/// The anvil binary: `ERA_ANVIL`, else the npm-pinned platform binary found upwards from the
/// current directory (`node_modules/@foundry-rs/anvil-<os>-<arch>/bin/anvil`; never the
/// `node_modules/.bin` launcher, which hides the exit status and outlives a killed child), else
/// `anvil` on PATH.
pub fn anvil_path() -> PathBuf {
    if let Some(path) = std::env::var_os("ERA_ANVIL") {
        return path.into();
    }
    let start = std::env::current_dir().expect("current dir");
    start
        .ancestors()
        .find_map(|dir| platform_binary(&dir.join("node_modules")))
        .unwrap_or_else(|| "anvil".into())
}

fn platform_binary(modules: &Path) -> Option<PathBuf> {
    let os = std::env::consts::OS;
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    };
    let path = modules.join(format!("@foundry-rs/anvil-{os}-{arch}/bin/anvil"));
    path.exists().then_some(path)
}

/// An anvil with automine, on a free port, killed when dropped.
pub fn spawn_anvil() -> AnvilInstance {
    Anvil::at(anvil_path()).spawn()
}

/// An anvil with a given chain id.
pub fn spawn_anvil_with_chain_id(chain_id: u64) -> AnvilInstance {
    Anvil::at(anvil_path()).chain_id(chain_id).spawn()
}

/// Executor settings for tests against an automining anvil: quick polls, one confirmation.
pub fn executor_settings() -> era_keeper::executor::ExecutorSettings {
    use std::time::Duration;
    era_keeper::executor::ExecutorSettings {
        confirmations: 1,
        fee_bump_bps: 1_250,
        stuck_after: Duration::from_secs(60),
        poll_interval: Duration::from_millis(100),
        max_fee_per_gas: 1_000_000_000_000,
        max_priority_fee_per_gas: 100_000_000_000,
        gas_limit_margin_percent: 20,
        max_send_attempts: 5,
        rpc_timeout: Duration::from_secs(10),
    }
}

/// An action that needs rollup 1's lease (its call is whatever the test's encoder makes).
pub fn settle_action(key: &str) -> era_keeper::actions::Action {
    use era_keeper::actions::{Action, ActionKind};
    Action::new(key, ActionKind::SettleWindow { rollup_id: 1 })
}
