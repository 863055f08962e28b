// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";

/// @notice Measures what a call costs as a whole transaction, for the committed gas snapshots in
///         `snapshots/`: the 21,000 base cost, the calldata cost (EIP-2028: 16 gas a non-zero
///         byte, 4 a zero byte) and the execution gas, or the EIP-7623 calldata floor when that
///         is higher; with every touched contract's storage cooled first, as it is at the start
///         of a transaction. forge's own per-test gas is measured inside one long transaction
///         whose earlier steps warm the slots, so it under-counts what a user pays.
///         Not modelled: gas refunds (storage cleared to zero), so a call that clears storage is
///         over-counted by its refund; the numbers are upper bounds.
abstract contract GasMeter is Test {
    uint256 private constant _TX_BASE = 21_000;
    uint256 private constant _COLD_ACCOUNT_SURCHARGE = 2500;

    error GasMeterNoCode(address account);

    /// @dev Sends `data` to `target` from `from` as a fresh transaction would see storage, records
    ///      the whole-transaction cost under `group`/`name` and returns it. Reverts bubble up.
    function _measureTx(
        string memory group,
        string memory name,
        address from,
        address target,
        bytes memory data,
        address[] memory touched
    ) internal returns (uint256 txGas) {
        // vm.cool makes storage cold, and whether it also makes the account cold depends on how the
        // test touched it before; so every account is made warm after cooling (EXTCODESIZE does
        // not touch storage), whatever the test did before: the target is warm in a real
        // transaction too (EIP-2929 pre-warms `to`); each other touched contract is cold there,
        // so its cold-access surcharge is added back.
        vm.cool(target);
        _warm(target);
        uint256 coldAccounts = touched.length * _COLD_ACCOUNT_SURCHARGE;
        for (uint256 i; i < touched.length; ++i) {
            vm.cool(touched[i]);
            _warm(touched[i]);
        }
        vm.prank(from);
        uint256 before = gasleft();
        (bool ok, bytes memory ret) = target.call(data);
        uint256 execution = before - gasleft() + coldAccounts;
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        (uint256 standard, uint256 floor) = _calldataGas(data);
        txGas = _TX_BASE + (standard + execution > floor ? standard + execution : floor);
        vm.snapshotValue(group, name, txGas);
    }

    /// @dev EIP-2028 calldata gas (4 per token, a zero byte one token, a non-zero byte four) and
    ///      the EIP-7623 floor (10 per token) that replaces calldata + execution when higher.
    function _calldataGas(bytes memory data)
        internal
        pure
        returns (uint256 standard, uint256 floor)
    {
        uint256 zeros;
        for (uint256 i; i < data.length; ++i) {
            if (data[i] == 0) ++zeros;
        }
        uint256 tokens = zeros + (data.length - zeros) * 4;
        return (tokens * 4, tokens * 10);
    }

    /// @dev Touches `account` (EXTCODESIZE) so it is warm; it must hold code.
    function _warm(address account) private view {
        if (account.code.length == 0) revert GasMeterNoCode(account);
    }

    function _one(address a) internal pure returns (address[] memory list) {
        list = new address[](1);
        list[0] = a;
    }
}
