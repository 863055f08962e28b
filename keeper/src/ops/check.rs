//! `era-keeper check`: validates the config, the key, the manifest and every endpoint, and says
//! precisely what is wrong.

use std::{fmt, path::Path, time::Duration};

use alloy::{
    primitives::Address,
    providers::{Provider, ProviderBuilder, RootProvider, WsConnect},
    transports::http::reqwest::Url,
};
use era_bindings::{
    channel_endpoint::ChannelEndpoint, elastic_pool::ElasticPool,
    emergency_channels::EmergencyChannels, reward_distributor::RewardDistributor,
    rollup_registry::RollupRegistry,
};
use era_protocol::manifest::Manifest;

use crate::{
    acting::actions::contract_names,
    acting::signer::{load_reporters, load_signer},
    collector::{EndpointQuorum, RollupEndpoint},
    ops::config::{Config, HeadSource},
};

/// One thing checked and its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckItem {
    /// What was checked, e.g. `rollup rollup-1`.
    pub subject: String,
    /// What was found, or what is wrong.
    pub outcome: Result<String, String>,
}

impl fmt::Display for CheckItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.outcome {
            Ok(detail) => write!(f, "ok    {}: {detail}", self.subject),
            Err(problem) => write!(f, "FAIL  {}: {problem}", self.subject),
        }
    }
}

/// Everything checked, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// The checks.
    pub items: Vec<CheckItem>,
}

impl CheckReport {
    /// Whether every check passed.
    pub fn passed(&self) -> bool {
        self.items.iter().all(|item| item.outcome.is_ok())
    }

    fn push(&mut self, subject: impl Into<String>, outcome: Result<String, String>) {
        self.items.push(CheckItem { subject: subject.into(), outcome });
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for item in &self.items {
            writeln!(f, "{item}")?;
        }
        Ok(())
    }
}

/// Checks a config file and everything it points to. Endpoints must answer within the
/// config's RPC timeout.
pub async fn check(config_path: &Path) -> CheckReport {
    let mut report = CheckReport::default();
    let config = match Config::load(config_path) {
        Ok(config) => config,
        Err(e) => {
            report.push(format!("config {}", config_path.display()), Err(e.to_string()));
            return report;
        }
    };
    report.push(format!("config {}", config_path.display()), Ok("valid".into()));
    let signer = config
        .signer_source()
        .map_err(|p| p.to_string())
        .and_then(|source| load_signer(&source).map_err(|e| e.to_string()));
    report.push(
        "signer",
        signer.as_ref().map(|s| format!("address {}", s.address())).map_err(Clone::clone),
    );
    let reporters = match (&signer, config.reporter_sources()) {
        (_, Err(problem)) => Err(problem.to_string()),
        (Ok(keeper), Ok(sources)) => load_reporters(&sources, keeper).map_err(|e| e.to_string()),
        (Err(_), Ok(sources)) if sources.is_empty() => {
            Err("the keeper key signs reports and could not be loaded".into())
        }
        (Err(_), Ok(sources)) => {
            sources.iter().map(load_signer).collect::<Result<_, _>>().map_err(|e| e.to_string())
        }
    };
    let reporter_addresses: Vec<Address> =
        reporters.as_ref().map(|r| r.iter().map(|s| s.address()).collect()).unwrap_or_default();
    report.push(
        "report signers",
        reporters.as_ref().map(|_| format!("{reporter_addresses:?}")).map_err(Clone::clone),
    );
    let manifest = match Manifest::load(&config.manifest) {
        Ok(manifest) => manifest,
        Err(e) => {
            report.push("manifest", Err(e.to_string()));
            return report;
        }
    };
    report.push("manifest", Ok(format!("rollups: {}", manifest.rollups.len())));
    let keeper = signer.as_ref().ok().map(|s| s.address());
    // The relayer: its own key, or the keeper's.
    let relayer = match config.relay_signer_source() {
        Ok(Some(source)) => load_signer(&source).map(|s| s.address()).map_err(|e| e.to_string()),
        Ok(None) => keeper.ok_or_else(|| "the keeper key relays and could not be loaded".into()),
        Err(problem) => Err(problem.to_string()),
    };
    let relaying =
        config.relay.enabled && manifest.hub_contract(contract_names::EMERGENCY_CHANNELS).is_ok();
    if relaying {
        report.push(
            "relayer",
            relayer.as_ref().map(|a| format!("address {a}")).map_err(Clone::clone),
        );
    }
    check_hub(&mut report, &manifest, keeper, &reporter_addresses, config.rpc_timeout()).await;
    for rollup in &manifest.rollups {
        let subject = format!("rollup {}", rollup.name);
        if rollup.rollup_id == 0 {
            let problem = "rollup_id is 0: the rollup is not registered in the RollupRegistry";
            report.push(subject, Err(problem.into()));
            continue;
        }
        let provider = chain_at(&rollup.rpc_url, rollup.chain_id, config.rpc_timeout()).await;
        let outcome = provider.as_ref().map(|_| {
            format!(
                "chain {} at {} (rollup id {})",
                rollup.chain_id, rollup.rpc_url, rollup.rollup_id
            )
        });
        report.push(subject, outcome.map_err(Clone::clone));
        check_extra_endpoints(&mut report, rollup, &config).await;
        if provider.is_ok() && config.collector.heads == HeadSource::Subscribe {
            let outcome = check_subscription(rollup, &config).await;
            report.push(format!("rollup {} new heads", rollup.name), outcome);
        }
        if let (true, Ok(provider), Ok(relayer)) = (relaying, &provider, &relayer) {
            let outcome = check_endpoint(provider, rollup, *relayer, config.rpc_timeout()).await;
            report.push(format!("rollup {} ChannelEndpoint", rollup.name), outcome);
        }
    }
    report
}

