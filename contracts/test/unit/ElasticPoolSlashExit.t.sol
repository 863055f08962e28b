// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IElasticPoolErrors, IElasticPoolEvents} from "../../src/interfaces/IElasticPool.sol";
import {ElasticFixture} from "../utils/ElasticFixture.sol";
import {console2} from "forge-std/console2.sol";

/// @notice Issue 13, item 3, the ElasticPool part: an exit just before a slash of lent stake.
///         Before, `redeem` paid the shares' whole value from idle ERA, so a depositor who saw
///         the slash coming left with all of it and the others carried the whole slash. Now,
///         while lent stake is slashable, an exit is paid the part not lent at once and the
///         rest is a deferred claim that bears its pro-rata part of any slash until the stake
///         lent when it left can no longer be slashed (docs/security/slashing.md).
contract ElasticPoolSlashExitTest is ElasticFixture, IElasticPoolErrors, IElasticPoolEvents {
    uint256 internal constant EACH = 500_000 ether;
    uint256 internal constant LEND = 200_000 ether;
    uint256 internal constant SLASH = 100_000 ether;
    uint64 internal constant DAY = 1 days;

    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public {
        _deployElastic();
        _deposit(alice, EACH);
        _deposit(bob, EACH);
    }

    /// @dev The attack: Alice and Bob hold half each of 1,000,000 ERA, 200,000 lent to rollup
    ///      A. Alice redeems everything just before governance slashes 100,000. Before the fix
    ///      Alice left with 500,000 and Bob was left with 400,000 (he carried all 100,000). Now
    ///      Alice is paid 400,000 at once and 50,000 after the window, Bob keeps 450,000: each
    ///      carries 50,000.
    function test_attack_redeemBeforeSlash_carriesProRataShare() public {
        _open(rollupA, 10_000, LEND, DAY);
        uint256 shares = pool.balanceOf(alice);
        vm.prank(alice);
        uint256 now_ = pool.redeem(shares, alice, alice);
        vm.prank(admin);
        pool.slash(rollupA, SLASH);
        vm.warp(block.timestamp + DAY);
        pool.settleWindow(rollupA);
        uint256 aliceOut = era.balanceOf(alice);
        uint256 bobValue = pool.convertToAssets(pool.balanceOf(bob));
        console2.log("alice paid at once", now_);
        console2.log("alice paid in all", aliceOut);
        console2.log("alice loss", EACH - aliceOut);
        console2.log("bob's value after", bobValue);
        console2.log("bob loss", EACH - bobValue);

        assertEq(now_, EACH - LEND / 2, "the part not lent, at once");
        assertEq(aliceOut, EACH - SLASH / 2, "alice carries half the slash");
        assertApproxEqAbs(bobValue, EACH - SLASH / 2, 1, "bob carries half the slash");
        uint256 bobShares = pool.maxRedeem(bob);
        vm.prank(bob);
        pool.redeem(bobShares, bob, bob);
        assertApproxEqAbs(era.balanceOf(bob), EACH - SLASH / 2, 1);
    }

    /// @dev The deferred part waits for the window, and the exit was announced.
    function test_redeem_whileLent_defersTheLentPart() public {
        uint64 expiresAt = uint64(block.timestamp) + DAY;
        _open(rollupA, 10_000, LEND, DAY);
        assertEq(pool.slashableUntil(), expiresAt);
        assertEq(pool.slashableAssets(), LEND);
        uint256 shares = pool.balanceOf(alice);
        assertEq(pool.previewRedeem(shares), EACH - LEND / 2);
        assertEq(pool.maxWithdraw(alice), EACH - LEND / 2);
        vm.expectEmit(address(pool));
        emit ExitDeferred(0, alice, shares, EACH, EACH - LEND / 2, expiresAt);
        vm.prank(alice);
        pool.redeem(shares, alice, alice);
        assertEq(pool.deferredAssets(), EACH);
        assertEq(pool.advancedAssets(), EACH - LEND / 2);
        assertEq(pool.totalAssets(), EACH, "bob's assets are unchanged");
        (address owner, uint256 value, uint256 advance, uint64 notBefore) = pool.deferredExit(0);
        assertEq(owner, alice);
        assertEq(value, EACH);
        assertEq(advance, EACH - LEND / 2);
        assertEq(notBefore, expiresAt);
        assertEq(pool.serveQueue(1), 0, "not before the window expires");
        vm.warp(expiresAt);
        assertEq(pool.slashableAssets(), 0);
        pool.settleWindow(rollupA);
        assertEq(era.balanceOf(alice), EACH);
        assertEq(pool.deferredAssets(), 0);
        assertEq(pool.advancedAssets(), 0);
    }

    /// @dev `withdraw` pays exactly the assets asked for, taking the shares whose part not lent
    ///      they are; a queued request made while lent waits too.
    function test_withdrawAndRequest_whileLent_wait() public {
        _open(rollupA, 10_000, LEND, DAY);
        uint256 shares = pool.previewWithdraw(100_000 ether);
        vm.prank(alice);
        assertEq(pool.withdraw(100_000 ether, alice, alice), shares);
        assertEq(era.balanceOf(alice), 100_000 ether);
        (, uint256 value,,) = pool.deferredExit(0);
        assertApproxEqAbs(value, 125_000 ether, 1);
        uint256 bobShares = pool.balanceOf(bob) / 2;
        vm.prank(bob);
        uint256 id = pool.requestWithdraw(bobShares);
        assertEq(pool.withdrawalNotBefore(id), uint64(block.timestamp) + DAY);
        assertEq(pool.serveQueue(2), 0);
        vm.warp(block.timestamp + DAY);
        assertEq(pool.serveQueue(2), 2);
        assertApproxEqAbs(era.balanceOf(alice), 125_000 ether, 1);
        assertApproxEqAbs(era.balanceOf(bob), EACH / 2, 1);
    }

    /// @dev Nothing lent, or every window expired: exits are paid in full at once, as before.
    function test_redeem_nothingSlashable_paysInFull() public {
        uint256 shares = pool.balanceOf(alice);
        vm.prank(alice);
        assertEq(pool.redeem(shares, alice, alice), EACH);
        _open(rollupA, 10_000, LEND / 2, DAY);
        vm.warp(block.timestamp + DAY);
        shares = pool.maxRedeem(bob);
        vm.prank(bob);
        uint256 out = pool.redeem(shares, bob, bob);
        assertEq(out, EACH - LEND / 2, "the idle ERA, in full; the rest after settling");
        (uint256 head, uint256 tail) = pool.queueBounds();
        assertEq(tail - head, 0, "nothing deferred");
    }

    /// @dev The dust floor holds for deferred exits: each costs the server gas.
    function test_redeem_whileLent_revertsBelowMinimum() public {
        _open(rollupA, 10_000, LEND, DAY);
        uint256 shares = pool.convertToShares(0.5 ether);
        uint256 value = pool.convertToAssets(shares);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolRequestBelowMinimum.selector, value, 1 ether)
        );
        vm.prank(alice);
        pool.redeem(shares, alice, alice);
    }

    /// @dev Slashes of stake lent after the exit: the claim bears its share, never below zero.
    function test_deferredClaim_neverPaysBelowZero() public {
        vm.startPrank(admin);
        pool.setMaxWindowShare(5000);
        pool.setMaxAllocation(5000);
        pool.setMaxTotalLent(10_000);
        vm.stopPrank();
        _open(rollupA, 10_000, 100_000 ether, DAY);
        uint256 shares = pool.balanceOf(alice);
        vm.prank(alice);
        pool.redeem(shares, alice, alice);
        // After Alice left, half of Bob's assets are lent too and slashed in full: together
        // the slashes take more than was lent when she left. Her claim (500,000 less 35% in
        // the two slashes) is below her advance (450,000): she gets nothing more and Bob
        // carries the difference.
        _open(rollupB, 10_000, pool.windowCap(), DAY);
        vm.startPrank(admin);
        pool.slash(rollupB, pool.allocationOf(rollupB));
        pool.slash(rollupA, 100_000 ether);
        vm.stopPrank();
        vm.warp(block.timestamp + DAY);
        pool.settleWindow(rollupA);
        pool.settleWindow(rollupB);
        pool.serveQueue(1);
        (uint256 head, uint256 tail) = pool.queueBounds();
        assertEq(head, tail);
        assertEq(era.balanceOf(alice), 450_000 ether, "the advance only");
        assertEq(pool.deferredAssets(), 0);
        assertEq(pool.totalAssets(), 200_000 ether, "1,000,000 - 450,000 - 350,000 slashed");
        assertEq(era.balanceOf(address(pool)), pool.idleAssets());
        assertEq(pool.totalAssets(), pool.idleAssets());
    }

    /// @dev For any deposits, loan, exit and slash: the leaver and the stayer each lose their
    ///      pro-rata share of the slash (within rounding), and no ERA is created.
    function testFuzz_exitBeforeSlash_proRata(
        uint256 a,
        uint256 b,
        uint256 lendBps,
        uint256 exitBps,
        uint256 slashBps
    ) public {
        a = bound(a, 10 ether, 10_000_000 ether);
        b = bound(b, 10 ether, 10_000_000 ether);
        address carol = makeAddr("carol");
        address dave = makeAddr("dave");
        _deposit(carol, a);
        _deposit(dave, b);
        uint256 total = pool.totalAssets();
        uint256 lend = total * bound(lendBps, 1, 2000) / 10_000;
        vm.assume(lend != 0 && lend * 2 <= 2 * ROLLUP_STAKE);
        _open(rollupA, 10_000, lend, DAY);
        uint256 shares = pool.balanceOf(carol) * bound(exitBps, 1, 10_000) / 10_000;
        uint256 exitValue = pool.convertToAssets(shares);
        vm.assume(exitValue >= 1 ether);
        vm.prank(carol);
        uint256 paid = pool.redeem(shares, carol, carol);
        uint256 slash_ = lend * bound(slashBps, 0, 10_000) / 10_000;
        if (slash_ != 0) {
            vm.prank(admin);
            pool.slash(rollupA, slash_);
        }
        vm.warp(block.timestamp + DAY);
        pool.settleWindow(rollupA);
        paid = era.balanceOf(carol);
        // The exit's fair share: its fraction of the pool when it left, times the slash.
        uint256 fair = slash_ * exitValue / total;
        assertApproxEqAbs(exitValue - paid, fair, 2 + fair / 1e15, "leaver's loss pro rata");
        uint256 staying = pool.totalAssets();
        assertApproxEqAbs(
            total - exitValue - staying, slash_ - fair, 2 + fair / 1e15, "the rest pro rata"
        );
        assertEq(era.balanceOf(address(pool)), pool.idleAssets(), "all returned");
        assertEq(pool.deferredAssets(), 0);
    }
}
