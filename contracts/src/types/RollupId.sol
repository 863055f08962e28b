// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Identifies a rollup in the RollupRegistry: its index, starting at 1 (0 is "none").
type RollupId is uint32;

using {eqRollupId as ==, neqRollupId as !=} for RollupId global;

function eqRollupId(RollupId a, RollupId b) pure returns (bool) {
    return RollupId.unwrap(a) == RollupId.unwrap(b);
}

function neqRollupId(RollupId a, RollupId b) pure returns (bool) {
    return RollupId.unwrap(a) != RollupId.unwrap(b);
}
