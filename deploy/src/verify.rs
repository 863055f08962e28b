//! `era-deploy verify`: checks a deployment against its manifest and the build.
//!
//! - every chain the manifest names answers with the chain id it gives;
//! - every address holds the runtime code of the contract the manifest names, as the build in
//!   `out/` compiled it (immutables masked: they hold constructor arguments);
//! - governance was handed over: the core timelock is the admin of every hub contract, and the
//!   deployer holds no role on any of them;
//! - the manifest's role holders (keeper, council, relayer, reporters) hold their roles;
//! - each chain's Hyperlane core: the code of its contracts, the Mailbox's domain, owner, ISM
//!   and hooks, and an ISM of the hub's reporters with the manifest's threshold.
//!
//! Every check is reported; [`Report::is_ok`] is false when any failed.

use crate::manifest::{Manifest, RollupDeployment};
use alloy::{
    primitives::{keccak256, Address, B256},
    providers::{DynProvider, Provider, ProviderBuilder},
};
use era_bindings::{
    mailbox::Mailbox, reward_distributor::RewardDistributor, rollup_registry::RollupRegistry,
    static_message_id_multisig_ism::StaticMessageIdMultisigIsm,
    static_message_id_multisig_ism_factory::StaticMessageIdMultisigIsmFactory,
};
use era_protocol::manifest::HyperlaneCore;
use era_protocol::{names, roles};
use serde::Serialize;
use std::{
    fmt,
    path::{Path, PathBuf},
    time::Duration,
};

/// How long one RPC request of the verifier may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Why verification could not run at all (as opposed to a check that failed).
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// A build artifact is missing or unreadable.
    #[error("build artifact {path}: {reason} (run `make contracts` or pass --artifacts)")]
    Artifact {
        /// The artifact file.
        path: PathBuf,
        /// What was wrong.
        reason: String,
    },
    /// A URL in the manifest is not a URL.
    #[error("manifest RPC URL {url:?} of {chain} is not a URL")]
    BadUrl {
        /// The chain's name.
        chain: String,
        /// The URL.
        url: String,
    },
}

/// The outcome of one check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", content = "detail", rename_all = "snake_case")]
pub enum Outcome {
    /// The check held.
    Pass,
    /// The check failed; the detail says what was found.
    Fail(String),
    /// Not a failure, but worth an operator's attention.
    Warn(String),
}

/// One check of one subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The chain and contract checked, e.g. `hub/StakingHub`.
    pub subject: String,
    /// What was checked, e.g. `code`.
    pub check: String,
    /// What was found.
    pub outcome: Outcome,
}

/// Every check verification ran.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The checks, in the order they ran.
    pub findings: Vec<Finding>,
}

impl Report {
    fn push(&mut self, subject: impl Into<String>, check: impl Into<String>, outcome: Outcome) {
        self.findings.push(Finding { subject: subject.into(), check: check.into(), outcome });
    }

    /// The failed checks.
    pub fn failures(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| matches!(f.outcome, Outcome::Fail(_)))
    }

    /// Whether every check passed (warnings allowed).
    pub fn is_ok(&self) -> bool {
        self.failures().next().is_none()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            let (mark, detail) = match &finding.outcome {
                Outcome::Pass => ("ok  ", String::new()),
                Outcome::Fail(d) => ("FAIL", format!(": {d}")),
                Outcome::Warn(d) => ("warn", format!(": {d}")),
            };
            writeln!(f, "{mark} {:<32} {}{detail}", finding.subject, finding.check)?;
        }
        let failed = self.failures().count();
        let warned = self.findings.iter().filter(|f| matches!(f.outcome, Outcome::Warn(_))).count();
        write!(
            f,
            "{} checks: {} passed, {failed} failed, {warned} warnings",
            self.findings.len(),
            self.findings.len() - failed - warned
        )
    }
}

/// A contract's runtime code as the build compiled it, with its immutable ranges.
#[derive(Debug, Clone)]
struct Artifact {
    code: Vec<u8>,
    immutables: Vec<(usize, usize)>,
}

