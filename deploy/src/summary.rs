//! The human-readable summary of a deployment: chains, contracts and roles.

use crate::{devnet::DevnetConfig, manifest::Manifest};
use std::fmt::Write;

/// Renders the table `era-deploy devnet` prints once the devnet is ready.
pub fn render(manifest: &Manifest, config: &DevnetConfig) -> String {
    let mut out = String::new();
    let blocks = config.block_time.map_or("a block per tx".to_string(), |s| format!("{s}s blocks"));
    let header = ("CHAIN", "CHAIN ID", "RPC", "ROLLUP ID", "DOMAIN", "KIND");
    let mut rows = vec![(
        "hub".to_string(),
        manifest.hub.chain_id.to_string(),
        manifest.hub.rpc_url.clone(),
        "-".to_string(),
        "-".to_string(),
        "-".to_string(),
    )];
    rows.extend(manifest.rollups.iter().map(|r| {
        (
            r.name.clone(),
            r.chain_id.to_string(),
            r.rpc_url.clone(),
            r.rollup_id.to_string(),
            r.domain.to_string(),
            r.kind.clone(),
        )
    }));
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<12} {:>9}  {:<24} {:>9} {:>6}  {:<10}",
        header.0, header.1, header.2, header.3, header.4, header.5
    );
    for (name, chain_id, rpc, id, domain, kind) in rows {
        let _ =
            writeln!(out, "{name:<12} {chain_id:>9}  {rpc:<24} {id:>9} {domain:>6}  {kind:<10}");
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{:<28} ADDRESS (hub)", "CONTRACT");
    for (name, address) in &manifest.hub.contracts {
        let _ = writeln!(out, "{name:<28} {address}");
    }
    for r in &manifest.rollups {
        for (name, address) in &r.contracts {
            let _ = writeln!(out, "{:<28} {address}", format!("{name} ({})", r.name));
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{:<12} ACCOUNTS (hub)", "ROLE");
    for (role, accounts) in &manifest.hub.roles {
        let list: Vec<String> = accounts.iter().map(|a| a.to_string()).collect();
        let _ = writeln!(out, "{role:<12} {}", list.join(" "));
    }
    let _ = writeln!(out);
    let manifest_path =
        config.manifest_path.as_ref().map_or("-".into(), |p| p.display().to_string());
    let _ = writeln!(out, "{blocks}; manifest: {manifest_path}");
    out
}
