//! The keeper's TOML configuration.
//!
//! Secrets never live in the file: the signing key comes from an environment variable or an
//! encrypted keystore. Every tunable has its default in exactly one place, the `Default` impl
//! of its section, and [`Config::validate`] names the field and the problem for each bad value.

use alloy::primitives::{utils::parse_ether, U256};
use serde::Deserialize;
use std::{
    fmt,
    path::{Path, PathBuf},
    time::Duration,
};

/// The environment variable that holds the keeper's private key unless the config names another.
pub const DEFAULT_KEY_ENV: &str = "ERA_KEEPER_KEY";
/// The environment variable that holds the keystore password unless the config names another.
pub const DEFAULT_KEYSTORE_PASSWORD_ENV: &str = "ERA_KEEPER_KEYSTORE_PASSWORD";
/// Field names that would put a secret in the file; rejected wherever they appear.
const SECRET_FIELDS: [&str; 3] = ["private_key", "mnemonic", "password"];

/// Why a configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("config {path}: {source}")]
    Io {
        /// The config path.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not valid TOML or has unknown or mistyped fields.
    #[error("config {path} is malformed: {message}")]
    Malformed {
        /// The config path.
        path: String,
        /// What the TOML parser reported (it names the field and line).
        message: String,
    },
    /// The file contains a secret.
    #[error(
        "config field `{field}` is not allowed: never put a secret in the config file; \
         use [signer] key_env = \"{DEFAULT_KEY_ENV}\" (the variable holds the key) or \
         [signer] keystore = \"path\" with password_env"
    )]
    SecretInFile {
        /// The dotted path of the offending field.
        field: String,
    },
    /// Some values are out of range or inconsistent.
    #[error("config is invalid:\n{}", format_problems(.0))]
    Invalid(Vec<FieldProblem>),
}

/// One bad value: which field, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// Dotted field path, e.g. `congestion.ewma_alpha`.
    pub field: String,
    /// What is wrong, e.g. `must be in (0, 1], got 1.5`.
    pub problem: String,
}

impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

fn format_problems(problems: &[FieldProblem]) -> String {
    problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n")
}

/// The whole keeper configuration.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Path of the deployment manifest written by `era-deploy` (relative to the config file).
    pub manifest: PathBuf,
    /// sqlx database URL.
    #[serde(default = "default_database_url")]
    pub database_url: String,
    /// Where the signing key comes from.
    #[serde(default)]
    pub signer: SignerConfig,
    /// Rollup head polling.
    #[serde(default)]
    pub collector: CollectorConfig,
    /// Hub state and event polling.
    #[serde(default)]
    pub hub: HubConfig,
    /// Devnet-only behaviour.
    #[serde(default)]
    pub devnet: DevnetConfig,
    /// Congestion detection.
    #[serde(default)]
    pub congestion: CongestionConfig,
    /// Abnormal gas-surge detection.
    #[serde(default)]
    pub surge: SurgeConfig,
    /// Outage detection.
    #[serde(default)]
    pub outage: OutageConfig,
    /// Boost windows opened on congestion.
    #[serde(default)]
    pub boost: BoostConfig,
    /// Emergency channels opened on surges and outages.
    #[serde(default)]
    pub channel: ChannelConfig,
    /// Temporary threshold lowering on validator shortage.
    #[serde(default)]
    pub threshold: ThresholdConfig,
    /// Redistribution away from concentrated stake.
    #[serde(default)]
    pub concentration: ConcentrationConfig,
    /// Per-epoch traffic reports.
    #[serde(default)]
    pub report: ReportConfig,
    /// The hub transaction manager.
    #[serde(default)]
    pub executor: ExecutorConfig,
    /// Relaying hub channels to the rollups' ChannelEndpoints.
    #[serde(default)]
    pub relay: RelayConfig,
    /// Several keeper instances sharing one (PostgreSQL) database.
    #[serde(default)]
    pub lease: LeaseConfig,
    /// `/metrics`, `/healthz`, `/status`; off unless `listen` is set.
    #[serde(default)]
    pub http: HttpConfig,
}

/// Several keeper instances on one database share the rollups through leases.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LeaseConfig {
    /// This instance's name, unique among the instances sharing the database. Default: `local`
    /// with SQLite; `<hostname>-<pid>` with PostgreSQL.
    pub instance_id: Option<String>,
    /// How long a lease lasts without renewal: a dead instance's rollups move to a live one
    /// within about this long. Renewed every third of it.
    pub ttl_seconds: u64,
}

impl Default for LeaseConfig {
    fn default() -> Self {
        Self { instance_id: None, ttl_seconds: 10 }
    }
}

/// The observability endpoints.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpConfig {
    /// Address to serve on, e.g. `127.0.0.1:9464`; unset: no HTTP server.
    pub listen: Option<std::net::SocketAddr>,
}

