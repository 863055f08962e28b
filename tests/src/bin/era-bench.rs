//! `make bench`: keeper reaction latency on a real devnet.
//!
//! 10 rollups with 1-second blocks, the keeper running; rollups are flooded one after another
//! (two rounds, 20 surges). For each surge the keeper's `status:{id}:congested:{block}` action
//! names the rollup block that made the congestion observable; the latency is measured from that
//! block to the hub block that contains the keeper's transaction.
//!
//! Block times are taken to the millisecond: the bench subscribes to every chain's new heads
//! itself and records when each block arrived. "The next hub block" is the first hub block
//! that arrived after the trigger block: the physical limit. Independent chains do not seal in
//! step, so the rollups' block phases are spread evenly over the hub's block interval (rollup i
//! seals (i + 0.5) / 10 of an interval after the hub); without that, every rollup of a freshly
//! started devnet would seal a few milliseconds after the hub and the bench would measure the
//! start-up order of the anvils rather than the keeper.

use std::{
    collections::BTreeMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use alloy::providers::{ext::AnvilApi, Provider, ProviderBuilder, WsConnect};
use anyhow::Context;
use era_deploy::{
    traffic::{flood, TrafficPlan},
    Devnet, DevnetConfig, Quiet,
};
use era_e2e::reader;
use era_keeper::{
    config::Config,
    observation::{now_ms, Observation},
    pipeline, storage,
    storage::ActionStatus,
};
use futures::StreamExt;
use tokio_util::sync::CancellationToken;

const ROLLUPS: usize = 10;
const ROUNDS: usize = 2;

/// When each block of each chain arrived here, in ms since the epoch (from `newHeads`).
#[derive(Clone, Default)]
struct BlockClock {
    arrivals: Arc<Mutex<BTreeMap<(u64, u64), u64>>>,
}

impl BlockClock {
    /// Records the arrival of every new head of `chain_id` from now on.
    async fn watch(&self, chain_id: u64, rpc_url: &str) -> anyhow::Result<()> {
        let ws = rpc_url.replacen("http://", "ws://", 1);
        let provider = ProviderBuilder::new().connect_ws(WsConnect::new(ws)).await?;
        let mut heads = provider.subscribe_blocks().await?.into_stream();
        let arrivals = self.arrivals.clone();
        tokio::spawn(async move {
            let _provider = provider;
            while let Some(head) = heads.next().await {
                arrivals.lock().unwrap().insert((chain_id, head.number), now_ms());
            }
        });
        Ok(())
    }

    fn arrival(&self, chain_id: u64, number: u64) -> Option<u64> {
        self.arrivals.lock().unwrap().get(&(chain_id, number)).copied()
    }

    /// The first block of `chain_id` that arrived after `after_ms`.
    fn first_after(&self, chain_id: u64, after_ms: u64) -> Option<(u64, u64)> {
        let arrivals = self.arrivals.lock().unwrap();
        arrivals
            .range((chain_id, 0)..=(chain_id, u64::MAX))
            .filter(|(_, at)| **at > after_ms)
            .map(|((_, number), at)| (*number, *at))
            .min()
    }

    /// Waits (bounded) for the next head of `chain_id` and returns when it arrived.
    async fn next(&self, chain_id: u64) -> anyhow::Result<u64> {
        let since = now_ms();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some((_, at)) = self.first_after(chain_id, since) {
                return Ok(at);
            }
            anyhow::ensure!(Instant::now() < deadline, "no block of chain {chain_id} in 10 s");
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    }
}

/// One measured surge.
struct Surge {
    /// Hub blocks after the next one (0 = the next hub block).
    blocks_after: u64,
    /// Trigger block arrival → the keeper's transaction sent, ms.
    reaction_ms: u64,
    /// Trigger block arrival → the keeper saw it, ms.
    detection_ms: u64,
    /// Trigger block arrival → the next hub block, ms: the time any keeper had.
    window_ms: u64,
}

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
    let clock = BlockClock::default();
    let hub_chain = devnet.manifest.hub.chain_id;
    clock.watch(hub_chain, &devnet.manifest.hub.rpc_url).await?;
    for rollup in &devnet.manifest.rollups {
        clock.watch(rollup.chain_id, &rollup.rpc_url).await?;
    }
    // Spread the rollups' block phases over the hub's interval: restarting interval mining
    // restarts a chain's block timer.
    let hub_sealed = clock.next(hub_chain).await?;
    for (i, rollup) in devnet.manifest.rollups.iter().enumerate() {
        let at = hub_sealed + (i as u64 * 100) + 50;
        tokio::time::sleep(Duration::from_millis(at.saturating_sub(now_ms()))).await;
        reader(&rollup.rpc_url).anvil_set_interval_mining(1).await?;
    }
    let toml = dir.path().join("keeper.toml");
    std::fs::write(
        &toml,
        format!(
            r#"manifest = "{}"
database_url = "sqlite://{}?mode=rwc"
[signer]
key_env = "ERA_BENCH_KEEPER_KEY"
[[report.reporters]]
key_env = "ERA_BENCH_REPORTER_KEY"
[collector]
heads = "subscribe"
poll_interval_ms = 500
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
    std::env::set_var(
        "ERA_BENCH_REPORTER_KEY",
        format!("0x{}", alloy::hex::encode(devnet.accounts.reporters[0].to_bytes())),
    );
    let keeper_config = Config::load(&toml)?;
    let db = keeper_config.database_url.clone();
    // Opened (and migrated) before the keeper starts, so the two never migrate at once.
    let store = storage::connect(&db).await?;
    let shutdown = CancellationToken::new();
    let keeper = tokio::spawn(pipeline::run(keeper_config, shutdown.clone()));

    println!(
        "keeper reaction latency: {ROLLUPS} rollups, 1-second blocks, {} surges",
        ROLLUPS * ROUNDS
    );
    println!("(warming up the keeper's baselines for 15 s)");
    tokio::time::sleep(Duration::from_secs(15)).await;

    let mut surges = Vec::new();
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
            let included = record.block_number.context("confirmed action has a block")?;
            let sent_at = store
                .attempts(&record.action.key)
                .await?
                .first()
                .map(|a| a.sent_at_ms)
                .context("a confirmed action has an attempt")?;
            let observed_at = store
                .observations(id, 200)
                .await?
                .into_iter()
                .find_map(|o| match o {
                    Observation::Head { head, observed_at_ms, .. } if head.number == trigger => {
                        Some(observed_at_ms)
                    }
                    _ => None,
                })
                .context("the trigger block is among the keeper's observations")?;
            let (Some(arrived), Some((next_hub, next_hub_at))) = (
                clock.arrival(rollup.chain_id, trigger),
                clock
                    .arrival(rollup.chain_id, trigger)
                    .and_then(|at| clock.first_after(hub_chain, at)),
            ) else {
                println!("  round {} {}: block arrival times missing", round + 1, rollup.name);
                continue;
            };
            let surge = Surge {
                blocks_after: included.saturating_sub(next_hub),
                reaction_ms: sent_at.saturating_sub(arrived),
                detection_ms: observed_at.saturating_sub(arrived),
                window_ms: next_hub_at - arrived,
            };
            println!(
                "  round {} {:<10} trigger block {trigger:>4} -> hub block {included:>4} ({} after the next); seen after {:>3} ms, sent after {:>3} ms, next hub block after {:>3} ms",
                round + 1,
                rollup.name,
                surge.blocks_after,
                surge.detection_ms,
                surge.reaction_ms,
                surge.window_ms,
            );
            surges.push(surge);
        }
    }
    if surges.len() < ROLLUPS * ROUNDS {
        println!("keeper actions (for the surges that were not measured):");
        for r in store.actions().await? {
            println!("  {} {:?} {}", r.action.key, r.status, r.error.unwrap_or_default());
        }
    }
    shutdown.cancel();
    let _ = tokio::time::timeout(Duration::from_secs(15), keeper).await;
    devnet.shutdown();

    println!("surges measured: {} of {}", surges.len(), ROLLUPS * ROUNDS);
    let column = |f: fn(&Surge) -> u64| surges.iter().map(|s| f(s) as f64).collect::<Vec<_>>();
    report(
        "hub blocks after the next hub block (0 = the next block, the physical limit)",
        &mut column(|s| s.blocks_after),
    );
    report(
        "detection, ms from trigger block to the keeper seeing it",
        &mut column(|s| s.detection_ms),
    );
    report(
        "reaction, ms from trigger block to the transaction sent",
        &mut column(|s| s.reaction_ms),
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
