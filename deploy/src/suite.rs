//! The contract suite: what is deployed on the hub and on each rollup, in which order, and how
//! it is wired and seeded on a devnet.

use crate::{
    progress::Progress,
    tx::{self, TxError},
};
use alloy::{
    primitives::{keccak256, Address, B256, U256},
    providers::DynProvider,
    signers::local::PrivateKeySigner,
};
use era_bindings::{
    channel_endpoint::ChannelEndpoint,
    component_market::ComponentMarket,
    config_market::{ConfigMarket, IProfileRegistry},
    core_governor::CoreGovernor,
    elastic_pool::ElasticPool,
    emergency_channels::EmergencyChannels,
    era_timelock::EraTimelock,
    era_token::EraToken,
    profile_registry::ProfileRegistry,
    reward_distributor::RewardDistributor,
    rollup_registry::RollupRegistry,
    shard_governor::ShardGovernor,
    staking_hub::StakingHub,
};
use std::collections::BTreeMap;

/// The role ids of `Roles.sol` (defined in `era-protocol`).
pub use era_protocol::roles;

/// Devnet parameters: short periods so that a demo sees epochs end and windows expire.
#[derive(Debug, Clone)]
pub struct SuiteParams {
    /// Seconds per reward epoch (the contract's minimum is 60).
    pub epoch_seconds: u64,
    /// ERA emitted per epoch.
    pub emission_per_epoch: u128,
    /// ERA the treasury funds the distributor with.
    pub rewards_funding: u128,
    /// Base minimum validator stake of every devnet rollup, in ERA.
    pub min_validator_stake: u128,
    /// Threshold floor of every devnet rollup, in ERA.
    pub threshold_floor: u128,
    /// Gas-limit parameter registered for every rollup.
    pub rollup_gas_limit: u64,
    /// Self-stake of each seeded validator, in ERA.
    pub validator_self_stake: u128,
    /// Delegation of each seeded staker, in ERA.
    pub staker_delegation: u128,
    /// ERA each seeded validator and staker receives.
    pub seed_balance: u128,
    /// ERA each seeded staker deposits into the elastic pool.
    pub pool_deposit: u128,
    /// Longest emergency channel, in seconds.
    pub max_channel_seconds: u64,
    /// Deploy both governance layers and hand every admin right to the core timelock (the
    /// deployer keeps none). Off only for tests that need to act as governance directly.
    pub hand_over_to_governance: bool,
    /// Core governance: voting delay, voting period, timelock delay (seconds).
    pub core_periods: (u64, u64, u64),
    /// Shard governance: voting delay, voting period, timelock delay (seconds).
    pub shard_periods: (u64, u64, u64),
    /// Shard governance quorum floor, in whole ERA: a shard proposal needs at least this much
    /// domain stake for or abstaining, whatever its 20% share of the domain's stake (which is 0
    /// on the devnet's first day, when nothing was staked as the day began).
    pub shard_min_quorum: u128,
}

impl Default for SuiteParams {
    fn default() -> Self {
        Self {
            epoch_seconds: 60,
            emission_per_epoch: 100_000,
            rewards_funding: 10_000_000,
            min_validator_stake: 10_000,
            threshold_floor: 1_000,
            rollup_gas_limit: 30_000_000,
            validator_self_stake: 20_000,
            staker_delegation: 50_000,
            seed_balance: 5_000_000,
            pool_deposit: 200_000,
            max_channel_seconds: 86_400,
            hand_over_to_governance: true,
            core_periods: (1, 60, 60),
            shard_periods: (1, 60, 30),
            // One seeded staker's delegation (50,000) reaches it, a validator's self-stake
            // (20,000) alone does not; about a domain's 20% share on later days.
            shard_min_quorum: 25_000,
        }
    }
}

/// Converts whole ERA to wei.
pub fn era(amount: u128) -> U256 {
    U256::from(amount) * U256::from(10u64).pow(U256::from(18u64))
}

