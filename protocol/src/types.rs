//! The Solidity enums the off-chain code reads and writes, with checked conversions from their
//! on-chain ordinals, and the rollup id newtype.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A rollup's id in the hub's RollupRegistry (`RollupId` in `contracts/src/types`, a `uint32`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct RollupId(pub u32);

impl RollupId {
    /// The id as the contracts' `uint32`.
    pub const fn get(self) -> u32 {
        self.0
    }
}

impl From<u32> for RollupId {
    fn from(id: u32) -> Self {
        Self(id)
    }
}

impl From<RollupId> for u32 {
    fn from(id: RollupId) -> Self {
        id.0
    }
}

impl fmt::Display for RollupId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// An on-chain ordinal that names no variant of the enum it was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{value} is not a valid {kind} (the contract and this build disagree on the enum)")]
pub struct UnknownOrdinal {
    /// The Solidity enum.
    pub kind: &'static str,
    /// The ordinal read.
    pub value: u8,
}

/// Declares a `u8`-backed enum mirroring a Solidity enum, with `TryFrom<u8>`, `From<E> for u8`
/// and a `Display` of its snake-case name.
macro_rules! solidity_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $ord:literal => $text:literal ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[repr(u8)]
        pub enum $name {
            $( $(#[$vmeta])* $variant = $ord ),+
        }

        impl $name {
            /// Every variant, in ordinal order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];
        }

        impl TryFrom<u8> for $name {
            type Error = UnknownOrdinal;
            fn try_from(value: u8) -> Result<Self, UnknownOrdinal> {
                match value {
                    $( $ord => Ok(Self::$variant), )+
                    _ => Err(UnknownOrdinal { kind: stringify!($name), value }),
                }
            }
        }

        impl From<$name> for u8 {
            fn from(value: $name) -> u8 {
                value as u8
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(match self { $( Self::$variant => $text ),+ })
            }
        }
    };
}

solidity_enum! {
    /// A rollup's status in the RollupRegistry (`RollupStatus` in `IRollupRegistry.sol`).
    RollupStatus {
        /// Healthy.
        Active = 0 => "active",
        /// Blocks full and fees high.
        Congested = 1 => "congested",
        /// Impaired but producing blocks.
        Degraded = 2 => "degraded",
        /// Not producing blocks or unreachable.
        Down = 3 => "down",
    }
}

solidity_enum! {
    /// Why an emergency channel is opened (`ChannelReason` in `IEmergencyChannels.sol`).
    ChannelReason {
        /// Fees on the source rollup spiked.
        GasSurge = 0 => "surge",
        /// The source rollup is down.
        Outage = 1 => "outage",
    }
}

solidity_enum! {
    /// What happened to a hub channel, as relayed to the ChannelEndpoints
    /// (`ChannelUpdateKind` in `IChannelEndpoint.sol`).
    ChannelUpdateKind {
        /// `ChannelOpened`.
        Open = 0 => "open",
        /// `ChannelVetoed` by the security council.
        Veto = 1 => "veto",
        /// `ChannelClosed` by the keeper.
        Close = 2 => "close",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each enum's variants, in order, as the Solidity source declares them: a variant added or
    /// reordered on one side fails here.
    #[test]
    fn enums_match_the_solidity_declarations() {
        fn declared(source: &str, name: &str) -> Vec<String> {
            let start = source.find(&format!("enum {name} {{")).unwrap_or_else(|| {
                panic!("enum {name} not found");
            });
            let body = &source[start..];
            let body = &body[body.find('{').unwrap() + 1..body.find('}').unwrap()];
            body.lines()
                .map(|l| l.split("//").next().unwrap().trim().trim_end_matches(',').to_string())
                .filter(|l| !l.is_empty())
                .collect()
        }
        let registry = include_str!("../../contracts/src/interfaces/IRollupRegistry.sol");
        let channels = include_str!("../../contracts/src/interfaces/IEmergencyChannels.sol");
        let endpoint = include_str!("../../contracts/src/interfaces/IChannelEndpoint.sol");
        assert_eq!(
            declared(registry, "RollupStatus"),
            RollupStatus::ALL.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>()
        );
        assert_eq!(
            declared(channels, "ChannelReason"),
            ChannelReason::ALL.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>()
        );
        assert_eq!(
            declared(endpoint, "ChannelUpdateKind"),
            ChannelUpdateKind::ALL.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>()
        );
    }

    #[test]
    fn ordinals_round_trip_and_unknown_ones_are_named() {
        for &status in RollupStatus::ALL {
            assert_eq!(RollupStatus::try_from(u8::from(status)), Ok(status));
        }
        let err = RollupStatus::try_from(4).unwrap_err();
        assert_eq!(err, UnknownOrdinal { kind: "RollupStatus", value: 4 });
        assert_eq!(
            err.to_string(),
            "4 is not a valid RollupStatus (the contract and this build disagree on the enum)"
        );
        assert_eq!(ChannelReason::try_from(1), Ok(ChannelReason::Outage));
        assert!(ChannelUpdateKind::try_from(3).is_err());
        assert_eq!(RollupStatus::Down.to_string(), "down");
        assert_eq!(serde_json::to_string(&ChannelReason::GasSurge).unwrap(), "\"gas_surge\"");
        assert_eq!(serde_json::to_string(&RollupId(7)).unwrap(), "7");
    }
}
