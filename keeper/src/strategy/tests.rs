use super::*;
use alloy::primitives::B256;

const SECOND: u64 = 1_000;

fn params() -> StrategyParams {
    StrategyParams {
        ewma_alpha: 0.5,
        congestion: CongestionRule { fullness_threshold: 0.9, base_fee_ratio: 1.5, k_blocks: 3 },
        base_fee_floor_wei: 1,
        warmup_blocks: 3,
        surge_ratio: 4.0,
        outage_after_ms: 10 * SECOND,
        boost_multiplier_bps: 20_000,
        boost_amount: U256::from(1_000u64),
        boost_duration_seconds: 600,
        channel_duration_seconds: 300,
        min_validators: 3,
        lowered_percent: 50,
        threshold_duration_seconds: 3_600,
        max_top_share_bps: 5_000,
        max_hhi_bps: 4_000,
        move_bps: 2_500,
        report_grace_ms: 0,
        optimistic_security_factor_bps: 10_000,
        zk_security_factor_bps: 12_000,
        elastic_pool: true,
        channels: true,
        apply_gas_limits: true,
    }
}

fn info(rollup_id: RollupId, kind: &str) -> RollupInfo {
    RollupInfo { rollup_id, name: format!("rollup-{rollup_id}"), kind: kind.into() }
}

fn strategies(kinds: &[&str]) -> Strategies {
    strategies_with(params(), kinds)
}

fn strategies_with(params: StrategyParams, kinds: &[&str]) -> Strategies {
    let rollups = kinds.iter().enumerate().map(|(i, k)| info(i as RollupId + 1, k)).collect();
    Strategies::new(params, rollups, &BTreeMap::new())
}

/// Parameters under which no rollup goes down during a test.
fn never_down() -> StrategyParams {
    StrategyParams { outage_after_ms: u64::MAX / 2, ..params() }
}

/// A block on `rollup` at `number`; block time and observation time are `number` seconds.
fn head(rollup_id: RollupId, number: u64, fullness: f64, base_fee: u64, txs: u64) -> Event {
    Event::Observation(Observation::Head {
        rollup_id,
        head: Head {
            number,
            hash: B256::with_last_byte(number as u8),
            parent_hash: B256::ZERO,
            timestamp: number,
            base_fee_per_gas: Some(base_fee),
            gas_used: (fullness * 30_000_000.0) as u64,
            gas_limit: 30_000_000,
            tx_count: txs,
        },
        latency_ms: 5,
        observed_at_ms: number * SECOND,
    })
}

fn calm(rollup_id: RollupId, number: u64) -> Event {
    head(rollup_id, number, 0.3, 100, 10)
}

fn keys(actions: &[Action]) -> Vec<String> {
    actions.iter().map(|a| a.key.clone()).collect()
}

/// Feeds events and returns every action produced.
fn feed(s: &mut Strategies, events: impl IntoIterator<Item = Event>) -> Vec<Action> {
    events.into_iter().flat_map(|e| s.on_event(&e)).collect()
}

/// Warms rollup baselines with calm blocks 1..=5.
fn warm(s: &mut Strategies, rollups: &[RollupId]) {
    for n in 1..=5 {
        for r in rollups {
            assert!(s.on_event(&calm(*r, n)).is_empty());
        }
    }
}

#[test]
fn congestion_opens_a_boost_window_and_marks_congested_after_k_blocks() {
    let mut s = strategies(&["optimistic"]);
    warm(&mut s, &[1]);
    assert!(feed(&mut s, [head(1, 6, 0.95, 200, 50), head(1, 7, 0.95, 220, 50)]).is_empty());
    let actions = s.on_event(&head(1, 8, 1.0, 250, 50));
    assert_eq!(keys(&actions), ["boost:1:8", "status:1:congested:8"]);
    assert_eq!(
        actions[0].kind,
        ActionKind::OpenBoostWindow {
            rollup_id: 1,
            multiplier_bps: 20_000,
            amount: U256::from(1_000u64),
            duration_seconds: 600
        }
    );
    assert_eq!(
        actions[1].kind,
        ActionKind::SetStatus { rollup_id: 1, status: RollupStatus::Congested }
    );
    assert_eq!(s.status(1), Some(RollupStatus::Congested));
    assert!(s.on_event(&head(1, 9, 1.0, 280, 50)).is_empty(), "no second boost");
}

