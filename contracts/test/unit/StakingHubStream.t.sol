// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupTraffic, TrafficReport} from "../../src/interfaces/IRewardDistributor.sol";
import {IStakingHubErrors, IStakingHubEvents} from "../../src/interfaces/IStakingHub.sol";
import {StakingFixture} from "../utils/StakingFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {console} from "forge-std/console.sol";

/// @notice Issue 13.1, the hub side: just-in-time reward sniping. Before, a report's reward was
///         added to the rollup's accumulator at once and split by the stake present when the
///         report was accepted; anyone may submit the signed report, so an attacker delegated
///         right before submitting it and undelegated after, earning as much as a staker who
///         held all epoch. Now the reward streams over `rewardStreamPeriod` to the stake present
///         at each instant.
contract StakingHubStreamTest is StakingFixture, IStakingHubErrors, IStakingHubEvents {
    address internal val = makeAddr("validator");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal attacker = makeAddr("attacker");
    uint256[] internal reporterKeys;

    uint256 internal constant HONEST = 10_000 ether;

    function setUp() public {
        _deployStaking();
        _deployDistributor(10_000_000 ether);
        (, reporterKeys) = _addReporters(1, 1);
        _registerValidator(val, rollupA, 0, MIN_STAKE);
    }

    // ------------------------------------------------------------------------------------------
    // The attack
    // ------------------------------------------------------------------------------------------

    /// @dev Alice holds 10,000 ERA all epoch; the attacker delegates `attackStake` in the block
    ///      before the report, submits the report through the RewardDistributor and undelegates
    ///      `k` seconds later. Returns what each earned from the epoch's 1,000 ERA, and what the
    ///      attacker took before streaming (the immediate pro-rata split at the report).
    function _attack(uint256 attackStake, uint256 k)
        internal
        returns (uint256 attackerReward, uint256 aliceReward, uint256 immediateShare)
    {
        _delegate(alice, val, HONEST);
        vm.warp(distributor.epochEnd(1) - 12);
        _delegate(attacker, val, attackStake);
        vm.warp(distributor.epochEnd(1));
        uint256 staked = hub.rollupStake(rollupA);
        uint256 balance = era.balanceOf(address(hub));
        _submitEpoch(1);
        uint256 reward = era.balanceOf(address(hub)) - balance;
        assertEq(reward, EMISSION, "the rollup's whole emission goes to its stakers");
        immediateShare = reward * attackStake / staked;
        vm.warp(block.timestamp + k);
        vm.prank(attacker);
        hub.undelegate(val, attackStake);
        vm.prank(attacker);
        attackerReward = hub.claimRewards(val);
        _streamAll();
        vm.prank(alice);
        aliceReward = hub.claimRewards(val);
    }

    /// @dev The same amount as the honest staker, out in the same block: before streaming it
    ///      took 476.19 ERA of the 1,000 (alice too, instead of 909.09); now 0.
    function test_attack_sameAmountSameBlock_earnsNothing() public {
        (uint256 taken, uint256 honest, uint256 before) = _attack(HONEST, 0);
        console.log("same amount, same block: attacker took before / now", before, taken);
        console.log("alice now", honest);
        assertEq(before, uint256(1000 ether) * 10 / 21);
        assertEq(taken, 0, "nothing streamed while it was staked");
        // Alice's 10/11 of the stream (the validator's 1,000 ERA the rest).
        assertApproxEqAbs(honest, uint256(1000 ether) * 10 / 11, 1e6);
    }

    /// @dev Ten times the honest stake (borrowed): before it took 900.90 ERA of 1,000 and left
    ///      alice 90.09; now 0, and alice gets 909.09.
    function test_attack_tenTimesBorrowed_earnsNothing() public {
        (uint256 taken, uint256 honest, uint256 before) = _attack(10 * HONEST, 0);
        console.log("10x, same block: attacker took before / now", before, taken);
        console.log("alice now", honest);
        assertEq(before, uint256(1000 ether) * 100 / 111);
        assertEq(taken, 0);
        assertApproxEqAbs(honest, uint256(1000 ether) * 10 / 11, 1e6);
    }

    /// @dev Staying k seconds earns the time-weighted share: an hour of the same amount earns
    ///      1/24 of its 10/21 (19.84 ERA), at most k/period of the immediate share.
    function test_attack_staysAnHour_earnsItsTimeWeightedShare() public {
        uint256 k = 1 hours;
        uint256 period = hub.rewardStreamPeriod();
        (uint256 taken, uint256 honest, uint256 before) = _attack(HONEST, k);
        console.log("same amount, 1 hour: attacker took before / now", before, taken);
        console.log("alice now", honest);
        assertLe(taken, before * k / period + 1);
        assertApproxEqAbs(taken, uint256(1000 ether) * k / period * 10 / 21, 1e6);
        uint256 aliceExpected = uint256(1000 ether) * k / period * 10 / 21 + uint256(1000 ether)
            * (period - k) / period * 10 / 11;
        assertApproxEqAbs(honest, aliceExpected, 1e6);
    }

    /// @dev Fuzz: any attack size and time held; the attacker's reward is at most k/period of
    ///      its immediate share, and alice keeps at least her time-weighted share.
    function testFuzz_attack_earnsAtMostItsTimeWeightedShare(uint96 stake, uint32 k) public {
        uint256 attackStake = bound(stake, 1 ether, 100 * HONEST);
        uint256 period = hub.rewardStreamPeriod();
        uint256 held = bound(k, 0, period);
        (uint256 taken, uint256 honest, uint256 before) = _attack(attackStake, held);
        assertLe(taken, before * held / period + 1, "at most its time-weighted share");
        uint256 staked = MIN_STAKE + HONEST + attackStake;
        uint256 aliceFloor = uint256(1000 ether) * held / period * HONEST / staked
            + uint256(1000 ether) * (period - held) / period * HONEST / (MIN_STAKE + HONEST);
        assertApproxEqAbs(honest, aliceFloor, 1e7);
    }

    // ------------------------------------------------------------------------------------------
    // The stream
    // ------------------------------------------------------------------------------------------

    /// @dev A reward notified while one streams re-streams the remainder with it over a fresh
    ///      period; nothing is lost.
    function test_stream_remainderJoinsTheNextReward() public {
        _setDistributor(distributorAddr);
        _notify(rollupA, 1000 ether);
        uint256 period = hub.rewardStreamPeriod();
        vm.warp(block.timestamp + period / 4);
        (, uint48 finish, uint256 unstreamed) = hub.rewardStream(rollupA);
        assertEq(finish, block.timestamp + period * 3 / 4);
        assertApproxEqAbs(unstreamed, 750 ether, 1);
        _notify(rollupA, 1000 ether);
        (, finish, unstreamed) = hub.rewardStream(rollupA);
        assertEq(finish, block.timestamp + period);
        assertApproxEqAbs(unstreamed, 1750 ether, 1);
        _streamAll();
        vm.prank(val);
        assertApproxEqAbs(hub.claimRewards(val), 2000 ether, 1e6);
        (,, unstreamed) = hub.rewardStream(rollupA);
        assertEq(unstreamed, 0);
    }

    /// @dev While nobody is staked the stream pauses: what it had left streams to whoever
    ///      stakes next, however long the rollup stayed empty.
    function test_stream_pausesWhileNobodyIsStaked() public {
        _setDistributor(distributorAddr);
        _notify(rollupA, 1000 ether);
        uint256 period = hub.rewardStreamPeriod();
        vm.warp(block.timestamp + period / 2);
        vm.prank(val);
        hub.undelegate(val, MIN_STAKE); // the validator exits: the rollup has no stake
        assertApproxEqAbs(hub.accruedRewards(val), 500 ether, 1e6);
        vm.warp(block.timestamp + 10 days);
        (, uint48 finish, uint256 unstreamed) = hub.rewardStream(rollupA);
        assertApproxEqAbs(unstreamed, 500 ether, 1, "nothing streamed to nobody");
        assertEq(finish, block.timestamp + period / 2, "the end moved back");
        address other = makeAddr("other");
        _registerValidator(other, rollupA, 0, MIN_STAKE);
        vm.warp(block.timestamp + period / 4);
        assertApproxEqAbs(hub.pendingRewards(other, other), 250 ether, 1e6);
        _streamAll();
        vm.prank(other);
        assertApproxEqAbs(hub.claimRewards(other), 500 ether, 1e6);
        vm.prank(val);
        assertApproxEqAbs(hub.claimRewards(val), 500 ether, 1e6);
    }

    function test_setRewardStreamPeriod_appliesFromTheNextNotification() public {
        assertEq(hub.rewardStreamPeriod(), 1 days);
        _setDistributor(distributorAddr);
        _notify(rollupA, 100 ether);
        uint48 running = uint48(block.timestamp + 1 days);
        vm.expectEmit(address(hub));
        emit RewardStreamPeriodSet(2 hours);
        vm.prank(admin);
        hub.setRewardStreamPeriod(2 hours);
        (, uint48 finish,) = hub.rewardStream(rollupA);
        assertEq(finish, running, "a running stream keeps its end");
        _notify(rollupA, 100 ether);
        (, finish,) = hub.rewardStream(rollupA);
        assertEq(finish, block.timestamp + 2 hours);
    }

    function test_setRewardStreamPeriod_revertsOutOfBoundsOrNotAdmin() public {
        uint48 min = hub.MIN_REWARD_STREAM_PERIOD();
        uint48 max = hub.MAX_REWARD_STREAM_PERIOD();
        vm.startPrank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(
                StakingHubRewardStreamPeriodOutOfBounds.selector, min - 1, min, max
            )
        );
        hub.setRewardStreamPeriod(min - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                StakingHubRewardStreamPeriodOutOfBounds.selector, max + 1, min, max
            )
        );
        hub.setRewardStreamPeriod(max + 1);
        hub.setRewardStreamPeriod(min);
        hub.setRewardStreamPeriod(max);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                alice,
                hub.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(alice);
        hub.setRewardStreamPeriod(min);
    }

    // ------------------------------------------------------------------------------------------
    // Fuzz against a model: stream rate x share of stake at each instant
    // ------------------------------------------------------------------------------------------

    struct Model {
        uint256 rate;
        uint256 finish;
        uint256 last;
        uint256 aliceStake;
        uint256 bobStake;
        // Each one's reward so far, scaled by 1e18 like the rate.
        uint256 alice;
        uint256 bob;
        uint256 val;
    }

    /// @dev Two stakers with random amounts and random hold intervals over two streams of
    ///      random sizes (the second notified at a random time, possibly while the first still
    ///      runs); each claims what the model gives within rounding, and the three claims never
    ///      exceed what was notified.
    function testFuzz_stream_paysEachItsShareAtEachInstant(
        uint96 aliceAmount,
        uint96 bobAmount,
        uint32[5] memory times,
        uint96 r1,
        uint96 r2
    ) public {
        _setDistributor(distributorAddr);
        _rewards = [bound(r1, 1, 1e25), bound(r2, 1, 1e25)];
        _amounts = [bound(aliceAmount, 1, 1e26), bound(bobAmount, 1, 1e26)];
        // Events: 0 first reward (at 0), 1 second reward, 2/3 alice in/out, 4/5 bob in/out.
        uint256[6] memory at;
        at[1] = bound(times[0], 0, 3 days);
        at[2] = bound(times[1], 0, 3 days);
        at[3] = at[2] + bound(times[2], 0, 2 days);
        at[4] = bound(times[3], 0, 3 days);
        at[5] = at[4] + bound(times[4], 0, 2 days);
        uint256[6] memory order = _sortByTime(at);
        uint256 start = block.timestamp;
        Model memory m;
        m.last = start;
        for (uint256 i; i < 6; ++i) {
            vm.warp(start + at[order[i]]);
            _modelAdvance(m, block.timestamp);
            _act(m, order[i]);
        }
        vm.warp(block.timestamp + 30 days);
        _modelAdvance(m, block.timestamp);
        uint256 paidAlice = _claim(alice);
        uint256 paidBob = _claim(bob);
        uint256 paidVal = _claim(val);
        // Each accumulator update (at most 6 here) rounds each position down by under 1 wei
        // per staked ERA; the model's own divisions round too.
        assertApproxEqAbs(paidAlice, m.alice / 1e18, 6 * (_amounts[0] / 1e18 + 2), "alice");
        assertApproxEqAbs(paidBob, m.bob / 1e18, 6 * (_amounts[1] / 1e18 + 2), "bob");
        assertApproxEqAbs(paidVal, m.val / 1e18, 6 * (MIN_STAKE / 1e18 + 2), "validator");
        assertLe(paidAlice + paidBob + paidVal, _rewards[0] + _rewards[1], "ERA conservation");
        (,, uint256 unstreamed) = hub.rewardStream(rollupA);
        assertEq(unstreamed, 0);
    }

    uint256[2] internal _rewards;
    uint256[2] internal _amounts;

    /// @dev Event `e` on the hub and in the model.
    function _act(Model memory m, uint256 e) internal {
        if (e < 2) {
            _notify(rollupA, _rewards[e]);
            uint256 period = hub.rewardStreamPeriod();
            uint256 total = _rewards[e] * 1e18;
            if (m.finish > block.timestamp) total += m.rate * (m.finish - block.timestamp);
            m.rate = (total + period - 1) / period;
            m.finish = block.timestamp + period;
        } else if (e == 2) {
            _delegate(alice, val, _amounts[0]);
            m.aliceStake = _amounts[0];
        } else if (e == 3) {
            vm.prank(alice);
            hub.undelegate(val, _amounts[0]);
            m.aliceStake = 0;
        } else if (e == 4) {
            _delegate(bob, val, _amounts[1]);
            m.bobStake = _amounts[1];
        } else {
            vm.prank(bob);
            hub.undelegate(val, _amounts[1]);
            m.bobStake = 0;
        }
    }

    function _modelAdvance(Model memory m, uint256 to) internal pure {
        uint256 end = to < m.finish ? to : m.finish;
        if (end > m.last) {
            uint256 streamed = m.rate * (end - m.last);
            uint256 total = MIN_STAKE + m.aliceStake + m.bobStake;
            m.alice += streamed * m.aliceStake / total;
            m.bob += streamed * m.bobStake / total;
            m.val += streamed * MIN_STAKE / total;
        }
        if (to > m.last) m.last = to;
    }

    function _sortByTime(uint256[6] memory at) internal pure returns (uint256[6] memory order) {
        for (uint256 i; i < 6; ++i) {
            order[i] = i;
        }
        // Insertion sort; ties keep the event order (a reward before a stake change at the same
        // second, an entry before its exit).
        for (uint256 i = 1; i < 6; ++i) {
            for (uint256 j = i; j > 0 && at[order[j]] < at[order[j - 1]]; --j) {
                (order[j], order[j - 1]) = (order[j - 1], order[j]);
            }
        }
    }

    function _claim(address who) internal returns (uint256 paid) {
        uint256 announced = hub.pendingRewards(who, val);
        vm.prank(who);
        paid = hub.claimRewards(val);
        assertEq(paid, announced, "a claim pays what pendingRewards announced");
    }

    function _submitEpoch(uint64 epoch) internal {
        RollupTraffic[] memory rollups = new RollupTraffic[](1);
        rollups[0] = _traffic(rollupA, 100, 10, 10_000);
        TrafficReport memory report = _report(epoch, rollups);
        distributor.submitReport(report, _sign(report, reporterKeys));
    }
}
