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

    let plan = TrafficPlan { tps: 40, duration: Duration::from_secs(8), gas_per_tx: 1_000_000 };
    let mut ticks = 0;
    let stats = flood(&rollup.rpc_url, &plan, |_| ticks += 1).await.unwrap();

    assert!(stats.sent >= 250, "sent only {}", stats.sent);
    assert_eq!(stats.refused, 0);
    assert!(stats.peak_fullness > 0.9, "blocks only {:.0}% full", 100.0 * stats.peak_fullness);
    assert!(ticks >= 6, "progress reported {ticks} times in 8 s");

    // Walk the chain: the flood made blocks full, and each full block raised the next block's
    // base fee by the EIP-1559 rule (+1/8 of the excess over the half-full target).
    let latest = chain.get_block_number().await.unwrap();
    let mut blocks = Vec::new();
    for n in 0..=latest {
        blocks.push(chain.get_block_by_number(n.into()).await.unwrap().unwrap().header);
    }
    let mut full = 0;
    for pair in blocks.windows(2) {
        let (block, next) = (&pair[0], &pair[1]);
        if block.gas_used * 10 < block.gas_limit * 9 {
            continue;
        }
        full += 1;
        let (fee, target) = (block.base_fee_per_gas.unwrap() as u128, block.gas_limit as u128 / 2);
        let rise = (fee * (block.gas_used as u128 - target) / target / 8).max(1);
        assert_eq!(next.base_fee_per_gas.unwrap() as u128, fee + rise, "block {}", next.number);
    }
    assert!(full >= 3, "only {full} full blocks in 8 s of traffic");
    let after = fee_of(chain.get_block_by_number(BlockNumberOrTag::Latest).await.unwrap());
    assert!(after > before, "base fee {before} -> {after}");

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
