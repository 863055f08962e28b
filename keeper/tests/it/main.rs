//! The keeper's integration tests, in one binary (one link instead of one per file): real
//! anvil nodes, SQLite and PostgreSQL. Run one group with `cargo test -p era-keeper --test it
//! <module>::`.

// First: its `storage_suite_cases!` macro is used by `postgres_storage`.
#[macro_use]
mod storage_suite;

mod adoption;
mod check;
mod collector;
mod common;
mod executor;
mod http;
mod lease;
mod pipeline;
mod postgres_quorum;
mod postgres_storage;
