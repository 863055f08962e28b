// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title EraToken
/// @notice The ERA token: ERC20 with EIP-2612 permits and ERC20Votes checkpoints. The whole
///         supply is minted once, at deployment, to `holder`; there is no mint or burn afterwards.
contract EraToken is ERC20, ERC20Permit, ERC20Votes {
    /// @notice The fixed supply: one billion ERA.
    uint256 public constant TOTAL_SUPPLY = 1_000_000_000 ether;

    /// @notice The holder given as the recipient of the supply is the zero address.
    error EraTokenZeroHolder();

    /// @param holder Receives the whole fixed supply.
    constructor(address holder) ERC20("ERA", "ERA") ERC20Permit("ERA") {
        if (holder == address(0)) revert EraTokenZeroHolder();
        _mint(holder, TOTAL_SUPPLY);
    }

    /// @notice Voting checkpoints are keyed by timestamp, so governance periods are in seconds
    ///         and mean the same on chains with different block times.
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice Machine-readable description of the clock (EIP-6372).
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