#[test]
fn boost_windows_stay_within_the_pool_bounds_and_wait_for_an_open_one() {
    let mut s = strategies(&["optimistic", "optimistic"]);
    let mut hub = snapshot(1, vec![], vec![]);
    hub.pool = Some(PoolLimits {
        window_cap: U256::from(400u64),
        max_multiplier_bps: 15_000,
        max_window_duration: 300,
        open_windows: BTreeMap::from([(2, 1_500)]),
        stake_bounds: BTreeMap::new(),
        read_at: 1_000,
    });
    s.on_event(&Event::Hub(hub));
    warm(&mut s, &[1, 2]);
    let actions =
        feed(&mut s, (6..=8).flat_map(|n| [head(1, n, 1.0, 250, 5), head(2, n, 1.0, 250, 5)]));
    assert_eq!(
        keys(&actions),
        ["boost:1:8", "status:1:congested:8", "status:2:congested:8"],
        "rollup 2's window is still open"
    );
    assert_eq!(
        actions[0].kind,
        ActionKind::OpenBoostWindow {
            rollup_id: 1,
            multiplier_bps: 15_000,
            amount: U256::from(400u64),
            duration_seconds: 300
        }
    );
}

/// A window's boosted stake stays within its rollup's stake bound (`boostBound`): 300 of
/// boosted stake at 1.5x is 200 lent, below the pool's window cap of 400.
#[test]
fn boost_windows_stay_within_the_rollups_stake_bound() {
    let mut s = strategies(&["optimistic"]);
    let mut hub = snapshot(1, vec![], vec![]);
    hub.pool = Some(PoolLimits {
        window_cap: U256::from(400u64),
        max_multiplier_bps: 15_000,
        max_window_duration: 300,
        open_windows: BTreeMap::new(),
        stake_bounds: BTreeMap::from([(1, U256::from(300u64))]),
        read_at: 1_000,
    });
    s.on_event(&Event::Hub(hub));
    warm(&mut s, &[1]);
    let actions = feed(&mut s, (6..=8).map(|n| head(1, n, 1.0, 250, 5)));
    assert_eq!(
        actions[0].kind,
        ActionKind::OpenBoostWindow {
            rollup_id: 1,
            multiplier_bps: 15_000,
            amount: U256::from(200u64),
            duration_seconds: 300
        }
    );
}

/// A rollup without hub stake (bound 0) gets no window at all.
#[test]
fn a_rollup_without_hub_stake_gets_no_boost_window() {
    let mut s = strategies(&["optimistic"]);
    let mut hub = snapshot(1, vec![], vec![]);
    hub.pool = Some(PoolLimits {
        window_cap: U256::from(400u64),
        max_multiplier_bps: 15_000,
        max_window_duration: 300,
        open_windows: BTreeMap::new(),
        stake_bounds: BTreeMap::from([(1, U256::ZERO)]),
        read_at: 1_000,
    });
    s.on_event(&Event::Hub(hub));
    warm(&mut s, &[1]);
    let actions = feed(&mut s, (6..=8).map(|n| head(1, n, 1.0, 250, 5)));
    assert_eq!(keys(&actions), ["status:1:congested:8"], "status only, no boost window");
}

#[test]
fn congestion_clears_after_k_calm_blocks() {
    let mut s = strategies(&["optimistic"]);
    warm(&mut s, &[1]);
    feed(&mut s, (6..=8).map(|n| head(1, n, 1.0, 250, 50)));
    assert!(feed(&mut s, [calm(1, 9), calm(1, 10)]).is_empty());
    let actions = s.on_event(&calm(1, 11));
    assert_eq!(keys(&actions), ["status:1:active:11"]);
    assert_eq!(
        actions[0].kind,
        ActionKind::SetStatus { rollup_id: 1, status: RollupStatus::Active }
    );
}

