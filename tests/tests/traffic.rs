//! `era-deploy traffic` end to end: the generator really fills a devnet rollup's blocks and its
//! base fee rises, as the keeper's congestion strategy expects.

use alloy::{eips::BlockNumberOrTag, providers::Provider};
use era_deploy::{
    traffic::{flood, TrafficError, TrafficPlan},
    Devnet, DevnetConfig, Quiet,
};
use era_e2e::reader;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flood_fills_blocks_and_raises_the_base_fee() {
    let devnet =
        Devnet::start(DevnetConfig { block_time: Some(1), ..DevnetConfig::new(1) }, &Quiet)
            .await
            .unwrap();
    let rollup = &devnet.manifest.rollups[0];
    let chain = reader(&rollup.rpc_url);
    let fee_of = |b: Option<alloy::rpc::types::Block>| b.unwrap().header.base_fee_per_gas.unwrap();
    let before = fee_of(chain.get_block_by_number(BlockNumberOrTag::Latest).await.unwrap());

    let plan = TrafficPlan { tps: 40, duration: Duration::from_secs(5), gas_per_tx: 1_000_000 };
    let mut ticks = 0;
    let stats = flood(&rollup.rpc_url, &plan, |_| ticks += 1).await.unwrap();

    assert!(stats.sent >= 150, "sent only {}", stats.sent);
    assert_eq!(stats.refused, 0);
    assert!(stats.peak_fullness > 0.9, "blocks only {:.0}% full", 100.0 * stats.peak_fullness);
    assert!(ticks >= 4, "progress reported {ticks} times in 5 s");
    let after = fee_of(chain.get_block_by_number(BlockNumberOrTag::Latest).await.unwrap());
    // Full blocks raise the base fee by 12.5% each (EIP-1559); 5 s of 1-second blocks give at
    // least two full ones after the first is mined: over 1.25x.
    assert!(after as f64 > before as f64 * 1.25, "base fee {before} -> {after}");
    assert_eq!(stats.base_fee_after, after as u128);

    // The hub is not touched by traffic on a rollup.
    let hub = reader(&devnet.manifest.hub.rpc_url);
    let hub_fee = fee_of(hub.get_block_by_number(BlockNumberOrTag::Latest).await.unwrap());
    assert!(hub_fee < after);
    devnet.shutdown();
}

#[tokio::test]
async fn flood_refuses_zero_rates() {
    let plan = TrafficPlan { tps: 0, duration: Duration::from_secs(1), gas_per_tx: 1 };
    let err = flood("http://127.0.0.1:1", &plan, |_| {}).await.unwrap_err();
    assert!(matches!(err, TrafficError::Zero("--tps")), "{err}");
    assert_eq!(err.to_string(), "--tps must be greater than zero");
}
