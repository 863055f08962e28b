//! `make demo`: the whole ERA Metalayer story on a local devnet of 4 rollups.
//!
//! The devnet comes up with the suite deployed and governance in charge; the keeper starts and
//! watches every rollup; rollup 1 is flooded with real gas-burning traffic until its base fee
//! climbs; rollup 3's anvil is killed. The demo prints a timeline of what the keeper saw and did
//! (with hub transaction hashes) and the final on-chain state after the first reward epoch, then
//! keeps everything running until Ctrl-C (or exits with `--exit`).

use alloy::{primitives::U256, providers::Provider};
use anyhow::Context;
use era_bindings::{
    elastic_pool::ElasticPool, emergency_channels::EmergencyChannels,
    reward_distributor::RewardDistributor, rollup_registry::RollupRegistry,
    staking_hub::StakingHub,
};
use era_deploy::{
    summary,
    traffic::{flood, TrafficPlan},
    Devnet, DevnetConfig, Progress,
};
use era_keeper::{config::Config, pipeline, storage};
use std::{
    fmt::Write as _,
    sync::Mutex,
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};
use tokio_util::sync::CancellationToken;

const ROLLUPS: usize = 4;
const FLOODED: usize = 0;
const KILLED: usize = 2;

struct Steps;

impl Progress for Steps {
    fn step(&self, message: &str) {
        eprintln!("  {message}");
    }
}

/// What the demo itself did, for the timeline.
struct Timeline {
    start_ms: u64,
    events: Mutex<Vec<(u64, String)>>,
}

impl Timeline {
    fn note(&self, what: impl Into<String>) {
        let what = what.into();
        println!("[{:>6.1}s] {what}", (now_ms() - self.start_ms) as f64 / 1000.0);
        self.events.lock().unwrap().push((now_ms(), what));
    }
}

fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_millis() as u64
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber_init();
    let exit_at_end = std::env::args().any(|a| a == "--exit");
    let dir = tempfile::tempdir()?;
    let manifest_path = dir.path().join("devnet.json");

    eprintln!("ERA Metalayer demo: a hub and {ROLLUPS} rollups on anvil, 1-second blocks");
    let config = DevnetConfig {
        block_time: Some(1),
        manifest_path: Some(manifest_path.clone()),
        ..DevnetConfig::new(ROLLUPS)
    };
    let mut devnet = Devnet::start(config.clone(), &Steps).await.context("devnet")?;
    print!("{}", summary::render(&devnet.manifest, &config));
    let timeline = Timeline { start_ms: now_ms(), events: Mutex::new(Vec::new()) };
    timeline.note("devnet ready: suite deployed, admin rights handed to the core timelock");

    // The keeper, in this process, with the devnet's keeper and reporter keys.
    let keeper_toml = dir.path().join("keeper.toml");
    std::fs::write(&keeper_toml, keeper_config(&manifest_path, dir.path()))?;
    std::env::set_var("ERA_KEEPER_KEY", key_hex(&devnet.accounts.keeper));
    std::env::set_var("ERA_REPORTER_KEY", key_hex(&devnet.accounts.reporters[0]));
    let keeper_config = Config::load(&keeper_toml).context("keeper config")?;
    let database_url = keeper_config.database_url.clone();
    let shutdown = CancellationToken::new();
    let keeper = tokio::spawn(pipeline::run(keeper_config, shutdown.clone()));
    timeline.note(format!("keeper started (config {})", keeper_toml.display()));

    // Let the keeper learn each rollup's normal load first.
    tokio::time::sleep(Duration::from_secs(15)).await;

    let flooded = devnet.manifest.rollups[FLOODED].clone();
    timeline
        .note(format!("flooding {} with 40 tx/s of 1M-gas transactions for 40 s", flooded.name));
    let plan = TrafficPlan { tps: 40, duration: Duration::from_secs(40), gas_per_tx: 1_000_000 };
    let flood_task = tokio::spawn(async move {
        flood(&flooded.rpc_url, &plan, |t| {
            if t.elapsed.as_secs() % 10 == 0 {
                eprintln!(
                    "    traffic: {} tx sent, block {} {:.0}% full, base fee {:.2} gwei",
                    t.sent,
                    t.block,
                    100.0 * t.gas_used as f64 / t.gas_limit.max(1) as f64,
                    t.base_fee as f64 / 1e9
                );
            }
        })
        .await
    });

    tokio::time::sleep(Duration::from_secs(10)).await;
    let killed = devnet.rollups.remove(KILLED);
    let killed_name = killed.spec.name.clone();
    drop(killed);
    timeline.note(format!("killed the anvil of {killed_name}"));

    let stats = flood_task.await?.context("traffic")?;
    timeline.note(format!(
        "flood over: {} tx, peak block {:.0}% full, base fee {:.2} -> {:.2} gwei",
        stats.sent,
        100.0 * stats.peak_fullness,
        stats.base_fee_before as f64 / 1e9,
        stats.base_fee_after as f64 / 1e9
    ));

    // Wait for the first reward epoch to be reported (epochs are 60 s from deployment).
    let hub = era_e2e::reader(&devnet.manifest.hub.rpc_url);
    let distributor =
        RewardDistributor::new(devnet.manifest.hub_contract("RewardDistributor")?, &hub);
    let deadline = Instant::now() + Duration::from_secs(120);
    while distributor.lastReportedEpoch().call().await? == 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    timeline.note("first reward epoch reported");
    tokio::time::sleep(Duration::from_secs(3)).await;

    print_keeper_timeline(&database_url, &timeline).await?;
    print_final_state(&devnet, &hub).await?;

    if !exit_at_end {
        println!("\nthe devnet and the keeper keep running; press Ctrl-C to stop");
        tokio::signal::ctrl_c().await?;
    }
    shutdown.cancel();
    let _ = tokio::time::timeout(Duration::from_secs(15), keeper).await;
    let count = devnet.pids().len();
    devnet.shutdown();
    println!("stopped the keeper and {count} anvil nodes");
    Ok(())
}

fn tracing_subscriber_init() {
    // The keeper logs through tracing; the demo shows warnings only unless RUST_LOG says more.
    let filter = std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into());
    let _ =
        tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

fn key_hex(signer: &alloy::signers::local::PrivateKeySigner) -> String {
    format!("0x{}", alloy::hex::encode(signer.to_bytes()))
}

fn keeper_config(manifest: &std::path::Path, dir: &std::path::Path) -> String {
    format!(
        r#"manifest = "{manifest}"
database_url = "sqlite://{db}?mode=rwc"

[signer]
key_env = "ERA_KEEPER_KEY"

[[report.reporters]]
key_env = "ERA_REPORTER_KEY"

[devnet]
apply_gas_limits = true

[outage]
after_seconds = 8

[boost]
multiplier_bps = 20000
amount_era = "50000"
duration_seconds = 120

[channel]
duration_seconds = 600
"#,
        manifest = manifest.display(),
        db = dir.join("keeper.db").display(),
    )
}

async fn print_keeper_timeline(database_url: &str, timeline: &Timeline) -> anyhow::Result<()> {
    let storage = storage::connect(database_url).await?;
    let mut lines: Vec<(u64, String)> = timeline.events.lock().unwrap().clone();
    for record in storage.actions().await? {
        let mut line = format!("keeper: {} [{:?}]", record.action.key, record.status);
        if let Some(hash) = record.tx_hash {
            let _ = write!(line, " tx {hash}");
        }
        if let Some(block) = record.block_number {
            // Relays are transactions on the rollup they mirror a channel to (`relay:{id}:…`).
            match record.action.key.strip_prefix("relay:").and_then(|k| k.split(':').next()) {
                Some(rollup) => {
                    let _ = write!(line, " in block {block} of rollup {rollup}");
                }
                None => {
                    let _ = write!(line, " in hub block {block}");
                }
            }
        }
        if let Some(error) = &record.error {
            let _ = write!(line, " ({error})");
        }
        lines.push((record.created_at_ms, line));
    }
    lines.sort_by_key(|(at, _)| *at);
    println!("\nTIMELINE (what the demo did, what the keeper saw and did)");
    println!("  keys: boost/status/channel/threshold/report:{{rollup}}:… are hub actions; relay:{{rollup}}:{{channel}}:… mirror a channel to that rollup's ChannelEndpoint");
    for (at, line) in lines {
        let t = at.saturating_sub(timeline.start_ms) as f64 / 1000.0;
        println!("  {t:>6.1}s  {line}");
    }
    Ok(())
}