#[test]
fn full_blocks_at_normal_fees_are_not_congestion() {
    let mut s = strategies(&["optimistic"]);
    warm(&mut s, &[1]);
    assert!(feed(&mut s, (6..=20).map(|n| head(1, n, 1.0, 100, 50))).is_empty());
}

#[test]
fn nothing_fires_during_warmup() {
    let mut s = strategies(&["optimistic"]);
    let actions = feed(&mut s, [head(1, 1, 1.0, 100, 1), head(1, 2, 1.0, 10_000, 1)]);
    assert!(actions.is_empty());
}

#[test]
fn surge_opens_a_channel_to_the_least_loaded_rollup_of_the_same_kind() {
    let mut s = strategies(&["optimistic", "optimistic", "zk", "optimistic"]);
    warm(&mut s, &[1, 2, 3, 4]);
    // Rollup 2 is busier than 4; zk rollup 3 is idle but of another kind.
    feed(&mut s, [head(2, 6, 0.8, 100, 1), head(3, 6, 0.0, 100, 1), head(4, 6, 0.2, 100, 1)]);
    let actions = s.on_event(&head(1, 6, 0.5, 1_000, 1));
    assert_eq!(keys(&actions), ["channel:1:surge:6"]);
    assert_eq!(
        actions[0].kind,
        ActionKind::OpenChannel {
            from: 1,
            to: 4,
            reason: ChannelReason::GasSurge,
            duration_seconds: 300
        }
    );
}

#[test]
fn surge_falls_back_to_another_kind_when_no_same_kind_rollup_is_healthy() {
    let mut s = strategies(&["optimistic", "optimistic", "zk"]);
    warm(&mut s, &[1, 3]);
    // Rollup 2 never produced a head: not a target.
    let actions = s.on_event(&head(1, 6, 0.5, 1_000, 1));
    assert!(matches!(actions[0].kind, ActionKind::OpenChannel { to: 3, .. }), "{actions:?}");
}

#[test]
fn surge_channels_wait_for_the_previous_one_to_expire() {
    let mut s = strategies(&["optimistic", "optimistic"]);
    warm(&mut s, &[1, 2]);
    assert_eq!(keys(&s.on_event(&head(1, 6, 0.5, 1_000, 1))), ["channel:1:surge:6"]);
    assert!(s.on_event(&calm(1, 7)).is_empty());
    assert!(s.on_event(&head(1, 8, 0.5, 1_000, 1)).is_empty(), "channel still open");
    feed(&mut s, [calm(1, 400)]);
    assert_eq!(keys(&s.on_event(&head(1, 401, 0.5, 1_000, 1))), ["channel:1:surge:401"]);
}

#[test]
fn no_second_channel_from_a_source_and_none_to_a_diverting_rollup() {
    let mut s = strategies(&["optimistic", "optimistic", "optimistic"]);
    warm(&mut s, &[1, 2, 3]);
    let mut hub = snapshot(1, vec![], vec![]);
    // On the hub, rollup 1 already diverts to 3, and rollup 2 diverts to 3.
    let open = |channel_id| OpenChannel { channel_id, to: 3, expires_at: 2_000 };
    hub.open_channels = BTreeMap::from([(1, open(1)), (2, open(2))]);
    s.on_event(&Event::Hub(hub));
    assert!(s.on_event(&head(1, 6, 0.5, 1_000, 1)).is_empty(), "rollup 1 already diverts");
    let actions = s.on_event(&head(3, 6, 0.5, 1_000, 1));
    assert!(actions.is_empty(), "rollups 1 and 2 divert; neither takes traffic: {actions:?}");
    // Once the hub shows no channel from rollup 2, it is a target again.
    let mut hub = snapshot(1, vec![], vec![]);
    hub.open_channels = BTreeMap::from([(1, open(1))]);
    s.on_event(&Event::Hub(hub));
    assert_eq!(s.least_loaded_target(3), Some(2));
}

#[test]
fn a_surge_with_no_healthy_target_does_nothing() {
    let mut s = strategies(&["optimistic"]);
    warm(&mut s, &[1]);
    assert!(s.on_event(&head(1, 6, 0.5, 1_000, 1)).is_empty());
}

