// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IEraTimelock} from "../interfaces/IEraTimelock.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title EraTimelock
/// @notice OpenZeppelin's TimelockController with a hard upper bound on the minimum delay. See
///         {IEraTimelock}.
/// @dev TimelockController keeps its delay in a private variable; this contract keeps its own
///      copy and overrides `getMinDelay` (which `schedule` reads) and `updateDelay` (which adds
///      the bound), so the parent's copy is never read.
contract EraTimelock is IEraTimelock, TimelockController {
    /// @inheritdoc IEraTimelock
    uint256 public constant MAX_MIN_DELAY = 30 days;

    uint256 private _delay;

    /// @param minDelay Seconds between scheduling and execution, at most `MAX_MIN_DELAY`.
    /// @param proposers Receive PROPOSER_ROLE and CANCELLER_ROLE.
    /// @param executors Receive EXECUTOR_ROLE (the zero address: anyone may execute).
    /// @param admin Optional DEFAULT_ADMIN_ROLE holder for the initial wiring (the deployer, who
    ///        renounces it at hand-over); the zero address for none. The timelock always
    ///        administers itself.
    constructor(
        uint256 minDelay,
        address[] memory proposers,
        address[] memory executors,
        address admin
    ) TimelockController(minDelay, proposers, executors, admin) {
        _checkDelay(minDelay);
        _delay = minDelay;
    }

    /// @notice Sets the minimum delay, at most `MAX_MIN_DELAY`. Only the timelock itself, so
    ///         only through a scheduled operation.
    function updateDelay(uint256 newDelay) external override {
        if (msg.sender != address(this)) revert TimelockUnauthorizedCaller(msg.sender);
        _checkDelay(newDelay);
        uint256 old = _delay;
        _delay = newDelay;
        emit MinDelayChange(old, newDelay);
    }

    /// @notice The minimum delay of new operations, in seconds.
    function getMinDelay() public view override returns (uint256) {
        return _delay;
    }

    function _checkDelay(uint256 delay) internal pure {
        if (delay > MAX_MIN_DELAY) revert EraTimelockDelayOutOfBounds(delay, MAX_MIN_DELAY);
    }
}
