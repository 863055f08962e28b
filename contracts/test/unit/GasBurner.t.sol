// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {GasBurner} from "../../src/devnet/GasBurner.sol";
import {Test} from "forge-std/Test.sol";

contract GasBurnerTest is Test {
    GasBurner internal burner;

    function setUp() public {
        burner = new GasBurner();
    }

    /// Each run burns up to a million gas; a few hundred runs cover the range.
    /// forge-config: ci.fuzz.runs = 512
    function testFuzz_burn_usesNearlyAllGasGiven(uint256 gas) public {
        gas = bound(gas, 50_000, 1_000_000);
        uint256 before = gasleft();
        burner.burn{gas: gas}();
        uint256 used = before - gasleft();
        // Everything but the reserve (and the call's own overhead) is burnt.
        assertGt(used, gas - burner.RESERVE() - 1000);
        assertLt(used, gas + 10_000);
        assertEq(burner.burns(), 1);
    }

    function test_burn_countsCalls() public {
        burner.burn{gas: 100_000}();
        burner.burn{gas: 100_000}();
        assertEq(burner.burns(), 2);
    }
}
