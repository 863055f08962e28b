//! The rollup collector against a real anvil.

use crate::common;

use std::time::Duration;

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use alloy::{
    network::{EthereumWallet, TransactionBuilder},
    primitives::{Address, U256},
    providers::{ext::AnvilApi, Provider, ProviderBuilder, RootProvider},
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
};
use era_keeper::{
    collector::{watch_rollup, HeadTracker, PollSettings, RollupEndpoint},
    config::HeadSource,
    observation::Observation,
};

fn settings(max_catch_up_blocks: u64) -> PollSettings {
    PollSettings {
        heads: HeadSource::Poll,
        interval: Duration::from_millis(100),
        rpc_timeout: Duration::from_secs(2),
        max_catch_up_blocks,
        plausibility: Default::default(),
        chain_id_recheck: Duration::from_secs(30),
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

/// Starts `watch_rollup` on `endpoint` and returns its observations.
fn watch(
    endpoint: RollupEndpoint,
    heads: HeadSource,
    interval: Duration,
) -> (mpsc::Receiver<Observation>, CancellationToken) {
    let settings = PollSettings { heads, interval, ..settings(64) };
    let (sender, receiver) = mpsc::channel(64);
    let shutdown = CancellationToken::new();
    tokio::spawn(watch_rollup(endpoint, settings, sender, shutdown.clone()));
    (receiver, shutdown)
}

async fn next_head(observations: &mut mpsc::Receiver<Observation>, within: Duration) -> u64 {
    match tokio::time::timeout(within, observations.recv()).await {
        Ok(Some(Observation::Head { head, .. })) => head.number,
        other => panic!("expected a head within {within:?}, got {other:?}"),
    }
}

#[tokio::test]
async fn a_subscription_announces_each_head_long_before_the_next_poll() {
    let anvil = common::spawn_anvil();
    let rpc_url = anvil.endpoint_url();
    let endpoint = RollupEndpoint {
        rollup_id: 4,
        name: "subscribed".into(),
        ws_url: RollupEndpoint::ws_url_of(&rpc_url),
        rpc_url: rpc_url.clone(),
        extra_rpc_urls: Vec::new(),
        quorum: None,
        chain_id: Some(31337),
    };
    assert_eq!(endpoint.ws_url.as_ref().unwrap().scheme(), "ws");
    // Polled once at start, then not for an hour: every later head must come by subscription.
    let (mut observations, shutdown) =
        watch(endpoint, HeadSource::Subscribe, Duration::from_secs(3_600));
    assert_eq!(next_head(&mut observations, Duration::from_secs(10)).await, 0);
    let provider: RootProvider = RootProvider::new_http(rpc_url);
    for expected in 1..=3 {
        // The subscription may still be connecting: mine until the head is announced.
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            provider.anvil_mine(Some(1), None).await.unwrap();
            match tokio::time::timeout(Duration::from_millis(500), observations.recv()).await {
                Ok(Some(Observation::Head { head, .. })) => {
                    assert!(head.number >= expected, "heads move forward: {}", head.number);
                    break;
                }
                Ok(other) => panic!("expected a head, got {other:?}"),
                Err(_) => assert!(std::time::Instant::now() < deadline, "no head announced"),
            }
        }
    }
    shutdown.cancel();
}

#[tokio::test]
async fn without_a_websocket_the_collector_still_polls() {
    let anvil = common::spawn_anvil();
    let endpoint = RollupEndpoint {
        rollup_id: 5,
        name: "no-websocket".into(),
        rpc_url: anvil.endpoint_url(),
        // Nothing listens here.
        ws_url: Some("ws://127.0.0.1:9".parse().unwrap()),
        extra_rpc_urls: Vec::new(),
        quorum: None,
        chain_id: None,
    };
    let (mut observations, shutdown) =
        watch(endpoint, HeadSource::Subscribe, Duration::from_millis(100));
    assert_eq!(next_head(&mut observations, Duration::from_secs(10)).await, 0);
    let provider: RootProvider = RootProvider::new_http(anvil.endpoint_url());
    provider.anvil_mine(Some(1), None).await.unwrap();
    assert_eq!(next_head(&mut observations, Duration::from_secs(10)).await, 1);
    shutdown.cancel();
}

/// Several endpoints of one rollup (issue 13.5): heads count when a quorum of them returns them,
/// and with one of two endpoints dead nothing counts either way: no head, no outage, suspect.
#[tokio::test]
async fn a_rollup_with_several_endpoints_counts_what_a_quorum_returns() {
    let anvil = common::spawn_anvil();
    let rpc_url = anvil.endpoint_url();
    // The same node under a second address: two endpoints that always agree.
    let mut other = rpc_url.clone();
    other.set_host(Some("localhost")).unwrap();
    let endpoint = RollupEndpoint {
        rollup_id: 6,
        name: "two-providers".into(),
        rpc_url: rpc_url.clone(),
        ws_url: None,
        extra_rpc_urls: vec![other],
        quorum: None,
        chain_id: Some(31337),
    };
    let (mut observations, shutdown) =
        watch(endpoint, HeadSource::Poll, Duration::from_millis(100));
    assert_eq!(next_head(&mut observations, Duration::from_secs(10)).await, 0);
    let provider: RootProvider = RootProvider::new_http(rpc_url.clone());
    provider.anvil_mine(Some(2), None).await.unwrap();
    assert_eq!(next_head(&mut observations, Duration::from_secs(10)).await, 1);
    assert_eq!(next_head(&mut observations, Duration::from_secs(10)).await, 2);
    shutdown.cancel();

    // The second endpoint is dead: one answer of the two needed.
    let endpoint = RollupEndpoint {
        rollup_id: 6,
        name: "one-dead".into(),
        rpc_url,
        ws_url: None,
        extra_rpc_urls: vec!["http://127.0.0.1:9".parse().unwrap()],
        quorum: None,
        chain_id: Some(31337),
    };
    let (mut observations, shutdown) =
        watch(endpoint, HeadSource::Poll, Duration::from_millis(100));
    for _ in 0..3 {
        match tokio::time::timeout(Duration::from_secs(10), observations.recv()).await {
            Ok(Some(Observation::Suspect { rollup_id: 6, reason, .. })) => {
                assert!(reason.starts_with("no quorum: 1 of 2 endpoints answered"), "{reason}");
            }
            other => panic!("expected suspect data, got {other:?}"),
        }
    }
    shutdown.cancel();
}
