// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupId} from "../../src/types/RollupId.sol";

/// @notice A stand-in for a contract with a call that touches two rollups (e.g. a channel from
///         one rollup to another), for allow-list entries whose mask marks two arguments.
contract MockRollupTarget {
    uint256 public calls;
    RollupId public lastFrom;
    RollupId public lastTo;

    /// @dev Rollup arguments 0 and 2: allow-list mask 0b101.
    function link(RollupId from, uint256, RollupId to) external {
        ++calls;
        lastFrom = from;
        lastTo = to;
    }
}
