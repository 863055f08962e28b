//! Collectors: one task per rollup polling its head. Every poll yields observations, including
//! failures, so a dead rollup is visible to the strategies and never stops the other collectors.
//! The hub collector (stake, windows, channels and epochs read from the hub contracts) comes
//! with the contract bindings.

pub mod rollup;

pub use rollup::{head_of, watch_rollup, HeadTracker, PollSettings, RollupEndpoint};
