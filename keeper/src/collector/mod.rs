//! Collectors: one task per rollup polling its head, and one for the hub contracts. Every poll
//! yields observations, including failures, so a dead rollup is visible to the strategies and
//! never stops the other collectors.

pub mod hub;
pub mod plausibility;
pub mod quorum;
pub mod rollup;

pub use hub::{watch_hub, HubCollector, HubContracts, HubPollSettings};
pub use plausibility::PlausibilityRules;
pub use quorum::{EndpointQuorum, QuorumError};
pub use rollup::{head_of, watch_rollup, HeadTracker, PollSettings, RollupEndpoint};
