// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollupRegistry, RollupStatus} from "../../src/interfaces/IRollupRegistry.sol";
import {ElasticFixture} from "../utils/ElasticFixture.sol";

/// @notice Whole-transaction gas of the keeper's RollupRegistry calls
///         (snapshots/RollupRegistry.json), in steady state: the rollup had earlier status changes
///         and an earlier lowering, long expired. Each measured call is its test's first touch
///         of the contracts after setUp (see ElasticPoolGasTest).
contract RollupRegistryGasTest is ElasticFixture {
    function setUp() public {
        _deployElastic();
        vm.startPrank(keeper);
        registry.setStatus(rollupA, RollupStatus.Congested);
        registry.setStatus(rollupA, RollupStatus.Active);
        registry.lowerThreshold(rollupA, registry.getRollup(rollupA).thresholdFloor, 1 hours);
        vm.stopPrank();
        vm.warp(block.timestamp + 2 days);
    }

    function test_gas_setStatus_down() public {
        _measureTx(
            "RollupRegistry",
            "setStatus_down",
            keeper,
            address(registry),
            abi.encodeCall(IRollupRegistry.setStatus, (rollupA, RollupStatus.Down)),
            new address[](0)
        );
        assertEq(uint8(registry.statusOf(rollupA)), uint8(RollupStatus.Down));
    }

    function test_gas_setStatus_active() public {
        vm.prank(keeper);
        registry.setStatus(rollupA, RollupStatus.Congested);
        _measureTx(
            "RollupRegistry",
            "setStatus_active",
            keeper,
            address(registry),
            abi.encodeCall(IRollupRegistry.setStatus, (rollupA, RollupStatus.Active)),
            new address[](0)
        );
        assertEq(uint8(registry.statusOf(rollupA)), uint8(RollupStatus.Active));
    }

    function test_gas_lowerThreshold() public {
        uint128 floor = registry.getRollup(rollupA).thresholdFloor;
        _measureTx(
            "RollupRegistry",
            "lowerThreshold",
            keeper,
            address(registry),
            abi.encodeCall(IRollupRegistry.lowerThreshold, (rollupA, floor, 1 hours)),
            new address[](0)
        );
        assertEq(registry.minValidatorStake(rollupA), floor);
    }
}