/// Each extra endpoint of a rollup serves its chain, and `collector.endpoint_quorum` can be met.
async fn check_extra_endpoints(
    report: &mut CheckReport,
    rollup: &era_protocol::manifest::RollupDeployment,
    config: &Config,
) {
    if rollup.extra_rpc_urls.is_empty() && config.collector.endpoint_quorum.is_none() {
        return;
    }
    for (index, url) in rollup.extra_rpc_urls.iter().enumerate() {
        let subject = format!("rollup {} endpoint {}", rollup.name, index + 1);
        let outcome = chain_at(url, rollup.chain_id, config.rpc_timeout()).await;
        report.push(subject, outcome.map(|_| format!("chain {} at {url}", rollup.chain_id)));
    }
    let endpoints = 1 + rollup.extra_rpc_urls.len();
    let outcome =
        EndpointQuorum::new(rollup.rollup_id, endpoints, config.collector.endpoint_quorum)
            .map(|quorum| format!("a block counts when {} of {endpoints} agree", quorum.quorum()))
            .map_err(|e| format!("collector.endpoint_quorum cannot be met: {e}"));
    report.push(format!("rollup {} endpoint quorum", rollup.name), outcome);
}

/// With `collector.heads = "subscribe"`: the rollup's WebSocket endpoint serves the same chain
/// and accepts a `newHeads` subscription.
async fn check_subscription(
    rollup: &era_protocol::manifest::RollupDeployment,
    config: &Config,
) -> Result<String, String> {
    let timeout = config.rpc_timeout();
    let ws_url = match &rollup.ws_url {
        Some(ws_url) => {
            ws_url.parse().map_err(|e| format!("ws_url {ws_url:?} is not a valid URL: {e}"))?
        }
        None => rollup
            .rpc_url
            .parse()
            .ok()
            .and_then(|url| RollupEndpoint::ws_url_of(&url))
            .ok_or_else(|| format!("no WebSocket URL for {}: set ws_url", rollup.rpc_url))?,
    };
    let fallback = format!(
        "the keeper would poll every {} ms instead (set collector.heads = \"poll\" to mean it, \
         or ws_url in the manifest)",
        config.collector.poll_interval_ms
    );
    let subscribed = tokio::time::timeout(timeout, async {
        let provider = ProviderBuilder::new()
            .connect_ws(WsConnect::new(ws_url.as_str()).with_max_retries(0))
            .await?;
        let chain_id = provider.get_chain_id().await?;
        let _subscription = provider.subscribe_blocks().await?;
        Ok::<_, alloy::transports::TransportError>(chain_id)
    })
    .await;
    match subscribed {
        Ok(Ok(chain_id)) if chain_id == rollup.chain_id => {
            Ok(format!("newHeads subscription at {ws_url}"))
        }
        Ok(Ok(chain_id)) => Err(format!(
            "{ws_url} has chain id {chain_id} but the manifest says {}",
            rollup.chain_id
        )),
        Ok(Err(e)) => Err(format!("cannot subscribe to new heads at {ws_url}: {e}; {fallback}")),
        Err(_) => Err(format!("{ws_url} did not answer within {timeout:?}; {fallback}")),
    }
}