#[test]
fn outage_marks_down_and_diverts_then_recovers() {
    let mut s = strategies(&["optimistic", "optimistic"]);
    warm(&mut s, &[1, 2]);
    // Rollup 2 keeps producing; rollup 1 stalls at block 5 (seen at 5 s).
    feed(&mut s, (6..=14).map(|n| calm(2, n)));
    assert!(s.on_event(&Event::Tick { now_ms: 14 * SECOND }).is_empty());
    let actions = s.on_event(&Event::Tick { now_ms: 15 * SECOND });
    assert_eq!(keys(&actions), ["status:1:down:after-5", "channel:1:outage:after-5"]);
    assert_eq!(actions[0].kind, ActionKind::SetStatus { rollup_id: 1, status: RollupStatus::Down });
    assert_eq!(
        actions[1].kind,
        ActionKind::OpenChannel {
            from: 1,
            to: 2,
            reason: ChannelReason::Outage,
            duration_seconds: 300
        }
    );
    feed(&mut s, (15..=30).map(|n| calm(2, n)));
    assert!(s.on_event(&Event::Tick { now_ms: 30 * SECOND }).is_empty(), "declared once");
    let actions = s.on_event(&calm(1, 31));
    assert_eq!(keys(&actions), ["status:1:active:31"]);
}

#[test]
fn an_unreachable_rollup_goes_down_and_is_never_a_target() {
    let mut s = strategies(&["optimistic", "optimistic"]);
    let failure = |at| {
        Event::Observation(Observation::RpcFailure {
            rollup_id: 1,
            error: "connection refused".into(),
            latency_ms: 1,
            observed_at_ms: at,
        })
    };
    feed(&mut s, [calm(2, 1), failure(0), failure(5 * SECOND)]);
    let actions = s.on_event(&Event::Tick { now_ms: 10 * SECOND });
    assert_eq!(keys(&actions), ["status:1:down:after-none", "channel:1:outage:after-none"]);
    assert_eq!(s.least_loaded_target(2), None, "a down rollup receives no traffic");
}

#[test]
fn a_congested_rollup_is_not_a_channel_target() {
    let mut s = strategies(&["optimistic", "optimistic", "optimistic"]);
    warm(&mut s, &[1, 2, 3]);
    feed(&mut s, (6..=8).map(|n| head(2, n, 1.0, 250, 1)));
    assert_eq!(s.status(2), Some(RollupStatus::Congested));
    feed(&mut s, [head(3, 6, 0.9, 100, 1)]);
    assert_eq!(s.least_loaded_target(1), Some(3));
}

#[test]
fn the_same_history_produces_the_same_keys_after_a_restart() {
    let events: Vec<Event> = (1..=5)
        .map(|n| calm(1, n))
        .chain((6..=8).map(|n| head(1, n, 1.0, 250, 5)))
        .chain([Event::Tick { now_ms: 30 * SECOND }])
        .collect();
    let first = feed(&mut strategies(&["optimistic", "zk"]), events.clone());
    let second = feed(&mut strategies(&["optimistic", "zk"]), events);
    assert!(!first.is_empty());
    assert_eq!(first, second);
}

#[test]
fn a_rollup_known_down_is_not_set_down_again_after_a_restart() {
    let known = BTreeMap::from([(1, RollupStatus::Down)]);
    let mut s = Strategies::new(params(), vec![info(1, "optimistic")], &known);
    assert!(s.on_event(&Event::Tick { now_ms: 0 }).is_empty());
    assert!(s.on_event(&Event::Tick { now_ms: 50 * SECOND }).is_empty());
    // Its head as the restarted keeper first sees it may be the one it stalled at.
    assert!(s.on_event(&calm(1, 51)).is_empty());
    assert!(s.on_event(&Event::Tick { now_ms: 60 * SECOND }).is_empty());
    assert_eq!(keys(&s.on_event(&calm(1, 52))), ["status:1:active:52"]);
}

