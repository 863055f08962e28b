//! Shared helpers for the keeper's integration tests; anvil comes from era-testkit.
#![allow(dead_code)]

pub use era_testkit::anvil::{anvil_path, spawn_anvil, spawn_anvil_with_chain_id};

/// Executor settings for tests against an automining anvil: quick polls, one confirmation.
pub fn executor_settings() -> era_keeper::executor::ExecutorSettings {
    use std::time::Duration;
    era_keeper::executor::ExecutorSettings {
        confirmations: 1,
        fee_bump_bps: 1_250,
        stuck_after: Duration::from_secs(60),
        poll_interval: Duration::from_millis(100),
        max_fee_per_gas: 1_000_000_000_000,
        max_priority_fee_per_gas: 100_000_000_000,
        gas_limit_margin_percent: 20,
        max_send_attempts: 5,
        rpc_timeout: Duration::from_secs(10),
    }
}

/// An action that needs rollup 1's lease (its call is whatever the test's encoder makes).
pub fn settle_action(key: &str) -> era_keeper::actions::Action {
    use era_keeper::actions::{Action, ActionKind};
    Action::new(key, ActionKind::SettleWindow { rollup_id: 1 })
}
