//! The head simulator (used only by the scale benchmark) serves blocks that alloy and the
//! keeper's collector read as real ones, and delivers newHeads subscriptions.

use alloy::{
    eips::BlockNumberOrTag,
    providers::{Provider, ProviderBuilder, WsConnect},
};
use era_e2e::head_simulator::{HeadSimulator, SimulatorConfig, BASE_FEE, GAS_LIMIT};
use era_keeper::{
    collector::{HeadTracker, PollSettings},
    config::HeadSource,
    observation::Observation,
};
use futures::StreamExt;
use std::{sync::atomic::Ordering, time::Duration};

async fn simulator(rollups: usize, block_time_ms: u64) -> HeadSimulator {
    HeadSimulator::start(SimulatorConfig {
        rollups,
        block_time: Duration::from_millis(block_time_ms),
        first_chain_id: 900_001,
        listen: "127.0.0.1:0".parse().unwrap(),
    })
    .await
    .expect("simulator starts")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocks_deserialise_into_alloy_types_and_form_a_hash_chain() {
    let sim = simulator(3, 200).await;
    let provider = ProviderBuilder::new().connect_http(sim.http_url(2).parse().unwrap());
    assert_eq!(provider.get_chain_id().await.unwrap(), 900_003);
    tokio::time::sleep(Duration::from_millis(700)).await;
    let number = provider.get_block_number().await.unwrap();
    assert!((2..=5).contains(&number), "about 3 blocks in 700 ms at 200 ms, got {number}");

    let latest = provider.get_block_by_number(BlockNumberOrTag::Latest).await.unwrap().unwrap();
    assert!(latest.header.number >= number);
    let header = &latest.header;
    assert_eq!(header.hash, header.inner.hash_slow(), "the hash is the header's");
    assert_eq!(header.base_fee_per_gas, Some(BASE_FEE));
    assert_eq!(header.gas_limit, GAS_LIMIT);
    assert!((GAS_LIMIT / 4..=GAS_LIMIT * 3 / 4).contains(&header.gas_used));
    assert!(latest.transactions.as_hashes().is_some_and(|h| (5..25).contains(&h.len())));

    let parent = provider
        .get_block_by_number(BlockNumberOrTag::Number(header.number - 1))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(header.parent_hash, parent.header.hash);
    let by_hash = provider.get_block_by_hash(parent.header.hash).await.unwrap().unwrap();
    assert_eq!(by_hash.header.number, header.number - 1);
    let future = provider.get_block_by_number(BlockNumberOrTag::Number(1_000)).await.unwrap();
    assert!(future.is_none(), "a block not produced yet is null");

    // The other rollups are separate chains.
    let other = ProviderBuilder::new().connect_http(sim.http_url(0).parse().unwrap());
    assert_eq!(other.get_chain_id().await.unwrap(), 900_001);
    let zero = other.get_block_by_number(BlockNumberOrTag::Number(0)).await.unwrap().unwrap();
    assert_ne!(zero.header.hash, parent.header.hash);

    // Every block produced is logged with when it became visible, in order.
    let produced = sim.produced(2);
    assert!(produced.len() as u64 > number);
    assert!(produced.windows(2).all(|w| w[1].0 == w[0].0 + 1 && w[1].1 >= w[0].1));
    assert!(sim.counters().http_calls.load(Ordering::Relaxed) >= 7);
    sim.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_keepers_head_tracker_reads_every_simulated_block() {
    let sim = simulator(1, 100).await;
    let provider = alloy::providers::RootProvider::new_http(sim.http_url(0).parse().unwrap());
    let settings = PollSettings {
        heads: HeadSource::Poll,
        interval: Duration::from_millis(350),
        rpc_timeout: Duration::from_secs(2),
        max_catch_up_blocks: 64,
        plausibility: Default::default(),
        chain_id_recheck: Duration::from_secs(30),
    };
    let mut tracker = HeadTracker::new(7, settings);
    let mut seen = Vec::new();
    for _ in 0..4 {
        for observation in tracker.poll(&provider).await {
            match observation {
                Observation::Head { rollup_id, head, .. } => {
                    assert_eq!(rollup_id, 7);
                    seen.push(head.number);
                }
                other => panic!("the simulator failed a poll: {other:?}"),
            }
        }
        tokio::time::sleep(settings.interval).await;
    }
    assert!(seen.len() >= 8, "about 10 blocks in 1.1 s, saw {seen:?}");
    assert!(seen.windows(2).all(|w| w[1] == w[0] + 1), "no block skipped: {seen:?}");
    sim.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_heads_subscriptions_deliver_each_block_until_unsubscribed() {
    let sim = simulator(2, 100).await;
    let ws = ProviderBuilder::new().connect_ws(WsConnect::new(sim.ws_url(1))).await.unwrap();
    assert_eq!(ws.get_chain_id().await.unwrap(), 900_002);
    let subscription = ws.subscribe_blocks().await.unwrap();
    let id = *subscription.local_id();
    let mut heads = subscription.into_stream();
    let mut numbers = Vec::new();
    let deadline = tokio::time::timeout(Duration::from_secs(5), async {
        while numbers.len() < 5 {
            let head = heads.next().await.expect("the subscription stays open");
            assert_eq!(head.hash, head.inner.hash_slow());
            numbers.push(head.number);
        }
    });
    deadline.await.expect("5 heads within 5 s at 100 ms blocks");
    assert!(numbers.windows(2).all(|w| w[1] == w[0] + 1), "consecutive heads: {numbers:?}");
    let produced = sim.produced(1);
    for number in &numbers {
        assert!(produced.iter().any(|(n, _)| n == number), "head {number} was produced");
    }
    let counters = sim.counters();
    assert_eq!(counters.subscriptions.load(Ordering::Relaxed), 1);
    assert!(counters.notifications.load(Ordering::Relaxed) >= 5);

    // eth_unsubscribe stops the notifications.
    ws.unsubscribe(id).await.unwrap();
    drop(heads);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let sent = counters.notifications.load(Ordering::Relaxed);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let later = counters.notifications.load(Ordering::Relaxed);
    assert!(later <= sent + 1, "notifications stop after unsubscribing ({sent} -> {later})");
    sim.stop().await;
}