/// The rollup's ChannelEndpoint: deployed, for this rollup, the relayer holds RELAYER and has
/// ether to pay for relays.
async fn check_endpoint(
    provider: &RootProvider,
    rollup: &era_protocol::manifest::RollupDeployment,
    relayer: Address,
    timeout: Duration,
) -> Result<String, String> {
    let Some(address) = rollup.contracts.get(contract_names::CHANNEL_ENDPOINT).copied() else {
        return Err("not in the manifest: channels are not relayed to this rollup".into());
    };
    has_code(provider, address, timeout).await?;
    let endpoint = ChannelEndpoint::new(address, provider);
    let answer = |what: &str| format!("{what}: no answer within {timeout:?}");
    let id = tokio::time::timeout(timeout, endpoint.rollupId().call())
        .await
        .map_err(|_| answer("rollupId"))?
        .map_err(|e| format!("rollupId: {e}"))?;
    if id != rollup.rollup_id {
        return Err(format!("{address} mirrors rollup {id}, not {}", rollup.rollup_id));
    }
    let role = endpoint.hasRole(era_protocol::roles::relayer(), relayer);
    let holds = tokio::time::timeout(timeout, role.call())
        .await
        .map_err(|_| answer("hasRole"))?
        .map_err(|e| format!("hasRole: {e}"))?;
    if !holds {
        return Err(format!(
            "{relayer} does not hold Roles.RELAYER on {address}: relays would revert"
        ));
    }
    let balance = tokio::time::timeout(timeout, provider.get_balance(relayer))
        .await
        .map_err(|_| answer("balance"))?
        .map_err(|e| format!("balance of {relayer}: {e}"))?;
    if balance.is_zero() {
        return Err(format!("{relayer} has no ether on this rollup to pay for relays"));
    }
    let nonce = tokio::time::timeout(timeout, endpoint.lastNonce().call())
        .await
        .map_err(|_| answer("lastNonce"))?
        .map_err(|e| format!("lastNonce: {e}"))?;
    Ok(format!("{address}; {relayer} holds RELAYER; last nonce {nonce}"))
}