impl Artifact {
    fn load(dir: &Path, contract: &str) -> Result<Self, VerifyError> {
        let path =
            dir.join(format!("{}.sol", source_file(contract))).join(format!("{contract}.json"));
        let err = |reason: String| VerifyError::Artifact { path: path.clone(), reason };
        let text = std::fs::read_to_string(&path).map_err(|e| err(e.to_string()))?;
        let json: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| err(format!("not JSON: {e}")))?;
        let deployed = &json["deployedBytecode"];
        let hex =
            deployed["object"].as_str().ok_or_else(|| err("no deployedBytecode.object".into()))?;
        let code = alloy::hex::decode(hex).map_err(|e| err(format!("bad bytecode hex: {e}")))?;
        let mut immutables = Vec::new();
        if let Some(refs) = deployed["immutableReferences"].as_object() {
            for ranges in refs.values() {
                for range in ranges.as_array().into_iter().flatten() {
                    let start = range["start"].as_u64().ok_or_else(|| err("bad range".into()))?;
                    let length = range["length"].as_u64().ok_or_else(|| err("bad range".into()))?;
                    immutables.push((start as usize, length as usize));
                }
            }
        }
        Ok(Self { code, immutables })
    }

    /// The hash of `code` with this contract's immutable ranges zeroed.
    fn masked_hash(&self, code: &[u8]) -> B256 {
        let mut code = code.to_vec();
        for &(start, length) in &self.immutables {
            if let Some(range) = code.get_mut(start..start + length) {
                range.fill(0);
            }
        }
        keccak256(code)
    }

    /// Whether `onchain` is this contract's runtime code.
    fn matches(&self, onchain: &[u8]) -> bool {
        onchain.len() == self.code.len()
            && self.masked_hash(onchain) == self.masked_hash(&self.code)
    }
}

/// The Solidity file (without `.sol`) that defines `contract`: its own name, except where a
/// Hyperlane file defines several.
fn source_file(contract: &str) -> &str {
    match contract {
        "StaticMessageIdMultisigIsmFactory" | "StaticMessageIdMultisigIsm" => "StaticMultisigIsm",
        other => other,
    }
}

/// The Solidity contract a manifest name is an instance of.
pub fn artifact_contract(name: &str) -> &str {
    match name {
        names::CORE_TIMELOCK | names::SHARD_TIMELOCK => "EraTimelock",
        other => other,
    }
}

fn provider(chain: &str, url: &str) -> Result<DynProvider, VerifyError> {
    let parsed = url
        .parse()
        .map_err(|_| VerifyError::BadUrl { chain: chain.to_string(), url: url.to_string() })?;
    Ok(ProviderBuilder::new().connect_http(parsed).erased())
}

async fn timed<T, E: fmt::Display>(
    call: impl std::future::IntoFuture<Output = Result<T, E>>,
) -> Result<T, String> {
    match tokio::time::timeout(REQUEST_TIMEOUT, call.into_future()).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!("no answer within {REQUEST_TIMEOUT:?}")),
    }
}

/// Checks a chain's id and the code of its contracts; returns whether the chain answered.
async fn check_chain(
    report: &mut Report,
    chain: &str,
    rpc: &DynProvider,
    chain_id: u64,
    contracts: impl Iterator<Item = (&String, &Address)>,
    artifacts: &Path,
) -> Result<bool, VerifyError> {
    match timed(rpc.get_chain_id()).await {
        Ok(id) if id == chain_id => report.push(chain, "chain id", Outcome::Pass),
        Ok(id) => {
            let detail = format!("the manifest says {chain_id}, the endpoint answers {id}");
            report.push(chain, "chain id", Outcome::Fail(detail));
        }
        Err(e) => {
            report.push(chain, "chain id", Outcome::Fail(format!("endpoint unreachable: {e}")));
            return Ok(false);
        }
    }
    let contracts = contracts.map(|(name, address)| (name.clone(), *address)).collect();
    check_code(report, chain, rpc, contracts, artifacts).await?;
    Ok(true)
}

/// Checks that each address holds the build's runtime code of the contract it is named after.
async fn check_code(
    report: &mut Report,
    chain: &str,
    rpc: &DynProvider,
    contracts: Vec<(String, Address)>,
    artifacts: &Path,
) -> Result<(), VerifyError> {
    for (name, address) in contracts {
        let subject = format!("{chain}/{name}");
        let artifact = Artifact::load(artifacts, artifact_contract(&name))?;
        let outcome = match timed(rpc.get_code_at(address)).await {
            Err(e) => Outcome::Fail(format!("cannot read the code at {address}: {e}")),
            Ok(code) if code.is_empty() => Outcome::Fail(format!("no code at {address}")),
            Ok(code) if artifact.matches(&code) => Outcome::Pass,
            Ok(code) => Outcome::Fail(format!(
                "the code at {address} ({} bytes) is not the build's {} ({} bytes)",
                code.len(),
                artifact_contract(&name),
                artifact.code.len()
            )),
        };
        report.push(subject, "code", outcome);
    }
    Ok(())
}

