//! era-keeper: watches ERA Metalayer rollups and acts on the hub within governance bounds.
//!
//! Artemis-style pipeline: [`collector`]s observe rollups, [`strategy`] turns observations into
//! [`actions`], and the [`executor`] sends them to the hub exactly once, recorded in [`storage`].
//! [`relay`] mirrors the hub's emergency channels on the rollups' ChannelEndpoints.
//! [`pipeline`] wires them as tokio tasks; [`check`] validates a deployment before a run.
//! [`lease`] lets several instances share one database.

pub mod actions;
pub mod check;
pub mod collector;
pub mod config;
pub mod executor;
pub mod http;
pub mod lease;
pub mod observation;
pub mod pipeline;
pub mod quorum;
pub mod relay;
pub mod rollup_ops;
pub mod signer;
pub mod storage;
pub mod strategy;
