// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    IRollupRegistryErrors,
    IRollupRegistryEvents,
    KeeperLimits,
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
    address internal council = makeAddr("council");

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
        registry.grantRole(Roles.COUNCIL, council);
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

    /// @dev Renewing at the moment of expiry was allowed before issue 13 (this test encoded that
    ///      attack); a new lowering now waits for the lowering gap after the last one ended.
    function test_lowerThreshold_allowsNewLoweringAfterExpiryAndGap() public {
        vm.startPrank(keeper);
        registry.lowerThreshold(id, 200 ether, 1 days);
        uint64 until = uint64(block.timestamp) + 1 days;
        vm.warp(until);
        vm.expectRevert(
            abi.encodeWithSelector(RollupRegistryLoweringGap.selector, id, until + 1 days)
        );
        registry.lowerThreshold(id, 300 ether, 2 days);
        vm.warp(until + 1 days);
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

    // --- keeper limits (issue 13: a compromised keeper key) ----------------------------------

    /// @dev Registers rollups until there are `total`.
    function _registerUpTo(uint256 total) internal returns (RollupId[] memory ids) {
        vm.startPrank(admin);
        for (uint256 n = registry.rollupCount(); n < total; ++n) {
            registry.registerRollup(uint64(100 + n), RollupKind.ZK, 1, MIN_STAKE, FLOOR, GAS_LIMIT);
        }
        vm.stopPrank();
        ids = new RollupId[](total);
        for (uint256 i; i < total; ++i) {
            ids[i] = RollupId.wrap(uint32(i + 1));
        }
    }

    function test_keeperLimits_defaults() public view {
        KeeperLimits memory limits = registry.keeperLimits();
        assertEq(limits.statusCooldown, 10 minutes);
        assertEq(limits.statusBurst, 3);
        assertEq(limits.maxDown, 3);
        assertEq(limits.loweringGap, 1 days);
        assertEq(limits.maxLowered, 3);
        assertEq(registry.downCount(), 0);
        assertEq(registry.keeperLoweredCount(), 0);
    }

    /// @dev The attack: every rollup set Down in one block. With 10 rollups, the keeper gets 3
    ///      Down (the cap); the other 7 attempts revert naming the cap.
    function test_attack_everyRollupDownInOneBlock_cappedAtMaxDown() public {
        RollupId[] memory ids = _registerUpTo(10);
        uint256 marked;
        for (uint256 i; i < ids.length; ++i) {
            vm.prank(keeper);
            try registry.setStatus(ids[i], RollupStatus.Down) {
                ++marked;
            } catch (bytes memory reason) {
                assertEq(
                    reason,
                    abi.encodeWithSelector(RollupRegistryDownCapReached.selector, ids[i], 3, 3)
                );
            }
        }
        assertEq(marked, 3, "at most maxDown rollups Down");
        assertEq(registry.downCount(), 3);
        // A rollup back to Active frees a place; the council goes beyond the cap.
        vm.prank(keeper);
        registry.setStatus(ids[0], RollupStatus.Active);
        assertEq(registry.downCount(), 2);
        vm.prank(keeper);
        registry.setStatus(ids[3], RollupStatus.Down);
        vm.expectEmit(address(registry));
        emit KeeperLimitsOverridden(ids[4], council);
        vm.prank(council);
        registry.overrideStatus(ids[4], RollupStatus.Down);
        vm.prank(admin);
        registry.overrideStatus(ids[5], RollupStatus.Down);
        assertEq(registry.downCount(), 5);
        // Council Downs count: the keeper still cannot add one.
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryDownCapReached.selector, ids[6], 5, 3));
        registry.setStatus(ids[6], RollupStatus.Down);
    }

    /// @dev The attack: flapping one rollup's status every block. Over one day with an attempt
    ///      every 12 seconds (7,200 attempts), the keeper impairs the rollup at most
    ///      burst + 1 day / cooldown = 3 + 144 = 147 times; recoveries to Active always pass.
    function test_attack_statusFlapping_ratedPerRollup() public {
        uint256 start = block.timestamp;
        uint256 impaired;
        for (uint256 t = start; t < start + 1 days; t += 12) {
            vm.warp(t);
            vm.startPrank(keeper);
            if (registry.statusOf(id) == RollupStatus.Active) {
                try registry.setStatus(id, RollupStatus.Down) {
                    ++impaired;
                } catch (bytes memory reason) {
                    assertEq(bytes4(reason), RollupRegistryStatusCooldown.selector);
                }
            } else {
                registry.setStatus(id, RollupStatus.Active);
            }
            vm.stopPrank();
        }
        // Burst 3, then one per 10 minutes: the 144th refill falls at exactly start + 1 day,
        // just outside the day, so 3 + 143 in [start, start + 1 day) and 147 with its end.
        assertEq(impaired, 3 + 143, "burst + one per cooldown");
    }

    function test_setStatus_cooldownAfterBurst() public {
        uint256 t0 = block.timestamp;
        vm.startPrank(keeper);
        registry.setStatus(id, RollupStatus.Congested);
        registry.setStatus(id, RollupStatus.Degraded);
        registry.setStatus(id, RollupStatus.Down);
        // Back to Active is never delayed, the next impairment is.
        registry.setStatus(id, RollupStatus.Active);
        assertEq(registry.statusChangeAvailableAt(id), t0 + 10 minutes);
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryStatusCooldown.selector, id, uint64(t0 + 10 minutes)
            )
        );
        registry.setStatus(id, RollupStatus.Congested);
        vm.warp(t0 + 10 minutes);
        assertEq(registry.statusChangeAvailableAt(id), 0);
        registry.setStatus(id, RollupStatus.Congested);
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryStatusCooldown.selector, id, uint64(t0 + 20 minutes)
            )
        );
        registry.setStatus(id, RollupStatus.Down);
        vm.stopPrank();
        // The council is not rate limited.
        vm.prank(council);
        registry.overrideStatus(id, RollupStatus.Down);
        assertEq(uint8(registry.statusOf(id)), uint8(RollupStatus.Down));
    }

    function test_setStatus_cooldownIsPerRollup() public {
        RollupId[] memory ids = _registerUpTo(2);
        vm.startPrank(keeper);
        for (uint256 i; i < 3; ++i) {
            registry.setStatus(ids[0], RollupStatus(1 + i % 2));
        }
        registry.setStatus(ids[1], RollupStatus.Congested);
        vm.stopPrank();
    }

    function test_overrideStatus_revertsWhenNotCouncilOrAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryNotCouncilOrAdmin.selector, keeper));
        vm.prank(keeper);
        registry.overrideStatus(id, RollupStatus.Down);
        vm.expectRevert(
            abi.encodeWithSelector(RollupRegistryStatusUnchanged.selector, id, RollupStatus.Active)
        );
        vm.prank(council);
        registry.overrideStatus(id, RollupStatus.Active);
    }

    /// @dev The attack: a lowering renewed the moment it expires, on every rollup. With 10
    ///      rollups and one attempt per rollup per hour for 3 days, the keeper holds at most 3
    ///      lowered at any time and lowers each rollup at most once per duration + gap.
    function test_attack_lowerEverywhereAndRenew_boundedByCapAndGap() public {
        RollupId[] memory ids = _registerUpTo(10);
        uint256 start = block.timestamp;
        uint256[] memory perRollup = new uint256[](10);
        uint256 total;
        uint256 maxAtOnce;
        for (uint256 t = start; t < start + 3 days; t += 1 hours) {
            vm.warp(t);
            for (uint256 i; i < ids.length; ++i) {
                vm.prank(keeper);
                try registry.lowerThreshold(ids[i], FLOOR, 1 days) {
                    ++perRollup[i];
                    ++total;
                } catch {}
            }
            uint256 lowered;
            for (uint256 i; i < ids.length; ++i) {
                if (registry.minValidatorStake(ids[i]) < MIN_STAKE) ++lowered;
            }
            assertEq(lowered, registry.keeperLoweredCount());
            if (lowered > maxAtOnce) maxAtOnce = lowered;
        }
        assertEq(maxAtOnce, 3, "at most maxLowered at once");
        // 3 days, each lowering 1 day, 3 slots: 3 waves of 3 (at t = 0, 1 day, 2 days).
        assertEq(total, 9);
        for (uint256 i; i < ids.length; ++i) {
            // Each rollup: at most one lowering per 1 day lowered + 1 day gap.
            assertLe(perRollup[i], 2);
        }
    }

    function test_lowerThreshold_capRevertsNamingIt() public {
        RollupId[] memory ids = _registerUpTo(5);
        vm.startPrank(keeper);
        for (uint256 i; i < 3; ++i) {
            registry.lowerThreshold(ids[i], 500 ether, 1 hours);
        }
        vm.expectRevert(
            abi.encodeWithSelector(RollupRegistryLoweredCapReached.selector, ids[3], 3, 3)
        );
        registry.lowerThreshold(ids[3], 500 ether, 1 hours);
        vm.stopPrank();
        // The council lowers beyond the cap (same floor and duration rules).
        vm.prank(council);
        registry.overrideLowerThreshold(ids[3], 500 ether, 1 hours);
        assertEq(registry.minValidatorStake(ids[3]), 500 ether);
        assertEq(registry.keeperLoweredCount(), 3, "overrides do not count");
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryLoweringOutOfBounds.selector, ids[4], FLOOR - 1, FLOOR, MIN_STAKE
            )
        );
        vm.prank(admin);
        registry.overrideLowerThreshold(ids[4], FLOOR - 1, 1 hours);
        vm.expectRevert(abi.encodeWithSelector(RollupRegistryNotCouncilOrAdmin.selector, keeper));
        vm.prank(keeper);
        registry.overrideLowerThreshold(ids[0], 500 ether, 1 hours);
        // Expired keeper lowerings free their places.
        vm.warp(block.timestamp + 1 hours);
        assertEq(registry.keeperLoweredCount(), 0);
        vm.prank(keeper);
        registry.lowerThreshold(ids[4], 500 ether, 1 hours);
        assertEq(registry.keeperLoweredCount(), 1);
        assertEq(registry.loweringAvailableAt(ids[4]), block.timestamp + 1 hours + 1 days);
    }

    function test_setKeeperLimits_setsAndBounds() public {
        KeeperLimits memory limits = KeeperLimits(1 hours, 1, 5, 0, 10);
        vm.expectEmit(address(registry));
        emit KeeperLimitsChanged(limits);
        vm.prank(admin);
        registry.setKeeperLimits(limits);
        KeeperLimits memory set = registry.keeperLimits();
        assertEq(abi.encode(set), abi.encode(limits));
        // loweringGap 0: renewal at expiry allowed again.
        vm.startPrank(keeper);
        registry.lowerThreshold(id, 200 ether, 1 days);
        vm.warp(block.timestamp + 1 days);
        registry.lowerThreshold(id, 200 ether, 1 days);
        vm.stopPrank();

        vm.startPrank(admin);
        _expectLimitRevert(KeeperLimits(0, 1, 1, 0, 1), "statusCooldown", 0, 1, 1 days);
        _expectLimitRevert(
            KeeperLimits(1 days + 1, 1, 1, 0, 1), "statusCooldown", 1 days + 1, 1, 1 days
        );
        _expectLimitRevert(KeeperLimits(1, 0, 1, 0, 1), "statusBurst", 0, 1, 16);
        _expectLimitRevert(KeeperLimits(1, 17, 1, 0, 1), "statusBurst", 17, 1, 16);
        _expectLimitRevert(KeeperLimits(1, 1, 0, 0, 1), "maxDown", 0, 1, 1024);
        _expectLimitRevert(KeeperLimits(1, 1, 1025, 0, 1), "maxDown", 1025, 1, 1024);
        _expectLimitRevert(
            KeeperLimits(1, 1, 1, 30 days + 1, 1), "loweringGap", 30 days + 1, 0, 30 days
        );
        _expectLimitRevert(KeeperLimits(1, 1, 1, 0, 0), "maxLowered", 0, 1, 32);
        _expectLimitRevert(KeeperLimits(1, 1, 1, 0, 33), "maxLowered", 33, 1, 32);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, keeper, bytes32(0)
            )
        );
        vm.prank(keeper);
        registry.setKeeperLimits(limits);
    }

    function _expectLimitRevert(
        KeeperLimits memory limits,
        string memory field,
        uint256 value,
        uint256 min,
        uint256 max
    ) internal {
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupRegistryKeeperLimitOutOfBounds.selector, field, value, min, max
            )
        );
        registry.setKeeperLimits(limits);
    }

    /// @dev Any cooldown and burst, any sequence of attempt times: impairing changes in
    ///      `[t0, t0 + T]` never exceed burst + T / cooldown, and a refused one names a time in
    ///      the future at which it succeeds.
    function testFuzz_setStatus_rateBound(uint64 cooldown, uint8 burst, uint32[16] memory gaps)
        public
    {
        cooldown = uint64(bound(cooldown, 1, 1 days));
        burst = uint8(bound(burst, 1, 16));
        vm.prank(admin);
        registry.setKeeperLimits(KeeperLimits(cooldown, burst, 3, 1 days, 3));
        uint256 t0 = block.timestamp;
        uint256 impaired;
        for (uint256 i; i < gaps.length; ++i) {
            vm.warp(block.timestamp + bound(gaps[i], 0, 2 * cooldown));
            vm.startPrank(keeper);
            if (registry.statusOf(id) != RollupStatus.Active) {
                registry.setStatus(id, RollupStatus.Active);
            }
            uint64 availableAt = registry.statusChangeAvailableAt(id);
            try registry.setStatus(id, RollupStatus.Congested) {
                ++impaired;
                assertEq(availableAt, 0);
            } catch (bytes memory reason) {
                assertGt(availableAt, block.timestamp);
                assertEq(
                    reason,
                    abi.encodeWithSelector(RollupRegistryStatusCooldown.selector, id, availableAt)
                );
                uint256 back = block.timestamp;
                vm.warp(availableAt);
                uint256 snap = vm.snapshotState();
                registry.setStatus(id, RollupStatus.Congested);
                vm.revertToState(snap);
                vm.warp(back);
            }
            vm.stopPrank();
        }
        assertLe(impaired, burst + (block.timestamp - t0) / cooldown);
    }

    /// @dev Any caps and any order of keeper Down marks over 8 rollups: never more than maxDown
    ///      Down, and downCount always equals the number of Down rollups.
    function testFuzz_setStatus_downCap(uint8 maxDown, uint8[24] memory ops) public {
        RollupId[] memory ids = _registerUpTo(8);
        maxDown = uint8(bound(maxDown, 1, 8));
        vm.prank(admin);
        registry.setKeeperLimits(KeeperLimits(1, 16, maxDown, 1 days, 3));
        for (uint256 i; i < ops.length; ++i) {
            vm.warp(block.timestamp + 1 hours);
            RollupId target = ids[ops[i] % 8];
            RollupStatus status = RollupStatus((ops[i] >> 3) % 4);
            vm.prank(keeper);
            try registry.setStatus(target, status) {} catch {}
            uint256 down;
            for (uint256 j; j < ids.length; ++j) {
                if (registry.statusOf(ids[j]) == RollupStatus.Down) ++down;
            }
            assertEq(down, registry.downCount());
            assertLe(down, maxDown);
        }
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