async fn print_final_state(
    devnet: &Devnet,
    hub: &alloy::providers::DynProvider,
) -> anyhow::Result<()> {
    let m = &devnet.manifest;
    let registry = RollupRegistry::new(m.hub_contract("RollupRegistry")?, hub);
    let pool = ElasticPool::new(m.hub_contract("ElasticPool")?, hub);
    let channels = EmergencyChannels::new(m.hub_contract("EmergencyChannels")?, hub);
    let staking = StakingHub::new(m.hub_contract("StakingHub")?, hub);
    let distributor = RewardDistributor::new(m.hub_contract("RewardDistributor")?, hub);
    const STATUS: [&str; 4] = ["Active", "Congested", "Degraded", "Down"];
    println!("\nFINAL STATE ON THE HUB (block {})", hub.get_block_number().await?);
    println!(
        "  {:<10} {:>3}  {:<9}  {:>14}  {:<28}  {:>20}",
        "ROLLUP", "ID", "STATUS", "MIN STAKE ERA", "BOOST WINDOW", "CHANNEL"
    );
    for r in &m.rollups {
        let onchain = registry.getRollup(r.rollup_id).call().await?;
        let min = registry.minValidatorStake(r.rollup_id).call().await?;
        let window = pool.windowOf(r.rollup_id).call().await?;
        let channel = channels.channelOf(r.rollup_id).call().await?;
        let window_text = if window.id == 0 {
            "-".to_string()
        } else {
            let amount = U256::from(window.amount) / U256::from(10u64).pow(U256::from(18));
            format!("#{} {amount} ERA at {}bps", window.id, window.multiplierBps)
        };
        let channel_text = if channel.channelId == U256::ZERO {
            "-".to_string()
        } else {
            format!("#{} to rollup {}", channel.channelId, channel.channel.to)
        };
        println!(
            "  {:<10} {:>3}  {:<9}  {:>14}  {:<28}  {:>20}",
            r.name,
            r.rollup_id,
            STATUS.get(onchain.status as usize).copied().unwrap_or("?"),
            min / U256::from(10u64).pow(U256::from(18)),
            window_text,
            channel_text
        );
    }
    let epoch = distributor.lastReportedEpoch().call().await?;
    println!("  reward epochs reported: {epoch}");
    let period = staking.rewardStreamPeriod().call().await?;
    let hours = period.to::<u64>() / 3600;
    println!("  each reward streams to its rollup's stakers over {hours} h");
    for (i, staker) in devnet.accounts.stakers.iter().enumerate() {
        let validator = &devnet.accounts.validators[i % devnet.accounts.validators.len()];
        let reward = staking.pendingRewards(staker.address(), validator.address()).call().await?;
        let rollup_id = staking.getValidator(validator.address()).call().await?.rollupId;
        let stream = staking.rewardStream(rollup_id).call().await?;
        println!(
            "  staker {} earned {:.4} ERA so far (delegating to validator {}; {:.4} ERA still \
             streaming to rollup {rollup_id}'s stakers)",
            staker.address(),
            f64::from(reward) / 1e18,
            validator.address(),
            f64::from(stream.unstreamed) / 1e18,
        );
    }
    Ok(())
}
