//! Sending deployment transactions quickly and checking each one landed.

use alloy::{
    network::{Ethereum, EthereumWallet, TransactionBuilder},
    primitives::{Address, Bytes, TxHash},
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::types::{TransactionReceipt, TransactionRequest},
    signers::local::PrivateKeySigner,
};
use std::time::{Duration, Instant};

/// How long one deployment transaction may take to be mined before the deployment fails.
pub const RECEIPT_TIMEOUT: Duration = Duration::from_secs(60);

/// Why a deployment transaction failed.
#[derive(Debug, thiserror::Error)]
pub enum TxError {
    /// The node refused or failed the request.
    #[error("{label}: {source}")]
    Rpc {
        /// What the transaction was for.
        label: String,
        /// The RPC error.
        source: alloy::transports::TransportError,
    },
    /// The transaction could not be built or sent (e.g. it reverts in gas estimation).
    #[error("{label}: {source}")]
    Send {
        /// What the transaction was for.
        label: String,
        /// The error.
        source: alloy::contract::Error,
    },
    /// The transaction was mined but reverted.
    #[error("{label}: transaction {hash} reverted")]
    Reverted {
        /// What the transaction was for.
        label: String,
        /// Its hash.
        hash: TxHash,
    },
    /// No receipt arrived in time.
    #[error("{label}: transaction {hash} not mined within {timeout:?}")]
    Timeout {
        /// What the transaction was for.
        label: String,
        /// Its hash.
        hash: TxHash,
        /// How long we waited.
        timeout: Duration,
    },
    /// A deployment receipt carried no contract address.
    #[error("{label}: deployment receipt {hash} has no contract address")]
    NoContractAddress {
        /// What the transaction was for.
        label: String,
        /// Its hash.
        hash: TxHash,
    },
}

/// A provider that signs for every given account, for deployment and seeding.
pub fn signing_provider(rpc_url: &str, signers: &[PrivateKeySigner]) -> DynProvider {
    let mut wallet = EthereumWallet::new(signers[0].clone());
    for signer in &signers[1..] {
        wallet.register_signer(signer.clone());
    }
    let url = rpc_url.parse().expect("anvil endpoints are valid URLs");
    ProviderBuilder::new().wallet(wallet).connect_http(url).erased()
}

/// Sends `tx` and waits for its receipt, failing if it reverted.
///
/// Polls for the receipt directly instead of waiting for block notifications, so on an
/// automining devnet a transaction costs one round trip rather than a polling interval.
pub async fn send(
    provider: &DynProvider,
    label: &str,
    tx: TransactionRequest,
) -> Result<TransactionReceipt, TxError> {
    let pending = provider
        .send_transaction(tx)
        .await
        .map_err(|source| TxError::Rpc { label: label.to_string(), source })?;
    wait_receipt(provider, label, *pending.tx_hash()).await
}

/// Sends a contract call (or deployment) built with the generated bindings.
pub async fn send_call<P: Provider, D: alloy::contract::CallDecoder>(
    provider: &DynProvider,
    label: &str,
    call: alloy::contract::CallBuilder<P, D, Ethereum>,
) -> Result<TransactionReceipt, TxError> {
    let pending =
        call.send().await.map_err(|source| TxError::Send { label: label.to_string(), source })?;
    wait_receipt(provider, label, *pending.tx_hash()).await
}

/// Deploys a contract from its creation code (bytecode + encoded constructor arguments).
pub async fn deploy(
    provider: &DynProvider,
    label: &str,
    from: Address,
    creation_code: Bytes,
) -> Result<Address, TxError> {
    let tx = TransactionRequest::default().with_from(from).with_deploy_code(creation_code);
    let receipt = send(provider, label, tx).await?;
    receipt.contract_address.ok_or(TxError::NoContractAddress {
        label: label.to_string(),
        hash: receipt.transaction_hash,
    })
}

async fn wait_receipt(
    provider: &DynProvider,
    label: &str,
    hash: TxHash,
) -> Result<TransactionReceipt, TxError> {
    let started = Instant::now();
    let mut delay = Duration::from_millis(2);
    loop {
        let receipt = provider
            .get_transaction_receipt(hash)
            .await
            .map_err(|source| TxError::Rpc { label: label.to_string(), source })?;
        if let Some(receipt) = receipt {
            return if receipt.status() {
                Ok(receipt)
            } else {
                Err(TxError::Reverted { label: label.to_string(), hash })
            };
        }
        if started.elapsed() > RECEIPT_TIMEOUT {
            return Err(TxError::Timeout {
                label: label.to_string(),
                hash,
                timeout: RECEIPT_TIMEOUT,
            });
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_millis(200));
    }
}
