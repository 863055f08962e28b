//! `make bench`: keeper reaction latency on a real devnet.
//!
//! 10 rollups with 1-second blocks, the keeper running; rollups are flooded one after another
//! (two rounds, 20 surges). For each surge the keeper's `status:{id}:congested:{block}` action
//! names the rollup block that made the congestion observable; the latency is measured from that
//! block to the hub block that contains the keeper's transaction, in seconds and in hub blocks
//! (0 = the first hub block mined after the rollup block: the physical limit).

use alloy::{eips::BlockNumberOrTag, providers::Provider};
use anyhow::Context;
use era_deploy::{
    traffic::{flood, TrafficPlan},
    Devnet, DevnetConfig, Quiet,
};
use era_e2e::reader;
use era_keeper::{config::Config, pipeline, storage, storage::ActionStatus};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

const ROLLUPS: usize = 10;
const ROUNDS: usize = 2;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let manifest_path = dir.path().join("devnet.json");
    let config = DevnetConfig {
        block_time: Some(1),
        manifest_path: Some(manifest_path.clone()),
        ..DevnetConfig::new(ROLLUPS)
    };
    let devnet = Devnet::start(config, &Quiet).await.context("devnet")?;
    let toml = dir.path().join("keeper.toml");
    std::fs::write(
        &toml,
        format!(
            r#"manifest = "{}"
database_url = "sqlite://{}?mode=rwc"
[signer]
key_env = "ERA_BENCH_KEEPER_KEY"
[collector]
poll_interval_ms = 200
[executor]
poll_interval_ms = 200
[threshold]
min_validators = 1
# Trip faster than the defaults so 20 surges fit in a few minutes; what is measured is the time
# from the block that trips the rule to the hub block with the keeper's transaction.
[congestion]
base_fee_ratio = 1.3
k_blocks = 2
warmup_blocks = 5
[surge]
ratio = 3.0
"#,
            manifest_path.display(),
            dir.path().join("keeper.db").display()
        ),
    )?;
    std::env::set_var(
        "ERA_BENCH_KEEPER_KEY",
        format!("0x{}", alloy::hex::encode(devnet.accounts.keeper.to_bytes())),
    );
    let keeper_config = Config::load(&toml)?;
    let db = keeper_config.database_url.clone();
    // Opened (and migrated) before the keeper starts, so the two never migrate at once.
    let store = storage::connect(&db).await?;
    let shutdown = CancellationToken::new();
    let keeper = tokio::spawn(pipeline::run(keeper_config, shutdown.clone()));
    let hub = reader(&devnet.manifest.hub.rpc_url);

    println!(
        "keeper reaction latency: {ROLLUPS} rollups, 1-second blocks, {} surges",
        ROLLUPS * ROUNDS
    );
    println!("(warming up the keeper's baselines for 15 s)");
    tokio::time::sleep(Duration::from_secs(15)).await;

    let mut seconds = Vec::new();
    let mut hub_blocks = Vec::new();
    for round in 0..ROUNDS {
        for rollup in &devnet.manifest.rollups {
            let id = rollup.rollup_id;
            let prefix = format!("status:{id}:congested:");
            let seen = |records: &[storage::ActionRecord]| {
                records.iter().filter(|r| r.action.key.starts_with(&prefix)).count()
            };
            let before = seen(&store.actions().await?);
            let plan =
                TrafficPlan { tps: 40, duration: Duration::from_secs(12), gas_per_tx: 1_000_000 };
            flood(&rollup.rpc_url, &plan, |_| {}).await?;
            let deadline = Instant::now() + Duration::from_secs(20);
            let record = loop {
                let records = store.actions().await?;
                let confirmed = records.into_iter().filter(|r| {
                    r.action.key.starts_with(&prefix) && r.status == ActionStatus::Confirmed
                });
                if let Some(r) = confirmed.skip(before).last() {
                    break Some(r);
                }
                if Instant::now() > deadline {
                    break None;
                }
                tokio::time::sleep(Duration::from_millis(250)).await;
            };
            let Some(record) = record else {
                println!("  round {} {}: no congestion action within 20 s", round + 1, rollup.name);
                continue;
            };
            let trigger: u64 = record.action.key.rsplit(':').next().unwrap_or("0").parse()?;
            let chain = reader(&rollup.rpc_url);
            let trigger_block = chain
                .get_block_by_number(BlockNumberOrTag::Number(trigger))
                .await?
                .context("trigger block")?;
            let included = record.block_number.context("confirmed action has a block")?;
            let hub_block = hub
                .get_block_by_number(BlockNumberOrTag::Number(included))
                .await?
                .context("hub block")?;
            let latency = hub_block.header.timestamp as i64 - trigger_block.header.timestamp as i64;
            // The first hub block mined after the trigger: walk back from the inclusion block.
            let mut first = included;
            while first > 0 {
                let prev = hub
                    .get_block_by_number(BlockNumberOrTag::Number(first - 1))
                    .await?
                    .context("hub block")?;
                if prev.header.timestamp <= trigger_block.header.timestamp {
                    break;
                }
                first -= 1;
            }
            let after = included - first;
            println!(
                "  round {} {:<10} trigger rollup block {trigger:>4} -> hub block {included:>4}: {latency} s, {after} hub blocks after the next",
                round + 1,
                rollup.name
            );
            seconds.push(latency as f64);
            hub_blocks.push(after as f64);
            // Let the rollup calm down (its fee decays) before the next round floods it again.
        }
    }
    shutdown.cancel();
    let _ = tokio::time::timeout(Duration::from_secs(15), keeper).await;
    devnet.shutdown();

    println!("surges measured: {} of {}", seconds.len(), ROLLUPS * ROUNDS);
    report("latency, seconds from trigger block to hub inclusion", &mut seconds);
    report(
        "hub blocks after the first hub block following the trigger (0 = next block)",
        &mut hub_blocks,
    );
    Ok(())
}

fn report(what: &str, values: &mut [f64]) {
    if values.is_empty() {
        println!("{what}: no samples");
        return;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| values[((values.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{what}: p50 {:.1}  p90 {:.1}  p99 {:.1}  max {:.1}",
        pct(0.5),
        pct(0.9),
        pct(0.99),
        values[values.len() - 1]
    );
}
