//! The acting side: what the keeper does and how it gets it done.
//!
//! - [`actions`]: what the keeper does on the hub, and the one place an action becomes calldata;
//! - [`executor`]: sends actions exactly once (fees, nonces, in-flight transactions and their
//!   replacement after a drop or a reorg, adoption of another instance's actions);
//! - [`quorum`]: gathers the reporters' signatures of a traffic report across instances;
//! - [`signer`]: loads the keys the keeper signs with;
//! - [`relay`]: mirrors the hub's emergency channels on the rollups' ChannelEndpoints;
//! - [`rollup_ops`]: transactions on a rollup chain itself.

pub mod actions;
pub mod executor;
pub mod quorum;
pub mod relay;
pub mod rollup_ops;
pub mod signer;