fn default_database_url() -> String {
    "sqlite://keeper.db".into()
}

/// Where the signing key comes from, as written in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignerConfig {
    /// Environment variable holding a hex private key.
    pub key_env: Option<String>,
    /// Encrypted JSON keystore file (relative to the config file).
    pub keystore: Option<PathBuf>,
    /// Environment variable holding the keystore password.
    pub password_env: Option<String>,
}

/// Where the signing key comes from, once validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignerSource {
    /// A hex private key in this environment variable.
    Env(String),
    /// An encrypted keystore and the environment variable holding its password.
    Keystore {
        /// The keystore file.
        path: PathBuf,
        /// The password variable.
        password_env: String,
    },
}

/// How a rollup collector learns that a new head exists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HeadSource {
    /// `eth_subscribe("newHeads")` over WebSocket: each announced head is fetched at once.
    /// Polling continues whenever no head arrived for `poll_interval_ms` (the liveness check
    /// that detects outages), and covers the time the subscription is down.
    #[default]
    Subscribe,
    /// Poll `eth_getBlockByNumber("latest")` every `poll_interval_ms`.
    Poll,
}

/// Rollup head collection.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CollectorConfig {
    /// How new heads are noticed.
    pub heads: HeadSource,
    /// How often each rollup is polled for its head (with `heads = "subscribe"`: after this
    /// long without an announced head).
    pub poll_interval_ms: u64,
    /// How long one RPC request may take before it counts as a failure.
    pub rpc_timeout_ms: u64,
    /// At most this many missed blocks are fetched after a gap; older ones are skipped.
    pub max_catch_up_blocks: u64,
    /// A block whose base fee rose more than this (bps per block since the last block
    /// accepted) is suspect data, not a congestion signal. EIP-1559 allows 1,250; a rollup
    /// with a faster fee rule needs more.
    pub max_base_fee_rise_bps: u64,
    /// The endpoint's chain id is checked at the start and again this often; a mismatch makes
    /// its answers suspect until it matches again.
    pub chain_id_recheck_ms: u64,
    /// For a rollup with several RPC endpoints in the manifest (`rpc_url` and
    /// `extra_rpc_urls`): how many must return a block identically before it counts. Unset: a
    /// majority. One endpoint is always its own quorum.
    pub endpoint_quorum: Option<usize>,
}

impl Default for CollectorConfig {
    fn default() -> Self {
        Self {
            heads: HeadSource::Subscribe,
            poll_interval_ms: 1_000,
            rpc_timeout_ms: 5_000,
            max_catch_up_blocks: 64,
            max_base_fee_rise_bps: 1_250,
            chain_id_recheck_ms: 30_000,
            endpoint_quorum: None,
        }
    }
}

/// Hub polling: contract state (statuses, stake, epochs) and events (validators, gas limits).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HubConfig {
    /// How often the hub contracts are read.
    pub poll_interval_ms: u64,
    /// First hub block whose events are read (the suite's deployment block, or 0).
    pub from_block: u64,
    /// At most this many blocks per `eth_getLogs` request.
    pub max_log_range: u64,
}

impl Default for HubConfig {
    fn default() -> Self {
        Self { poll_interval_ms: 2_000, from_block: 0, max_log_range: 10_000 }
    }
}

/// Devnet-only behaviour, for rollups that are local anvil nodes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DevnetConfig {
    /// Apply gas limits governance sets in the RollupRegistry (`GasLimitChanged`) to the rollup
    /// nodes with `evm_setBlockGasLimit`. Only for anvil rollups; real rollups apply them
    /// through their own upgrade process.
    pub apply_gas_limits: bool,
}

/// Congestion detection: fullness and base fee against an EWMA baseline.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CongestionConfig {
    /// EWMA smoothing factor in (0, 1]; higher follows recent blocks more closely.
    pub ewma_alpha: f64,
    /// Consecutive congested blocks that trigger, and calm blocks that clear.
    pub k_blocks: u32,
    /// Gas used / gas limit at or above which a block counts as full.
    pub fullness_threshold: f64,
    /// Base fee / baseline at or above which a block counts as expensive.
    pub base_fee_ratio: f64,
    /// The baseline never counts as lower than this, so near-zero fees do not make noise.
    pub base_fee_floor_wei: u64,
    /// Blocks observed before the baseline is trusted.
    pub warmup_blocks: u32,
}

impl Default for CongestionConfig {
    fn default() -> Self {
        Self {
            ewma_alpha: 0.1,
            k_blocks: 3,
            fullness_threshold: 0.9,
            base_fee_ratio: 1.5,
            base_fee_floor_wei: 1,
            warmup_blocks: 10,
        }
    }
}