/// The accounts a devnet gives roles to, all funded by anvil.
#[derive(Debug, Clone)]
pub struct DevAccounts {
    /// Deploys the suite and acts as governance until governance is deployed; holds the supply
    /// and is the treasury.
    pub deployer: PrivateKeySigner,
    /// The keeper's hub account.
    pub keeper: PrivateKeySigner,
    /// The traffic reporters (M of N with M = 1 on a devnet).
    pub reporters: Vec<PrivateKeySigner>,
    /// The security council.
    pub council: PrivateKeySigner,
    /// Relays channel updates to the rollups' ChannelEndpoints: the keeper's account on a devnet.
    pub relayer: PrivateKeySigner,
    /// Seeded stakers; the first publishes the sample config, the second the sample component.
    pub stakers: Vec<PrivateKeySigner>,
    /// Seeded validators, one per rollup.
    pub validators: Vec<PrivateKeySigner>,
}

/// Accounts a devnet hub needs besides one validator per rollup.
pub const FIXED_ACCOUNTS: usize = 9;

impl DevAccounts {
    /// Assigns roles to anvil's development accounts: 0 deployer, 1 keeper (also the relayer),
    /// 2 reporter, 3 council, 5..9 stakers, then one validator per rollup (4 is unused).
    pub fn from_anvil(signers: &[PrivateKeySigner], rollups: usize) -> Self {
        assert!(signers.len() >= FIXED_ACCOUNTS + rollups, "hub started with too few accounts");
        Self {
            deployer: signers[0].clone(),
            keeper: signers[1].clone(),
            reporters: vec![signers[2].clone()],
            council: signers[3].clone(),
            relayer: signers[1].clone(),
            stakers: signers[5..FIXED_ACCOUNTS].to_vec(),
            validators: signers[FIXED_ACCOUNTS..FIXED_ACCOUNTS + rollups].to_vec(),
        }
    }

    /// Every account, for a provider that signs for all of them.
    pub fn all(&self) -> Vec<PrivateKeySigner> {
        let mut all = vec![self.deployer.clone(), self.keeper.clone()];
        all.extend(self.reporters.iter().cloned());
        all.push(self.council.clone());
        all.extend(self.stakers.iter().cloned());
        all.extend(self.validators.iter().cloned());
        all
    }

    /// Role name to addresses, as written to the manifest.
    pub fn roles(&self) -> BTreeMap<String, Vec<Address>> {
        let addrs = |s: &[PrivateKeySigner]| s.iter().map(|s| s.address()).collect::<Vec<_>>();
        BTreeMap::from([
            ("keeper".to_string(), vec![self.keeper.address()]),
            ("reporters".to_string(), addrs(&self.reporters)),
            ("council".to_string(), vec![self.council.address()]),
            ("relayer".to_string(), vec![self.relayer.address()]),
            ("validators".to_string(), addrs(&self.validators)),
            ("stakers".to_string(), addrs(&self.stakers)),
        ])
    }
}

/// A rollup to register on the hub.
#[derive(Debug, Clone)]
pub struct RollupPlan {
    /// EIP-155 chain id of the rollup chain.
    pub chain_id: u64,
    /// Governance domain.
    pub domain: u32,
    /// `RollupRegistry.RollupKind`: 0 Optimistic, 1 ZK.
    pub kind: u8,
}

/// Where the hub suite was deployed.
#[derive(Debug, Clone, Default)]
pub struct HubSuite {
    /// Contract name to address.
    pub contracts: BTreeMap<String, Address>,
    /// Rollup chain id to its RollupRegistry id.
    pub rollup_ids: BTreeMap<u64, u32>,
}

impl HubSuite {
    fn add(&mut self, name: &str, address: Address) -> Address {
        self.contracts.insert(name.to_string(), address);
        address
    }
}