/// Checks a chain's Hyperlane core: each contract's code, the Mailbox's domain, owner, ISM and
/// hooks, and that the ISM is the factory's for the manifest's validators and threshold, which
/// are the hub's reporters.
async fn check_hyperlane(
    report: &mut Report,
    chain: &str,
    rpc: &DynProvider,
    core: &HyperlaneCore,
    reporters: &[Address],
    artifacts: &Path,
) -> Result<(), VerifyError> {
    let named: Vec<(String, Address)> = [
        ("Mailbox", core.mailbox),
        ("MerkleTreeHook", core.merkle_tree_hook),
        ("ProtocolFee", core.default_hook),
        ("StaticMessageIdMultisigIsmFactory", core.ism_factory),
        ("ValidatorAnnounce", core.validator_announce),
    ]
    .into_iter()
    .map(|(name, address)| (name.to_string(), address))
    .collect();
    let chain_name = format!("{chain}/hyperlane");
    check_code(report, &chain_name, rpc, named, artifacts).await?;
    let subject = format!("{chain_name}/Mailbox");
    let mailbox = Mailbox::new(core.mailbox, rpc);
    let expect = |check: &str, found: Result<String, String>, want: String| {
        let outcome = match found {
            Ok(found) if found == want => Outcome::Pass,
            Ok(found) => Outcome::Fail(format!("{check} is {found}, the manifest says {want}")),
            Err(e) => Outcome::Fail(format!("cannot read {check}: {e}")),
        };
        (check.to_string(), outcome)
    };
    let checks = [
        expect(
            "localDomain",
            timed(mailbox.localDomain().call()).await.map(|d| d.to_string()),
            core.domain.to_string(),
        ),
        expect(
            "owner",
            timed(mailbox.owner().call()).await.map(|a| a.to_string()),
            core.owner.to_string(),
        ),
        expect(
            "defaultIsm",
            timed(mailbox.defaultIsm().call()).await.map(|a| a.to_string()),
            core.ism.to_string(),
        ),
        expect(
            "requiredHook",
            timed(mailbox.requiredHook().call()).await.map(|a| a.to_string()),
            core.merkle_tree_hook.to_string(),
        ),
        expect(
            "defaultHook",
            timed(mailbox.defaultHook().call()).await.map(|a| a.to_string()),
            core.default_hook.to_string(),
        ),
    ];
    for (check, outcome) in checks {
        report.push(subject.clone(), check, outcome);
    }
    let subject = format!("{chain_name}/ism");
    let factory = StaticMessageIdMultisigIsmFactory::new(core.ism_factory, rpc);
    let from_factory =
        timed(factory.getAddress(core.validators.clone(), core.threshold).call()).await;
    let (check, outcome) = expect(
        "the factory's ISM of the validators",
        from_factory.map(|a| a.to_string()),
        core.ism.to_string(),
    );
    report.push(subject.clone(), check, outcome);
    let ism = StaticMessageIdMultisigIsm::new(core.ism, rpc);
    let set = timed(ism.validatorsAndThreshold(Default::default()).call()).await;
    let (check, outcome) = expect(
        "validators and threshold",
        set.map(|set| format!("{:?} of {:?}", set._1, set._0)),
        format!("{:?} of {:?}", core.threshold, core.validators),
    );
    report.push(subject.clone(), check, outcome);
    let mut sorted = reporters.to_vec();
    sorted.sort();
    let outcome = if sorted == core.validators {
        Outcome::Pass
    } else {
        Outcome::Fail(format!(
            "validators {:?} are not the hub's reporters {sorted:?}",
            core.validators
        ))
    };
    report.push(subject, "validators are the reporters", outcome);
    Ok(())
}

