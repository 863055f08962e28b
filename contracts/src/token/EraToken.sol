// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title EraToken
/// @notice The ERA token: ERC20 with EIP-2612 permits and ERC20Votes checkpoints. The whole
///         supply is minted once, at deployment, to `holder`; there is no mint or burn afterwards.
/// @dev OpenZeppelin's ERC20 and ERC20Votes keep an account's balance and its delegate in two
///      mappings, so a transfer reads four cold slots (two balances, two delegates). Here both
///      live in one slot per account (the supply is below 2^96), so a transfer reads two; and
///      `transferFrom` locates its allowance slot once instead of twice. The behaviour, events
///      and errors are OpenZeppelin's. Vote checkpoints, nonces and permits are OpenZeppelin's
///      own storage.
contract EraToken is ERC20, ERC20Permit, ERC20Votes {
    /// @dev One slot: everything a transfer reads and writes for one side.
    struct Account {
        uint96 balance;
        address delegatee;
    }

    /// @notice The fixed supply: one billion ERA.
    uint256 public constant TOTAL_SUPPLY = 1_000_000_000 ether;

    mapping(address account => Account) private _accounts;
    mapping(address owner => mapping(address spender => uint256)) private _allowed;

    /// @notice The holder given as the recipient of the supply is the zero address.
    error EraTokenZeroHolder();

    /// @param holder Receives the whole fixed supply.
    constructor(address holder) ERC20("ERA", "ERA") ERC20Permit("ERA") {
        if (holder == address(0)) revert EraTokenZeroHolder();
        _mint(holder, TOTAL_SUPPLY);
    }

    /// @notice The fixed supply (nothing is minted after deployment and nothing is burnt).
    function totalSupply() public pure override returns (uint256) {
        return TOTAL_SUPPLY;
    }

    /// @inheritdoc ERC20
    function balanceOf(address account) public view override returns (uint256) {
        return _accounts[account].balance;
    }

    /// @inheritdoc ERC20
    function allowance(address owner, address spender) public view override returns (uint256) {
        return _allowed[owner][spender];
    }

    /// @notice The account `account` delegates its votes to (zero if it never delegated).
    function delegates(address account) public view override returns (address) {
        return _accounts[account].delegatee;
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

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @dev OpenZeppelin's ERC20 and ERC20Votes `_update` over the packed accounts: moves the
    ///      balance, emits Transfer and moves the delegates' votes. Only the constructor mints
    ///      and nothing burns (OpenZeppelin's `_transfer` rejects a zero `to`).
    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        Account storage recipient = _accounts[to];
        if (from == address(0)) {
            // The constructor's mint: the supply fits a uint96.
            // forge-lint: disable-next-line(unsafe-typecast)
            recipient.balance = uint96(value);
            emit Transfer(address(0), to, value);
            // Records the total-supply checkpoint; `to` has no delegate yet.
            _transferVotingUnits(address(0), to, value);
            return;
        }
        Account storage sender = _accounts[from];
        (uint96 balance, address fromDelegate) = (sender.balance, sender.delegatee);
        if (balance < value) revert ERC20InsufficientBalance(from, balance, value);
        // `value <= balance`, a uint96, and every balance is part of the fixed supply (< 2^96).
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            sender.balance = balance - uint96(value);
        }
        // Writing both fields replaces the slot without reading it again.
        sender.delegatee = fromDelegate;
        // Read after the sender's write: `to` may be `from`.
        (uint96 toBalance, address toDelegate) = (recipient.balance, recipient.delegatee);
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            recipient.balance = toBalance + uint96(value);
        }
        recipient.delegatee = toDelegate;
        emit Transfer(from, to, value);
        if (fromDelegate != toDelegate) _moveDelegateVotes(fromDelegate, toDelegate, value);
    }

    /// @dev OpenZeppelin's `ERC20._approve` over `_allowed` (`approve` and `permit` end here).
    function _approve(address owner, address spender, uint256 value, bool emitEvent)
        internal
        override
    {
        if (owner == address(0)) revert ERC20InvalidApprover(address(0));
        if (spender == address(0)) revert ERC20InvalidSpender(address(0));
        _allowed[owner][spender] = value;
        if (emitEvent) emit Approval(owner, spender, value);
    }

    /// @dev OpenZeppelin's `ERC20._spendAllowance`, reading and writing the slot it located once.
    ///      A zero `owner` has no allowance, and `_transfer` rejects it whatever the value.
    function _spendAllowance(address owner, address spender, uint256 value) internal override {
        mapping(address spender => uint256) storage allowances = _allowed[owner];
        uint256 current = allowances[spender];
        if (current < type(uint256).max) {
            if (current < value) revert ERC20InsufficientAllowance(spender, current, value);
            unchecked {
                allowances[spender] = current - value;
            }
        }
    }

    /// @dev OpenZeppelin's `Votes._delegate` with the delegate kept in the packed account.
    function _delegate(address account, address delegatee) internal override {
        Account storage record = _accounts[account];
        address oldDelegate = record.delegatee;
        record.delegatee = delegatee;
        emit DelegateChanged(account, oldDelegate, delegatee);
        _moveDelegateVotes(oldDelegate, delegatee, record.balance);
    }
}
