//! `make bench`, scale part: ONE real `era-keeper` process (the release binary) watching 1,000
//! rollup endpoints at one block per second each, on this machine.
//!
//! The 1,000 rollups are SIMULATED: the head simulator ([`era_e2e::head_simulator`]) serves
//! their heads over HTTP and WebSocket JSON-RPC from this process. Everything else is real: a
//! devnet hub (anvil) with the suite deployed and the 1,000 rollups registered in its
//! RollupRegistry (so the keeper's hub collector reads 1,000 rollups' state), and the keeper
//! binary with its SQLite database, run as a subprocess with a config that differs from the
//! defaults only where the simulated rollups need it (see `keeper_config`).
//!
//! After a warm-up (every rollup seen, then 10 s), one measurement window per head source
//! (`subscribe`, the default, then `poll`) measures:
//! - CPU per head: the keeper's utime + stime (`/proc/PID/stat`) over the window, divided by the
//!   heads it observed in the window;
//! - peak memory: the keeper's VmHWM (`/proc/PID/status`) at the end of the run;
//! - detection lag per head, from when the simulator made the head visible: to when the
//!   collector saw it ("seen": `observed_at_ms` in the keeper's database), and to when its row
//!   appeared in the database ("recorded", sampled every 25 ms). The strategy task records a
//!   head after the strategies handled it (grouped, within 20 ms), so the recorded lag is an
//!   upper bound of when the keeper could act on it, queue in front of the strategies included;
//! - missed heads: produced in the window, never observed (checked 5 s after it).
//!
//! Targets (issue 8): p99 detection lag under one block (1 s), judged on the recorded lag;
//! peak memory under 256 MB; no head missed.
//!
//! `era-scale-bench [--rollups N] [--seconds S] [--heads both|subscribe|poll]
//!  [--poll-interval-ms MS] [--keeper PATH] [--keeper-toml 'EXTRA TOML']` (`\n` in the extra
//! TOML separates lines; e.g. `'[hub]\npoll_interval_ms = 600000'` to see what hub polling costs).

