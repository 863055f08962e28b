// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";

/// @notice Measures what a call costs as a whole transaction, for the committed gas snapshots in
///         `snapshots/`: the 21,000 base cost, the calldata cost (EIP-2028: 16 gas a non-zero
///         byte, 4 a zero byte, or the EIP-7623 floor when higher) and the execution gas, with
///         every touched contract's storage cooled first, as it is at the start of a transaction.
///         forge's own per-test gas is measured inside one long transaction whose earlier steps
///         warm the slots, so it under-counts what a user pays.
abstract contract GasMeter is Test {
    uint256 private constant _TX_BASE = 21_000;

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
        vm.cool(target);
        for (uint256 i; i < touched.length; ++i) {
            vm.cool(touched[i]);
        }
        vm.prank(from);
        uint256 before = gasleft();
        (bool ok, bytes memory ret) = target.call(data);
        uint256 execution = before - gasleft();
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        txGas = _TX_BASE + _calldataGas(data) + execution;
        vm.snapshotValue(group, name, txGas);
    }

    function _calldataGas(bytes memory data) internal pure returns (uint256) {
        uint256 zeros;
        for (uint256 i; i < data.length; ++i) {
            if (data[i] == 0) ++zeros;
        }
        uint256 standard = zeros * 4 + (data.length - zeros) * 16;
        // EIP-7623 floor: 10 gas per token, a non-zero byte being 4 tokens; the execution part of
        // the floor comparison is ignored here, so this is the cost on Prague for calldata-heavy
        // calls and never an under-count.
        uint256 floor = (zeros + (data.length - zeros) * 4) * 10;
        return standard > floor ? standard : floor;
    }

    function _one(address a) internal pure returns (address[] memory list) {
        list = new address[](1);
        list[0] = a;
    }
}