/// Abnormal gas surge: one block's base fee far above the baseline.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SurgeConfig {
    /// Base fee / baseline at or above which a block is a surge.
    pub ratio: f64,
}

impl Default for SurgeConfig {
    fn default() -> Self {
        Self { ratio: 4.0 }
    }
}

/// Outage: no new head for a while.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutageConfig {
    /// Seconds without a new head (stalled chain or failing RPC) before the rollup is Down.
    pub after_seconds: u64,
}

impl Default for OutageConfig {
    fn default() -> Self {
        Self { after_seconds: 30 }
    }
}

/// Boost windows opened for congested rollups.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BoostConfig {
    /// Reward multiplier for lent stake, in basis points (20000 = 2x).
    pub multiplier_bps: u16,
    /// Pool stake lent, in ERA (decimal string, 18 decimals).
    pub amount_era: String,
    /// How long a window stays open.
    pub duration_seconds: u64,
}

impl Default for BoostConfig {
    fn default() -> Self {
        Self { multiplier_bps: 20_000, amount_era: "1000".into(), duration_seconds: 3_600 }
    }
}

impl BoostConfig {
    /// The amount in wei. Valid after [`Config::validate`].
    pub fn amount_wei(&self) -> U256 {
        parse_ether(&self.amount_era).unwrap_or_default()
    }
}

/// Emergency channels.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ChannelConfig {
    /// How long a channel stays open.
    pub duration_seconds: u64,
}

impl Default for ChannelConfig {
    fn default() -> Self {
        Self { duration_seconds: 1_800 }
    }
}

/// The channel relay: hub channel events mirrored on each rollup's ChannelEndpoint.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RelayConfig {
    /// Relay when EmergencyChannels and the rollups' ChannelEndpoints are in the manifest.
    pub enabled: bool,
    /// The key holding Roles.RELAYER on the endpoints, which pays for the relays on each
    /// rollup chain; the keeper's `[signer]` when absent.
    pub signer: Option<SignerConfig>,
}

impl Default for RelayConfig {
    fn default() -> Self {
        Self { enabled: true, signer: None }
    }
}

/// Temporary threshold lowering when a rollup has too few validators.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ThresholdConfig {
    /// Fewer active validators than this is a shortage.
    pub min_validators: u32,
    /// The lowered minimum as a percentage of the base minimum (the hub enforces the floor).
    pub lowered_percent: u8,
    /// How long the lowering lasts.
    pub duration_seconds: u64,
}

impl Default for ThresholdConfig {
    fn default() -> Self {
        Self { min_validators: 4, lowered_percent: 50, duration_seconds: 86_400 }
    }
}

/// Redistribution when a rollup's stake is concentrated in few validators.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ConcentrationConfig {
    /// Largest validator share of the rollup's stake above which it is concentrated (bps).
    pub max_top_share_bps: u16,
    /// Herfindahl-Hirschman index above which it is concentrated (bps, 10000 = one validator).
    pub max_hhi_bps: u16,
    /// Share of the pool's allocation on that rollup to move away (bps).
    pub move_bps: u16,
}

impl Default for ConcentrationConfig {
    fn default() -> Self {
        Self { max_top_share_bps: 4_000, max_hhi_bps: 2_500, move_bps: 2_500 }
    }
}

/// Per-epoch traffic reports. Epoch numbers, ends and the last reported epoch are read from
/// the RewardDistributor.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportConfig {
    /// Security factor reported for optimistic rollups (bps).
    pub optimistic_security_factor_bps: u32,
    /// Security factor reported for ZK rollups (bps).
    pub zk_security_factor_bps: u32,
    /// The reporter keys that sign each report (each must be a RewardDistributor reporter;
    /// at least its threshold of them). Empty: the keeper's own key signs.
    pub reporters: Vec<SignerConfig>,
}

impl Default for ReportConfig {
    fn default() -> Self {
        Self {
            optimistic_security_factor_bps: 10_000,
            zk_security_factor_bps: 10_000,
            reporters: Vec::new(),
        }
    }
}

/// The hub transaction manager.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExecutorConfig {
    /// Blocks (including the one that mined it) before a transaction counts as final.
    pub confirmations: u64,
    /// Fee increase for a replacement, in percent; at least 12.5 (nodes reject less).
    pub fee_bump_percent: f64,
    /// A transaction not mined after this long is replaced with higher fees.
    pub stuck_after_seconds: u64,
    /// How often receipts and stuck transactions are checked.
    pub poll_interval_ms: u64,
    /// Never offer more than this max fee per gas, in gwei.
    pub max_fee_per_gas_gwei: u64,
    /// Never offer more than this priority fee per gas, in gwei.
    pub max_priority_fee_per_gas_gwei: u64,
    /// Headroom added to the gas estimate, in percent.
    pub gas_limit_margin_percent: u64,
    /// An action whose transaction cannot be sent this many times fails.
    pub max_send_attempts: u32,
    /// How long one request to the chain may take before it counts as failed (a partitioned
    /// node that never answers must not hold the executor).
    pub rpc_timeout_ms: u64,
}