#[test]
fn a_rollup_known_congested_is_not_boosted_again_and_clears_after_a_restart() {
    let known = BTreeMap::from([(1, RollupStatus::Congested)]);
    let mut s = Strategies::new(never_down(), vec![info(1, "optimistic")], &known);
    warm(&mut s, &[1]);
    assert!(feed(&mut s, (6..=8).map(|n| head(1, n, 1.0, 250, 1))).is_empty());
    let actions = feed(&mut s, (9..=11).map(|n| calm(1, n)));
    assert_eq!(keys(&actions), ["status:1:active:11"]);
}

fn stake(rollup_id: RollupId, stakes: &[u64], allocation: u64) -> RollupStake {
    RollupStake {
        rollup_id,
        validator_stakes: stakes.iter().map(|s| U256::from(*s)).collect(),
        base_minimum: 1_000,
        threshold_floor: 100,
        threshold_lowered: false,
        pool_allocation: U256::from(allocation),
    }
}

/// A hub snapshot in `epoch`, with no report due.
fn snapshot(epoch: u64, rollups: Vec<RollupStake>, expired: Vec<(RollupId, u64)>) -> HubSnapshot {
    HubSnapshot {
        hub_time: 1_000,
        epoch,
        reward_epochs: RewardEpochs { genesis: 1_000, length: 60, last_reported: 0 },
        max_lowering_duration: 7_200,
        rollups,
        expired_windows: expired,
        pool: None,
        open_channels: BTreeMap::new(),
    }
}

#[test]
fn validator_shortage_lowers_the_threshold_once_per_epoch() {
    let mut s = strategies(&["optimistic", "optimistic"]);
    let hub = snapshot(4, vec![stake(1, &[10, 10], 0), stake(2, &[10, 10, 10], 0)], vec![]);
    let actions = s.on_event(&Event::Hub(hub));
    assert_eq!(keys(&actions), ["threshold:1:4"]);
    assert_eq!(
        actions[0].kind,
        ActionKind::LowerThreshold { rollup_id: 1, new_minimum: 500, duration_seconds: 3_600 }
    );
    let mut lowered = stake(1, &[10, 10], 0);
    lowered.threshold_lowered = true;
    let hub = snapshot(5, vec![lowered], vec![]);
    assert!(s.on_event(&Event::Hub(hub)).is_empty(), "already lowered");
}

#[test]
fn concentrated_stake_is_redistributed_to_the_least_concentrated_rollup() {
    let mut s = strategies(&["optimistic", "optimistic", "zk"]);
    let hub = snapshot(
        9,
        vec![
            stake(1, &[80, 10, 10], 4_000),
            stake(2, &[40, 30, 30], 0),
            stake(3, &[25, 25, 25, 25], 0),
        ],
        vec![],
    );
    let actions = s.on_event(&Event::Hub(hub));
    assert_eq!(keys(&actions), ["redistribute:1:9"]);
    assert_eq!(
        actions[0].kind,
        ActionKind::Redistribute { from: 1, to: 3, amount: U256::from(1_000u64) }
    );
}

#[test]
fn concentrated_stake_without_pool_allocation_or_target_is_left_alone() {
    let mut s = strategies(&["optimistic", "optimistic"]);
    let hub = snapshot(9, vec![stake(1, &[80, 10, 10], 0), stake(2, &[10, 10, 10], 0)], vec![]);
    assert!(s.on_event(&Event::Hub(hub)).is_empty());
    let hub = snapshot(9, vec![stake(1, &[80, 10, 10], 100), stake(2, &[90, 5, 5], 0)], vec![]);
    assert!(s.on_event(&Event::Hub(hub)).is_empty(), "no unconcentrated target");
}

#[test]
fn expired_windows_are_settled() {
    let mut s = strategies(&["optimistic"]);
    let hub = snapshot(1, vec![], vec![(1, 777)]);
    let actions = s.on_event(&Event::Hub(hub));
    assert_eq!(keys(&actions), ["settle:1:777"]);
    assert_eq!(actions[0].kind, ActionKind::SettleWindow { rollup_id: 1 });
}

