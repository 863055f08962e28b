//! era-keeper: watches ERA Metalayer rollups and acts on the hub within governance bounds.
//!
//! Artemis-style pipeline, one folder per stage as the pipeline reads:
//!
//! - [`collector`]s observe the rollups and the hub;
//! - [`strategy`] turns observations into actions;
//! - [`acting`]: the actions themselves, the executor that sends them to the hub exactly once,
//!   the report quorum, the channel relay and rollup-side operations;
//! - [`storage`] records observations and actions (SQLite or PostgreSQL);
//! - [`coordination`]: leases, so several instances share one database;
//! - [`ops`]: configuration, the pre-flight check and the HTTP endpoint.
//!
//! [`pipeline`] wires them as tokio tasks.

pub mod acting;
pub mod collector;
pub mod coordination;
pub mod observation;
pub mod ops;
pub mod pipeline;
pub mod storage;
pub mod strategy;

// The crate's paths from before the folders, kept for its users (the end-to-end tests).
pub use acting::{actions, executor, quorum, relay, rollup_ops, signer};
pub use coordination::lease;
pub use ops::{check, config, http};
