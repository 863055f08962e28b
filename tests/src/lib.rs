//! Shared helpers for the end-to-end tests, which run against real anvil nodes.

use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use std::path::Path;

/// A read-only provider for an endpoint from the manifest.
pub fn reader(rpc_url: &str) -> DynProvider {
    ProviderBuilder::new()
        .connect_http(rpc_url.parse().expect("manifest RPC URLs are URLs"))
        .erased()
}

/// Whether the process is gone (reaped) or at least no longer running.
pub fn process_gone(pid: u32) -> bool {
    let stat = Path::new("/proc").join(pid.to_string()).join("stat");
    match std::fs::read_to_string(stat) {
        Err(_) => true,
        // Field 3 of /proc/PID/stat is the state; Z (zombie) and X (dead) are not running.
        Ok(text) => text
            .rsplit(')')
            .next()
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|state| state == "Z" || state == "X"),
    }
}
pub mod head_simulator;
pub mod keeper;
pub mod liar;
/// The PostgreSQL server and fresh databases the keeper's own storage tests use (era-testkit),
/// so the fault suite runs the keeper on the same real server.
pub use era_testkit::pg;
pub mod proxy;
