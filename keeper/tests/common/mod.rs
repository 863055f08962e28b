//! Shared helpers for the keeper's integration tests: a real anvil.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use alloy::node_bindings::{Anvil, AnvilInstance};

/// The anvil binary: `ERA_ANVIL`, else the npm-pinned one found upwards from the current
/// directory (`node_modules/.bin/anvil`, preferring the platform binary it wraps, so killing
/// the child kills anvil), else `anvil` on PATH.
pub fn anvil_path() -> PathBuf {
    if let Some(path) = std::env::var_os("ERA_ANVIL") {
        return path.into();
    }
    let start = std::env::current_dir().expect("current dir");
    for dir in start.ancestors() {
        let modules = dir.join("node_modules");
        if modules.join(".bin/anvil").exists() {
            return platform_binary(&modules).unwrap_or_else(|| modules.join(".bin/anvil"));
        }
    }
    "anvil".into()
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