impl Default for ExecutorConfig {
    fn default() -> Self {
        Self {
            confirmations: 1,
            fee_bump_percent: 12.5,
            stuck_after_seconds: 30,
            poll_interval_ms: 1_000,
            max_fee_per_gas_gwei: 500,
            max_priority_fee_per_gas_gwei: 50,
            gas_limit_margin_percent: 20,
            max_send_attempts: 5,
            rpc_timeout_ms: 10_000,
        }
    }
}

impl ExecutorConfig {
    /// The max-fee cap in wei.
    pub fn max_fee_per_gas_wei(&self) -> u128 {
        u128::from(self.max_fee_per_gas_gwei) * 1_000_000_000
    }

    /// The priority-fee cap in wei.
    pub fn max_priority_fee_per_gas_wei(&self) -> u128 {
        u128::from(self.max_priority_fee_per_gas_gwei) * 1_000_000_000
    }

    /// The bump in basis points, rounded up.
    pub fn fee_bump_bps(&self) -> u128 {
        (self.fee_bump_percent * 100.0).ceil() as u128
    }
}

impl Config {
    /// Reads, parses and validates a config file. A relative `manifest` (and `keystore`) path
    /// is taken relative to the config file's folder.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let display = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|source| ConfigError::Io { path: display.clone(), source })?;
        let mut config = Self::parse(&text, &display)?;
        let base = path.parent().unwrap_or(Path::new(""));
        config.manifest = base.join(&config.manifest);
        let relayer = config.relay.signer.iter_mut();
        for signer in
            std::iter::once(&mut config.signer).chain(&mut config.report.reporters).chain(relayer)
        {
            if let Some(keystore) = &signer.keystore {
                signer.keystore = Some(base.join(keystore));
            }
        }
        Ok(config)
    }

    /// Parses and validates config text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Self, ConfigError> {
        let malformed = |e: toml::de::Error| ConfigError::Malformed {
            path: origin.into(),
            message: e.message().trim().to_string() + &line_of(text, e.span()),
        };
        let value: toml::Table = toml::from_str(text).map_err(malformed)?;
        if let Some(field) = find_secret(&value, "") {
            return Err(ConfigError::SecretInFile { field });
        }
        let config: Self = toml::from_str(text).map_err(malformed)?;
        config.validate()?;
        Ok(config)
    }

    /// Checks every value; returns all problems at once.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let mut problems = Vec::new();
        let mut bad = |field: &str, problem: String| {
            problems.push(FieldProblem { field: field.into(), problem })
        };
        if self.manifest.as_os_str().is_empty() {
            bad("manifest", "must be a path to a deployment manifest".into());
        }
        if !(self.database_url.starts_with("sqlite:") || self.database_url.starts_with("postgres"))
        {
            let got = &self.database_url;
            bad("database_url", format!("must be a sqlite:// or postgres:// URL, got {got:?}"));
        }
        if let Err(problem) = self.signer_source() {
            bad(&problem.field, problem.problem);
        }
        if let Err(problem) = self.reporter_sources() {
            bad(&problem.field, problem.problem);
        }
        if let Err(problem) = self.relay_signer_source() {
            bad(&problem.field, problem.problem);
        }
        let c = &self.collector;
        positive(&mut bad, "collector.poll_interval_ms", c.poll_interval_ms);
        positive(&mut bad, "collector.rpc_timeout_ms", c.rpc_timeout_ms);
        positive(&mut bad, "collector.max_catch_up_blocks", c.max_catch_up_blocks);
        bps(&mut bad, "collector.max_base_fee_rise_bps", c.max_base_fee_rise_bps);
        positive(&mut bad, "collector.chain_id_recheck_ms", c.chain_id_recheck_ms);
        if c.endpoint_quorum == Some(0) {
            bad("collector.endpoint_quorum", "must be at least 1 (or unset for a majority)".into());
        }
        positive(&mut bad, "hub.poll_interval_ms", self.hub.poll_interval_ms);
        positive(&mut bad, "hub.max_log_range", self.hub.max_log_range);
        let g = &self.congestion;
        if !(g.ewma_alpha > 0.0 && g.ewma_alpha <= 1.0) {
            bad("congestion.ewma_alpha", format!("must be in (0, 1], got {}", g.ewma_alpha));
        }
        positive(&mut bad, "congestion.k_blocks", g.k_blocks.into());
        if !(g.fullness_threshold > 0.0 && g.fullness_threshold <= 1.0) {
            let got = g.fullness_threshold;
            bad("congestion.fullness_threshold", format!("must be in (0, 1], got {got}"));
        }
        ratio_above_one(&mut bad, "congestion.base_fee_ratio", g.base_fee_ratio);
        positive(&mut bad, "congestion.base_fee_floor_wei", g.base_fee_floor_wei);
        ratio_above_one(&mut bad, "surge.ratio", self.surge.ratio);
        if self.surge.ratio.is_finite() && self.surge.ratio < g.base_fee_ratio {
            bad(
                "surge.ratio",
                format!(
                    "must be at least congestion.base_fee_ratio ({}), got {}",
                    g.base_fee_ratio, self.surge.ratio
                ),
            );
        }
        positive(&mut bad, "outage.after_seconds", self.outage.after_seconds);
        let b = &self.boost;
        if b.multiplier_bps <= 10_000 {
            bad(
                "boost.multiplier_bps",
                format!("must be above 10000 (1x), got {}", b.multiplier_bps),
            );
        }
        match parse_ether(&b.amount_era) {
            Ok(amount) if amount.is_zero() => bad("boost.amount_era", "must be above zero".into()),
            Ok(_) => {}
            Err(_) => bad(
                "boost.amount_era",
                format!(
                    "must be a decimal ERA amount like \"1000\" or \"0.5\", got {:?}",
                    b.amount_era
                ),
            ),
        }
        positive(&mut bad, "boost.duration_seconds", b.duration_seconds);
        positive(&mut bad, "channel.duration_seconds", self.channel.duration_seconds);
        let t = &self.threshold;
        if !(1..100).contains(&t.lowered_percent) {
            bad(
                "threshold.lowered_percent",
                format!("must be in 1..=99, got {}", t.lowered_percent),
            );
        }
        positive(&mut bad, "threshold.duration_seconds", t.duration_seconds);
        let s = &self.concentration;
        bps(&mut bad, "concentration.max_top_share_bps", s.max_top_share_bps.into());
        bps(&mut bad, "concentration.max_hhi_bps", s.max_hhi_bps.into());
        bps(&mut bad, "concentration.move_bps", s.move_bps.into());
        let r = &self.report;
        for (field, value) in [
            ("report.optimistic_security_factor_bps", r.optimistic_security_factor_bps),
            ("report.zk_security_factor_bps", r.zk_security_factor_bps),
        ] {
            if value > 10_000 {
                bad(field, format!("must be at most 10000 basis points, got {value}"));
            }
        }
        let e = &self.executor;
        positive(&mut bad, "executor.confirmations", e.confirmations);
        if !(e.fee_bump_percent >= 12.5 && e.fee_bump_percent <= 1_000.0) {
            let got = e.fee_bump_percent;
            bad(
                "executor.fee_bump_percent",
                format!("must be in [12.5, 1000] (nodes reject smaller bumps), got {got}"),
            );
        }
        positive(&mut bad, "executor.stuck_after_seconds", e.stuck_after_seconds);
        positive(&mut bad, "executor.poll_interval_ms", e.poll_interval_ms);
        positive(&mut bad, "executor.max_fee_per_gas_gwei", e.max_fee_per_gas_gwei);
        if e.max_priority_fee_per_gas_gwei > e.max_fee_per_gas_gwei {
            bad(
                "executor.max_priority_fee_per_gas_gwei",
                format!(
                    "must not exceed executor.max_fee_per_gas_gwei ({}), got {}",
                    e.max_fee_per_gas_gwei, e.max_priority_fee_per_gas_gwei
                ),
            );
        }
        positive(&mut bad, "executor.max_send_attempts", e.max_send_attempts.into());
        positive(&mut bad, "executor.rpc_timeout_ms", e.rpc_timeout_ms);
        positive(&mut bad, "lease.ttl_seconds", self.lease.ttl_seconds);
        if self.lease.instance_id.as_deref().is_some_and(|id| id.trim().is_empty()) {
            bad("lease.instance_id", "must not be empty".into());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ConfigError::Invalid(problems))
        }
    }

    /// Where the signing key comes from, or the problem with the `[signer]` section.
    pub fn signer_source(&self) -> Result<SignerSource, FieldProblem> {
        source_of(&self.signer, "signer")
    }

    /// Where each reporter key comes from (empty: the keeper key signs reports).
    pub fn reporter_sources(&self) -> Result<Vec<SignerSource>, FieldProblem> {
        self.report
            .reporters
            .iter()
            .enumerate()
            .map(|(i, s)| {
                if s.key_env.is_none() && s.keystore.is_none() {
                    return Err(FieldProblem {
                        field: format!("report.reporters[{i}]"),
                        problem: "set key_env or keystore".into(),
                    });
                }
                source_of(s, &format!("report.reporters[{i}]"))
            })
            .collect()
    }

    /// Where the relayer key comes from; `None`: the keeper's key relays.
    pub fn relay_signer_source(&self) -> Result<Option<SignerSource>, FieldProblem> {
        let Some(signer) = &self.relay.signer else { return Ok(None) };
        if signer.key_env.is_none() && signer.keystore.is_none() {
            return Err(FieldProblem {
                field: "relay.signer".into(),
                problem: "set key_env or keystore".into(),
            });
        }
        source_of(signer, "relay.signer").map(Some)
    }

    /// The hub poll interval.
    pub fn hub_poll_interval(&self) -> Duration {
        Duration::from_millis(self.hub.poll_interval_ms)
    }

    /// The collector poll interval.
    pub fn poll_interval(&self) -> Duration {
        Duration::from_millis(self.collector.poll_interval_ms)
    }

    /// The per-request RPC timeout.
    pub fn rpc_timeout(&self) -> Duration {
        Duration::from_millis(self.collector.rpc_timeout_ms)
    }

    /// This instance's name among those sharing the database: `lease.instance_id`, else
    /// `local` with SQLite (one instance; a restart renews its own leases at once), else
    /// `<hostname>-<pid>`.
    pub fn instance_id(&self) -> String {
        if let Some(id) = &self.lease.instance_id {
            return id.clone();
        }
        if self.database_url.starts_with("sqlite:") {
            return "local".into();
        }
        let host = std::env::var("HOSTNAME")
            .ok()
            .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "keeper".into());
        format!("{host}-{}", std::process::id())
    }

    /// The lease time.
    pub fn lease_ttl(&self) -> Duration {
        Duration::from_secs(self.lease.ttl_seconds)
    }
}

