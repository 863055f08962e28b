//! The contract suite: what is deployed on the hub and on each rollup, in which order, and how
//! it is wired and seeded on a devnet.

use crate::{
    progress::Progress,
    tx::{self, TxError},
};
use alloy::{
    primitives::{Address, U256},
    providers::DynProvider,
    signers::local::PrivateKeySigner,
};
use era_bindings::era_token::EraToken;
use std::collections::BTreeMap;

/// ERA each devnet staker receives from the treasury.
pub const DEVNET_STAKER_ERA: u128 = 1_000_000;

/// The accounts a devnet gives roles to, all funded by anvil.
#[derive(Debug, Clone)]
pub struct DevAccounts {
    /// Deploys the suite and acts as governance until governance is deployed; holds the supply.
    pub deployer: PrivateKeySigner,
    /// The keeper's hub account.
    pub keeper: PrivateKeySigner,
    /// The traffic reporters (M of N with M = 1 on a devnet).
    pub reporters: Vec<PrivateKeySigner>,
    /// The security council.
    pub council: PrivateKeySigner,
    /// Relays channel updates to the rollups.
    pub relayer: PrivateKeySigner,
    /// Seeded validators.
    pub validators: Vec<PrivateKeySigner>,
    /// Seeded stakers.
    pub stakers: Vec<PrivateKeySigner>,
}

impl DevAccounts {
    /// Assigns roles to anvil's development accounts: 0 deployer, 1 keeper, 2 reporter,
    /// 3 council, 4 relayer, 5..8 validators, 8..12 stakers.
    pub fn from_anvil(signers: &[PrivateKeySigner]) -> Self {
        assert!(signers.len() >= 12, "a devnet hub is started with 20 funded accounts");
        Self {
            deployer: signers[0].clone(),
            keeper: signers[1].clone(),
            reporters: vec![signers[2].clone()],
            council: signers[3].clone(),
            relayer: signers[4].clone(),
            validators: signers[5..8].to_vec(),
            stakers: signers[8..12].to_vec(),
        }
    }

    /// Every account, for a provider that signs for all of them.
    pub fn all(&self) -> Vec<PrivateKeySigner> {
        let mut all = vec![self.deployer.clone(), self.keeper.clone()];
        all.extend(self.reporters.iter().cloned());
        all.extend([self.council.clone(), self.relayer.clone()]);
        all.extend(self.validators.iter().cloned());
        all.extend(self.stakers.iter().cloned());
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

/// Where the hub suite was deployed.
#[derive(Debug, Clone, Default)]
pub struct HubSuite {
    /// Contract name to address.
    pub contracts: BTreeMap<String, Address>,
}

/// Deploys the hub suite, wires it and seeds it so a fresh devnet is alive.
pub async fn deploy_hub_suite(
    provider: &DynProvider,
    accounts: &DevAccounts,
    progress: &dyn Progress,
) -> Result<HubSuite, TxError> {
    let deployer = accounts.deployer.address();
    let mut suite = HubSuite::default();

    progress.step("hub: deploying EraToken");
    let token_code = EraToken::deploy_builder(provider, deployer).calldata().clone();
    let token = tx::deploy(provider, "deploy EraToken", deployer, token_code).await?;
    suite.contracts.insert("EraToken".into(), token);

    progress.step("hub: seeding stakers with ERA");
    let era = EraToken::new(token, provider);
    let amount = U256::from(DEVNET_STAKER_ERA) * U256::from(10u64).pow(U256::from(18u64));
    for staker in accounts.stakers.iter().chain(&accounts.validators) {
        let call = era.transfer(staker.address(), amount).from(deployer);
        tx::send_call(provider, "seed ERA", call).await?;
    }
    Ok(suite)
}
