// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IElasticPoolErrors} from "../../src/interfaces/IElasticPool.sol";
import {ElasticFixture} from "../utils/ElasticFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice Issue 21.2: dust requests clogging the ElasticPool withdrawal queue. Before the fix a
///         request of 1 share (1e-24 ERA) was queued like any other, and serving a real request
///         meant first serving every dust request ahead of it, about 21,000 gas each, while
///         each paid 0 ERA. Now a request must be worth at least `minRequestAssets` (1 ERA by
///         default), so the victim's wait and serve cost do not depend on the attacker.
contract ElasticPoolDustTest is ElasticFixture, IElasticPoolErrors {
    address internal victim = makeAddr("victim");
    address internal attacker = makeAddr("attacker");
    address internal server = makeAddr("server");

    uint256 internal constant DEPOSIT = 1_000_000 ether;

    function setUp() public {
        _deployElastic();
        _deposit(victim, DEPOSIT);
        _deposit(attacker, 10 ether);
    }

    /// @dev The attacker tries `dust` requests of 1 share each (every one is refused), then the
    ///      victim queues 1,000 ERA; returns the gas of serving the victim's request and how many
    ///      requests were ahead of it.
    function _attackThenServe(uint256 dust) internal returns (uint256 gasUsed, uint256 ahead) {
        uint256 minimum = pool.minRequestAssets();
        vm.startPrank(attacker);
        for (uint256 i; i < dust; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(ElasticPoolRequestBelowMinimum.selector, 0, minimum)
            );
            pool.requestWithdraw(1);
        }
        vm.stopPrank();
        vm.prank(victim);
        uint256 id = pool.requestWithdraw(1000 ether * 1e6);
        (uint256 head,) = pool.queueBounds();
        ahead = id - head;
        vm.prank(server);
        uint256 start = gasleft();
        uint256 served = pool.serveQueue(1);
        gasUsed = start - gasleft();
        assertEq(served, 1, "the victim's request is the one served");
        assertEq(era.balanceOf(victim), 1000 ether, "the victim got its 1,000 ERA");
    }

    function test_dust_victimServeCostIndependentOfDustAhead() public {
        uint256 snapshot = vm.snapshotState();
        (uint256 gas10, uint256 ahead10) = _attackThenServe(10);
        vm.revertToState(snapshot);
        (uint256 gas100, uint256 ahead100) = _attackThenServe(100);
        vm.revertToState(snapshot);
        (uint256 gas1000, uint256 ahead1000) = _attackThenServe(1000);
        assertEq(ahead10 + ahead100 + ahead1000, 0, "no dust request is ever ahead");
        assertEq(gas10, gas100, "10 vs 100 dust attempts");
        assertEq(gas100, gas1000, "100 vs 1,000 dust attempts");
        // The measured number (printed for the security note).
        emit log_named_uint("victim serve gas with 10/100/1000 dust attempts", gas1000);
    }

    function test_dust_belowMinimumRevertsAndMovesNothing() public {
        uint256 shares = pool.balanceOf(attacker);
        uint256 justBelow = pool.convertToShares(1 ether) - 1e6;
        vm.prank(attacker);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolRequestBelowMinimum.selector, pool.convertToAssets(justBelow), 1 ether
            )
        );
        pool.requestWithdraw(justBelow);
        assertEq(pool.balanceOf(attacker), shares, "the attacker's shares are untouched");
        assertEq(pool.queuedShares(), 0);
        (uint256 head, uint256 tail) = pool.queueBounds();
        assertEq(tail - head, 0);
    }

    function test_dust_smallPositionsLeaveInstantlyFromIdle() public {
        // A position below the minimum is not stuck: it redeems from idle ERA.
        _deposit(makeAddr("small"), 0.5 ether);
        address small = makeAddr("small");
        uint256 shares = pool.balanceOf(small);
        vm.prank(small);
        vm.expectRevert();
        pool.requestWithdraw(shares);
        vm.prank(small);
        uint256 assets = pool.redeem(shares, small, small);
        assertApproxEqAbs(assets, 0.5 ether, 1);
    }

    function test_dust_atMinimumIsQueued() public {
        uint256 shares = pool.previewWithdraw(1 ether);
        vm.prank(attacker);
        pool.requestWithdraw(shares);
        assertEq(pool.queuedShares(), shares);
    }

    function test_setMinRequestAssets_boundsAndAccess() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                attacker,
                pool.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(attacker);
        pool.setMinRequestAssets(1);
        vm.startPrank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMinRequestOutOfBounds.selector, 0, 10_000 ether)
        );
        pool.setMinRequestAssets(0);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolMinRequestOutOfBounds.selector, 10_000 ether + 1, 10_000 ether
            )
        );
        pool.setMinRequestAssets(10_000 ether + 1);
        pool.setMinRequestAssets(5 ether);
        vm.stopPrank();
        assertEq(pool.minRequestAssets(), 5 ether);
    }

    /// @dev Fuzz: a request is queued exactly when it is worth at least the minimum.
    function testFuzz_requestQueuedIffWorthMinimum(uint256 shares) public {
        uint256 balance = pool.balanceOf(attacker);
        shares = bound(shares, 1, balance);
        uint256 assets = pool.convertToAssets(shares);
        uint256 minimum = pool.minRequestAssets();
        vm.prank(attacker);
        if (assets < minimum) {
            vm.expectRevert(
                abi.encodeWithSelector(ElasticPoolRequestBelowMinimum.selector, assets, minimum)
            );
            pool.requestWithdraw(shares);
            assertEq(pool.queuedShares(), 0);
        } else {
            pool.requestWithdraw(shares);
            assertEq(pool.queuedShares(), shares);
        }
    }
}