async fn check_hub(
    report: &mut CheckReport,
    manifest: &Manifest,
    keeper: Option<Address>,
    reporters: &[Address],
    timeout: Duration,
) {
    let hub = &manifest.hub;
    let provider = match chain_at(&hub.rpc_url, hub.chain_id, timeout).await {
        Ok(provider) => Some(provider),
        Err(problem) => {
            report.push("hub", Err(problem));
            None
        }
    };
    if provider.is_some() {
        report.push("hub", Ok(format!("chain {} at {}", hub.chain_id, hub.rpc_url)));
    }
    for name in contract_names::REQUIRED {
        let outcome = match (manifest.hub_contract(name), &provider) {
            (Err(e), _) => Err(e.to_string()),
            (Ok(address), None) => Ok(address.to_string()),
            (Ok(address), Some(p)) => {
                has_code(p, address, timeout).await.map(|()| address.to_string())
            }
        };
        report.push(format!("hub contract {name}"), outcome);
    }
    for name in contract_names::OPTIONAL {
        let outcome = match (manifest.hub_contract(name), &provider) {
            (Err(_), _) => Ok("not in the manifest; its strategies are off".to_string()),
            (Ok(address), None) => Ok(address.to_string()),
            (Ok(address), Some(p)) => {
                has_code(p, address, timeout).await.map(|()| address.to_string())
            }
        };
        report.push(format!("hub contract {name}"), outcome);
    }
    let (Some(provider), Some(keeper)) = (provider, keeper) else { return };
    let balance = tokio::time::timeout(timeout, provider.get_balance(keeper)).await;
    let outcome = match balance {
        Ok(Ok(balance)) if balance.is_zero() => {
            Err(format!("{keeper} has no ether on the hub to pay for transactions"))
        }
        Ok(Ok(balance)) => Ok(format!("{keeper} holds {balance} wei")),
        Ok(Err(e)) => Err(format!("balance of {keeper}: {e}")),
        Err(_) => Err(format!("balance of {keeper}: no answer within {timeout:?}")),
    };
    report.push("keeper balance", outcome);
    if let Ok(registry) = manifest.hub_contract(contract_names::ROLLUP_REGISTRY) {
        let registry = RollupRegistry::new(registry, &provider);
        let role = registry.hasRole(era_protocol::roles::keeper(), keeper);
        let outcome = match tokio::time::timeout(timeout, role.call()).await {
            Ok(Ok(true)) => Ok(format!("{keeper} holds KEEPER")),
            Ok(Ok(false)) => Err(format!(
                "{keeper} does not hold Roles.KEEPER: statuses and thresholds would revert"
            )),
            Ok(Err(e)) => Err(format!("hasRole: {e}")),
            Err(_) => Err(format!("hasRole: no answer within {timeout:?}")),
        };
        report.push("keeper role", outcome);
    }
    for name in contract_names::OPTIONAL {
        let Ok(address) = manifest.hub_contract(name) else { continue };
        let role = era_protocol::roles::keeper();
        let held = if name == contract_names::ELASTIC_POOL {
            let pool = ElasticPool::new(address, &provider);
            tokio::time::timeout(timeout, pool.hasRole(role, keeper).call()).await
        } else {
            let channels = EmergencyChannels::new(address, &provider);
            tokio::time::timeout(timeout, channels.hasRole(role, keeper).call()).await
        };
        let outcome = match held {
            Ok(Ok(true)) => Ok(format!("{keeper} holds KEEPER")),
            Ok(Ok(false)) => Err(format!(
                "{keeper} does not hold Roles.KEEPER on {name}: its actions would revert"
            )),
            Ok(Err(e)) => Err(format!("hasRole: {e}")),
            Err(_) => Err(format!("hasRole: no answer within {timeout:?}")),
        };
        report.push(format!("keeper role on {name}"), outcome);
    }
    if let Ok(distributor) = manifest.hub_contract(contract_names::REWARD_DISTRIBUTOR) {
        let distributor = RewardDistributor::new(distributor, &provider);
        for reporter in reporters {
            let outcome =
                match tokio::time::timeout(timeout, distributor.isReporter(*reporter).call()).await
                {
                    Ok(Ok(true)) => Ok("is a RewardDistributor reporter".to_string()),
                    Ok(Ok(false)) => {
                        Err("is not a RewardDistributor reporter: reports would revert".into())
                    }
                    Ok(Err(e)) => Err(format!("isReporter: {e}")),
                    Err(_) => Err(format!("isReporter: no answer within {timeout:?}")),
                };
            report.push(format!("reporter {reporter}"), outcome);
        }
    }
}

async fn has_code(
    provider: &RootProvider,
    address: Address,
    timeout: Duration,
) -> Result<(), String> {
    match tokio::time::timeout(timeout, provider.get_code_at(address)).await {
        Ok(Ok(code)) if code.is_empty() => Err(format!("no code at {address} on the hub")),
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(format!("code at {address}: {e}")),
        Err(_) => Err(format!("code at {address}: no answer within {timeout:?}")),
    }
}

/// Connects to an endpoint and checks its chain id.
pub async fn chain_at(
    url: &str,
    expected_chain_id: u64,
    timeout: Duration,
) -> Result<RootProvider, String> {
    let parsed: Url =
        url.parse().map_err(|e| format!("rpc_url {url:?} is not a valid URL: {e}"))?;
    let provider = RootProvider::new_http(parsed);
    let chain_id = match tokio::time::timeout(timeout, provider.get_chain_id()).await {
        Ok(Ok(chain_id)) => chain_id,
        Ok(Err(e)) => return Err(format!("{url} is unreachable: {e}")),
        Err(_) => return Err(format!("{url} did not answer within {timeout:?}")),
    };
    if chain_id != expected_chain_id {
        return Err(format!(
            "{url} has chain id {chain_id} but the manifest says {expected_chain_id}"
        ));
    }
    Ok(provider)
}