use std::{
    collections::{BTreeMap, HashMap},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use alloy::{primitives::utils::parse_ether, providers::ext::AnvilApi};
use anyhow::{bail, Context};
use era_bindings::rollup_registry::RollupRegistry;
use era_deploy::{
    devnet::{kind_code, rollup_layout},
    suite::era,
    Devnet, DevnetConfig, Manifest, Quiet, RollupDeployment,
};
use era_e2e::{
    head_simulator::{HeadSimulator, SimulatorConfig},
    reader,
};
use era_keeper::{
    collector::{HubCollector, HubContracts, HubPollSettings},
    observation::now_ms,
};
use sqlx::{sqlite::SqliteConnectOptions, Row, SqlitePool};
use tokio_util::sync::CancellationToken;

/// Chain id of simulated rollup 0 (the devnet's real rollups start at 100001).
const FIRST_SIMULATED_CHAIN_ID: u64 = 200_001;
/// Targets from the issue.
const TARGET_P99_LAG_MS: f64 = 1_000.0;
const TARGET_PEAK_RSS_MB: f64 = 256.0;
/// After every rollup has been seen, this long before measuring.
const SETTLE: Duration = Duration::from_secs(10);
/// After the window, this long before looking for heads never observed.
const GRACE: Duration = Duration::from_secs(5);
/// How often the database is sampled for newly stored observations.
const SAMPLE_EVERY: Duration = Duration::from_millis(25);

#[derive(Debug)]
struct Options {
    rollups: usize,
    seconds: u64,
    heads: Vec<&'static str>,
    poll_interval_ms: Option<u64>,
    keeper: PathBuf,
    /// Appended to the keeper's config (sections other than those `keeper_config` writes).
    extra_toml: String,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let options = parse_options()?;
    check_fd_limit(options.rollups)?;
    let dir = tempfile::tempdir()?;
    println!(
        "keeper scale: ONE era-keeper ({}) watching {} SIMULATED rollup endpoints (the head \
         simulator, 1-second blocks, phases spread over the second) + a real devnet hub with the \
         {} rollups registered; {} s measured per head source",
        options.keeper.display(),
        options.rollups,
        options.rollups,
        options.seconds
    );
    let started = Instant::now();
    let devnet = Devnet::start(
        DevnetConfig {
            block_time: Some(1),
            manifest_path: Some(dir.path().join("devnet.json")),
            ..DevnetConfig::new(1)
        },
        &Quiet,
    )
    .await
    .context("devnet")?;
    let sim = HeadSimulator::start(SimulatorConfig {
        rollups: options.rollups,
        block_time: Duration::from_secs(1),
        first_chain_id: FIRST_SIMULATED_CHAIN_ID,
        listen: "127.0.0.1:0".parse()?,
    })
    .await?;
    let ids = register_simulated_rollups(&devnet, &sim).await?;
    println!(
        "(devnet up, {} rollups registered on the hub, simulator serving: {:.0} s)",
        ids.len(),
        started.elapsed().as_secs_f64()
    );
    let manifest = simulated_manifest(&devnet.manifest, &sim, &ids);
    manifest.save(&dir.path().join("simulated.json"))?;
    println!(
        "(one poll of the keeper's hub collector over {} rollups: {:.1} s)",
        ids.len(),
        time_hub_poll(&manifest, &ids).await?
    );

    let mut results = Vec::new();
    for heads in &options.heads {
        let run_dir = dir.path().join(heads);
        std::fs::create_dir_all(&run_dir)?;
        let result = measure(&options, heads, &run_dir, &devnet, &sim, &ids).await;
        match result {
            Ok(measurement) => {
                measurement.print();
                results.push(measurement);
            }
            Err(error) => {
                println!("== heads = \"{heads}\": FAILED: {error:#}");
                let log = std::fs::read_to_string(run_dir.join("keeper.log")).unwrap_or_default();
                let tail: Vec<&str> = log.lines().rev().take(20).collect();
                println!("   keeper log (last lines):");
                for line in tail.iter().rev() {
                    println!("   | {line}");
                }
            }
        }
    }
    sim.stop().await;
    devnet.shutdown();
    println!(
        "summary ({} SIMULATED rollups; targets: p99 recorded lag < 1 s, peak memory < 256 MB)",
        options.rollups
    );
    println!(
        "  {:<10} {:>9} {:>5} {:>9} {:>9} {:>9} {:>10} {:>10} {:>7} {:>8}",
        "heads",
        "CPU/head",
        "CPU",
        "peak RSS",
        "seen p50",
        "seen p99",
        "rec. p50",
        "rec. p99",
        "missed",
        "targets"
    );
    for m in &results {
        println!(
            "  {:<10} {:>7.0}us {:>4.0}% {:>6.0} MB {:>6.0} ms {:>6.0} ms {:>7.0} ms {:>7.0} ms {:>7} {:>8}",
            m.heads,
            m.cpu_per_head_us(),
            m.cpu_percent(),
            m.peak_rss_mb(),
            pct(&m.observed_lag, 0.5),
            pct(&m.observed_lag, 0.99),
            pct(&m.stored_lag, 0.5),
            pct(&m.stored_lag, 0.99),
            m.missed,
            if m.meets_targets() { "met" } else { "MISSED" },
        );
    }
    if results.len() < options.heads.len() {
        bail!("a scale run failed (see above)");
    }
    Ok(())
}

fn parse_options() -> anyhow::Result<Options> {
    let mut options = Options {
        rollups: 1_000,
        seconds: 60,
        heads: vec!["subscribe", "poll"],
        poll_interval_ms: None,
        keeper: std::env::current_exe()?.with_file_name("era-keeper"),
        extra_toml: String::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().with_context(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--rollups" => options.rollups = value()?.parse().context("--rollups")?,
            "--seconds" => options.seconds = value()?.parse().context("--seconds")?,
            "--poll-interval-ms" => {
                options.poll_interval_ms = Some(value()?.parse().context("--poll-interval-ms")?)
            }
            "--keeper" => options.keeper = value()?.into(),
            "--keeper-toml" => options.extra_toml = value()?.replace("\\n", "\n"),
            "--heads" => {
                options.heads = match value()?.as_str() {
                    "both" => vec!["subscribe", "poll"],
                    "subscribe" => vec!["subscribe"],
                    "poll" => vec!["poll"],
                    other => bail!("--heads is both, subscribe or poll, got {other:?}"),
                }
            }
            other => bail!(
                "unknown argument {other:?}; usage: era-scale-bench [--rollups N] [--seconds S] \
                 [--heads both|subscribe|poll] [--poll-interval-ms MS] [--keeper PATH] \
                 [--keeper-toml 'EXTRA TOML']"
            ),
        }
    }
    if options.rollups == 0 || options.seconds == 0 {
        bail!("--rollups and --seconds must be above zero");
    }
    if !options.keeper.is_file() {
        bail!(
            "no keeper binary at {} (build it with `cargo build --release -p era-keeper`, or pass \
             --keeper PATH)",
            options.keeper.display()
        );
    }
    Ok(options)
}

/// The keeper and the simulator each hold a socket per rollup (two with subscriptions).
fn check_fd_limit(rollups: usize) -> anyhow::Result<()> {
    let limits = std::fs::read_to_string("/proc/self/limits")?;
    let soft: Option<usize> = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .and_then(|l| l.split_whitespace().nth(3))
        .and_then(|v| v.parse().ok());
    let needed = 2 * rollups + 256;
    match soft {
        Some(soft) if soft < needed => bail!(
            "the open-file limit is {soft}; {rollups} rollups need about {needed} \
             (run `ulimit -n {}` first; `make bench` does)",
            needed.next_power_of_two()
        ),
        _ => Ok(()),
    }
}

/// Registers one hub rollup per simulated rollup, as core governance (the CoreTimelock,
/// impersonated on anvil), mining at once, then puts the hub back on 1-second blocks. Returns
/// the registry ids, by simulated rollup.
async fn register_simulated_rollups(
    devnet: &Devnet,
    sim: &HeadSimulator,
) -> anyhow::Result<Vec<u32>> {
    let hub = reader(&devnet.manifest.hub.rpc_url);
    let timelock = devnet.manifest.hub_contract("CoreTimelock")?;
    let registry = RollupRegistry::new(devnet.manifest.hub_contract("RollupRegistry")?, &hub);
    hub.anvil_impersonate_account(timelock).await?;
    hub.anvil_set_balance(timelock, parse_ether("1000")?).await?;
    hub.anvil_set_auto_mine(true).await?;
    let params = era_deploy::suite::SuiteParams::default();
    let first_id = u32::try_from(registry.rollupCount().call().await?)? + 1;
    let mut last = None;
    for index in 0..sim.rollups() {
        let (domain, kind) = rollup_layout(index);
        let call = registry
            .registerRollup(
                sim.chain_id(index),
                kind_code(kind),
                domain,
                era(params.min_validator_stake).to(),
                era(params.threshold_floor).to(),
                params.rollup_gas_limit,
            )
            .from(timelock);
        last = Some(call.send().await.with_context(|| format!("register rollup {index}"))?);
    }
    if let Some(last) = last {
        last.get_receipt().await?;
    }
    hub.anvil_stop_impersonating_account(timelock).await?;
    hub.anvil_set_auto_mine(false).await?;
    hub.anvil_set_interval_mining(1).await?;
    let ids: Vec<u32> = (0..sim.rollups() as u32).map(|i| first_id + i).collect();
    let last_chain = sim.chain_id(sim.rollups() - 1);
    let registered = registry.rollupIdOf(last_chain).call().await?;
    if Some(&registered) != ids.last() {
        bail!("simulated rollup {last_chain} has registry id {registered}, expected {ids:?}");
    }
    Ok(ids)
}

/// Seconds one poll of the keeper's hub collector takes (its first: every event since block 0,
/// then the snapshot, which reads each rollup's registry entry, pool window and channel).
async fn time_hub_poll(manifest: &Manifest, ids: &[u32]) -> anyhow::Result<f64> {
    let settings = HubPollSettings {
        interval: Duration::from_secs(2),
        timeout: Duration::from_secs(120),
        from_block: 0,
        max_log_range: 10_000,
    };
    let contracts = HubContracts::from_manifest(manifest)?;
    let mut hub =
        HubCollector::new(manifest.hub.rpc_url.parse()?, contracts, ids.to_vec(), settings);
    let started = Instant::now();
    hub.poll().await.map_err(|e| anyhow::anyhow!("hub poll: {e}"))?;
    Ok(started.elapsed().as_secs_f64())
}

/// The devnet's hub, and the simulated rollups only (the devnet's real rollup is left out).
fn simulated_manifest(devnet: &Manifest, sim: &HeadSimulator, ids: &[u32]) -> Manifest {
    let rollups = ids
        .iter()
        .enumerate()
        .map(|(index, &rollup_id)| {
            let (domain, kind) = rollup_layout(index);
            RollupDeployment {
                name: format!("simulated-{}", index + 1),
                chain_id: sim.chain_id(index),
                rpc_url: sim.http_url(index),
                // The simulator serves WebSocket on the same URL, as anvil does.
                ws_url: None,
                extra_rpc_urls: Vec::new(),
                rollup_id,
                domain,
                kind: kind.into(),
                contracts: BTreeMap::new(),
                hyperlane: None,
            }
        })
        .collect();
    Manifest { rollups, ..devnet.clone() }
}

/// The keeper's config: its defaults, except
/// - `[collector] heads` (the head source measured) and `poll_interval_ms` if given;
/// - `[relay] enabled = false`: the simulated rollups have no ChannelEndpoint to relay to;
/// - `[threshold] min_validators = 0`: the simulated rollups have no validators, and lowering
///   1,000 thresholds (1,000 hub transactions) is not what this measures.
fn keeper_config(options: &Options, heads: &str, dir: &Path, manifest: &Path) -> String {
    let poll = options.poll_interval_ms.map(|ms| format!("poll_interval_ms = {ms}\n"));
    format!(
        "manifest = \"{}\"\n\
         database_url = \"sqlite://{}?mode=rwc\"\n\
         [signer]\nkey_env = \"ERA_SCALE_KEEPER_KEY\"\n\
         [[report.reporters]]\nkey_env = \"ERA_SCALE_REPORTER_KEY\"\n\
         [collector]\nheads = \"{heads}\"\n{}\
         [relay]\nenabled = false\n\
         [threshold]\nmin_validators = 0\n{}\n",
        manifest.display(),
        dir.join("keeper.db").display(),
        poll.unwrap_or_default(),
        options.extra_toml,
    )
}

/// What one run measured.
#[derive(Debug)]
struct Measurement {
    heads: String,
    rollups: usize,
    window: Duration,
    /// Seconds from the keeper's start until every rollup had been observed.
    startup: f64,
    heads_observed: u64,
    heads_produced: u64,
    missed: u64,
    rpc_failures: u64,
    cpu_seconds: f64,
    peak_rss_kb: u64,
    rss_start_kb: u64,
    rss_mid_kb: u64,
    rss_end_kb: u64,
    threads: u64,
    /// Sorted, milliseconds.
    observed_lag: Vec<f64>,
    stored_lag: Vec<f64>,
    hub_cpu_seconds: f64,
    bench_cpu_seconds: f64,
    actions: Vec<String>,
    warnings: Vec<String>,
}

impl Measurement {
    fn cpu_per_head_us(&self) -> f64 {
        self.cpu_seconds * 1e6 / self.heads_observed.max(1) as f64
    }

    fn cpu_percent(&self) -> f64 {
        100.0 * self.cpu_seconds / self.window.as_secs_f64()
    }

    fn peak_rss_mb(&self) -> f64 {
        self.peak_rss_kb as f64 / 1024.0
    }

    /// Judged on the recorded lag (an upper bound of when the strategies handled the head), not
    /// on the collector's own timestamp.
    fn meets_targets(&self) -> bool {
        pct(&self.stored_lag, 0.99) < TARGET_P99_LAG_MS
            && self.peak_rss_mb() < TARGET_PEAK_RSS_MB
            && self.missed == 0
    }

    fn print(&self) {
        let window = self.window.as_secs_f64();
        println!(
            "== heads = \"{}\": {} simulated rollups, {window:.0} s window",
            self.heads, self.rollups
        );
        println!(
            "  start-up: every rollup observed {:.1} s after the keeper started",
            self.startup
        );
        println!(
            "  heads: {} produced in the window, {} observed, {} missed; {} RPC failures",
            self.heads_produced, self.heads_observed, self.missed, self.rpc_failures
        );
        println!(
            "  keeper CPU: {:.1} s in {window:.0} s = {:.0}% of one core, {:.0} us per head",
            self.cpu_seconds,
            self.cpu_percent(),
            self.cpu_per_head_us()
        );
        println!(
            "  keeper memory: peak {:.0} MB (VmHWM); resident {:.0} / {:.0} / {:.0} MB at the \
             window's start / middle / end; {} threads",
            self.peak_rss_mb(),
            self.rss_start_kb as f64 / 1024.0,
            self.rss_mid_kb as f64 / 1024.0,
            self.rss_end_kb as f64 / 1024.0,
            self.threads
        );
        print_lag("  seen lag (collector's observed_at - produced)", &self.observed_lag);
        print_lag("  recorded lag (row in the keeper's DB, sampled every 25 ms)", &self.stored_lag);
        println!(
            "  beside the keeper: hub anvil {:.0}% of a core, simulator + bench {:.0}%",
            100.0 * self.hub_cpu_seconds / window,
            100.0 * self.bench_cpu_seconds / window
        );
        if self.actions.is_empty() {
            println!("  keeper actions: none");
        } else {
            println!("  keeper actions: {}", self.actions.join(", "));
        }
        if !self.warnings.is_empty() {
            println!("  keeper warnings and errors ({}), first ones:", self.warnings.len());
            for line in self.warnings.iter().take(5) {
                println!("  | {line}");
            }
        }
        println!(
            "  targets: p99 recorded lag {:.0} ms (< 1000), peak {:.0} MB (< 256), missed {}: {}",
            pct(&self.stored_lag, 0.99),
            self.peak_rss_mb(),
            self.missed,
            if self.meets_targets() { "met" } else { "MISSED" }
        );
    }
}

fn print_lag(what: &str, sorted: &[f64]) {
    if sorted.is_empty() {
        println!("{what}: no samples");
        return;
    }
    println!(
        "{what}: p50 {:.0} ms  p90 {:.0} ms  p99 {:.0} ms  max {:.0} ms",
        pct(sorted, 0.5),
        pct(sorted, 0.9),
        pct(sorted, 0.99),
        sorted[sorted.len() - 1]
    );
}

/// The `p` quantile of sorted values (nearest rank); NaN when empty.
fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// One run of the keeper binary with `heads`, in `dir`.
async fn measure(
    options: &Options,
    heads: &str,
    dir: &Path,
    devnet: &Devnet,
    sim: &HeadSimulator,
    ids: &[u32],
) -> anyhow::Result<Measurement> {
    let manifest = dir.parent().context("run dir")?.join("simulated.json");
    let config = dir.join("keeper.toml");
    std::fs::write(&config, keeper_config(options, heads, dir, &manifest))?;
    let log = std::fs::File::create(dir.join("keeper.log"))?;
    let key = |signer: &alloy::signers::local::PrivateKeySigner| {
        format!("0x{}", alloy::hex::encode(signer.to_bytes()))
    };
    let spawned = Instant::now();
    let child = Command::new(&options.keeper)
        .args(["run", "--config"])
        .arg(&config)
        .env("ERA_SCALE_KEEPER_KEY", key(&devnet.accounts.keeper))
        .env("ERA_SCALE_REPORTER_KEY", key(&devnet.accounts.reporters[0]))
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .with_context(|| format!("starting {}", options.keeper.display()))?;
    let mut keeper = KeeperProcess(child);
    let pid = keeper.0.id();
    let db = open_db(&dir.join("keeper.db"), &mut keeper).await?;
    let index_of: HashMap<u32, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();

    // Warm-up: every rollup observed at least once, then a little longer.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        keeper.check_running()?;
        let seen: i64 = sqlx::query_scalar(
            "SELECT COUNT(DISTINCT rollup_id) FROM observations WHERE kind = 'head'",
        )
        .fetch_one(&db)
        .await?;
        if seen as usize >= ids.len() {
            break;
        }
        if Instant::now() > deadline {
            bail!("after 120 s the keeper had observed {seen} of {} rollups", ids.len());
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let startup = spawned.elapsed().as_secs_f64();
    tokio::time::sleep(SETTLE).await;

    // The window.
    let hub_pid = devnet.hub.pid();
    let ticks = clock_ticks_per_second();
    let (cpu0, hub0, bench0) =
        (cpu_ticks(pid)?, cpu_ticks(hub_pid)?, cpu_ticks(std::process::id())?);
    let rss_start_kb = status_kb(pid, "VmRSS:")?;
    let from_ms = now_ms();
    let stop_sampling = CancellationToken::new();
    let samples = Arc::new(Mutex::new(Vec::<(u64, i64)>::new()));
    let sampler = tokio::spawn(sample_stored(db.clone(), samples.clone(), stop_sampling.clone()));
    tokio::time::sleep(Duration::from_secs(options.seconds) / 2).await;
    let rss_mid_kb = status_kb(pid, "VmRSS:")?;
    tokio::time::sleep(Duration::from_secs(options.seconds) / 2).await;
    let to_ms = now_ms();
    let (cpu1, hub1, bench1) =
        (cpu_ticks(pid)?, cpu_ticks(hub_pid)?, cpu_ticks(std::process::id())?);
    let rss_end_kb = status_kb(pid, "VmRSS:")?;
    tokio::time::sleep(GRACE).await;
    stop_sampling.cancel();
    sampler.await??;
    keeper.check_running()?;
    let peak_rss_kb = status_kb(pid, "VmHWM:")?;
    let threads = status_kb(pid, "Threads:")?;
    keeper.stop().await?;

    // Analysis.
    let rows = sqlx::query(
        "SELECT id, rollup_id, kind, block_number, observed_at_ms FROM observations \
         WHERE observed_at_ms >= ?",
    )
    .bind(from_ms as i64)
    .fetch_all(&db)
    .await?;
    let samples = samples.lock().expect("samples").clone();
    let mut seen: HashMap<(usize, u64), (u64, i64)> = HashMap::new();
    let mut heads_observed = 0;
    let mut rpc_failures = 0;
    for row in &rows {
        let observed_at = row.try_get::<i64, _>("observed_at_ms")? as u64;
        let in_window = observed_at < to_ms;
        if row.try_get::<String, _>("kind")? != "head" {
            rpc_failures += u64::from(in_window);
            continue;
        }
        heads_observed += u64::from(in_window);
        let rollup_id = row.try_get::<i64, _>("rollup_id")? as u32;
        let number = row.try_get::<i64, _>("block_number")? as u64;
        let Some(&index) = index_of.get(&rollup_id) else { continue };
        seen.entry((index, number)).or_insert((observed_at, row.try_get("id")?));
    }
    let (mut observed_lag, mut stored_lag) = (Vec::new(), Vec::new());
    let (mut heads_produced, mut missed) = (0, 0);
    for index in 0..sim.rollups() {
        for (number, produced_ms) in sim.produced(index) {
            if produced_ms < from_ms || produced_ms >= to_ms {
                continue;
            }
            heads_produced += 1;
            let Some(&(observed_at, id)) = seen.get(&(index, number)) else {
                missed += 1;
                continue;
            };
            observed_lag.push(observed_at as f64 - produced_ms as f64);
            // The first sample that saw the row (an upper bound of when it was stored).
            let at = samples.partition_point(|(_, max_id)| *max_id < id);
            if let Some((sampled_ms, _)) = samples.get(at) {
                stored_lag.push(*sampled_ms as f64 - produced_ms as f64);
            }
        }
    }
    observed_lag.sort_by(f64::total_cmp);
    stored_lag.sort_by(f64::total_cmp);
    let actions = sqlx::query(
        "SELECT kind, status, COUNT(*) AS n FROM actions GROUP BY kind, status ORDER BY kind",
    )
    .fetch_all(&db)
    .await?
    .iter()
    .map(|row| {
        let kind: String = row.try_get("kind")?;
        let status: String = row.try_get("status")?;
        let n: i64 = row.try_get("n")?;
        Ok(format!("{n} {kind} {status}"))
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    db.close().await;
    let log = std::fs::read_to_string(dir.join("keeper.log"))?;
    let warnings = log
        .lines()
        .map(strip_ansi)
        .filter(|l| l.contains(" WARN ") || l.contains(" ERROR "))
        .collect();
    let seconds = |ticks_used: u64| ticks_used as f64 / ticks;
    Ok(Measurement {
        heads: heads.into(),
        rollups: ids.len(),
        window: Duration::from_millis(to_ms - from_ms),
        startup,
        heads_observed,
        heads_produced,
        missed,
        rpc_failures,
        cpu_seconds: seconds(cpu1 - cpu0),
        peak_rss_kb,
        rss_start_kb,
        rss_mid_kb,
        rss_end_kb,
        threads,
        observed_lag,
        stored_lag,
        hub_cpu_seconds: seconds(hub1 - hub0),
        bench_cpu_seconds: seconds(bench1 - bench0),
        actions,
        warnings,
    })
}

/// The keeper's database, read-only, once the keeper has created and migrated it.
async fn open_db(path: &Path, keeper: &mut KeeperProcess) -> anyhow::Result<SqlitePool> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        keeper.check_running()?;
        if path.exists() {
            let options = SqliteConnectOptions::new().filename(path).read_only(true);
            if let Ok(pool) = SqlitePool::connect_with(options).await {
                let migrated = sqlx::query("SELECT 1 FROM observations LIMIT 1").fetch_all(&pool);
                if migrated.await.is_ok() {
                    return Ok(pool);
                }
            }
        }
        if Instant::now() > deadline {
            bail!("the keeper created no database at {} within 60 s", path.display());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Records (unix ms, highest observation id) every [`SAMPLE_EVERY`] until stopped.
async fn sample_stored(
    db: SqlitePool,
    samples: Arc<Mutex<Vec<(u64, i64)>>>,
    stop: CancellationToken,
) -> anyhow::Result<()> {
    let mut ticker = tokio::time::interval(SAMPLE_EVERY);
    while !stop.is_cancelled() {
        ticker.tick().await;
        let max: Option<i64> =
            sqlx::query_scalar("SELECT MAX(id) FROM observations").fetch_one(&db).await?;
        samples.lock().expect("samples").push((now_ms(), max.unwrap_or(0)));
    }
    Ok(())
}

/// The keeper subprocess; killed if dropped while running.
struct KeeperProcess(Child);

impl KeeperProcess {
    fn check_running(&mut self) -> anyhow::Result<()> {
        match self.0.try_wait()? {
            None => Ok(()),
            Some(status) => bail!("the keeper exited early ({status}); see its log"),
        }
    }

    /// Ctrl-C (SIGINT), then waits for a clean exit.
    async fn stop(&mut self) -> anyhow::Result<()> {
        let pid = self.0.id().to_string();
        Command::new("kill").args(["-INT", &pid]).status()?;
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.0.try_wait()? {
                if !status.success() {
                    bail!("the keeper stopped with {status}");
                }
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("the keeper did not stop within 30 s of Ctrl-C");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for KeeperProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// utime + stime of a process (all its threads), in clock ticks.
fn cpu_ticks(pid: u32) -> anyhow::Result<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // Fields after the command name (which may contain spaces) start at field 3, the state.
    let rest: Vec<&str> =
        stat.rsplit_once(')').context("stat format")?.1.split_whitespace().collect();
    let field = |n: usize| -> anyhow::Result<u64> { Ok(rest[n - 3].parse()?) };
    Ok(field(14)? + field(15)?)
}

/// A `Key:  value kB` (or plain count) line of `/proc/PID/status`.
fn status_kb(pid: u32, key: &str) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let line = status.lines().find(|l| l.starts_with(key)).with_context(|| format!("no {key}"))?;
    Ok(line[key.len()..].split_whitespace().next().context("value")?.parse()?)
}

fn clock_ticks_per_second() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}

fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
