// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IEraTimelockErrors
interface IEraTimelockErrors {
    /// @notice The minimum delay is above `MAX_MIN_DELAY`.
    error EraTimelockDelayOutOfBounds(uint256 delay, uint256 max);
}

/// @title IEraTimelockEvents
/// @notice The timelock emits OpenZeppelin's {TimelockController} events (`CallScheduled`,
///         `CallExecuted`, `Cancelled`, `MinDelayChange`); it adds none.
interface IEraTimelockEvents {}

/// @title IEraTimelock
/// @notice OpenZeppelin's TimelockController with a hard upper bound on its minimum delay. ERA
///         Metalayer deploys two: the core timelock (executor of core governance, admin of every
///         other contract) and the shard timelock (executor of shard governance, holder of the
///         PARAMETER role, whose cancellers - the core timelock and the security council - veto
///         passed shard proposals).
interface IEraTimelock is IEraTimelockErrors, IEraTimelockEvents {
    /// @notice The largest minimum delay the timelock accepts.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_MIN_DELAY() external view returns (uint256);
}
