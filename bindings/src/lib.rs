//! Rust bindings for the ERA Metalayer contracts, generated from the forge artifacts by
//! `make bindings` (`forge bind --alloy`). Never edit `contracts/` here by hand: `make test`
//! fails when these bindings no longer match the Solidity sources.
#![allow(clippy::all, missing_docs, rustdoc::all)]

#[rustfmt::skip]
mod contracts;
pub use contracts::*;
