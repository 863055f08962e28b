//! anvil for tests: the npm-pinned platform binary, and instances on free ports (killed when
//! dropped).

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
