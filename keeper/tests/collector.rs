//! The rollup collector against a real anvil.

mod common;

use std::time::Duration;

use alloy::{
    network::{EthereumWallet, TransactionBuilder},
    primitives::{Address, U256},
    providers::{ext::AnvilApi, Provider, ProviderBuilder, RootProvider},
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
};
use era_keeper::{
    collector::{HeadTracker, PollSettings},
    observation::Observation,
};

fn settings(max_catch_up_blocks: u64) -> PollSettings {
    PollSettings {
        interval: Duration::from_millis(100),
        rpc_timeout: Duration::from_secs(2),
        max_catch_up_blocks,
    }
}

fn numbers(batch: &[Observation]) -> Vec<u64> {
    batch
        .iter()
        .map(|o| match o {
            Observation::Head { head, .. } => head.number,
            other => panic!("expected a head, got {other:?}"),
        })
        .collect()
}

#[tokio::test]
async fn reports_every_new_block_once_with_its_load() {
    let anvil = common::spawn_anvil();
    let provider = RootProvider::new_http(anvil.endpoint_url());
    let mut tracker = HeadTracker::new(7, settings(64));
    assert_eq!(numbers(&tracker.poll(&provider).await), [0]);
    assert!(tracker.poll(&provider).await.is_empty(), "no new block, no observation");

    let signer: PrivateKeySigner = anvil.keys()[0].clone().into();
    let wallet = ProviderBuilder::new()
        .wallet(EthereumWallet::from(signer))
        .connect_http(anvil.endpoint_url());
    let transfer =
        TransactionRequest::default().with_to(Address::repeat_byte(9)).with_value(U256::from(1));
    wallet.send_transaction(transfer).await.unwrap().get_receipt().await.unwrap();
    provider.anvil_mine(Some(2), None).await.unwrap();

    let batch = tracker.poll(&provider).await;
    assert_eq!(numbers(&batch), [1, 2, 3], "the gap is filled, oldest first");
    let Observation::Head { rollup_id, head, .. } = &batch[0] else { unreachable!() };
    assert_eq!(*rollup_id, 7);
    assert_eq!((head.tx_count, head.gas_used), (1, 21_000));
    assert!(head.base_fee_per_gas.is_some());
    assert!(head.fullness() > 0.0);
    let block = provider.get_block_by_number(1.into()).await.unwrap().unwrap();
    assert_eq!(head.hash, block.header.hash);
}

#[tokio::test]
async fn catching_up_is_capped() {
    let anvil = common::spawn_anvil();
    let provider = RootProvider::new_http(anvil.endpoint_url());
    let mut tracker = HeadTracker::new(1, settings(3));
    tracker.poll(&provider).await;
    provider.anvil_mine(Some(10), None).await.unwrap();
    assert_eq!(numbers(&tracker.poll(&provider).await), [8, 9, 10]);
}

#[tokio::test]
async fn an_unreachable_endpoint_is_an_observation() {
    let provider = RootProvider::new_http("http://127.0.0.1:9".parse().unwrap());
    let mut tracker = HeadTracker::new(3, settings(64));
    let batch = tracker.poll(&provider).await;
    assert!(
        matches!(&batch[..], [Observation::RpcFailure { rollup_id: 3, error, .. }] if !error.is_empty()),
        "{batch:?}"
    );
}