async fn has_role(
    rpc: &DynProvider,
    contract: Address,
    role: B256,
    who: Address,
) -> Result<bool, String> {
    // Every contract checked is an OpenZeppelin AccessControl: one `hasRole` ABI.
    timed(RollupRegistry::new(contract, rpc).hasRole(role, who).call()).await
}

/// Checks that `holder` has `role` on `contract`.
async fn expect_role(
    report: &mut Report,
    rpc: &DynProvider,
    subject: String,
    role: (&str, B256),
    contract: Address,
    holder: Address,
) {
    let check = format!("{} held by {holder}", role.0);
    let outcome = match has_role(rpc, contract, role.1, holder).await {
        Ok(true) => Outcome::Pass,
        Ok(false) => Outcome::Fail(format!("{holder} does not hold {}", role.0)),
        Err(e) => Outcome::Fail(format!("cannot read hasRole: {e}")),
    };
    report.push(subject, check, outcome);
}

/// The roles the deployer must not keep: the admin role and every role of Roles.sol.
fn deployer_roles() -> Vec<(&'static str, B256)> {
    std::iter::once(("admin", roles::DEFAULT_ADMIN)).chain(roles::all()).collect()
}

async fn check_handover(report: &mut Report, hub: &DynProvider, manifest: &Manifest) {
    let deployer = manifest.hub.deployer;
    let Ok(core_timelock) = manifest.hub_contract(names::CORE_TIMELOCK) else {
        report.push("hub", "governance hand-over", Outcome::Fail("no CoreTimelock".into()));
        return;
    };
    for name in names::HANDED_TO_CORE_TIMELOCK.iter().chain([&names::CORE_TIMELOCK]) {
        let Ok(address) = manifest.hub_contract(name) else {
            let detail = format!("the manifest has no {name}");
            report.push(format!("hub/{name}"), "governance hand-over", Outcome::Fail(detail));
            continue;
        };
        let subject = format!("hub/{name}");
        if *name != names::CORE_TIMELOCK {
            let role = ("admin", roles::DEFAULT_ADMIN);
            expect_role(report, hub, subject.clone(), role, address, core_timelock).await;
        }
        let mut kept = Vec::new();
        for (role, id) in deployer_roles() {
            match has_role(hub, address, id, deployer).await {
                Ok(true) => kept.push(role.to_string()),
                Ok(false) => {}
                Err(e) => kept.push(format!("{role}? (unreadable: {e})")),
            }
        }
        let outcome = if kept.is_empty() {
            Outcome::Pass
        } else {
            Outcome::Fail(format!("the deployer {deployer} still holds {}", kept.join(", ")))
        };
        report.push(subject, "no deployer role", outcome);
    }
}

async fn check_role_holders(report: &mut Report, hub: &DynProvider, manifest: &Manifest) {
    let holders = |role: &str| manifest.hub.roles.get(role).cloned().unwrap_or_default();
    let hub_contract = |name: &str| manifest.hub_contract(name).ok();
    for keeper in holders("keeper") {
        for name in [names::ROLLUP_REGISTRY, names::ELASTIC_POOL, names::EMERGENCY_CHANNELS] {
            let Some(address) = hub_contract(name) else { continue };
            let role = ("keeper", roles::keeper());
            expect_role(report, hub, format!("hub/{name}"), role, address, keeper).await;
        }
    }
    for council in holders("council") {
        for name in [names::EMERGENCY_CHANNELS, names::ROLLUP_REGISTRY, names::STAKING_HUB] {
            let Some(address) = hub_contract(name) else { continue };
            let role = ("council", roles::council());
            expect_role(report, hub, format!("hub/{name}"), role, address, council).await;
        }
    }
    if let Some(address) = hub_contract(names::REWARD_DISTRIBUTOR) {
        let distributor = RewardDistributor::new(address, hub);
        for reporter in holders("reporters") {
            let outcome = match timed(distributor.isReporter(reporter).call()).await {
                Ok(true) => Outcome::Pass,
                Ok(false) => Outcome::Fail(format!("{reporter} is not a reporter")),
                Err(e) => Outcome::Fail(format!("cannot read isReporter: {e}")),
            };
            let subject = format!("hub/{}", names::REWARD_DISTRIBUTOR);
            report.push(subject, format!("reporter {reporter}"), outcome);
        }
    }
}

