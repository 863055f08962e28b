//! `era-deploy`: the command line of the deploy tool.

use anyhow::Context;
use clap::{Parser, Subcommand};
use era_deploy::{
    traffic::{self, TrafficPlan},
    Devnet, DevnetConfig, Manifest, Progress,
};
use indicatif::{ProgressBar, ProgressStyle};
use std::{path::PathBuf, time::Duration, time::Instant};

#[derive(Parser)]
#[command(
    name = "era-deploy",
    version,
    about = "Deploys ERA Metalayer: a local devnet on anvil, and checks deployments"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start a hub anvil and N rollup anvils, deploy the suite, write the manifest, and keep the
    /// chains running until Ctrl-C.
    Devnet {
        /// Number of rollup chains.
        #[arg(long, default_value_t = 3)]
        rollups: usize,
        /// Seconds between blocks on every chain (default: a block per transaction).
        #[arg(long)]
        block_time: Option<u64>,
        /// Block gas limit of the rollup chains.
        #[arg(long)]
        gas_limit: Option<u64>,
        /// Where to write the deployment manifest.
        #[arg(long, default_value = "devnet.json")]
        manifest: PathBuf,
        /// Stop once deployed instead of running until Ctrl-C (for benchmarks and scripts).
        #[arg(long)]
        exit_when_ready: bool,
    },
    /// Fill a devnet rollup's blocks with gas-burning transactions so its base fee rises.
    Traffic {
        /// The rollup's id (`rollup_id` in the manifest).
        #[arg(long)]
        rollup: u32,
        /// Transactions per second.
        #[arg(long)]
        tps: u64,
        /// Seconds to keep sending.
        #[arg(long = "for", value_name = "SECONDS")]
        seconds: u64,
        /// Gas each transaction burns.
        #[arg(long, default_value_t = era_deploy::traffic::DEFAULT_GAS_PER_TX)]
        gas_per_tx: u64,
        /// The devnet's deployment manifest.
        #[arg(long, default_value = "devnet.json")]
        manifest: PathBuf,
    },
    /// Check a deployment against its manifest and the build: chain ids, every contract's
    /// runtime code, the governance hand-over (no deployer role left) and the role holders.
    /// Exits non-zero if any check fails.
    Verify {
        /// The deployment manifest.
        #[arg(long, default_value = "devnet.json")]
        manifest: PathBuf,
        /// The forge output folder the deployment was built from.
        #[arg(long, default_value = "out")]
        artifacts: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

struct Spinner(ProgressBar);

impl Progress for Spinner {
    fn step(&self, message: &str) {
        self.0.set_message(message.to_string());
        self.0.println(format!("  {message}"));
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .init();
    match Cli::parse().command {
        Command::Devnet { rollups, block_time, gas_limit, manifest, exit_when_ready } => {
            let config = DevnetConfig {
                block_time,
                gas_limit,
                manifest_path: Some(manifest),
                ..DevnetConfig::new(rollups)
            };
            run_devnet(config, exit_when_ready).await
        }
        Command::Traffic { rollup, tps, seconds, gas_per_tx, manifest } => {
            run_traffic(rollup, tps, seconds, gas_per_tx, &manifest).await
        }
        Command::Verify { manifest, artifacts, json } => {
            let loaded = Manifest::load(&manifest)?;
            let report = era_deploy::verify::verify(&loaded, &artifacts).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                println!("{report}");
            }
            if !report.is_ok() {
                anyhow::bail!(
                    "{} does not match its chains or the build: {} checks failed",
                    manifest.display(),
                    report.failures().count()
                );
            }
            Ok(())
        }
    }
}

async fn run_traffic(
    rollup_id: u32,
    tps: u64,
    seconds: u64,
    gas_per_tx: u64,
    manifest_path: &std::path::Path,
) -> anyhow::Result<()> {
    let manifest = Manifest::load(manifest_path)?;
    let Some(rollup) = manifest.rollups.iter().find(|r| r.rollup_id == rollup_id) else {
        let known: Vec<String> = manifest.rollups.iter().map(|r| r.rollup_id.to_string()).collect();
        anyhow::bail!(
            "unknown rollup {rollup_id}: {} has rollups {}",
            manifest_path.display(),
            known.join(", ")
        );
    };
    let plan = TrafficPlan { tps, duration: Duration::from_secs(seconds), gas_per_tx };
    println!(
        "flooding {} (rollup {rollup_id}, {}) with {tps} tx/s of {gas_per_tx} gas for {seconds}s",
        rollup.name, rollup.rpc_url
    );
    let stats = traffic::flood(&rollup.rpc_url, &plan, |t| {
        println!(
            "  {:>4.0}s  sent {:>6}  block {:>6}  gas {:>5.1}% of {}  base fee {:.3} gwei",
            t.elapsed.as_secs_f64(),
            t.sent,
            t.block,
            100.0 * t.gas_used as f64 / t.gas_limit.max(1) as f64,
            t.gas_limit,
            t.base_fee as f64 / 1e9
        );
    })
    .await?;
    println!(
        "sent {} ({} refused); peak block fullness {:.0}%; base fee {:.3} -> {:.3} gwei",
        stats.sent,
        stats.refused,
        100.0 * stats.peak_fullness,
        stats.base_fee_before as f64 / 1e9,
        stats.base_fee_after as f64 / 1e9
    );
    Ok(())
}

async fn run_devnet(config: DevnetConfig, exit_when_ready: bool) -> anyhow::Result<()> {
    let started = Instant::now();
    let bar = ProgressBar::new_spinner();
    bar.set_style(ProgressStyle::with_template("{spinner} [{elapsed}] {msg}").expect("template"));
    bar.enable_steady_tick(Duration::from_millis(100));
    let devnet = Devnet::start(config.clone(), &Spinner(bar.clone())).await;
    bar.finish_and_clear();
    let devnet = devnet.context("devnet failed to start")?;
    let elapsed = started.elapsed();
    print_summary(&devnet.manifest, &config);
    println!("devnet ready in {:.2}s", elapsed.as_secs_f64());
    if exit_when_ready {
        devnet.shutdown();
        return Ok(());
    }
    println!("running; press Ctrl-C to stop every chain");
    wait_for_stop().await?;
    let count = devnet.pids().len();
    devnet.shutdown();
    println!("stopped {count} anvil nodes");
    Ok(())
}

async fn wait_for_stop() -> anyhow::Result<()> {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        r = tokio::signal::ctrl_c() => r.context("listening for Ctrl-C")?,
        _ = term.recv() => {}
    }
    Ok(())
}

fn print_summary(manifest: &Manifest, config: &DevnetConfig) {
    print!("{}", era_deploy::summary::render(manifest, config));
}