#[test]
fn threshold_lowering_stays_within_the_registry_bounds() {
    let mut s = strategies(&["optimistic"]);
    let mut short = stake(1, &[10], 0);
    short.threshold_floor = 700;
    let mut hub = snapshot(2, vec![short.clone()], vec![]);
    hub.max_lowering_duration = 600;
    let actions = s.on_event(&Event::Hub(hub));
    assert_eq!(
        actions[0].kind,
        ActionKind::LowerThreshold { rollup_id: 1, new_minimum: 700, duration_seconds: 600 },
        "raised to the floor, capped at the registry's longest lowering"
    );
    short.threshold_floor = 1_000;
    assert!(s.on_event(&Event::Hub(snapshot(3, vec![short], vec![]))).is_empty(), "no room");
}

#[test]
fn without_the_elastic_pool_and_channels_those_actions_are_not_decided() {
    let params = StrategyParams { elastic_pool: false, channels: false, ..params() };
    let mut s = strategies_with(params, &["optimistic", "optimistic"]);
    let hub = snapshot(9, vec![stake(1, &[80, 10, 10], 4_000)], vec![(1, 777)]);
    assert!(s.on_event(&Event::Hub(hub)).is_empty());
    warm(&mut s, &[1, 2]);
    let actions = feed(&mut s, (6..=8).map(|n| head(1, n, 0.95, 200, 50)));
    assert_eq!(keys(&actions), ["status:1:congested:8"], "status only, no boost window");
    let actions = s.on_event(&Event::Tick { now_ms: 100 * SECOND });
    assert_eq!(keys(&actions), ["status:1:down:after-8", "status:2:down:after-5"], "no channel");
}

fn epochs(last_reported: u64) -> RewardEpochs {
    RewardEpochs { genesis: 0, length: 60, last_reported }
}

fn report_snapshot(hub_time: u64, last_reported: u64) -> Event {
    Event::Hub(HubSnapshot {
        hub_time,
        epoch: epochs(last_reported).epoch_at(hub_time),
        reward_epochs: epochs(last_reported),
        max_lowering_duration: 0,
        rollups: vec![],
        expired_windows: vec![],
        pool: None,
        open_channels: BTreeMap::new(),
    })
}

#[test]
fn epoch_end_reports_the_tx_volume_observed_per_rollup() {
    let mut s = strategies_with(never_down(), &["optimistic", "zk"]);
    feed(&mut s, [calm(1, 10), calm(1, 11), head(2, 20, 0.1, 100, 7), calm(1, 61)]);
    assert!(s.on_event(&report_snapshot(59, 0)).is_empty(), "epoch 1 has not ended");
    let actions = s.on_event(&report_snapshot(60, 0));
    assert_eq!(keys(&actions), ["report:1"]);
    let ActionKind::SubmitReport(report) = &actions[0].kind else { panic!("{actions:?}") };
    assert_eq!(report.epoch, 1);
    assert_eq!(
        report.rollups,
        vec![
            RollupTraffic {
                rollup_id: 1,
                tx_volume: 20,
                cross_chain_messages: 0,
                security_factor_bps: 10_000
            },
            RollupTraffic {
                rollup_id: 2,
                tx_volume: 7,
                cross_chain_messages: 0,
                security_factor_bps: 12_000
            },
        ]
    );
    assert!(s.on_event(&report_snapshot(61, 0)).is_empty(), "decided once, pending on the hub");
    let actions = s.on_event(&report_snapshot(120, 1));
    let ActionKind::SubmitReport(report) = &actions[0].kind else { panic!("{actions:?}") };
    assert_eq!((report.epoch, report.rollups[0].tx_volume), (2, 10), "block 61 is in epoch 2");
}

#[test]
fn reports_wait_for_the_grace_and_catch_up_in_order_from_the_hub() {
    let params = StrategyParams { report_grace_ms: 2_500, ..never_down() };
    let mut s = strategies_with(params, &["optimistic"]);
    assert!(s.on_event(&report_snapshot(62, 0)).is_empty(), "within the grace");
    assert_eq!(keys(&s.on_event(&report_snapshot(63, 0))), ["report:1"]);
    // A restarted keeper starts from the hub's last reported epoch.
    let mut s = strategies_with(never_down(), &["optimistic"]);
    let actions = s.on_event(&report_snapshot(60 * 20, 3));
    assert_eq!(keys(&actions), (4..12).map(|e| format!("report:{e}")).collect::<Vec<_>>());
    let actions = s.on_event(&report_snapshot(60 * 20, 3));
    assert_eq!(keys(&actions), (12..=19).map(|e| format!("report:{e}")).collect::<Vec<_>>());
}

