//! era-protocol: the facts about the ERA Metalayer contracts that more than one crate needs,
//! written once. It sits at the bottom of the crate graph (it depends on alloy only), so the
//! keeper an operator runs links none of the devnet tooling.
//!
//! - [`manifest`]: the deployment manifest type, its reader and writer.
//! - [`names`]: the contract names the manifest keys addresses by.
//! - [`roles`]: the `AccessControl` role ids of `contracts/src/libraries/Roles.sol`.
//! - [`types`]: the Solidity enums (`RollupStatus`, `ChannelReason`, `ChannelUpdateKind`) with
//!   checked conversions from their on-chain ordinals, and the [`types::RollupId`] newtype.
//! - [`hub`]: one typed reader of the hub's contract addresses.
//! - [`eip712`]: the RewardDistributor's EIP-712 report domain.

pub mod eip712;
pub mod hub;
pub mod manifest;
pub mod names;
pub mod roles;
pub mod types;

pub use hub::HubAddresses;
pub use manifest::{HubDeployment, Manifest, ManifestError, RollupDeployment, MANIFEST_VERSION};
pub use types::{ChannelReason, ChannelUpdateKind, RollupId, RollupStatus, UnknownOrdinal};
