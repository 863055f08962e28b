// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IElasticPoolErrors, IElasticPoolEvents} from "../../src/interfaces/IElasticPool.sol";
import {ElasticFixture} from "../utils/ElasticFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {console2} from "forge-std/console2.sol";

/// @notice Issue 13.1, the ElasticPool part: just-in-time reward sniping. Before, a boost reward
///         raised `totalAssets` at once, so capital deposited just before a report (anyone may
///         submit it) and redeemed right after it from idle ERA took its pro-rata share of a
///         reward the long-term depositors earned. Now a reward is locked and released linearly
///         over `profitUnlockPeriod`: shares held for a fraction f of the period earn at most
///         about f of what they earn held all of it.
contract ElasticPoolUnlockTest is ElasticFixture, IElasticPoolErrors, IElasticPoolEvents {
    /// @dev The long-term depositor's stake, and the attacker's, 100 times as much.
    uint256 internal constant LONG = 200_000 ether;
    uint256 internal constant FLASH = 100 * LONG;
    /// @dev A fifth of LONG (the per-window cap) lent at 2x against the rollup's 1M hub stake:
    ///      the pool's boosted stake is 80,000 of 1,080,000 and a report pays it 2/27 of the
    ///      emission.
    uint256 internal constant LEND = 40_000 ether;
    uint32 internal constant TWO_X = 20_000;
    uint256 internal constant REWARD = 1000 ether;
    uint64 internal constant PERIOD = 1 days;

    address internal alice = makeAddr("alice");
    address internal attacker = makeAddr("attacker");

    function setUp() public {
        _deployElastic();
        _deposit(alice, LONG);
    }

    // ------------------------------------------------------------------------------------------
    // The attack
    // ------------------------------------------------------------------------------------------

    /// @dev The issue's attack end to end through a real report: 100x Alice's stake deposited
    ///      just before the report and redeemed in the same block gains nothing (before the
    ///      fix: 100/101 of the reward); a day later Alice has all of it.
    function test_attack_depositBeforeReportRedeemAfter_gainsNothing() public {
        _open(rollupA, TWO_X, LEND, 3 days);
        uint256 end = distributor.epochEnd(distributor.lastReportedEpoch() + 1);
        vm.warp(end);

        uint256 shares = _deposit(attacker, FLASH);
        _reportFor(rollupA);
        uint256 reward = EMISSION * 80_000 / 1_080_000;
        assertEq(era.balanceOf(address(pool)), LONG + FLASH + reward, "reward paid to the pool");
        assertEq(pool.lockedProfit(), reward, "all of it locked");
        assertLe(shares, pool.maxRedeem(attacker), "the flash capital can leave at once");
        vm.prank(attacker);
        uint256 out = pool.redeem(shares, attacker, attacker);

        console2.log("reward to the pool (wei)", reward);
        console2.log("attacker out - in (wei, signed)", int256(out) - int256(FLASH));
        console2.log("without the lock the attacker took", reward * FLASH / (LONG + FLASH));
        assertLe(out, FLASH + 1, "attacker gains at most 1 wei");
        // Issue 13.3: with stake lent, `redeem` pays the part not lent at once and defers the
        // rest; the deferred claim gains nothing from rewards. The whole exit is bounded.
        (, uint256 exitValue, uint256 advance,) = pool.deferredExit(0);
        assertEq(advance, out);
        assertLe(exitValue, FLASH + 1, "attacker gains at most 1 wei, deferred part included");

        vm.warp(block.timestamp + PERIOD);
        assertEq(pool.lockedProfit(), 0);
        // (`previewRedeem` is the part paid at once while stake is lent: read the value.)
        uint256 aliceAssets = pool.convertToAssets(pool.balanceOf(alice));
        assertApproxEqAbs(aliceAssets, LONG + reward, 2, "Alice has the whole reward");
        assertLe(aliceAssets, LONG + reward);
    }

    /// @dev Staying a quarter of the unlock period earns at most a quarter of the attacker's
    ///      pro-rata share of the reward.
    function test_attack_stayQuarterPeriod_earnsAtMostQuarterShare() public {
        _open(rollupA, TWO_X, LEND, 3 days);
        vm.warp(distributor.epochEnd(distributor.lastReportedEpoch() + 1));
        uint256 shares = _deposit(attacker, FLASH);
        _reportFor(rollupA);
        uint256 reward = EMISSION * 80_000 / 1_080_000;
        vm.warp(block.timestamp + PERIOD / 4);
        vm.prank(attacker);
        pool.redeem(shares, attacker, attacker);
        // Issue 13.3: the exit is paid in two parts (the lent part deferred, gaining nothing);
        // its whole value is the deferred claim's.
        (, uint256 exitValue,,) = pool.deferredExit(0);
        uint256 gain = exitValue - FLASH;

        uint256 proRata = reward * FLASH / (LONG + FLASH);
        console2.log("quarter-period gain", gain, "pro-rata share", proRata);
        assertLe(gain, proRata / 4 + 1, "at most f of the pro-rata share");
        assertGe(gain, proRata / 4 - proRata / 1000, "and about f of it");
        // Alice ends with the rest: her share of the quarter, all of the other three quarters.
        vm.warp(block.timestamp + PERIOD);
        assertApproxEqAbs(pool.convertToAssets(pool.balanceOf(alice)), LONG + reward - gain, 2);
    }

    /// @dev For any stake, reward and time in the period: the late depositor's gain is at most
    ///      the elapsed fraction of their pro-rata share.
    function testFuzz_attack_gainBoundedByTimeHeld(uint256 flash, uint256 reward, uint256 held)
        public
    {
        flash = bound(flash, 1 ether, 100_000_000 ether);
        reward = bound(reward, 1, 10_000_000 ether);
        held = bound(held, 0, PERIOD);
        uint256 shares = _deposit(attacker, flash);
        _notify(reward);
        vm.warp(block.timestamp + held);
        vm.prank(attacker);
        uint256 out = pool.redeem(shares, attacker, attacker);
        uint256 bound_ = reward * flash / (LONG + flash) * held / PERIOD;
        assertLe(out, flash + bound_ + 1, "gain above the time-weighted share");
    }

    // ------------------------------------------------------------------------------------------
    // The unlock
    // ------------------------------------------------------------------------------------------

    function test_notifyBoostReward_locksAndEmits() public {
        vm.prank(treasury);
        era.transfer(address(pool), REWARD);
        vm.expectEmit(address(pool));
        emit BoostRewardReceived(rollupA, REWARD);
        vm.expectEmit(address(pool));
        emit ProfitLocked(REWARD, uint64(block.timestamp) + PERIOD);
        vm.prank(address(distributor));
        pool.notifyBoostReward(rollupA, REWARD);
        assertEq(pool.lockedProfit(), REWARD);
        assertEq(pool.profitUnlockEnd(), block.timestamp + PERIOD);
        assertEq(pool.idleAssets(), LONG + REWARD, "the reward is idle ERA");
        assertEq(pool.totalAssets(), LONG, "but not an asset yet");
    }

    function test_unlock_linearOverThePeriod() public {
        _notify(REWARD);
        uint256 start = block.timestamp;
        vm.warp(start + PERIOD / 4);
        assertEq(pool.lockedProfit(), REWARD * 3 / 4);
        assertEq(pool.totalAssets(), LONG + REWARD / 4);
        vm.warp(start + PERIOD / 2);
        assertEq(pool.lockedProfit(), REWARD / 2, "half period: half unlocked");
        assertEq(pool.totalAssets(), LONG + REWARD / 2);
        vm.warp(start + PERIOD - 1);
        assertEq(pool.lockedProfit(), _ceilDiv(REWARD, PERIOD), "rounded up: 1 s left");
        vm.warp(start + PERIOD);
        assertEq(pool.lockedProfit(), 0, "all unlocked at the end");
        assertEq(pool.totalAssets(), LONG + REWARD);
        vm.warp(start + 10 * PERIOD);
        assertEq(pool.totalAssets(), LONG + REWARD);
    }

    /// @dev A reward while half of the previous one is locked: both unlock over a fresh period.
    function test_unlock_overlappingRewardsRelockTogether() public {
        _notify(REWARD);
        vm.warp(block.timestamp + PERIOD / 2);
        uint256 assets = pool.totalAssets();
        vm.prank(treasury);
        era.transfer(address(pool), 2 * REWARD);
        vm.expectEmit(address(pool));
        emit ProfitLocked(REWARD / 2 + 2 * REWARD, uint64(block.timestamp) + PERIOD);
        vm.prank(address(distributor));
        pool.notifyBoostReward(rollupA, 2 * REWARD);
        assertEq(pool.totalAssets(), assets, "a reward never moves totalAssets at once");
        assertEq(pool.lockedProfit(), REWARD / 2 + 2 * REWARD);
        vm.warp(block.timestamp + PERIOD / 2);
        assertEq(pool.lockedProfit(), (REWARD / 2 + 2 * REWARD) / 2);
        vm.warp(block.timestamp + PERIOD / 2);
        assertEq(pool.lockedProfit(), 0);
        assertEq(pool.totalAssets(), LONG + 3 * REWARD, "nothing lost");
    }

    /// @dev Two rewards in one block add up; the lock is exact.
    function test_unlock_twoRewardsInOneBlock() public {
        _notify(REWARD);
        _notify(REWARD);
        assertEq(pool.lockedProfit(), 2 * REWARD);
        assertEq(pool.totalAssets(), LONG);
    }

    /// @dev A new period applies to the next reward; the running lock keeps its end.
    function test_setProfitUnlockPeriod_appliesToTheNextReward() public {
        _notify(REWARD);
        uint256 start = block.timestamp;
        vm.expectEmit(address(pool));
        emit ProfitUnlockPeriodSet(4 days);
        vm.prank(admin);
        pool.setProfitUnlockPeriod(4 days);
        assertEq(pool.profitUnlockPeriod(), 4 days);
        assertEq(pool.profitUnlockEnd(), start + PERIOD, "running lock unchanged");
        vm.warp(start + PERIOD / 2);
        assertEq(pool.lockedProfit(), REWARD / 2);
        _notify(REWARD);
        assertEq(pool.profitUnlockEnd(), block.timestamp + 4 days);
        vm.warp(block.timestamp + 1 days);
        assertEq(pool.lockedProfit(), (REWARD / 2 + REWARD) * 3 / 4);
    }

    function test_constructor_setsDefaultUnlockPeriod() public view {
        assertEq(pool.profitUnlockPeriod(), PERIOD);
        assertEq(pool.DEFAULT_PROFIT_UNLOCK_PERIOD(), 1 days);
        assertEq(pool.lockedProfit(), 0);
        assertEq(pool.profitUnlockEnd(), 0);
    }

    function test_setProfitUnlockPeriod_acceptsTheBounds() public {
        vm.startPrank(admin);
        pool.setProfitUnlockPeriod(1 hours);
        assertEq(pool.profitUnlockPeriod(), 1 hours);
        pool.setProfitUnlockPeriod(30 days);
        assertEq(pool.profitUnlockPeriod(), 30 days);
        vm.stopPrank();
    }

    function test_setProfitUnlockPeriod_revertsOutOfBounds() public {
        uint64[3] memory bad = [uint64(0), 1 hours - 1, 30 days + 1];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    ElasticPoolProfitUnlockPeriodOutOfBounds.selector, bad[i], 1 hours, 30 days
                )
            );
            vm.prank(admin);
            pool.setProfitUnlockPeriod(bad[i]);
        }
    }

    function test_setProfitUnlockPeriod_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                attacker,
                pool.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(attacker);
        pool.setProfitUnlockPeriod(2 hours);
    }

    // ------------------------------------------------------------------------------------------
    // Locked ERA is not lent, withdrawn or served
    // ------------------------------------------------------------------------------------------

    /// @dev With everything else lent, only the locked reward is idle: nothing can be lent,
    ///      withdrawn or redeemed, until it unlocks.
    function test_lockedProfit_notLendableNorWithdrawable() public {
        vm.startPrank(admin);
        pool.setMaxWindowShare(5000);
        pool.setMaxAllocation(5000);
        pool.setMaxTotalLent(10_000);
        vm.stopPrank();
        _open(rollupA, 10_000, LONG / 2, 3 days);
        _open(rollupB, 10_000, LONG / 2, 3 days);
        _notify(REWARD);
        assertEq(pool.idleAssets(), REWARD);
        assertEq(pool.freeIdleAssets(), 0, "locked ERA is not free");
        assertEq(pool.maxWithdraw(alice), 0);
        assertEq(pool.maxRedeem(alice), 0);
        assertEq(pool.lendableAssets(), 0);
        // The caps are shares of totalAssets, which the locked reward is not part of.
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolTotalLentAboveCap.selector, 1, LONG, LONG)
        );
        _open(rollupA2, 10_000, 1, 1 days);

        vm.warp(block.timestamp + PERIOD / 2);
        assertEq(pool.freeIdleAssets(), REWARD / 2, "unlocked ERA is free");
        assertEq(pool.maxWithdraw(alice), REWARD / 2);
        _open(rollupA2, 10_000, REWARD / 4, 1 days);
        assertEq(pool.idleAssets(), REWARD * 3 / 4);
        assertGe(pool.idleAssets(), pool.lockedProfit());
    }

    /// @dev A queued request is served only from unlocked idle ERA.
    function test_lockedProfit_notServedToTheQueue() public {
        vm.startPrank(admin);
        pool.setMaxWindowShare(5000);
        pool.setMaxAllocation(5000);
        pool.setMaxTotalLent(10_000);
        vm.stopPrank();
        // Issue 13.3: a request made while stake is lent and slashable waits for the windows'
        // expiry, so here they expire first (one hour), unsettled: their ERA is still lent.
        _open(rollupA, 10_000, LONG / 2, 1 hours);
        _open(rollupB, 10_000, LONG / 2, 1 hours);
        _notify(REWARD);
        vm.warp(block.timestamp + 1 hours);
        // Alice queues shares worth 100 ERA; only the locked reward is idle.
        uint256 shares = pool.previewWithdraw(100 ether);
        vm.prank(alice);
        pool.requestWithdraw(shares);
        assertEq(pool.serveQueue(1), 0, "locked ERA does not serve the queue");
        vm.warp(block.timestamp + PERIOD / 2);
        assertEq(pool.serveQueue(1), 1, "unlocked ERA does");
        assertGe(era.balanceOf(alice), 100 ether);
        assertGe(pool.idleAssets(), pool.lockedProfit());
    }

    /// @dev A slash takes lent stake and lowers totalAssets by exactly its amount; the locked
    ///      reward keeps unlocking on its schedule.
    function test_slash_leavesTheLockAlone() public {
        _open(rollupA, TWO_X, LEND, 3 days);
        _notify(REWARD);
        vm.warp(block.timestamp + PERIOD / 2);
        uint256 assets = pool.totalAssets();
        vm.prank(admin);
        pool.slash(rollupA, 10_000 ether);
        assertEq(pool.totalAssets(), assets - 10_000 ether);
        assertEq(pool.lockedProfit(), REWARD / 2);
        vm.warp(block.timestamp + PERIOD / 2);
        assertEq(pool.totalAssets(), LONG + REWARD - 10_000 ether);
    }

    /// @dev For any deposits, two rewards and times: totalAssets is the pool's ERA less what is
    ///      locked, the lock fits in idle, and totalAssets never decreases as time passes.
    function testFuzz_totalAssets_withinBalanceAndNonDecreasing(
        uint256 deposit,
        uint256 reward1,
        uint256 reward2,
        uint256 gap,
        uint256[4] memory steps
    ) public {
        deposit = bound(deposit, 0, 100_000_000 ether);
        reward1 = bound(reward1, 1, 10_000_000 ether);
        reward2 = bound(reward2, 1, 10_000_000 ether);
        gap = bound(gap, 0, 2 * PERIOD);
        if (deposit != 0) _deposit(attacker, deposit);
        uint256 before = pool.totalAssets();
        _notify(reward1);
        assertEq(pool.totalAssets(), before, "a reward does not move totalAssets at once");
        _checkAccounting();
        vm.warp(block.timestamp + gap);
        before = pool.totalAssets();
        _notify(reward2);
        assertEq(pool.totalAssets(), before, "a reward does not move totalAssets at once");
        uint256 last = before;
        for (uint256 i; i < steps.length; ++i) {
            vm.warp(block.timestamp + bound(steps[i], 0, PERIOD));
            _checkAccounting();
            assertGe(pool.totalAssets(), last, "totalAssets fell with time");
            last = pool.totalAssets();
        }
        vm.warp(block.timestamp + PERIOD);
        assertEq(pool.totalAssets(), LONG + deposit + reward1 + reward2, "everything unlocks");
    }

    // ------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------

    /// @dev Pays the pool `amount` as the RewardDistributor does: transfer, then notify.
    function _notify(uint256 amount) internal {
        vm.prank(treasury);
        era.transfer(address(pool), amount);
        vm.prank(address(distributor));
        pool.notifyBoostReward(rollupA, amount);
    }

    function _checkAccounting() internal view {
        uint256 idle = pool.idleAssets();
        uint256 lent = pool.lentAssets();
        uint256 locked = pool.lockedProfit();
        assertEq(era.balanceOf(address(pool)), idle + lent, "balance = idle + lent");
        assertLe(locked, idle, "locked within idle");
        assertEq(pool.totalAssets() + locked, idle + lent, "totalAssets + locked = idle + lent");
    }

    function _ceilDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return (a + b - 1) / b;
    }
}