/// Deploys the hub suite, wires it and seeds it so a fresh devnet is alive: rollups registered,
/// one validator per rollup, stakers delegating, rewards funded, a sample config and component
/// on the markets.
pub async fn deploy_hub_suite(
    provider: &DynProvider,
    accounts: &DevAccounts,
    rollups: &[RollupPlan],
    params: &SuiteParams,
    hub_chain_id: u64,
    progress: &dyn Progress,
) -> Result<HubSuite, TxError> {
    let admin = accounts.deployer.address();
    let mut suite = HubSuite::default();
    let p = provider;

    // The core timelock is the treasury (slashed ERA, protocol fees, what is left of the
    // supply), so it is deployed first; the deployer administers it until the hand-over.
    progress.step("hub: deploying the core timelock (treasury)");
    let (_, _, core_delay) = params.core_periods;
    let code = EraTimelock::deploy_builder(p, U256::from(core_delay), vec![], vec![], admin)
        .calldata()
        .clone();
    let treasury =
        suite.add("CoreTimelock", tx::deploy(p, "deploy core EraTimelock", admin, code).await?);

    progress.step("hub: deploying EraToken, RollupRegistry, StakingHub, RewardDistributor");
    let code = EraToken::deploy_builder(p, admin).calldata().clone();
    let token = suite.add("EraToken", tx::deploy(p, "deploy EraToken", admin, code).await?);
    let code = RollupRegistry::deploy_builder(p, admin, 3600).calldata().clone();
    let registry =
        suite.add("RollupRegistry", tx::deploy(p, "deploy RollupRegistry", admin, code).await?);
    let code = StakingHub::deploy_builder(
        p,
        admin,
        token,
        registry,
        treasury,
        alloy::primitives::aliases::U48::from(3600u64),
        alloy::primitives::aliases::U48::from(60u64),
    )
    .calldata()
    .clone();
    let hub = suite.add("StakingHub", tx::deploy(p, "deploy StakingHub", admin, code).await?);
    let code = RewardDistributor::deploy_builder(
        p,
        admin,
        token,
        registry,
        hub,
        params.epoch_seconds,
        0,
        era(params.emission_per_epoch),
    )
    .calldata()
    .clone();
    let distributor = suite
        .add("RewardDistributor", tx::deploy(p, "deploy RewardDistributor", admin, code).await?);

    let era_token = EraToken::new(token, p);
    let registry_c = RollupRegistry::new(registry, p);
    let hub_c = StakingHub::new(hub, p);
    let distributor_c = RewardDistributor::new(distributor, p);

    progress.step("hub: wiring roles and rewards");
    let keeper = accounts.keeper.address();
    tx::send_call(p, "grant KEEPER", registry_c.grantRole(roles::keeper(), keeper).from(admin))
        .await?;
    tx::send_call(p, "wire distributor", hub_c.setRewardDistributor(distributor).from(admin))
        .await?;
    for reporter in &accounts.reporters {
        tx::send_call(p, "add reporter", distributor_c.addReporter(reporter.address()).from(admin))
            .await?;
    }
    tx::send_call(p, "set report threshold", distributor_c.setThreshold(U256::from(1)).from(admin))
        .await?;
    let funding = era(params.rewards_funding);
    tx::send_call(p, "approve funding", era_token.approve(distributor, funding).from(admin))
        .await?;
    tx::send_call(p, "fund rewards", distributor_c.fund(funding).from(admin)).await?;

    progress.step("hub: deploying ElasticPool and EmergencyChannels");
    let code = ElasticPool::deploy_builder(p, admin, token, registry, hub, distributor, treasury)
        .calldata()
        .clone();
    let pool = suite.add("ElasticPool", tx::deploy(p, "deploy ElasticPool", admin, code).await?);
    let code = EmergencyChannels::deploy_builder(p, admin, registry, params.max_channel_seconds)
        .calldata()
        .clone();
    let channels = suite
        .add("EmergencyChannels", tx::deploy(p, "deploy EmergencyChannels", admin, code).await?);
    let pool_c = ElasticPool::new(pool, p);
    let channels_c = EmergencyChannels::new(channels, p);
    tx::send_call(p, "set boost source", distributor_c.setBoostSource(pool).from(admin)).await?;
    tx::send_call(p, "grant pool KEEPER", pool_c.grantRole(roles::keeper(), keeper).from(admin))
        .await?;
    let call = channels_c.grantRole(roles::keeper(), keeper).from(admin);
    tx::send_call(p, "grant channels KEEPER", call).await?;
    let call = channels_c.grantRole(roles::council(), accounts.council.address()).from(admin);
    tx::send_call(p, "grant channels COUNCIL", call).await?;
    // The council's bounded overrides: statuses and lowerings beyond the keeper's breadth
    // limit (RollupRegistry), and freezing a validator's exits while a slash is pending
    // (StakingHub, at most MAX_FREEZE, no back-to-back renewals).
    let call = registry_c.grantRole(roles::council(), accounts.council.address()).from(admin);
    tx::send_call(p, "grant registry COUNCIL", call).await?;
    let call = hub_c.grantRole(roles::council(), accounts.council.address()).from(admin);
    tx::send_call(p, "grant staking hub COUNCIL", call).await?;

    progress.step(&format!("hub: registering {} rollups", rollups.len()));
    for rollup in rollups {
        let call = registry_c
            .registerRollup(
                rollup.chain_id,
                rollup.kind,
                rollup.domain,
                era(params.min_validator_stake).to(),
                era(params.threshold_floor).to(),
                params.rollup_gas_limit,
            )
            .from(admin);
        tx::send_call(p, &format!("register rollup {}", rollup.chain_id), call).await?;
        let id = registry_c.rollupIdOf(rollup.chain_id).call().await.map_err(|source| {
            TxError::Send { label: format!("read rollup id of {}", rollup.chain_id), source }
        })?;
        suite.rollup_ids.insert(rollup.chain_id, id);
    }

    progress.step("hub: seeding validators and stakers");
    let seed = era(params.seed_balance);
    for account in accounts.validators.iter().chain(&accounts.stakers) {
        let call = era_token.transfer(account.address(), seed).from(admin);
        tx::send_call(p, "seed ERA", call).await?;
        let call = era_token.approve(hub, U256::MAX).from(account.address());
        tx::send_call(p, "approve StakingHub", call).await?;
    }
    for (validator, rollup) in accounts.validators.iter().zip(rollups) {
        let id = suite.rollup_ids[&rollup.chain_id];
        let call = hub_c
            .registerValidator(id, 500, era(params.validator_self_stake))
            .from(validator.address());
        tx::send_call(p, &format!("register validator for rollup {id}"), call).await?;
    }
    for (i, staker) in accounts.stakers.iter().enumerate() {
        let validator = &accounts.validators[i % accounts.validators.len()];
        let call = hub_c
            .delegate(validator.address(), era(params.staker_delegation))
            .from(staker.address());
        tx::send_call(p, "delegate", call).await?;
        let deposit = era(params.pool_deposit);
        let call = era_token.approve(pool, deposit).from(staker.address());
        tx::send_call(p, "approve ElasticPool", call).await?;
        let call = pool_c.deposit(deposit, staker.address()).from(staker.address());
        tx::send_call(p, "deposit into ElasticPool", call).await?;
    }

    progress.step("hub: deploying the markets with a sample config and component");
    let code = ProfileRegistry::deploy_builder(p, admin).calldata().clone();
    let profiles =
        suite.add("ProfileRegistry", tx::deploy(p, "deploy ProfileRegistry", admin, code).await?);
    let code = ConfigMarket::deploy_builder(
        p,
        token,
        profiles,
        treasury,
        admin,
        500,
        U256::from(30 * 86_400),
    )
    .calldata()
    .clone();
    let config_market =
        suite.add("ConfigMarket", tx::deploy(p, "deploy ConfigMarket", admin, code).await?);
    let code = ComponentMarket::deploy_builder(p, token, treasury, admin, 500).calldata().clone();
    let component_market =
        suite.add("ComponentMarket", tx::deploy(p, "deploy ComponentMarket", admin, code).await?);
    let profiles_c = ProfileRegistry::new(profiles, p);
    let call = profiles_c.grantRole(roles::profile_writer(), config_market).from(admin);
    tx::send_call(p, "grant PROFILE_WRITER", call).await?;
    publish_samples(p, accounts, rollups, &suite, config_market, component_market, hub_chain_id)
        .await?;

    // Stakers vote in core governance with their ERA.
    for staker in &accounts.stakers {
        let call = era_token.delegate(staker.address()).from(staker.address());
        tx::send_call(p, "delegate ERA votes", call).await?;
    }
    if params.hand_over_to_governance {
        hand_over_to_governance(p, accounts, params, &mut suite, progress).await?;
    }
    Ok(suite)
}

