// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title GasBurner
/// @notice Devnet traffic only: burns (almost) all the gas a call is given, so that the traffic
///         generator (`era-deploy traffic`) fills a rollup's blocks with few transactions and the
///         rollup's base fee really rises. Never deployed on a real network.
contract GasBurner {
    /// @notice Gas left unburnt so the call returns instead of running out of gas.
    uint256 public constant RESERVE = 5000;

    /// @notice Total calls served, so a burn is also a real state change.
    uint256 public burns;

    /// @notice Burns the gas given, minus `RESERVE`.
    function burn() external {
        unchecked {
            // Cannot overflow: one increment per call.
            ++burns;
        }
        while (gasleft() > RESERVE) {}
    }
}
