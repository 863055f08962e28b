// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IStakingHubErrors, IStakingHubEvents} from "../../src/interfaces/IStakingHub.sol";
import {StakingFixture} from "../utils/StakingFixture.sol";

/// @notice Issue 21.1: a commission raise applied to rewards already earned. Before the fix the
///         hub took commission at settlement with the rate in force at claim time: a delegator
///         who earned 900 ERA under 5% claimed 0 after the validator raised to 100%. Now each
///         reward pays the rate in force when the rollup was notified, whenever it is claimed.
contract StakingHubCommissionTest is StakingFixture, IStakingHubErrors, IStakingHubEvents {
    address internal val = makeAddr("validator");
    address internal alice = makeAddr("alice");

    function setUp() public {
        _deployStaking();
        _setDistributor(distributorAddr);
        _registerValidator(val, rollupA, 500, MIN_STAKE); // 5%
        _delegate(alice, val, MIN_STAKE); // alice holds half of the rollup's stake
    }

    function _raise(uint16 bps) internal {
        vm.prank(val);
        hub.requestCommission(bps);
    }

    function test_raise_rewardsEarnedBeforeKeepTheOldRate() public {
        _notify(rollupA, 1800 ether); // alice earns 900 ERA gross at 5%
        _raise(10_000);
        vm.warp(block.timestamp + COMMISSION_DELAY);
        (,,, uint16 rate) = hub.getValidator(val);
        assertEq(rate, 10_000, "the raise is in force");
        assertEq(hub.pendingRewards(alice, val), 855 ether);
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 855 ether, "900 at 5%, not 0");
        // The validator gets its own 900 plus 45 of commission.
        vm.prank(val);
        assertEq(hub.claimRewards(val), 945 ether);
    }

    function test_raise_rewardsAfterTheChangePayTheNewRate() public {
        _notify(rollupA, 1800 ether);
        _raise(10_000);
        vm.warp(block.timestamp + COMMISSION_DELAY);
        // Notified after the change took effect, with nobody touching the validator between.
        _notify(rollupA, 200 ether); // alice's gross 100, all commission now
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 855 ether);
    }

    function test_raise_notifiedDuringTheDelayKeepsTheOldRate() public {
        _raise(10_000);
        vm.warp(block.timestamp + COMMISSION_DELAY - 1);
        _notify(rollupA, 1800 ether); // one second before the raise: 5%
        vm.warp(block.timestamp + 1);
        _notify(rollupA, 200 ether); // at the effective time: 100%
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 855 ether);
    }

    function test_raise_delegatorLeavesBeforeItApplies() public {
        _notify(rollupA, 1800 ether);
        _raise(10_000);
        // Alice sees the request and leaves during the delay: her rewards settle at 5%.
        vm.prank(alice);
        hub.undelegate(val, MIN_STAKE);
        assertEq(hub.accruedRewards(alice), 855 ether);
        vm.warp(block.timestamp + COMMISSION_DELAY);
        _notify(rollupA, 1000 ether); // all the validator's now
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 855 ether);
    }

    function test_raise_neverImmediateEvenWithoutDelay() public {
        vm.prank(admin);
        hub.setCommissionDelay(0);
        uint48 effectiveAt = uint48(block.timestamp) + hub.MIN_RAISE_DELAY();
        vm.expectEmit(address(hub));
        emit CommissionChangeRequested(val, 10_000, effectiveAt);
        _raise(10_000);
        _notify(rollupA, 1800 ether);
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 855 ether, "a delegator can still leave first");
        // A cut with no delay applies at once.
        _raise(100);
        (,,, uint16 rate) = hub.getValidator(val);
        assertEq(rate, 100);
    }

    function test_manyChanges_eachRewardAtItsRate() public {
        // 5% for 1800, 20% for 1000, 50% for 400, 0% for 200 (alice holds half throughout).
        _notify(rollupA, 1800 ether);
        _raise(2000);
        vm.warp(block.timestamp + COMMISSION_DELAY);
        _notify(rollupA, 1000 ether);
        _raise(5000);
        vm.warp(block.timestamp + COMMISSION_DELAY);
        hub.applyCommission(val); // recorded by anyone; the result is the same either way
        _notify(rollupA, 400 ether);
        _raise(0);
        vm.warp(block.timestamp + COMMISSION_DELAY);
        _notify(rollupA, 200 ether);
        uint256 expected = 855 ether + 400 ether + 100 ether + 100 ether;
        assertEq(hub.pendingRewards(alice, val), expected);
        vm.prank(alice);
        assertEq(hub.claimRewards(val), expected);
    }

    function test_applyCommission_permissionlessAndEmits() public {
        _raise(2000);
        hub.applyCommission(val); // not due yet: nothing happens
        (,,, uint16 rate) = hub.getValidator(val);
        assertEq(rate, 500);
        uint48 effectiveAt = uint48(block.timestamp + COMMISSION_DELAY);
        vm.warp(effectiveAt);
        vm.expectEmit(address(hub));
        emit CommissionApplied(val, 2000, effectiveAt);
        vm.prank(alice);
        hub.applyCommission(val);
        vm.expectRevert(abi.encodeWithSelector(StakingHubUnknownValidator.selector, alice));
        hub.applyCommission(alice);
    }

    /// @dev Fuzz against a model: two rate changes at random times between three
    ///      notifications; alice's claim is the sum of each notification at the rate in force
    ///      when it was made.
    function testFuzz_claimPaysEachRewardAtItsRate(
        uint16 first,
        uint16 second,
        uint32 gap1,
        uint32 gap2,
        uint96 r0,
        uint96 r1,
        uint96 r2
    ) public {
        first = uint16(bound(first, 0, 10_000));
        second = uint16(bound(second, 0, 10_000));
        uint256[3] memory rewards = [bound(r0, 0, 1e24), bound(r1, 0, 1e24), bound(r2, 0, 1e24)];
        uint16 rate = 500;
        uint256 expected;
        uint48 effective = type(uint48).max;
        uint16 pending;
        for (uint256 i; i < 3; ++i) {
            if (i == 1) {
                (pending, effective) = _request(first, rate);
            } else if (i == 2) {
                if (block.timestamp >= effective) rate = pending;
                (pending, effective) = _request(second, rate);
            }
            vm.warp(block.timestamp + bound(i == 0 ? gap1 : gap2, 0, 2 days));
            if (block.timestamp >= effective) {
                rate = pending;
                effective = type(uint48).max;
            }
            if (rewards[i] != 0) _notify(rollupA, rewards[i]);
            uint256 gross = rewards[i] / 2; // alice holds exactly half
            expected += gross - gross * rate / 10_000;
        }
        vm.prank(alice);
        uint256 paid = hub.claimRewards(val);
        // The accumulator rounds each notification down by under 1e-18 ERA per staked ERA (the
        // hub keeps the dust), and each rate part by under 1e-18 per staked ERA more.
        uint256 dust = 3 * (2 * (uint256(2 * MIN_STAKE) / 1e18) + 2);
        assertApproxEqAbs(paid, expected, dust, "each reward at the rate in force when notified");
    }

    function _request(uint16 bps, uint16 current) internal returns (uint16, uint48) {
        _raise(bps);
        uint48 delay = COMMISSION_DELAY;
        if (bps > current && delay < hub.MIN_RAISE_DELAY()) delay = hub.MIN_RAISE_DELAY();
        return (bps, uint48(block.timestamp) + delay);
    }
}
