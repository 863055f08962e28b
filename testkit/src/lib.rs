//! era-testkit: the harnesses the keeper's integration tests and the end-to-end tests share,
//! in one place instead of one crate including another's test files.
//!
//! - [`pg`]: a PostgreSQL server (found or started) and a fresh database per test;
//! - [`anvil`]: the npm-pinned anvil binary and anvil instances on free ports.

pub mod anvil;
pub mod pg;