/// Deploys the core and shard governance layers, then makes the core timelock the admin of
/// every hub contract and renounces every right the deployer had, and sends it the rest of the
/// ERA supply. Afterwards only governance can change the protocol.
async fn hand_over_to_governance(
    p: &DynProvider,
    accounts: &DevAccounts,
    params: &SuiteParams,
    suite: &mut HubSuite,
    progress: &dyn Progress,
) -> Result<(), TxError> {
    progress.step("hub: deploying core and shard governance");
    let admin = accounts.deployer.address();
    let token = suite.contracts["EraToken"];
    let core_tl = suite.contracts["CoreTimelock"];
    let registry = suite.contracts["RollupRegistry"];
    let hub = suite.contracts["StakingHub"];
    let (core_delay, core_period, _) = params.core_periods;
    let code = CoreGovernor::deploy_builder(
        p,
        token,
        core_tl,
        alloy::primitives::aliases::U48::from(core_delay),
        core_period as u32,
        era(1_000),
        U256::from(1),
        alloy::primitives::aliases::U48::from(30u64),
    )
    .calldata()
    .clone();
    let core_gov =
        suite.add("CoreGovernor", tx::deploy(p, "deploy CoreGovernor", admin, code).await?);
    let (shard_delay, shard_period, shard_tl_delay) = params.shard_periods;
    let code = EraTimelock::deploy_builder(p, U256::from(shard_tl_delay), vec![], vec![], admin)
        .calldata()
        .clone();
    let shard_tl =
        suite.add("ShardTimelock", tx::deploy(p, "deploy shard EraTimelock", admin, code).await?);
    let code = ShardGovernor::deploy_builder(
        p,
        admin,
        hub,
        registry,
        shard_tl,
        shard_delay as u32,
        shard_period as u32,
        2_000,
        era(100).to::<alloy::primitives::aliases::U96>(),
        era(params.shard_min_quorum).to::<alloy::primitives::aliases::U96>(),
    )
    .calldata()
    .clone();
    let shard_gov =
        suite.add("ShardGovernor", tx::deploy(p, "deploy ShardGovernor", admin, code).await?);

    progress.step("hub: wiring governance");
    let core_tl_c = EraTimelock::new(core_tl, p);
    let shard_tl_c = EraTimelock::new(shard_tl, p);
    let proposer = keccak256("PROPOSER_ROLE");
    let executor = keccak256("EXECUTOR_ROLE");
    let canceller = keccak256("CANCELLER_ROLE");
    for (label, role) in [("PROPOSER", proposer), ("CANCELLER", canceller), ("EXECUTOR", executor)]
    {
        let call = core_tl_c.grantRole(role, core_gov).from(admin);
        tx::send_call(p, &format!("core timelock: grant {label}"), call).await?;
    }
    for (label, role, who) in [
        ("PROPOSER", proposer, shard_gov),
        ("EXECUTOR", executor, shard_gov),
        ("CANCELLER", canceller, core_tl),
        ("CANCELLER", canceller, accounts.council.address()),
    ] {
        let call = shard_tl_c.grantRole(role, who).from(admin);
        tx::send_call(p, &format!("shard timelock: grant {label}"), call).await?;
    }
    let registry_c = RollupRegistry::new(registry, p);
    for who in [shard_tl, core_tl] {
        let call = registry_c.grantRole(roles::parameter(), who).from(admin);
        tx::send_call(p, "registry: grant PARAMETER", call).await?;
    }
    let shard_c = ShardGovernor::new(shard_gov, p);
    tx::send_call(p, "shard governor: sync rollups", shard_c.syncRollups().from(admin)).await?;
    let set_gas_limit = alloy::primitives::FixedBytes::<4>::from(
        <era_bindings::rollup_registry::RollupRegistry::setGasLimitCall as alloy::sol_types::SolCall>::SELECTOR,
    );
    let call = shard_c.allowCall(registry, set_gas_limit, 0x01).from(admin);
    tx::send_call(p, "shard governor: allow setGasLimit", call).await?;

    progress.step("hub: handing every admin right to the core timelock");
    for name in era_protocol::names::HANDED_TO_CORE_TIMELOCK {
        // Every hub contract is an OpenZeppelin AccessControl: one grantRole/renounceRole ABI.
        let c = RollupRegistry::new(suite.contracts[name], p);
        let call = c.grantRole(B256::ZERO, core_tl).from(admin);
        tx::send_call(p, &format!("{name}: grant admin to the core timelock"), call).await?;
        let call = c.renounceRole(B256::ZERO, admin).from(admin);
        tx::send_call(p, &format!("{name}: deployer renounces admin"), call).await?;
    }
    let call = core_tl_c.renounceRole(B256::ZERO, admin).from(admin);
    tx::send_call(p, "core timelock: deployer renounces admin", call).await?;
    let era_token = EraToken::new(token, p);
    let rest = era_token
        .balanceOf(admin)
        .call()
        .await
        .map_err(|source| TxError::Send { label: "read the deployer's ERA".into(), source })?;
    tx::send_call(
        p,
        "send the rest of the supply to the treasury",
        era_token.transfer(core_tl, rest).from(admin),
    )
    .await?;
    Ok(())
}