#[test]
fn a_report_the_hub_never_accepts_is_decided_again_with_the_ones_after_it() {
    let mut s = strategies_with(never_down(), &["optimistic"]);
    feed(&mut s, [calm(1, 10), calm(1, 70)]);
    let first = s.on_event(&report_snapshot(61, 0));
    assert_eq!(keys(&first), ["report:1"]);
    // Report 1 failed on the hub (still 0 reported); report 2 is decided after it regardless.
    assert_eq!(keys(&s.on_event(&report_snapshot(120, 0))), ["report:2"]);
    // A retry period (one epoch) after report 1 was decided: 1 and 2 again, in order, with the
    // same contents, under keys named by the round (hub time in retry periods).
    let retried = s.on_event(&report_snapshot(121, 0));
    assert_eq!(keys(&retried), ["report:1:retry2", "report:2:retry2"]);
    assert_eq!(retried[0].kind, first[0].kind, "the same report as first decided");
    let ActionKind::SubmitReport(second) = &retried[1].kind else { panic!("{retried:?}") };
    assert_eq!((second.epoch, second.rollups[0].tx_volume), (2, 10));
    assert!(s.on_event(&report_snapshot(150, 0)).is_empty(), "one retry per period");
    assert_eq!(keys(&s.on_event(&report_snapshot(180, 0))), ["report:3"]);
    let retried = s.on_event(&report_snapshot(181, 0));
    assert_eq!(keys(&retried), ["report:1:retry3", "report:2:retry3", "report:3:retry3"]);
    // Once the hub has 1, the ones after it are retried; once it has them all, nothing.
    let retried = s.on_event(&report_snapshot(241, 1));
    assert_eq!(keys(&retried), ["report:2:retry4", "report:3:retry4", "report:4"]);
    assert!(s.on_event(&report_snapshot(299, 4)).is_empty(), "all accepted: nothing to retry");
    let later = s.on_event(&report_snapshot(359, 4));
    assert_eq!(keys(&later), ["report:5"], "a period later: the new epoch only, no retries");
}

#[test]
fn reports_kept_for_retrying_are_bounded_while_the_hub_accepts_none() {
    let mut s = strategies_with(never_down(), &["optimistic"]);
    for minute in 1..=60 {
        s.on_event(&report_snapshot(60 * minute, 0));
    }
    assert_eq!(s.reported_through, 60, "every ended epoch is decided");
    assert_eq!(s.unaccepted_reports.len(), MAX_UNACCEPTED_REPORTS);
    assert_eq!(s.unaccepted_reports.keys().next_back(), Some(&(MAX_UNACCEPTED_REPORTS as u64)));
}

#[test]
fn governance_gas_limits_become_rollup_actions_only_when_enabled() {
    let changed = |rollup_id| Event::GasLimitChanged {
        rollup_id,
        gas_limit: 12_000_000,
        block_number: 40,
        log_index: 2,
    };
    let mut s = strategies(&["optimistic"]);
    let actions = s.on_event(&changed(1));
    assert_eq!(keys(&actions), ["gas-limit:1:40:2"]);
    assert_eq!(
        actions[0].kind,
        ActionKind::SetRollupGasLimit { rollup_id: 1, gas_limit: 12_000_000 }
    );
    assert!(s.on_event(&changed(9)).is_empty(), "not a rollup this keeper watches");
    let params = StrategyParams { apply_gas_limits: false, ..params() };
    assert!(strategies_with(params, &["optimistic"]).on_event(&changed(1)).is_empty());
}

#[test]
fn observations_of_unknown_rollups_are_ignored() {
    let mut s = strategies(&["optimistic"]);
    assert!(feed(&mut s, (1..=10).map(|n| head(9, n, 1.0, 10_000, 1))).is_empty());
}
