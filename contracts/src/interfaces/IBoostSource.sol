// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupId} from "../types/RollupId.sol";

/// @title IBoostSource
/// @notice What the RewardDistributor asks of the elastic pool: the stake it lends to a rollup,
///         already multiplied by the boost multiplier, and a notice of the rewards it was sent.
interface IBoostSource {
    /// @notice The pool's effective (multiplied) stake lent to `rollupId` now.
    function boostedStake(RollupId rollupId) external view returns (uint256);

    /// @notice The distributor transferred `amount` ERA to the pool as `rollupId`'s boost reward.
    function notifyBoostReward(RollupId rollupId, uint256 amount) external;
}
