//! The end-to-end tests, in one binary (one link instead of one per file): real devnets of
//! anvil nodes, the keeper, PostgreSQL. Run one group with `cargo test -p era-e2e --test it
//! <module>::`.

mod devnet;
mod governance;
mod head_simulator;
mod keeper_actions;
mod keeper_elastic;
mod keeper_faults;
mod traffic;
mod verify;