/// Where a `[signer]`-shaped section's key comes from; `section` names it in problems.
fn source_of(s: &SignerConfig, section: &str) -> Result<SignerSource, FieldProblem> {
    let problem =
        |field: &str, problem: &str| FieldProblem { field: field.into(), problem: problem.into() };
    match (&s.key_env, &s.keystore) {
        (Some(_), Some(_)) => Err(problem(section, "set either key_env or keystore, not both")),
        (Some(var), None) if var.trim().is_empty() => {
            Err(problem(&format!("{section}.key_env"), "must name an environment variable"))
        }
        (Some(var), None) => {
            if s.password_env.is_some() {
                return Err(problem(
                    &format!("{section}.password_env"),
                    "only applies with keystore",
                ));
            }
            Ok(SignerSource::Env(var.clone()))
        }
        (None, Some(path)) => Ok(SignerSource::Keystore {
            path: path.clone(),
            password_env: s
                .password_env
                .clone()
                .unwrap_or_else(|| DEFAULT_KEYSTORE_PASSWORD_ENV.into()),
        }),
        (None, None) if s.password_env.is_some() => {
            Err(problem(&format!("{section}.password_env"), "only applies with keystore"))
        }
        (None, None) => Ok(SignerSource::Env(DEFAULT_KEY_ENV.into())),
    }
}

