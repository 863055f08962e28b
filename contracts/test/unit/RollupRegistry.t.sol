// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    IRollupRegistryErrors,
    IRollupRegistryEvents,
    Rollup,
    RollupKind,
    RollupStatus
} from "../../src/interfaces/IRollupRegistry.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {RollupRegistry} from "../../src/registry/RollupRegistry.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Test} from "forge-std/Test.sol";

contract RollupRegistryTest is Test, IRollupRegistryErrors, IRollupRegistryEvents {
    RollupRegistry internal registry;
    address internal admin = makeAddr("admin");
    address internal keeper = makeAddr("keeper");
    address internal shardGov = makeAddr("shardGov");
    address internal stranger = makeAddr("stranger");

    uint128 internal constant MIN_STAKE = 1000 ether;
    uint128 internal constant FLOOR = 100 ether;
    uint64 internal constant GAS_LIMIT = 30_000_000;
    uint64 internal constant MAX_LOWERING = 7 days;

    RollupId internal id;

    function setUp() public {
        vm.warp(1_700_000_000);
        registry = new RollupRegistry(admin, MAX_LOWERING);
        vm.startPrank(admin);
        registry.grantRole(Roles.KEEPER, keeper);
        registry.grantRole(Roles.PARAMETER, shardGov);
        id = registry.registerRollup(10, RollupKind.Optimistic, 1, MIN_STAKE, FLOOR, GAS_LIMIT);
        vm.stopPrank();
    }

    // --- constructor ---------------------------------------------------------------------------

    function test_constructor_setsAdminAndMaxLowering() public view {
        assertTrue(registry.hasRole(registry.DEFAULT_ADMIN_ROLE(), admin));
        assertEq(registry.maxLoweringDuration(), MAX_LOWERING);
    }

    function test_constructor_revertsWhenMaxLoweringOutOfBounds() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryMaxLoweringDurationOutOfBounds.selector, 0, 30 days
            )
        );
        new RollupRegistry(admin, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryMaxLoweringDurationOutOfBounds.selector, 30 days + 1, 30 days
            )
        );
        new RollupRegistry(admin, 30 days + 1);
    }

    // --- registerRollup ------------------------------------------------------------------------

    function test_registerRollup_storesRollupAndEmits() public {
        vm.expectEmit(address(registry));
        emit RollupRegistered(RollupId.wrap(2), 20, 3, RollupKind.ZK, 5 ether, 1 ether, 2_000_000);
        vm.prank(admin);
        RollupId newId = registry.registerRollup(20, RollupKind.ZK, 3, 5 ether, 1 ether, 2_000_000);
        assertEq(RollupId.unwrap(newId), 2);
        Rollup memory rollup = registry.getRollup(newId);
        assertEq(rollup.chainId, 20);
        assertEq(uint8(rollup.kind), uint8(RollupKind.ZK));
        assertEq(uint8(rollup.status), uint8(RollupStatus.Active));
        assertEq(rollup.domain, 3);
        assertEq(rollup.gasLimit, 2_000_000);
        assertEq(rollup.minValidatorStake, 5 ether);
        assertEq(rollup.thresholdFloor, 1 ether);
        assertEq(registry.rollupCount(), 2);
        assertEq(RollupId.unwrap(registry.rollupIdOf(20)), 2);
        assertEq(registry.domainOf(newId), 3);
        assertTrue(registry.isRegistered(newId));
    }

    function test_registerRollup_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                stranger,
                registry.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(stranger);
        registry.registerRollup(20, RollupKind.ZK, 3, MIN_STAKE, FLOOR, GAS_LIMIT);
    }

    function test_registerRollup_revertsWhenChainIdZero() public {
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryInvalidChainId.selector, 0));
        vm.prank(admin);
        registry.registerRollup(0, RollupKind.ZK, 3, MIN_STAKE, FLOOR, GAS_LIMIT);
    }

    function test_registerRollup_revertsWhenChainIdTaken() public {
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryChainIdTaken.selector, 10, id));
        vm.prank(admin);
        registry.registerRollup(10, RollupKind.ZK, 3, MIN_STAKE, FLOOR, GAS_LIMIT);
    }

    function test_registerRollup_revertsWhenDomainZero() public {
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryInvalidDomain.selector, 0));
        vm.prank(admin);
        registry.registerRollup(20, RollupKind.ZK, 0, MIN_STAKE, FLOOR, GAS_LIMIT);
    }

    function test_registerRollup_revertsWhenGasLimitOutOfBounds() public {
        uint64 min = registry.MIN_GAS_LIMIT();
        uint64 max = registry.MAX_GAS_LIMIT();
        vm.startPrank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(RollupRegistryGasLimitOutOfBounds.selector, min - 1, min, max)
        );
        registry.registerRollup(20, RollupKind.ZK, 3, MIN_STAKE, FLOOR, min - 1);
        vm.expectRevert(
            abi.encodeWithSelector(RollupRegistryGasLimitOutOfBounds.selector, max + 1, min, max)
        );
        registry.registerRollup(20, RollupKind.ZK, 3, MIN_STAKE, FLOOR, max + 1);
        vm.stopPrank();
    }

    function test_registerRollup_revertsWhenMinStakeAboveMax() public {
        uint128 max = registry.MAX_MIN_VALIDATOR_STAKE();
        vm.expectRevert(
            abi.encodeWithSelector(RollupRegistryMinStakeOutOfBounds.selector, max + 1, FLOOR, max)
        );
        vm.prank(admin);
        registry.registerRollup(20, RollupKind.ZK, 3, max + 1, FLOOR, GAS_LIMIT);
    }

    function test_registerRollup_revertsWhenFloorAboveMinimum() public {
        vm.expectRevert(
            abi.encodeWithSelector(RollupRegistryFloorAboveMinimum.selector, 2 ether, 1 ether)
        );
        vm.prank(admin);
        registry.registerRollup(20, RollupKind.ZK, 3, 1 ether, 2 ether, GAS_LIMIT);
    }

    // --- parameter setters ---------------------------------------------------------------------

    function test_setMinValidatorStake_updatesAndEmits() public {
        vm.expectEmit(address(registry));
        emit MinValidatorStakeChanged(id, MIN_STAKE, 2000 ether);
        vm.prank(admin);
        registry.setMinValidatorStake(id, 2000 ether);
        assertEq(registry.minValidatorStake(id), 2000 ether);
    }

    function test_setMinValidatorStake_revertsWhenBelowFloor() public {
        vm.expectRevert(
            abi.encodeWithSelector(RollupRegistryFloorAboveMinimum.selector, FLOOR, FLOOR - 1)
        );
        vm.prank(admin);
        registry.setMinValidatorStake(id, FLOOR - 1);
    }

    function test_setMinValidatorStake_revertsWhenAboveMax() public {
        uint128 max = registry.MAX_MIN_VALIDATOR_STAKE();
        vm.expectRevert(
            abi.encodeWithSelector(RollupRegistryMinStakeOutOfBounds.selector, max + 1, FLOOR, max)
        );
        vm.prank(admin);
        registry.setMinValidatorStake(id, max + 1);
    }

    function test_setMinValidatorStake_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                keeper,
                registry.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(keeper);
        registry.setMinValidatorStake(id, 2000 ether);
    }

    function test_setMinValidatorStake_revertsWhenUnknownRollup() public {
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryUnknownRollup.selector, 9));
        vm.prank(admin);
        registry.setMinValidatorStake(RollupId.wrap(9), 2000 ether);
    }

    function test_setThresholdFloor_updatesAndEmits() public {
        vm.expectEmit(address(registry));
        emit ThresholdFloorChanged(id, FLOOR, 500 ether);
        vm.prank(admin);
        registry.setThresholdFloor(id, 500 ether);
        assertEq(registry.getRollup(id).thresholdFloor, 500 ether);
    }

    function test_setThresholdFloor_revertsWhenAboveMinimum() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryFloorAboveMinimum.selector, MIN_STAKE + 1, MIN_STAKE
            )
        );
        vm.prank(admin);
        registry.setThresholdFloor(id, MIN_STAKE + 1);
    }

    function test_setThresholdFloor_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                keeper,
                registry.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(keeper);
        registry.setThresholdFloor(id, 1);
    }

    function test_setThresholdFloor_revertsWhenUnknownRollup() public {
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryUnknownRollup.selector, 0));
        vm.prank(admin);
        registry.setThresholdFloor(RollupId.wrap(0), 1);
    }

    function test_setMaxLoweringDuration_updatesAndEmits() public {
        vm.expectEmit(address(registry));
        emit MaxLoweringDurationChanged(MAX_LOWERING, 1 days);
        vm.prank(admin);
        registry.setMaxLoweringDuration(1 days);
        assertEq(registry.maxLoweringDuration(), 1 days);
    }

    function test_setMaxLoweringDuration_revertsWhenOutOfBounds() public {
        vm.startPrank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryMaxLoweringDurationOutOfBounds.selector, 0, 30 days
            )
        );
        registry.setMaxLoweringDuration(0);
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryMaxLoweringDurationOutOfBounds.selector, 31 days, 30 days
            )
        );
        registry.setMaxLoweringDuration(31 days);
        vm.stopPrank();
    }

    function test_setMaxLoweringDuration_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                keeper,
                registry.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(keeper);
        registry.setMaxLoweringDuration(1 days);
    }

    function test_setGasLimit_updatesAndEmits() public {
        vm.expectEmit(address(registry));
        emit GasLimitChanged(id, GAS_LIMIT, 60_000_000);
        vm.prank(shardGov);
        registry.setGasLimit(id, 60_000_000);
        assertEq(registry.getRollup(id).gasLimit, 60_000_000);
    }

    function test_setGasLimit_revertsWhenNotParameterRole() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, admin, Roles.PARAMETER
            )
        );
        vm.prank(admin);
        registry.setGasLimit(id, 60_000_000);
    }

    function test_setGasLimit_revertsWhenOutOfBounds() public {
        uint64 min = registry.MIN_GAS_LIMIT();
        uint64 max = registry.MAX_GAS_LIMIT();
        vm.expectRevert(
            abi.encodeWithSelector(RollupRegistryGasLimitOutOfBounds.selector, max + 1, min, max)
        );
        vm.prank(shardGov);
        registry.setGasLimit(id, max + 1);
    }

    function test_setGasLimit_revertsWhenUnknownRollup() public {
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryUnknownRollup.selector, 2));
        vm.prank(shardGov);
        registry.setGasLimit(RollupId.wrap(2), 60_000_000);
    }

    function testFuzz_setGasLimit_staysInBounds(uint64 gasLimit) public {
        uint64 min = registry.MIN_GAS_LIMIT();
        uint64 max = registry.MAX_GAS_LIMIT();
        vm.prank(shardGov);
        if (gasLimit < min || gasLimit > max) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    RollupRegistryGasLimitOutOfBounds.selector, gasLimit, min, max
                )
            );
            registry.setGasLimit(id, gasLimit);
            assertEq(registry.getRollup(id).gasLimit, GAS_LIMIT);
        } else {
            registry.setGasLimit(id, gasLimit);
            assertEq(registry.getRollup(id).gasLimit, gasLimit);
        }
    }

    // --- setStatus -----------------------------------------------------------------------------

    function test_setStatus_updatesAndEmits() public {
        vm.expectEmit(address(registry));
        emit RollupStatusChanged(id, RollupStatus.Active, RollupStatus.Congested);
        vm.prank(keeper);
        registry.setStatus(id, RollupStatus.Congested);
        assertEq(uint8(registry.statusOf(id)), uint8(RollupStatus.Congested));
    }

    function test_setStatus_revertsWhenUnchanged() public {
        vm.expectRevert(
            abi.encodeWithSelector(RollupRegistryStatusUnchanged.selector, id, RollupStatus.Active)
        );
        vm.prank(keeper);
        registry.setStatus(id, RollupStatus.Active);
    }

    function test_setStatus_revertsWhenNotKeeper() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, admin, Roles.KEEPER
            )
        );
        vm.prank(admin);
        registry.setStatus(id, RollupStatus.Down);
    }

    function test_setStatus_revertsWhenUnknownRollup() public {
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryUnknownRollup.selector, 5));
        vm.prank(keeper);
        registry.setStatus(RollupId.wrap(5), RollupStatus.Down);
    }

    // --- lowerThreshold ------------------------------------------------------------------------

    function test_lowerThreshold_lowersUntilExpiry() public {
        uint64 until = uint64(block.timestamp) + 1 days;
        vm.expectEmit(address(registry));
        emit ThresholdLowered(id, 200 ether, until);
        vm.prank(keeper);
        registry.lowerThreshold(id, 200 ether, 1 days);
        assertEq(registry.minValidatorStake(id), 200 ether);
        vm.warp(until - 1);
        assertEq(registry.minValidatorStake(id), 200 ether);
        vm.warp(until);
        assertEq(registry.minValidatorStake(id), MIN_STAKE);
    }

    function test_lowerThreshold_allowsNewLoweringAfterExpiry() public {
        vm.startPrank(keeper);
        registry.lowerThreshold(id, 200 ether, 1 days);
        vm.warp(block.timestamp + 1 days);
        registry.lowerThreshold(id, 300 ether, 2 days);
        vm.stopPrank();
        assertEq(registry.minValidatorStake(id), 300 ether);
    }

    function test_lowerThreshold_revertsWhenActive() public {
        vm.startPrank(keeper);
        registry.lowerThreshold(id, 200 ether, 1 days);
        uint64 until = uint64(block.timestamp) + 1 days;
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryLoweringActive.selector, id, until));
        registry.lowerThreshold(id, 150 ether, 1 days);
        vm.stopPrank();
    }

    function test_lowerThreshold_revertsWhenBelowFloor() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryLoweringOutOfBounds.selector, id, FLOOR - 1, FLOOR, MIN_STAKE
            )
        );
        vm.prank(keeper);
        registry.lowerThreshold(id, FLOOR - 1, 1 days);
    }

    function test_lowerThreshold_revertsWhenNotLower() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryLoweringOutOfBounds.selector, id, MIN_STAKE, FLOOR, MIN_STAKE
            )
        );
        vm.prank(keeper);
        registry.lowerThreshold(id, MIN_STAKE, 1 days);
    }

    function test_lowerThreshold_revertsWhenDurationOutOfBounds() public {
        vm.startPrank(keeper);
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryLoweringDurationOutOfBounds.selector, id, 0, MAX_LOWERING
            )
        );
        registry.lowerThreshold(id, 200 ether, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryLoweringDurationOutOfBounds.selector,
                id,
                MAX_LOWERING + 1,
                MAX_LOWERING
            )
        );
        registry.lowerThreshold(id, 200 ether, MAX_LOWERING + 1);
        vm.stopPrank();
    }

    function test_lowerThreshold_revertsWhenNotKeeper() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, admin, Roles.KEEPER
            )
        );
        vm.prank(admin);
        registry.lowerThreshold(id, 200 ether, 1 days);
    }

    function test_lowerThreshold_revertsWhenUnknownRollup() public {
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryUnknownRollup.selector, 3));
        vm.prank(keeper);
        registry.lowerThreshold(RollupId.wrap(3), 200 ether, 1 days);
    }

    function test_minValidatorStake_clampsLoweringToLaterGovernanceChanges() public {
        vm.prank(keeper);
        registry.lowerThreshold(id, 200 ether, 1 days);
        vm.startPrank(admin);
        registry.setThresholdFloor(id, 400 ether);
        assertEq(registry.minValidatorStake(id), 400 ether, "raised floor wins");
        registry.setThresholdFloor(id, 0);
        registry.setMinValidatorStake(id, 150 ether);
        assertEq(registry.minValidatorStake(id), 150 ether, "lowered base wins");
        vm.stopPrank();
    }

    /// @dev Whatever the keeper sends, the effective minimum stays in [floor, base] and a
    ///      lowering never outlives the governance maximum.
    function testFuzz_lowerThreshold_neverBreaksFloorOrDuration(
        uint128 newMinimum,
        uint64 duration,
        uint64 elapsed
    ) public {
        elapsed = uint64(bound(elapsed, 0, 60 days));
        vm.prank(keeper);
        try registry.lowerThreshold(id, newMinimum, duration) {
            assertGe(newMinimum, FLOOR);
            assertLt(newMinimum, MIN_STAKE);
            assertGt(duration, 0);
            assertLe(duration, MAX_LOWERING);
        } catch {}
        uint256 startedAt = block.timestamp;
        vm.warp(startedAt + elapsed);
        uint256 effective = registry.minValidatorStake(id);
        assertGe(effective, FLOOR);
        assertLe(effective, MIN_STAKE);
        if (elapsed >= MAX_LOWERING) assertEq(effective, MIN_STAKE, "restored after max");
    }

    function testFuzz_lowerThreshold_acceptsEveryInBoundsInput(uint128 newMinimum, uint64 duration)
        public
    {
        newMinimum = uint128(bound(newMinimum, FLOOR, MIN_STAKE - 1));
        duration = uint64(bound(duration, 1, MAX_LOWERING));
        vm.prank(keeper);
        registry.lowerThreshold(id, newMinimum, duration);
        assertEq(registry.minValidatorStake(id), newMinimum);
        vm.warp(block.timestamp + duration);
        assertEq(registry.minValidatorStake(id), MIN_STAKE);
    }

    // --- views ---------------------------------------------------------------------------------

    function test_views_revertForUnknownRollup() public {
        RollupId unknown = RollupId.wrap(2);
        assertFalse(registry.isRegistered(unknown));
        assertFalse(registry.isRegistered(RollupId.wrap(0)));
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryUnknownRollup.selector, unknown));
        registry.getRollup(unknown);
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryUnknownRollup.selector, unknown));
        registry.domainOf(unknown);
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryUnknownRollup.selector, unknown));
        registry.statusOf(unknown);
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryUnknownRollup.selector, unknown));
        registry.minValidatorStake(unknown);
        assertEq(RollupId.unwrap(registry.rollupIdOf(999)), 0);
    }
}