async fn check_rollup_roles(
    report: &mut Report,
    rpc: &DynProvider,
    rollup: &RollupDeployment,
    manifest: &Manifest,
) {
    let Some(&endpoint) = rollup.contracts.get(names::CHANNEL_ENDPOINT) else { return };
    let subject = format!("{}/{}", rollup.name, names::CHANNEL_ENDPOINT);
    for relayer in manifest.hub.roles.get("relayer").into_iter().flatten() {
        let role = ("relayer", roles::relayer());
        expect_role(report, rpc, subject.clone(), role, endpoint, *relayer).await;
    }
    // The rollup side has no governance of its own yet: the deployer stays the endpoint's
    // admin. Say so rather than fail every deployment.
    if let Ok(true) = has_role(rpc, endpoint, roles::DEFAULT_ADMIN, manifest.hub.deployer).await {
        let detail = format!(
            "the deployer {} is the endpoint's admin (the rollup side has no governance yet; \
             hand it to the rollup's owner with grantRole/renounceRole)",
            manifest.hub.deployer
        );
        report.push(subject, "admin", Outcome::Warn(detail));
    }
}

/// Runs every check of a deployment; `artifacts` is the forge output folder (`out/`).
pub async fn verify(manifest: &Manifest, artifacts: &Path) -> Result<Report, VerifyError> {
    let mut report = Report::default();
    let hub = provider("hub", &manifest.hub.rpc_url)?;
    let hub_up = check_chain(
        &mut report,
        "hub",
        &hub,
        manifest.hub.chain_id,
        manifest.hub.contracts.iter(),
        artifacts,
    )
    .await?;
    let reporters = manifest.hub.roles.get("reporters").cloned().unwrap_or_default();
    if hub_up {
        check_handover(&mut report, &hub, manifest).await;
        check_role_holders(&mut report, &hub, manifest).await;
        if let Some(core) = &manifest.hub.hyperlane {
            check_hyperlane(&mut report, "hub", &hub, core, &reporters, artifacts).await?;
        }
    }
    for rollup in &manifest.rollups {
        let rpc = provider(&rollup.name, &rollup.rpc_url)?;
        let up = check_chain(
            &mut report,
            &rollup.name,
            &rpc,
            rollup.chain_id,
            rollup.contracts.iter(),
            artifacts,
        )
        .await?;
        if up {
            check_rollup_roles(&mut report, &rpc, rollup, manifest).await;
            if let Some(core) = &rollup.hyperlane {
                check_hyperlane(&mut report, &rollup.name, &rpc, core, &reporters, artifacts)
                    .await?;
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_ignores_immutables_only() {
        let artifact = Artifact { code: vec![1, 2, 0, 0, 5], immutables: vec![(2, 2)] };
        assert!(artifact.matches(&[1, 2, 9, 9, 5]));
        assert!(!artifact.matches(&[1, 3, 9, 9, 5]), "a changed byte outside the immutables");
        assert!(!artifact.matches(&[1, 2, 9, 9]), "a different length");
    }

    #[test]
    fn timelocks_are_era_timelocks() {
        assert_eq!(artifact_contract(names::CORE_TIMELOCK), "EraTimelock");
        assert_eq!(artifact_contract(names::SHARD_TIMELOCK), "EraTimelock");
        assert_eq!(artifact_contract(names::STAKING_HUB), "StakingHub");
    }

    #[test]
    fn a_missing_artifact_names_the_file_and_the_fix() {
        let dir = tempfile::tempdir().unwrap();
        let err = Artifact::load(dir.path(), "StakingHub").unwrap_err().to_string();
        assert!(err.contains("StakingHub.sol/StakingHub.json"), "{err}");
        assert!(err.contains("make contracts"), "{err}");
    }

    #[test]
    fn report_counts_and_fails_on_any_failure() {
        let mut report = Report::default();
        report.push("hub", "chain id", Outcome::Pass);
        report.push("rollup-1/ChannelEndpoint", "admin", Outcome::Warn("deployer".into()));
        assert!(report.is_ok());
        report.push("hub/StakingHub", "code", Outcome::Fail("no code".into()));
        assert!(!report.is_ok());
        let text = report.to_string();
        assert!(text.contains("FAIL hub/StakingHub"), "{text}");
        assert!(text.ends_with("3 checks: 1 passed, 1 failed, 1 warnings"), "{text}");
    }
}
