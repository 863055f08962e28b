//! Deploys a chain's Hyperlane core from Hyperlane's own contracts (`@hyperlane-xyz/core`, built
//! by forge; see `contracts/test/messaging/HyperlaneCore.t.sol`): the Mailbox (domain = chain id),
//! the MerkleTreeHook as its required hook, a ProtocolFee that can never charge as its default
//! hook, a static message-id multisig ISM of the keeper reporters as its default ISM, and
//! ValidatorAnnounce.

use alloy::{
    primitives::{Address, U256},
    providers::DynProvider,
};
use era_bindings::{
    mailbox::Mailbox, merkle_tree_hook::MerkleTreeHook, protocol_fee::ProtocolFee,
    static_message_id_multisig_ism_factory::StaticMessageIdMultisigIsmFactory,
    validator_announce::ValidatorAnnounce,
};
use era_protocol::manifest::HyperlaneCore;

use crate::tx::{self, TxError};

/// Who validates and who owns a chain's core.
#[derive(Debug, Clone)]
pub struct CorePlan {
    /// The chain's domain (its chain id).
    pub domain: u32,
    /// Sends the deployment transactions.
    pub deployer: Address,
    /// Owns the Mailbox and the default hook (and receives the hook's fees, which are 0).
    pub owner: Address,
    /// The validators the ISM accepts; sorted here, as the ISM expects signatures in order.
    pub validators: Vec<Address>,
    /// How many validators must sign.
    pub threshold: u8,
}

/// Why a plan cannot be deployed.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// The threshold cannot be met by the validators.
    #[error("a threshold of {threshold} needs between 1 and {validators} validators")]
    Threshold {
        /// The threshold asked for.
        threshold: u8,
        /// How many validators there are.
        validators: usize,
    },
    /// A transaction failed.
    #[error(transparent)]
    Tx(#[from] TxError),
}

/// Deploys and wires one chain's core; `provider` signs for `plan.deployer`. Six transactions
/// and one view call.
pub async fn deploy_core(
    provider: &DynProvider,
    plan: &CorePlan,
) -> Result<HyperlaneCore, CoreError> {
    let mut validators = plan.validators.clone();
    validators.sort();
    validators.dedup();
    if plan.threshold == 0 || usize::from(plan.threshold) > validators.len() {
        return Err(CoreError::Threshold {
            threshold: plan.threshold,
            validators: validators.len(),
        });
    }
    let p = provider;
    let from = plan.deployer;
    let domain = plan.domain;
    let code = Mailbox::deploy_builder(p, domain).calldata().clone();
    let mailbox = tx::deploy(p, &format!("{domain}: deploy Mailbox"), from, code).await?;
    let code = MerkleTreeHook::deploy_builder(p, mailbox).calldata().clone();
    let merkle_tree_hook =
        tx::deploy(p, &format!("{domain}: deploy MerkleTreeHook"), from, code).await?;
    let code = ProtocolFee::deploy_builder(p, U256::ZERO, U256::ZERO, plan.owner, plan.owner)
        .calldata()
        .clone();
    let default_hook = tx::deploy(p, &format!("{domain}: deploy ProtocolFee"), from, code).await?;
    let code = StaticMessageIdMultisigIsmFactory::deploy_builder(p).calldata().clone();
    let ism_factory = tx::deploy(p, &format!("{domain}: deploy ISM factory"), from, code).await?;
    let factory = StaticMessageIdMultisigIsmFactory::new(ism_factory, p);
    let label = format!("{domain}: deploy the message-id multisig ISM");
    let ism = factory
        .getAddress(validators.clone(), plan.threshold)
        .call()
        .await
        .map_err(|source| TxError::Send { label: label.clone(), source })?;
    tx::send_call(p, &label, factory.deploy_call(validators.clone(), plan.threshold).from(from))
        .await?;
    // A separate transaction from the deployment: fine on a devnet, where nobody else sends;
    // on a shared chain the Mailbox must be initialized in its deployment (a proxy's
    // constructor), or a front-runner could initialize it with its own ISM.
    let mailbox_c = Mailbox::new(mailbox, p);
    let call = mailbox_c.initialize(plan.owner, ism, default_hook, merkle_tree_hook).from(from);
    tx::send_call(p, &format!("{domain}: initialize Mailbox"), call).await?;
    let code = ValidatorAnnounce::deploy_builder(p, mailbox).calldata().clone();
    let validator_announce =
        tx::deploy(p, &format!("{domain}: deploy ValidatorAnnounce"), from, code).await?;
    Ok(HyperlaneCore {
        domain,
        mailbox,
        merkle_tree_hook,
        default_hook,
        ism_factory,
        ism,
        validators,
        threshold: plan.threshold,
        validator_announce,
        owner: plan.owner,
    })
}
