// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IStakingHubErrors, IStakingHubEvents} from "../../src/interfaces/IStakingHub.sol";
import {StakingFixture} from "../utils/StakingFixture.sol";

/// @notice Issue 21.1: a commission raise applied to rewards already earned. Before the fix the
///         hub took commission at settlement with the rate in force at claim time: a delegator
///         who earned 900 ERA under 5% claimed 0 after the validator raised to 100%. Now each
///         reward pays the rate in force while it streamed to the rollup (issue 13.1: rewards
///         stream over `rewardStreamPeriod`, a day here like the commission delay), whenever it
///         is claimed.
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
        _streamAll();
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 855 ether);
    }

    /// @dev Before streaming this test notified 1,800 ERA one second before the raise and
    ///      expected all of it at 5%. A reward now pays the rate in force while it streams: one
    ///      streamed during the delay keeps the old rate, one streamed after it pays the new.
    function test_raise_streamedDuringTheDelayKeepsTheOldRate() public {
        _raise(10_000);
        _notify(rollupA, 1800 ether); // streams exactly over the delay: 5%
        vm.warp(block.timestamp + COMMISSION_DELAY);
        _notify(rollupA, 200 ether); // streams after the effective time: 100%
        _streamAll();
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 855 ether);
    }

    /// @dev The semantics that changed: notified one second before the raise, a reward streams
    ///      all but its first second after it, so only that second pays 5%.
    function test_raise_notifiedJustBeforeStreamsMostlyAfter() public {
        _raise(10_000);
        vm.warp(block.timestamp + COMMISSION_DELAY - 1);
        _notify(rollupA, 1800 ether);
        _streamAll();
        uint256 period = hub.rewardStreamPeriod();
        // Alice's gross 900 over the period; one second of it at 5%, the rest all commission.
        vm.prank(alice);
        assertApproxEqAbs(hub.claimRewards(val), 900 ether * 95 / 100 / period, 1e6);
    }

    function test_raise_delegatorLeavesBeforeItApplies() public {
        _notify(rollupA, 1800 ether);
        _streamAll();
        _raise(10_000);
        // Alice sees the request and leaves during the delay: her rewards settle at 5%.
        vm.prank(alice);
        hub.undelegate(val, MIN_STAKE);
        assertEq(hub.accruedRewards(alice), 855 ether);
        vm.warp(block.timestamp + COMMISSION_DELAY);
        _notify(rollupA, 1000 ether); // all the validator's now
        _streamAll();
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 855 ether);
    }

    function test_raise_neverImmediateEvenWithoutDelay() public {
        vm.prank(admin);
        hub.setCommissionDelay(0);
        // Streamed before the request (the reward had to stream first: claims pay only what
        // streamed).
        _notify(rollupA, 1800 ether);
        _streamAll();
        uint48 effectiveAt = uint48(block.timestamp) + hub.MIN_RAISE_DELAY();
        vm.expectEmit(address(hub));
        emit CommissionChangeRequested(val, 10_000, effectiveAt);
        _raise(10_000);
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 855 ether, "a delegator can still leave first");
        // A cut with no delay applies at once.
        _raise(100);
        (,,, uint16 rate) = hub.getValidator(val);
        assertEq(rate, 100);
    }

    function test_manyChanges_eachRewardAtItsRate() public {
        // 5% for 1800, 20% for 1000, 50% for 400, 0% for 200 (alice holds half throughout);
        // each reward streams over one day, exactly the delay of the change after it.
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
        _streamAll();
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

    /// @dev The model of streaming: the stream's rate (ERA-wei per second, scaled by 1e18) and
    ///      end, the rate in force and a pending change, and alice's net so far, scaled by
    ///      2 * 1e4 * 1e18 (she holds exactly half of the stake).
    struct Model {
        uint256 rate;
        uint256 finish;
        uint256 last;
        uint256 commission;
        uint256 pending;
        uint256 effective;
        uint256 scaledNet;
    }

    /// @dev The model up to `to`: each second of stream pays its rate times alice's half, less
    ///      the commission in force in that second.
    function _advance(Model memory m, uint256 to) internal pure {
        if (m.effective > m.last && m.effective <= to) {
            _integrate(m, m.effective);
            m.commission = m.pending;
            m.effective = type(uint256).max;
        }
        _integrate(m, to);
    }

    function _integrate(Model memory m, uint256 to) internal pure {
        uint256 end = to < m.finish ? to : m.finish;
        if (end > m.last) m.scaledNet += m.rate * (end - m.last) * (10_000 - m.commission);
        m.last = to;
    }

    function _modelNotify(Model memory m, uint256 amount, uint256 period) internal view {
        _advance(m, block.timestamp);
        uint256 total = amount * 1e18;
        if (m.finish > block.timestamp) total += m.rate * (m.finish - block.timestamp);
        m.rate = (total + period - 1) / period;
        m.finish = block.timestamp + period;
    }

    /// @dev Fuzz against a model of streaming: two rate changes at random times between three
    ///      notifications of random sizes, then a claim at a random time (streams may still be
    ///      running); alice's claim is the integral of "stream rate x her half x (1 - the
    ///      commission in force at that instant)".
    function testFuzz_claimPaysEachRewardAtItsRate(
        uint16 first,
        uint16 second,
        uint32 gap1,
        uint32 gap2,
        uint32 gap3,
        uint96 r0,
        uint96 r1,
        uint96 r2
    ) public {
        first = uint16(bound(first, 0, 10_000));
        second = uint16(bound(second, 0, 10_000));
        uint256[3] memory rewards = [bound(r0, 0, 1e24), bound(r1, 0, 1e24), bound(r2, 0, 1e24)];
        uint256 period = hub.rewardStreamPeriod();
        Model memory m = Model(0, 0, block.timestamp, 500, 0, type(uint256).max, 0);
        for (uint256 i; i < 3; ++i) {
            if (i != 0) {
                // A request first records a due change (the model has applied it already).
                _advance(m, block.timestamp);
                (uint16 pending, uint48 effective) =
                    _request(i == 1 ? first : second, uint16(m.commission));
                (m.pending, m.effective) = (pending, effective);
            }
            vm.warp(block.timestamp + bound(i == 0 ? gap1 : gap2, 0, 2 days));
            if (rewards[i] != 0) {
                _notify(rollupA, rewards[i]);
                _modelNotify(m, rewards[i], period);
            }
        }
        vm.warp(block.timestamp + bound(gap3, 0, 2 days));
        _advance(m, block.timestamp);
        uint256 expected = m.scaledNet / (2 * 10_000 * 1e18);
        uint256 announced = hub.pendingRewards(alice, val);
        vm.prank(alice);
        uint256 paid = hub.claimRewards(val);
        assertEq(paid, announced, "the view announced the claim");
        // Each accumulator update rounds down by under 1e-18 ERA per staked ERA (the hub keeps
        // the dust), each rate part and the accumulator at an effective time by as much again.
        uint256 dust = 10 * (2 * (uint256(2 * MIN_STAKE) / 1e18) + 2);
        assertApproxEqAbs(paid, expected, dust, "each second of stream at the rate in force");
    }

    function _request(uint16 bps, uint16 current) internal returns (uint16, uint48) {
        _raise(bps);
        uint48 delay = COMMISSION_DELAY;
        if (bps > current && delay < hub.MIN_RAISE_DELAY()) delay = hub.MIN_RAISE_DELAY();
        return (bps, uint48(block.timestamp) + delay);
    }
}
