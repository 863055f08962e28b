// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title FeeSplit
/// @notice The one rule by which every market payment is divided between its payee (a config
///         creator or a component author) and the protocol: the fee is `amount * feeBps / 10_000`
///         rounded down and the payee receives the rest, so `payee + fee == amount` exactly and
///         rounding dust always goes to the payee.
library FeeSplit {
    /// @notice Basis points in one whole.
    uint256 internal constant BPS = 10_000;
    /// @notice The highest protocol fee governance may set on a market: 20%.
    uint16 internal constant MAX_FEE_BPS = 2000;

    /// @notice Splits `amount` into the payee's share and the protocol fee.
    /// @param amount The payment.
    /// @param feeBps The protocol fee in basis points; callers keep it at most `MAX_FEE_BPS`.
    /// @return payee What the creator or author earns.
    /// @return fee What the protocol earns.
    function split(uint256 amount, uint256 feeBps)
        internal
        pure
        returns (uint256 payee, uint256 fee)
    {
        fee = amount * feeBps / BPS;
        payee = amount - fee;
    }
}