/// Deploys a rollup's ChannelEndpoint (admin: the deployer; relayer: the keeper) and returns
/// its address. `provider` signs for the rollup chain's deployer.
pub async fn deploy_rollup_suite(
    provider: &DynProvider,
    accounts: &DevAccounts,
    rollup_id: u32,
) -> Result<BTreeMap<String, Address>, TxError> {
    let admin = accounts.deployer.address();
    let code =
        ChannelEndpoint::deploy_builder(provider, admin, rollup_id, accounts.relayer.address())
            .calldata()
            .clone();
    let endpoint = tx::deploy(provider, "deploy ChannelEndpoint", admin, code).await?;
    Ok(BTreeMap::from([("ChannelEndpoint".to_string(), endpoint)]))
}

/// A sample config (ZK-preferring profile, spread native balance above 10 ERA over the first two
/// rollups, gas paid in ERA) and a sample component attested by the council.
async fn publish_samples(
    p: &DynProvider,
    accounts: &DevAccounts,
    rollups: &[RollupPlan],
    suite: &HubSuite,
    config_market: Address,
    component_market: Address,
    hub_chain_id: u64,
) -> Result<(), TxError> {
    let creator = accounts.stakers[0].address();
    let developer = accounts.stakers[1 % accounts.stakers.len()].address();
    let targets: Vec<u32> = rollups.iter().take(2).map(|r| suite.rollup_ids[&r.chain_id]).collect();
    let profile = IProfileRegistry::Profile {
        rollupKinds: 2,
        gas: IProfileRegistry::GasPayment { mode: 0, stablecoin: Address::ZERO, eraShareBps: 0 },
        rules: vec![IProfileRegistry::CrossChainRule {
            token: Address::ZERO,
            threshold: era(10),
            targets,
        }],
    };
    let configs = ConfigMarket::new(config_market, p);
    let call = configs
        .publishConfig(
            era(10).to(),
            keccak256("era-sample-config-v1"),
            "era://sample/config/v1".into(),
            profile,
        )
        .from(creator);
    tx::send_call(p, "publish sample config", call).await?;

    // The component's registered deployment on the hub chain is the developer's own account, so
    // the demo can charge a consumer from it.
    let components = ComponentMarket::new(component_market, p);
    let (admin, council, one) =
        (accounts.deployer.address(), accounts.council.address(), U256::from(1));
    tx::send_call(
        p,
        "register sample component",
        components.registerComponent("era://sample/component".into()).from(developer),
    )
    .await?;
    let fee = alloy::primitives::aliases::U96::from(10u128.pow(17));
    let call = components
        .publishVersion(
            one,
            keccak256("era-sample-component-v1"),
            "era://sample/component/v1".into(),
            fee,
        )
        .from(developer);
    tx::send_call(p, "publish sample component version", call).await?;
    let call =
        components.setDeployment(one, 1, U256::from(hub_chain_id), developer).from(developer);
    tx::send_call(p, "register sample component deployment", call).await?;
    tx::send_call(p, "approve attester", components.approveAttester(council).from(admin)).await?;
    tx::send_call(p, "attest sample component", components.attest(one, 1).from(council)).await?;
    Ok(())
}
