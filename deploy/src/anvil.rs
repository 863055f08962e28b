//! Local anvil nodes: finding the binary and starting chains that stop when dropped.

use alloy::{
    node_bindings::{Anvil, AnvilInstance, NodeError},
    signers::{k256::ecdsa::SigningKey, local::PrivateKeySigner, Signer},
};
use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
};

/// Environment variable naming the anvil binary to use instead of searching for one.
pub const ANVIL_ENV: &str = "ERA_ANVIL";

/// Why a chain could not be started.
#[derive(Debug, thiserror::Error)]
pub enum AnvilError {
    /// No anvil binary was found.
    #[error(
        "no anvil binary found: run `make deps` in the repository (it installs the pinned Foundry \
         from npm into node_modules/), or set {ANVIL_ENV}=/path/to/anvil"
    )]
    NotFound,
    /// `ERA_ANVIL` names a file that does not exist.
    #[error("{ANVIL_ENV}={0} does not exist")]
    EnvPathMissing(String),
    /// anvil did not start.
    #[error("anvil ({binary}) for chain {chain_id} did not start: {source}")]
    Spawn {
        /// The binary that was started.
        binary: String,
        /// The chain id it was asked to serve.
        chain_id: u64,
        /// What went wrong.
        source: NodeError,
    },
}

/// Finds the anvil binary: `$ERA_ANVIL`, else the native binary that the npm package
/// `@foundry-rs/anvil` installs under `node_modules/` in the current folder or one above it,
/// else `anvil` on the `PATH`. The native binary is preferred over `node_modules/.bin/anvil`
/// (a Node.js launcher) so that stopping the process stops the chain.
pub fn find_anvil() -> Result<PathBuf, AnvilError> {
    if let Some(path) = std::env::var_os(ANVIL_ENV) {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(AnvilError::EnvPathMissing(path.display().to_string()))
        };
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for start in [cwd.as_path(), manifest_dir.as_path()] {
        for dir in start.ancestors() {
            if let Some(found) = npm_native_anvil(dir) {
                return Ok(found);
            }
        }
    }
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .map(|dir| dir.join("anvil"))
        .find(|p| p.is_file())
        .ok_or(AnvilError::NotFound)
}

fn npm_native_anvil(dir: &Path) -> Option<PathBuf> {
    let scope = dir.join("node_modules").join("@foundry-rs");
    std::fs::read_dir(&scope)
        .ok()?
        .flatten()
        .filter(|entry| entry.file_name().to_string_lossy().starts_with("anvil-"))
        .map(|entry| entry.path().join("bin").join("anvil"))
        .find(|p| p.is_file())
}

/// What a chain should look like.
#[derive(Debug, Clone)]
pub struct ChainSpec {
    /// A name for logs, e.g. `hub` or `rollup-3`.
    pub name: String,
    /// EIP-155 chain id.
    pub chain_id: u64,
    /// Block gas limit.
    pub gas_limit: Option<u64>,
    /// Funded development accounts to create.
    pub accounts: usize,
}

/// A running anvil chain. Dropping it stops the node (SIGTERM, then SIGKILL).
#[derive(Debug)]
pub struct Chain {
    /// The spec it was started with.
    pub spec: ChainSpec,
    instance: AnvilInstance,
}

impl Chain {
    /// Starts anvil for `spec` on a free port, in automine mode (every transaction is mined at
    /// once, which is how the suite is deployed quickly); see [`Chain::set_block_time`].
    ///
    /// Blocking: call it from `spawn_blocking` when starting many chains at once.
    pub fn start(binary: &Path, spec: ChainSpec) -> Result<Self, AnvilError> {
        let instance = spawn(binary, &spec, 0, &[])?;
        Ok(Self { spec, instance })
    }

    /// Kills the node at once (SIGKILL: no clean shutdown; its state and transaction pool are
    /// gone), for outage tests. Its endpoint refuses connections until [`Chain::start_again`].
    pub fn kill(&mut self) {
        let child = self.instance.child_mut();
        child.kill().ok();
        child.wait().ok();
    }

    /// Starts a fresh node for the same chain on the same port (after [`Chain::kill`]), with
    /// `args` added (e.g. `--load-state` with a saved chain, and `--block-time`). Blocking,
    /// like [`Chain::start`].
    pub fn start_again(&mut self, binary: &Path, args: &[&str]) -> Result<(), AnvilError> {
        let port = self.instance.endpoint_url().port().unwrap_or_default();
        self.instance = spawn(binary, &self.spec, port, args)?;
        Ok(())
    }

    /// The HTTP JSON-RPC endpoint.
    pub fn rpc_url(&self) -> String {
        self.instance.endpoint()
    }

    /// The operating-system process id, for checks that the node is gone.
    pub fn pid(&self) -> u32 {
        self.instance.child().id()
    }

    /// Signers for the funded development accounts anvil created (its default mnemonic), in
    /// order: index 0 is the deployer.
    pub fn signers(&self) -> Vec<PrivateKeySigner> {
        self.instance
            .keys()
            .iter()
            .map(|key| {
                PrivateKeySigner::from(SigningKey::from(key))
                    .with_chain_id(Some(self.spec.chain_id))
            })
            .collect()
    }
}

/// Starts anvil for `spec` on `port` (0: a free one) with `extra` arguments.
fn spawn(
    binary: &Path,
    spec: &ChainSpec,
    port: u16,
    extra: &[&str],
) -> Result<AnvilInstance, AnvilError> {
    let mut anvil = Anvil::at(binary)
        .chain_id(spec.chain_id)
        .port(port)
        .keep_stdout()
        .timeout(30_000)
        .args([
            "--host".to_string(),
            "127.0.0.1".into(),
            "--accounts".into(),
            spec.accounts.to_string(),
        ])
        .args(extra);
    if let Some(gas_limit) = spec.gas_limit {
        anvil = anvil.args(["--gas-limit".to_string(), gas_limit.to_string()]);
    }
    let mut instance = anvil.try_spawn().map_err(|source| AnvilError::Spawn {
        binary: binary.display().to_string(),
        chain_id: spec.chain_id,
        source,
    })?;
    // anvil logs every request to stdout; drain it so the node never blocks on a full pipe.
    if let Some(stdout) = instance.child_mut().stdout.take() {
        let name = spec.name.clone();
        std::thread::Builder::new()
            .name(format!("anvil-{name}"))
            .spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    tracing::trace!(target: "anvil", chain = %name, "{line}");
                }
            })
            .expect("spawning a log thread");
    }
    Ok(instance)
}