fn positive(bad: &mut impl FnMut(&str, String), field: &str, value: u64) {
    if value == 0 {
        bad(field, "must be above zero".into());
    }
}

fn ratio_above_one(bad: &mut impl FnMut(&str, String), field: &str, value: f64) {
    if !(value.is_finite() && value > 1.0) {
        bad(field, format!("must be a ratio above 1, got {value}"));
    }
}

fn bps(bad: &mut impl FnMut(&str, String), field: &str, value: u64) {
    if value == 0 || value > 10_000 {
        bad(field, format!("must be in 1..=10000 basis points, got {value}"));
    }
}

/// The dotted path of the first secret-looking field anywhere in the table.
fn find_secret(table: &toml::Table, prefix: &str) -> Option<String> {
    table.iter().find_map(|(key, value)| {
        let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        if SECRET_FIELDS.contains(&key.as_str()) {
            return Some(path);
        }
        value.as_table().and_then(|inner| find_secret(inner, &path))
    })
}

fn line_of(text: &str, span: Option<std::ops::Range<usize>>) -> String {
    span.map(|s| format!(" (line {})", text[..s.start.min(text.len())].lines().count().max(1)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, "test.toml")
    }

    fn problems(text: &str) -> Vec<FieldProblem> {
        match parse(text) {
            Err(ConfigError::Invalid(problems)) => problems,
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    fn fields(text: &str) -> Vec<String> {
        problems(text).into_iter().map(|p| p.field).collect()
    }

    #[test]
    fn minimal_config_takes_every_default() {
        let config = parse("manifest = \"m.json\"").unwrap();
        assert_eq!(config.database_url, "sqlite://keeper.db");
        assert_eq!(config.signer_source().unwrap(), SignerSource::Env("ERA_KEEPER_KEY".into()));
        assert_eq!(config.congestion, CongestionConfig::default());
        assert_eq!(config.executor, ExecutorConfig::default());
        assert_eq!(
            config.boost.amount_wei(),
            U256::from(1_000u64) * U256::from(10u64).pow(U256::from(18))
        );
        assert_eq!(config.executor.fee_bump_bps(), 1_250);
    }

    #[test]
    fn sections_override_defaults() {
        let config = parse(
            r#"
            manifest = "m.json"
            database_url = "sqlite://other.db?mode=rwc"
            [signer]
            key_env = "MY_KEY"
            [congestion]
            ewma_alpha = 0.5
            k_blocks = 5
            [executor]
            fee_bump_percent = 25
            "#,
        )
        .unwrap();
        assert_eq!(config.signer_source().unwrap(), SignerSource::Env("MY_KEY".into()));
        assert_eq!(config.congestion.ewma_alpha, 0.5);
        assert_eq!(config.congestion.k_blocks, 5);
        assert_eq!(config.congestion.fullness_threshold, 0.9);
        assert_eq!(config.executor.fee_bump_bps(), 2_500);
    }

    #[test]
    fn rejects_a_private_key_in_the_file() {
        let err = parse("manifest = \"m.json\"\n[signer]\nprivate_key = \"0xabc\"").unwrap_err();
        assert!(
            matches!(&err, ConfigError::SecretInFile { field } if field == "signer.private_key")
        );
        assert!(err.to_string().contains("never put a secret in the config file"), "{err}");
        let top = parse("manifest = \"m.json\"\nprivate_key = \"0xabc\"").unwrap_err();
        assert!(matches!(top, ConfigError::SecretInFile { field } if field == "private_key"));
    }

    #[test]
    fn keystore_takes_a_password_variable() {
        let config = parse("manifest = \"m.json\"\n[signer]\nkeystore = \"k.json\"").unwrap();
        assert_eq!(
            config.signer_source().unwrap(),
            SignerSource::Keystore {
                path: "k.json".into(),
                password_env: DEFAULT_KEYSTORE_PASSWORD_ENV.into()
            }
        );
    }

    #[test]
    fn rejects_both_key_sources() {
        let text = "manifest = \"m.json\"\n[signer]\nkeystore = \"k.json\"\nkey_env = \"K\"";
        assert_eq!(fields(text), ["signer"]);
        let text = "manifest = \"m.json\"\n[signer]\nkey_env = \"K\"\npassword_env = \"P\"";
        assert_eq!(fields(text), ["signer.password_env"]);
    }

    #[test]
    fn malformed_toml_names_the_line() {
        let err = parse("manifest = \"m.json\"\n[congestion\newma_alpha = 0.2").unwrap_err();
        assert!(matches!(&err, ConfigError::Malformed { .. }), "{err}");
        assert!(err.to_string().contains("line 2"), "{err}");
    }

    #[test]
    fn unknown_and_mistyped_fields_are_named() {
        let err = parse("manifest = \"m.json\"\n[congestion]\newma_alpah = 0.2").unwrap_err();
        assert!(err.to_string().contains("ewma_alpah"), "{err}");
        let err = parse("manifest = \"m.json\"\n[congestion]\nk_blocks = \"three\"").unwrap_err();
        assert!(matches!(err, ConfigError::Malformed { .. }), "{err}");
        let err = parse("database_url = \"sqlite://x.db\"").unwrap_err();
        assert!(err.to_string().contains("manifest"), "{err}");
    }

    #[test]
    fn out_of_range_values_are_all_reported_with_their_field() {
        let text = r#"
            manifest = "m.json"
            database_url = "mysql://x"
            [congestion]
            ewma_alpha = 1.5
            k_blocks = 0
            fullness_threshold = 0
            base_fee_ratio = 0.5
            [boost]
            multiplier_bps = 9000
            amount_era = "lots"
            [executor]
            fee_bump_percent = 10
            confirmations = 0
            max_fee_per_gas_gwei = 1
            max_priority_fee_per_gas_gwei = 2
        "#;
        let problems = problems(text);
        let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "database_url",
                "congestion.ewma_alpha",
                "congestion.k_blocks",
                "congestion.fullness_threshold",
                "congestion.base_fee_ratio",
                "boost.multiplier_bps",
                "boost.amount_era",
                "executor.confirmations",
                "executor.fee_bump_percent",
                "executor.max_priority_fee_per_gas_gwei",
            ]
        );
        assert_eq!(problems[1].problem, "must be in (0, 1], got 1.5");
        let shown = ConfigError::Invalid(problems).to_string();
        assert!(shown.contains("executor.fee_bump_percent: must be in [12.5, 1000]"), "{shown}");
    }

    #[test]
    fn surge_ratio_must_exceed_congestion_ratio() {
        let text =
            "manifest = \"m.json\"\n[surge]\nratio = 1.2\n[congestion]\nbase_fee_ratio = 2.0";
        assert_eq!(fields(text), ["surge.ratio"]);
    }

    #[test]
    fn the_example_config_is_valid_and_documents_every_section() {
        let text = include_str!("../../keeper.example.toml");
        let config = parse(text).unwrap();
        assert_eq!(config.signer_source().unwrap(), SignerSource::Env(DEFAULT_KEY_ENV.into()));
        assert_eq!(
            config.reporter_sources().unwrap(),
            [SignerSource::Env("ERA_REPORTER_KEY".into())]
        );
        assert!(config.devnet.apply_gas_limits);
        let table: toml::Table = toml::from_str(text).unwrap();
        for section in [
            "signer",
            "report",
            "collector",
            "hub",
            "devnet",
            "congestion",
            "surge",
            "outage",
            "boost",
            "channel",
            "threshold",
            "concentration",
            "executor",
            "relay",
            "lease",
            "http",
        ] {
            assert!(table.contains_key(section), "example lacks [{section}]");
        }
    }

    #[test]
    fn the_relayer_key_defaults_to_the_keeper_key() {
        let config = parse("manifest = \"m.json\"").unwrap();
        assert!(config.relay.enabled);
        assert_eq!(config.relay_signer_source().unwrap(), None);
        let text = "manifest = \"m.json\"\n[relay.signer]\nkey_env = \"RELAYER\"";
        let config = parse(text).unwrap();
        assert_eq!(
            config.relay_signer_source().unwrap(),
            Some(SignerSource::Env("RELAYER".into()))
        );
        let text = "manifest = \"m.json\"\n[relay.signer]\npassword_env = \"P\"";
        assert_eq!(fields(text), ["relay.signer"]);
    }

    #[test]
    fn lease_and_http_sections() {
        let config = parse("manifest = \"m.json\"").unwrap();
        assert_eq!((config.lease.ttl_seconds, config.http.listen), (10, None));
        assert_eq!(config.instance_id(), "local", "SQLite: one instance, a stable name");
        let text = "manifest = \"m.json\"\ndatabase_url = \"postgres://k@db/keeper\"\n\
                    [lease]\ninstance_id = \"a\"\nttl_seconds = 4\n[http]\nlisten = \"0.0.0.0:9464\"";
        let config = parse(text).unwrap();
        assert_eq!(config.instance_id(), "a");
        assert_eq!(config.lease_ttl(), Duration::from_secs(4));
        assert_eq!(config.http.listen, Some("0.0.0.0:9464".parse().unwrap()));
        let text = "manifest = \"m.json\"\ndatabase_url = \"postgres://k@db/keeper\"";
        let id = parse(text).unwrap().instance_id();
        assert!(id.ends_with(&format!("-{}", std::process::id())), "{id}");
        let text = "manifest = \"m.json\"\n[lease]\ninstance_id = \" \"\nttl_seconds = 0";
        assert_eq!(fields(text), ["lease.ttl_seconds", "lease.instance_id"]);
        let err = parse("manifest = \"m.json\"\n[http]\nlisten = \"nowhere\"").unwrap_err();
        assert!(err.to_string().contains("invalid socket address syntax (line 3)"), "{err}");
        let err = parse("manifest = \"m.json\"\ndatabase_url = \"mysql://x\"").unwrap_err();
        assert!(err.to_string().contains("sqlite:// or postgres://"), "{err}");
    }

    #[test]
    fn reporter_entries_need_a_key_source() {
        let text = "manifest = \"m.json\"\n[[report.reporters]]\npassword_env = \"P\"";
        assert_eq!(fields(text), ["report.reporters[0]"]);
        let text = "manifest = \"m.json\"\n[report]\nzk_security_factor_bps = 10001";
        assert_eq!(fields(text), ["report.zk_security_factor_bps"]);
    }

    #[test]
    fn load_resolves_paths_next_to_the_config() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keeper.toml");
        std::fs::write(&path, "manifest = \"devnet.json\"\n[signer]\nkeystore = \"key.json\"")
            .unwrap();
        let config = Config::load(&path).unwrap();
        assert_eq!(config.manifest, dir.path().join("devnet.json"));
        assert_eq!(config.signer.keystore, Some(dir.path().join("key.json")));
        let missing = Config::load(&dir.path().join("nope.toml")).unwrap_err();
        assert!(matches!(missing, ConfigError::Io { .. }));
    }
}
