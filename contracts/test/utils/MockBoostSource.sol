// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IBoostSource} from "../../src/interfaces/IBoostSource.sol";
import {RollupId} from "../../src/types/RollupId.sol";

/// @notice A stand-in for the elastic pool: a settable boosted stake per rollup, and a record of
///         the boost rewards it was notified of.
contract MockBoostSource is IBoostSource {
    mapping(RollupId rollupId => uint256) public boosted;
    mapping(RollupId rollupId => uint256) public notified;

    function setBoostedStake(RollupId rollupId, uint256 amount) external {
        boosted[rollupId] = amount;
    }

    function boostedStake(RollupId rollupId) external view returns (uint256) {
        return boosted[rollupId];
    }

    function notifyBoostReward(RollupId rollupId, uint256 amount) external {
        notified[rollupId] += amount;
    }
}
