// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {StakeCheckpoints} from "../../src/libraries/StakeCheckpoints.sol";
import {Test, stdError} from "forge-std/Test.sol";

contract StakeCheckpointsTest is Test {
    using StakeCheckpoints for StakeCheckpoints.Trace;

    StakeCheckpoints.Trace internal trace;

    // A naive model: every write appended, looked up linearly.
    uint48[] internal keys;
    uint96[] internal values;

    function test_push_firstWriteIsHead() public {
        assertEq(trace.length(), 0);
        assertEq(trace.upperLookup(100), 0);
        trace.push(10, 5);
        assertEq(trace.length(), 1);
        assertEq(trace.latest(), 5);
        assertEq(trace.upperLookup(9), 0);
        assertEq(trace.upperLookup(10), 5);
    }

    function test_push_sameKeyOverwritesHead() public {
        trace.push(10, 5);
        trace.add(10, 3);
        assertEq(trace.length(), 1);
        assertEq(trace.latest(), 8);
    }

    function test_push_laterKeyMovesHeadToHistory() public {
        trace.push(10, 5);
        trace.push(20, 7);
        trace.sub(30, 2);
        assertEq(trace.length(), 3);
        assertEq(trace.upperLookup(9), 0);
        assertEq(trace.upperLookup(10), 5);
        assertEq(trace.upperLookup(19), 5);
        assertEq(trace.upperLookup(20), 7);
        assertEq(trace.upperLookup(29), 7);
        assertEq(trace.upperLookup(30), 5);
    }

    function test_push_revertsWhenKeyGoesBack() public {
        trace.push(10, 5);
        vm.expectRevert(
            abi.encodeWithSelector(StakeCheckpoints.StakeCheckpointsUnorderedKey.selector, 9, 10)
        );
        this.pushExternal(9, 1);
    }

    function test_sub_revertsOnUnderflow() public {
        trace.push(10, 5);
        vm.expectRevert(stdError.arithmeticError);
        this.subExternal(10, 6);
    }

    function pushExternal(uint48 key, uint96 value) external {
        trace.push(key, value);
    }

    function subExternal(uint48 key, uint96 delta) external {
        trace.sub(key, delta);
    }

    /// @dev Random writes at non-decreasing keys agree with the naive model at every lookup.
    function testFuzz_upperLookup_matchesModel(uint256 seed, uint8 writes, uint48 probe) public {
        writes = uint8(bound(writes, 1, 40));
        uint48 key = 1;
        for (uint256 i; i < writes; ++i) {
            seed = uint256(keccak256(abi.encode(seed)));
            key += uint48(seed % 3); // often the same key, sometimes later
            uint96 value = uint96(seed >> 100);
            trace.push(key, value);
            if (keys.length != 0 && keys[keys.length - 1] == key) {
                values[values.length - 1] = value;
            } else {
                keys.push(key);
                values.push(value);
            }
        }
        assertEq(trace.length(), keys.length);
        probe = uint48(bound(probe, 0, key + 2));
        uint96 expected;
        for (uint256 i; i < keys.length && keys[i] <= probe; ++i) {
            expected = values[i];
        }
        assertEq(trace.upperLookup(probe), expected);
    }
}
