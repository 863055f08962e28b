// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ElasticPool} from "../../src/elastic/ElasticPool.sol";
import {
    BoostWindow,
    IElasticPoolErrors,
    IElasticPoolEvents
} from "../../src/interfaces/IElasticPool.sol";
import {IRollupRegistry, RollupStatus} from "../../src/interfaces/IRollupRegistry.sol";
import {IStakingHub} from "../../src/interfaces/IStakingHub.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {ElasticFixture} from "../utils/ElasticFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";

contract ElasticPoolTest is ElasticFixture, IElasticPoolErrors, IElasticPoolEvents {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal stranger = makeAddr("stranger");

    uint256 internal constant DEPOSIT = 1_000_000 ether;
    /// @dev 20% of DEPOSIT: the default window cap.
    uint256 internal constant WINDOW_CAP = 200_000 ether;
    uint32 internal constant TWO_X = 20_000;
    uint64 internal constant DAY = 1 days;

    function setUp() public {
        _deployElastic();
        _deposit(alice, DEPOSIT);
    }

    // ------------------------------------------------------------------------------------------
    // Constructor
    // ------------------------------------------------------------------------------------------

    function test_constructor_setsDefaultsAndWiring() public view {
        assertEq(pool.asset(), address(era));
        assertEq(pool.registry(), address(registry));
        assertEq(pool.rewardDistributor(), address(distributor));
        assertEq(pool.slashRecipient(), treasury);
        assertEq(pool.maxMultiplierBps(), 20_000);
        assertEq(pool.maxWindowShareBps(), 2000);
        assertEq(pool.maxAllocationBps(), 3000);
        assertEq(pool.maxWindowDuration(), 3 days);
        assertEq(pool.maxOpenWindows(), 8);
        assertEq(pool.decimals(), 24);
        assertEq(pool.maxTotalLentBps(), 5000);
        assertEq(pool.maxStakeRatioBps(), 10_000);
        assertEq(pool.stakingHub(), address(hub));
        assertTrue(pool.hasRole(pool.DEFAULT_ADMIN_ROLE(), admin));
    }

    function test_constructor_revertsWhenZeroEra() public {
        vm.expectRevert(ElasticPoolZeroAddress.selector);
        new ElasticPool(
            admin, IERC20(address(0)), IRollupRegistry(address(registry)), hub, admin, admin
        );
    }

    function test_constructor_revertsWhenZeroRegistry() public {
        vm.expectRevert(ElasticPoolZeroAddress.selector);
        new ElasticPool(admin, era, IRollupRegistry(address(0)), hub, admin, admin);
    }

    function test_constructor_revertsWhenZeroHub() public {
        vm.expectRevert(ElasticPoolZeroAddress.selector);
        new ElasticPool(
            admin, era, IRollupRegistry(address(registry)), IStakingHub(address(0)), admin, admin
        );
    }

    function test_constructor_revertsWhenZeroDistributor() public {
        vm.expectRevert(ElasticPoolZeroAddress.selector);
        new ElasticPool(admin, era, IRollupRegistry(address(registry)), hub, address(0), admin);
    }

    function test_constructor_revertsWhenZeroSlashRecipient() public {
        vm.expectRevert(ElasticPoolZeroAddress.selector);
        new ElasticPool(admin, era, IRollupRegistry(address(registry)), hub, admin, address(0));
    }

    // ------------------------------------------------------------------------------------------
    // Deposits and instant withdrawals
    // ------------------------------------------------------------------------------------------

    function test_deposit_addsIdleAndMintsAtPrice() public {
        uint256 shares = _deposit(bob, 1000 ether);
        assertEq(shares, 1000 ether * 1e6);
        assertEq(pool.idleAssets(), DEPOSIT + 1000 ether);
        assertEq(pool.totalAssets(), DEPOSIT + 1000 ether);
        assertEq(era.balanceOf(address(pool)), DEPOSIT + 1000 ether);
    }

    function test_deposit_ignoresDonationsAgainstInflation() public {
        // A donation does not move the share price: assets are accounted, not read from balance.
        vm.prank(treasury);
        era.transfer(address(pool), 500_000 ether);
        uint256 shares = _deposit(bob, 1 ether);
        assertEq(shares, 1 ether * 1e6);
        assertEq(pool.totalAssets(), DEPOSIT + 1 ether);
    }

    function test_withdraw_paysFromIdleWhileLoansOut() public {
        _open(rollupA, TWO_X, WINDOW_CAP, DAY);
        vm.prank(alice);
        pool.withdraw(100_000 ether, alice, alice);
        assertEq(era.balanceOf(alice), 100_000 ether);
        assertEq(pool.idleAssets(), DEPOSIT - WINDOW_CAP - 100_000 ether);
        assertEq(pool.lentAssets(), WINDOW_CAP);
    }

    function test_withdraw_revertsWhenAboveFreeIdle() public {
        _open(rollupA, TWO_X, WINDOW_CAP, DAY);
        uint256 free = DEPOSIT - WINDOW_CAP;
        assertEq(pool.maxWithdraw(alice), free);
        vm.expectRevert(
            abi.encodeWithSelector(
                ERC4626.ERC4626ExceededMaxWithdraw.selector, alice, free + 1, free
            )
        );
        vm.prank(alice);
        pool.withdraw(free + 1, alice, alice);
    }

    function test_redeem_revertsWhenAboveFreeIdle() public {
        _open(rollupA, TWO_X, WINDOW_CAP, DAY);
        uint256 maxShares = pool.maxRedeem(alice);
        // Issue 13.3: while stake is lent, redeeming pays only the part not lent, so all of
        // Alice's shares fit the free idle ERA (before: only shares worth the idle ERA, paid in
        // full at once).
        assertEq(maxShares, pool.balanceOf(alice));
        assertEq(pool.previewRedeem(maxShares), DEPOSIT - WINDOW_CAP);
        vm.expectRevert(
            abi.encodeWithSelector(
                ERC4626.ERC4626ExceededMaxRedeem.selector, alice, maxShares + 1, maxShares
            )
        );
        vm.prank(alice);
        pool.redeem(maxShares + 1, alice, alice);
    }

    // ------------------------------------------------------------------------------------------
    // openBoostWindow
    // ------------------------------------------------------------------------------------------

    function test_openBoostWindow_lendsAndBoostsEffectiveStake() public {
        uint64 expiresAt = uint64(block.timestamp) + DAY;
        vm.expectEmit(address(pool));
        emit BoostWindowOpened(rollupA, 1, TWO_X, WINDOW_CAP, expiresAt);
        uint256 id = _open(rollupA, TWO_X, WINDOW_CAP, DAY);

        assertEq(id, 1);
        BoostWindow memory window = pool.windowOf(rollupA);
        assertEq(window.id, 1);
        assertEq(window.multiplierBps, TWO_X);
        assertEq(window.expiresAt, expiresAt);
        assertEq(window.amount, WINDOW_CAP);
        assertEq(pool.allocationOf(rollupA), WINDOW_CAP);
        assertEq(pool.openWindowCount(), 1);
        assertEq(pool.idleAssets(), DEPOSIT - WINDOW_CAP);
        assertEq(pool.lentAssets(), WINDOW_CAP);
        assertEq(pool.totalAssets(), DEPOSIT);
        assertEq(pool.boostedStake(rollupA), 2 * WINDOW_CAP);
        assertEq(pool.boostedStake(rollupB), 0);
        assertEq(distributor.effectiveStake(rollupA), ROLLUP_STAKE + 2 * WINDOW_CAP);
    }

    function test_openBoostWindow_acceptsCongestedRollup() public {
        vm.prank(keeper);
        registry.setStatus(rollupA, RollupStatus.Congested);
        _open(rollupA, 15_000, 1 ether, DAY);
        assertEq(pool.boostedStake(rollupA), 1.5 ether);
    }

    function test_openBoostWindow_revertsWhenNotKeeper() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, Roles.KEEPER
            )
        );
        vm.prank(stranger);
        pool.openBoostWindow(rollupA, TWO_X, 1 ether, DAY);
    }

    function test_openBoostWindow_revertsWhenZeroAmount() public {
        vm.expectRevert(ElasticPoolZeroAmount.selector);
        _open(rollupA, TWO_X, 0, DAY);
    }

    function test_openBoostWindow_revertsWhenUnknownRollup() public {
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolUnknownRollup.selector, RollupId.wrap(9)));
        _open(RollupId.wrap(9), TWO_X, 1 ether, DAY);
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolUnknownRollup.selector, RollupId.wrap(0)));
        _open(RollupId.wrap(0), TWO_X, 1 ether, DAY);
    }

    function test_openBoostWindow_revertsWhenRollupDegradedOrDown() public {
        vm.prank(keeper);
        registry.setStatus(rollupA, RollupStatus.Degraded);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolRollupNotBoostable.selector, rollupA, RollupStatus.Degraded
            )
        );
        _open(rollupA, TWO_X, 1 ether, DAY);
        vm.prank(keeper);
        registry.setStatus(rollupA, RollupStatus.Down);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolRollupNotBoostable.selector, rollupA, RollupStatus.Down
            )
        );
        _open(rollupA, TWO_X, 1 ether, DAY);
    }

    function test_openBoostWindow_revertsWhenWindowAlreadyOpen() public {
        uint256 id = _open(rollupA, TWO_X, 1 ether, DAY);
        vm.warp(block.timestamp + DAY - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolWindowAlreadyOpen.selector, rollupA, id, uint64(block.timestamp + 1)
            )
        );
        _open(rollupA, TWO_X, 1 ether, DAY);
    }

    function test_openBoostWindow_settlesExpiredWindowFirst() public {
        uint256 first = _open(rollupA, TWO_X, 1000 ether, DAY);
        vm.warp(block.timestamp + DAY);
        vm.expectEmit(address(pool));
        emit BoostWindowSettled(rollupA, first, 1000 ether);
        uint256 second = _open(rollupA, TWO_X, 500 ether, DAY);
        assertEq(second, first + 1);
        assertEq(pool.openWindowCount(), 1);
        assertEq(pool.lentAssets(), 500 ether);
        assertEq(pool.allocationOf(rollupA), 500 ether);
    }

    function test_openBoostWindow_revertsWhenMultiplierBelowOne() public {
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMultiplierOutOfBounds.selector, 9999, 10_000, 20_000)
        );
        _open(rollupA, 9999, 1 ether, DAY);
    }

    function test_openBoostWindow_revertsWhenMultiplierAboveCap() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolMultiplierOutOfBounds.selector, 20_001, 10_000, 20_000
            )
        );
        _open(rollupA, 20_001, 1 ether, DAY);
    }

    function test_openBoostWindow_revertsWhenDurationZero() public {
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolDurationOutOfBounds.selector, 0, 3 days));
        _open(rollupA, TWO_X, 1 ether, 0);
    }

    function test_openBoostWindow_revertsWhenDurationAboveMax() public {
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolDurationOutOfBounds.selector, 3 days + 1, 3 days)
        );
        _open(rollupA, TWO_X, 1 ether, 3 days + 1);
    }

    function test_openBoostWindow_revertsWhenAboveWindowCap() public {
        assertEq(pool.windowCap(), WINDOW_CAP);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolWindowAboveCap.selector, WINDOW_CAP + 1, WINDOW_CAP)
        );
        _open(rollupA, TWO_X, WINDOW_CAP + 1, DAY);
    }

    function test_openBoostWindow_revertsWhenAboveAllocationCap() public {
        vm.prank(admin);
        pool.setMaxAllocation(1000);
        uint256 cap = DEPOSIT / 10;
        assertEq(pool.allocationCap(), cap);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolAllocationAboveCap.selector, rollupA, cap + 1, cap)
        );
        _open(rollupA, TWO_X, cap + 1, DAY);
    }

    function test_openBoostWindow_revertsWhenTooManyWindows() public {
        vm.prank(admin);
        pool.setMaxOpenWindows(2);
        _open(rollupA, TWO_X, 1 ether, DAY);
        _open(rollupA2, TWO_X, 1 ether, DAY);
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolTooManyWindows.selector, 2, 2));
        _open(rollupB, TWO_X, 1 ether, DAY);
    }

    function test_openBoostWindow_revertsWhenIdleOwedToQueue() public {
        // Lend 80%, queue the remaining 20%: nothing is free to lend.
        vm.startPrank(admin);
        pool.setMaxAllocation(5000);
        pool.setMaxWindowShare(5000);
        pool.setMaxTotalLent(10_000);
        vm.stopPrank();
        _open(rollupA, TWO_X, 500_000 ether, DAY);
        _open(rollupB, TWO_X, 300_000 ether, DAY);
        vm.prank(alice);
        pool.requestWithdraw(200_000 ether * 1e6);
        assertEq(pool.freeIdleAssets(), 0);
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolInsufficientIdle.selector, 1, 0));
        _open(rollupA2, TWO_X, 1, DAY);
    }

    function testFuzz_openBoostWindow_staysWithinCaps(
        uint32 multiplierBps,
        uint256 amount,
        uint64 duration
    ) public {
        multiplierBps = uint32(bound(multiplierBps, 10_000, 20_000));
        amount = bound(amount, 1, WINDOW_CAP);
        duration = uint64(bound(duration, 1, 3 days));
        _open(rollupB, multiplierBps, amount, duration);
        BoostWindow memory window = pool.windowOf(rollupB);
        assertEq(window.expiresAt, block.timestamp + duration);
        assertEq(pool.boostedStake(rollupB), amount * multiplierBps / 10_000);
        assertEq(pool.totalAssets(), DEPOSIT);
    }

    // ------------------------------------------------------------------------------------------
    // settleWindow
    // ------------------------------------------------------------------------------------------

    function test_settleWindow_returnsStakeAtExpiry() public {
        uint256 id = _open(rollupA, TWO_X, WINDOW_CAP, DAY);
        vm.warp(block.timestamp + DAY);
        assertEq(pool.boostedStake(rollupA), 0);
        vm.expectEmit(address(pool));
        emit BoostWindowSettled(rollupA, id, WINDOW_CAP);
        vm.prank(stranger);
        pool.settleWindow(rollupA);
        assertEq(pool.windowOf(rollupA).id, 0);
        assertEq(pool.openWindowCount(), 0);
        assertEq(pool.idleAssets(), DEPOSIT);
        assertEq(pool.lentAssets(), 0);
    }

    function test_settleWindow_revertsWhenNoWindow() public {
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolNoWindow.selector, rollupA));
        pool.settleWindow(rollupA);
    }

    function test_settleWindow_revertsWhenNotExpired() public {
        uint256 id = _open(rollupA, TWO_X, 1 ether, DAY);
        uint64 expiresAt = uint64(block.timestamp + DAY);
        vm.warp(expiresAt - 1);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolWindowNotExpired.selector, rollupA, id, expiresAt)
        );
        pool.settleWindow(rollupA);
    }

    function test_settleWindow_servesQueuedWithdrawals() public {
        vm.startPrank(admin);
        pool.setMaxAllocation(5000);
        pool.setMaxWindowShare(5000);
        pool.setMaxTotalLent(10_000);
        vm.stopPrank();
        _open(rollupA, TWO_X, 500_000 ether, DAY);
        _open(rollupB, TWO_X, 500_000 ether, DAY);
        uint256 shares = pool.balanceOf(alice);
        vm.prank(alice);
        uint256 requestId = pool.requestWithdraw(shares / 4);
        // Nothing idle: the request waits.
        assertEq(pool.serveQueue(10), 0);
        vm.warp(block.timestamp + DAY);
        vm.expectEmit(address(pool));
        emit WithdrawalServed(requestId, alice, shares / 4, DEPOSIT / 4);
        pool.settleWindow(rollupA);
        assertEq(era.balanceOf(alice), DEPOSIT / 4);
        assertEq(pool.queuedShares(), 0);
        (uint256 head, uint256 tail) = pool.queueBounds();
        assertEq(head, 1);
        assertEq(tail, 1);
    }

    // ------------------------------------------------------------------------------------------
    // redistribute
    // ------------------------------------------------------------------------------------------

    function test_redistribute_movesIntoExistingWindow() public {
        _open(rollupA, TWO_X, 100_000 ether, DAY);
        uint256 targetId = _open(rollupB, 15_000, 50_000 ether, 2 * DAY);
        vm.expectEmit(address(pool));
        emit Redistributed(rollupA, rollupB, 40_000 ether, 1, targetId);
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 40_000 ether);
        assertEq(pool.allocationOf(rollupA), 60_000 ether);
        assertEq(pool.allocationOf(rollupB), 90_000 ether);
        assertEq(pool.windowOf(rollupB).expiresAt, block.timestamp + 2 * DAY);
        assertEq(pool.boostedStake(rollupB), 135_000 ether);
        assertEq(pool.lentAssets(), 150_000 ether);
        assertEq(pool.openWindowCount(), 2);
    }

    function test_redistribute_createsTargetWindowWithSourceTerms() public {
        _open(rollupA, TWO_X, 100_000 ether, DAY);
        uint64 expiresAt = uint64(block.timestamp + DAY);
        vm.warp(block.timestamp + 1 hours);
        vm.expectEmit(address(pool));
        emit BoostWindowOpened(rollupB, 2, TWO_X, 30_000 ether, expiresAt);
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 30_000 ether);
        BoostWindow memory window = pool.windowOf(rollupB);
        assertEq(window.id, 2);
        assertEq(window.expiresAt, expiresAt);
        assertEq(window.multiplierBps, TWO_X);
        assertEq(window.amount, 30_000 ether);
        assertEq(pool.openWindowCount(), 2);
    }

    function test_redistribute_clampsInheritedMultiplierToCap() public {
        _open(rollupA, TWO_X, 100_000 ether, DAY);
        vm.prank(admin);
        pool.setMaxMultiplier(15_000);
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 10_000 ether);
        assertEq(pool.windowOf(rollupB).multiplierBps, 15_000);
        assertEq(pool.windowOf(rollupA).multiplierBps, TWO_X);
    }

    function test_redistribute_closesEmptiedSource() public {
        _open(rollupA, TWO_X, 100_000 ether, DAY);
        vm.expectEmit(address(pool));
        emit BoostWindowSettled(rollupA, 1, 0);
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 100_000 ether);
        assertEq(pool.windowOf(rollupA).id, 0);
        assertEq(pool.allocationOf(rollupB), 100_000 ether);
        assertEq(pool.openWindowCount(), 1);
        assertEq(pool.lentAssets(), 100_000 ether);
    }

    function test_redistribute_emptyingSourceFreesSlotForTarget() public {
        vm.prank(admin);
        pool.setMaxOpenWindows(1);
        _open(rollupA, TWO_X, 100_000 ether, DAY);
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 100_000 ether);
        assertEq(pool.openWindowCount(), 1);
    }

    function test_redistribute_settlesExpiredTargetFirst() public {
        _open(rollupB, TWO_X, 10_000 ether, 1 hours);
        vm.warp(block.timestamp + 1 hours);
        _open(rollupA, TWO_X, 100_000 ether, DAY);
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 5000 ether);
        assertEq(pool.allocationOf(rollupB), 5000 ether);
        assertEq(pool.windowOf(rollupB).id, 3);
        assertEq(pool.lentAssets(), 100_000 ether);
        assertEq(pool.openWindowCount(), 2);
    }

    function test_redistribute_revertsWhenNotKeeper() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, Roles.KEEPER
            )
        );
        vm.prank(stranger);
        pool.redistribute(rollupA, rollupB, 1);
    }

    function test_redistribute_revertsWhenZeroAmount() public {
        vm.expectRevert(ElasticPoolZeroAmount.selector);
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 0);
    }

    function test_redistribute_revertsWhenSameRollup() public {
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolSameRollup.selector, rollupA));
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupA, 1);
    }

    function test_redistribute_revertsWhenSourceHasNoWindow() public {
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolNoWindow.selector, rollupA));
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 1);
    }

    function test_redistribute_revertsWhenSourceExpired() public {
        uint256 id = _open(rollupA, TWO_X, 1 ether, DAY);
        vm.warp(block.timestamp + DAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolWindowExpired.selector, rollupA, id, uint64(block.timestamp)
            )
        );
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 1);
    }

    function test_redistribute_revertsWhenAboveSourceAllocation() public {
        _open(rollupA, TWO_X, 1 ether, DAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolRedistributionExceedsAllocation.selector, rollupA, 1 ether, 1 ether + 1
            )
        );
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 1 ether + 1);
    }

    function test_redistribute_revertsWhenTargetUnknown() public {
        _open(rollupA, TWO_X, 1 ether, DAY);
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolUnknownRollup.selector, RollupId.wrap(7)));
        vm.prank(keeper);
        pool.redistribute(rollupA, RollupId.wrap(7), 1);
    }

    function test_redistribute_revertsWhenTargetDown() public {
        _open(rollupA, TWO_X, 1 ether, DAY);
        vm.prank(keeper);
        registry.setStatus(rollupB, RollupStatus.Down);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolRollupNotBoostable.selector, rollupB, RollupStatus.Down
            )
        );
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 1);
    }

    function test_redistribute_revertsWhenTargetAboveAllocationCap() public {
        // Allocation cap 30% = 300k; the target holds 200k, the source 200k.
        _open(rollupA, TWO_X, WINDOW_CAP, DAY);
        _open(rollupB, TWO_X, WINDOW_CAP, DAY);
        uint256 cap = 300_000 ether;
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolAllocationAboveCap.selector, rollupB, cap + 1, cap)
        );
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 100_000 ether + 1);
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 100_000 ether);
        assertEq(pool.allocationOf(rollupB), cap);
    }

    function test_redistribute_revertsWhenTooManyWindows() public {
        vm.prank(admin);
        pool.setMaxOpenWindows(1);
        _open(rollupA, TWO_X, 2 ether, DAY);
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolTooManyWindows.selector, 1, 1));
        vm.prank(keeper);
        pool.redistribute(rollupA, rollupB, 1 ether);
    }

    // ------------------------------------------------------------------------------------------
    // Withdrawal queue
    // ------------------------------------------------------------------------------------------

    function test_requestWithdraw_escrowsShares() public {
        uint256 shares = 1000 ether * 1e6;
        vm.expectEmit(address(pool));
        emit WithdrawalRequested(0, alice, shares);
        vm.prank(alice);
        uint256 id = pool.requestWithdraw(shares);
        assertEq(id, 0);
        assertEq(pool.balanceOf(address(pool)), shares);
        assertEq(pool.queuedShares(), shares);
        (address owner, uint256 queued) = pool.withdrawalRequest(0);
        assertEq(owner, alice);
        assertEq(queued, shares);
        // Queueing leaves the share price unchanged and reserves the owed ERA.
        assertEq(pool.convertToAssets(1e6), 1);
        assertEq(pool.freeIdleAssets(), DEPOSIT - 1000 ether);
    }

    function test_requestWithdraw_revertsWhenZero() public {
        vm.expectRevert(ElasticPoolZeroAmount.selector);
        vm.prank(alice);
        pool.requestWithdraw(0);
    }

    function test_requestWithdraw_revertsWhenAboveBalance() public {
        uint256 balance = pool.balanceOf(bob);
        vm.expectRevert();
        vm.prank(bob);
        pool.requestWithdraw(balance + 1);
    }

    function test_serveQueue_paysInOrderAtServeTimePrice() public {
        _deposit(bob, DEPOSIT);
        vm.startPrank(admin);
        pool.setMaxAllocation(5000);
        pool.setMaxWindowShare(5000);
        pool.setMaxTotalLent(10_000);
        pool.setMaxStakeRatio(30_000);
        vm.stopPrank();
        _open(rollupA, TWO_X, DEPOSIT, 2 * DAY);
        _open(rollupB, TWO_X, DEPOSIT, 2 * DAY);
        uint256 aliceShares = pool.balanceOf(alice);
        vm.prank(alice);
        pool.requestWithdraw(aliceShares);
        uint256 bobShares = pool.balanceOf(bob) / 2;
        vm.prank(bob);
        pool.requestWithdraw(bobShares);

        // A boost reward while queued raises what the queued shares are worth (once unlocked).
        _reportFor(rollupA);
        vm.warp(block.timestamp + pool.profitUnlockPeriod());
        uint256 reward = pool.idleAssets();
        assertGt(reward, 0);
        uint256 aliceAssets = pool.previewRedeem(aliceShares);
        assertGt(aliceAssets, DEPOSIT);

        vm.warp(block.timestamp + DAY);
        pool.settleWindow(rollupA);
        // settle served Alice; Bob's request waits for the second window.
        assertEq(era.balanceOf(alice), aliceAssets);
        (uint256 head,) = pool.queueBounds();
        assertEq(head, 1);
        pool.settleWindow(rollupB);
        (head,) = pool.queueBounds();
        assertEq(head, 2);
        assertEq(pool.queuedShares(), 0);
        assertGt(era.balanceOf(bob), DEPOSIT / 2);
    }

    function test_serveQueue_boundedByMaxItems() public {
        // 1 ERA each: the smallest request (dust requests below it are refused since issue 21).
        uint256 oneEra = 1 ether * 1e6;
        vm.startPrank(alice);
        pool.requestWithdraw(oneEra);
        pool.requestWithdraw(oneEra);
        pool.requestWithdraw(oneEra);
        vm.stopPrank();
        assertEq(pool.serveQueue(2), 2);
        (uint256 head, uint256 tail) = pool.queueBounds();
        assertEq(head, 2);
        assertEq(tail, 3);
        assertEq(pool.serveQueue(5), 1);
        assertEq(pool.serveQueue(5), 0);
    }

    function test_serveQueue_queuedSharesBearSlash() public {
        _open(rollupA, TWO_X, WINDOW_CAP, DAY);
        uint256 shares = pool.balanceOf(alice) / 2;
        vm.prank(alice);
        pool.requestWithdraw(shares);
        vm.prank(admin);
        pool.slash(rollupA, 100_000 ether);
        // Issue 13.3: a request made while stake is lent is served once it can no longer be
        // slashed.
        vm.warp(block.timestamp + DAY);
        pool.serveQueue(1);
        // Alice owned everything: half of the slashed pool.
        assertApproxEqAbs(era.balanceOf(alice), (DEPOSIT - 100_000 ether) / 2, 1);
    }

    // ------------------------------------------------------------------------------------------
    // Rewards
    // ------------------------------------------------------------------------------------------

    function test_notifyBoostReward_viaDistributorRaisesSharePrice() public {
        address validator = makeAddr("validator");
        _registerValidator(validator, rollupA, 0, 200_000 ether);
        _open(rollupA, TWO_X, WINDOW_CAP, 3 days);
        uint256 priceBefore = pool.convertToAssets(1e24);
        _reportFor(rollupA);
        // Effective stake: the fixture's 1M and 200k staked + 400k boosted; the pool gets a
        // quarter of the emission.
        uint256 boostReward = EMISSION * 400_000 / 1_600_000;
        assertEq(pool.idleAssets(), DEPOSIT - WINDOW_CAP + boostReward);
        assertEq(era.balanceOf(address(pool)), DEPOSIT + boostReward);
        // The reward unlocks over `profitUnlockPeriod` (ElasticPoolUnlock.t.sol).
        vm.warp(block.timestamp + pool.profitUnlockPeriod());
        assertGt(pool.convertToAssets(1e24), priceBefore);
    }

    function test_notifyBoostReward_revertsWhenNotDistributor() public {
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolNotRewardDistributor.selector, stranger));
        vm.prank(stranger);
        pool.notifyBoostReward(rollupA, 1);
    }

    function test_notifyBoostReward_revertsWhenZero() public {
        vm.expectRevert(ElasticPoolZeroAmount.selector);
        vm.prank(address(distributor));
        pool.notifyBoostReward(rollupA, 0);
    }

    // ------------------------------------------------------------------------------------------
    // Slashing
    // ------------------------------------------------------------------------------------------

    function test_slash_takesFromLentStake() public {
        uint256 id = _open(rollupA, TWO_X, WINDOW_CAP, DAY);
        uint256 treasuryBefore = era.balanceOf(treasury);
        vm.expectEmit(address(pool));
        emit PoolSlashed(rollupA, id, 50_000 ether, treasury);
        vm.prank(admin);
        pool.slash(rollupA, 50_000 ether);
        assertEq(era.balanceOf(treasury), treasuryBefore + 50_000 ether);
        assertEq(pool.allocationOf(rollupA), WINDOW_CAP - 50_000 ether);
        assertEq(pool.lentAssets(), WINDOW_CAP - 50_000 ether);
        assertEq(pool.totalAssets(), DEPOSIT - 50_000 ether);
        vm.warp(block.timestamp + DAY);
        pool.settleWindow(rollupA);
        assertEq(pool.idleAssets(), DEPOSIT - 50_000 ether);
    }

    function test_slash_revertsWhenNotAdmin() public {
        _open(rollupA, TWO_X, 1 ether, DAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, keeper, bytes32(0)
            )
        );
        vm.prank(keeper);
        pool.slash(rollupA, 1);
    }

    function test_slash_revertsWhenZero() public {
        vm.expectRevert(ElasticPoolZeroAmount.selector);
        vm.prank(admin);
        pool.slash(rollupA, 0);
    }

    function test_slash_revertsWhenNothingLent() public {
        vm.expectRevert(abi.encodeWithSelector(ElasticPoolNoWindow.selector, rollupA));
        vm.prank(admin);
        pool.slash(rollupA, 1);
    }

    function test_slash_revertsWhenWindowExpired() public {
        uint256 id = _open(rollupA, TWO_X, 1 ether, DAY);
        vm.warp(block.timestamp + DAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolWindowExpired.selector, rollupA, id, uint64(block.timestamp)
            )
        );
        vm.prank(admin);
        pool.slash(rollupA, 1);
    }

    function test_slash_revertsWhenAboveLent() public {
        _open(rollupA, TWO_X, 1 ether, DAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolSlashExceedsLent.selector, rollupA, 1 ether, 1 ether + 1
            )
        );
        vm.prank(admin);
        pool.slash(rollupA, 1 ether + 1);
    }

    // ------------------------------------------------------------------------------------------
    // Governance setters
    // ------------------------------------------------------------------------------------------

    function test_setMaxMultiplier_setsWithinBounds() public {
        vm.expectEmit(address(pool));
        emit MaxMultiplierSet(50_000);
        vm.prank(admin);
        pool.setMaxMultiplier(50_000);
        assertEq(pool.maxMultiplierBps(), 50_000);
        _open(rollupA, 50_000, 1 ether, DAY);
        assertEq(pool.boostedStake(rollupA), 5 ether);
    }

    function test_setMaxMultiplier_revertsWhenOutOfBounds() public {
        vm.startPrank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolMaxMultiplierOutOfBounds.selector, 50_001, 10_000, 50_000
            )
        );
        pool.setMaxMultiplier(50_001);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolMaxMultiplierOutOfBounds.selector, 9999, 10_000, 50_000
            )
        );
        pool.setMaxMultiplier(9999);
        vm.stopPrank();
    }

    function test_setMaxWindowShare_setsAndBounds() public {
        vm.startPrank(admin);
        pool.setMaxWindowShare(5000);
        assertEq(pool.maxWindowShareBps(), 5000);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMaxWindowShareOutOfBounds.selector, 5001, 5000)
        );
        pool.setMaxWindowShare(5001);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMaxWindowShareOutOfBounds.selector, 0, 5000)
        );
        pool.setMaxWindowShare(0);
        vm.stopPrank();
    }

    function test_setMaxAllocation_setsAndBounds() public {
        vm.startPrank(admin);
        pool.setMaxAllocation(5000);
        assertEq(pool.maxAllocationBps(), 5000);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMaxAllocationOutOfBounds.selector, 5001, 5000)
        );
        pool.setMaxAllocation(5001);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMaxAllocationOutOfBounds.selector, 0, 5000)
        );
        pool.setMaxAllocation(0);
        vm.stopPrank();
    }

    function test_setMaxWindowDuration_setsAndBounds() public {
        vm.startPrank(admin);
        pool.setMaxWindowDuration(30 days);
        assertEq(pool.maxWindowDuration(), 30 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolMaxWindowDurationOutOfBounds.selector, 30 days + 1, 1 hours, 30 days
            )
        );
        pool.setMaxWindowDuration(30 days + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolMaxWindowDurationOutOfBounds.selector, 1 hours - 1, 1 hours, 30 days
            )
        );
        pool.setMaxWindowDuration(1 hours - 1);
        vm.stopPrank();
    }

    function test_setMaxOpenWindows_setsAndBounds() public {
        vm.startPrank(admin);
        pool.setMaxOpenWindows(64);
        assertEq(pool.maxOpenWindows(), 64);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMaxOpenWindowsOutOfBounds.selector, 65, 64)
        );
        pool.setMaxOpenWindows(65);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMaxOpenWindowsOutOfBounds.selector, 0, 64)
        );
        pool.setMaxOpenWindows(0);
        vm.stopPrank();
    }

    function test_setSlashRecipient_setsAndRejectsZero() public {
        vm.startPrank(admin);
        vm.expectEmit(address(pool));
        emit SlashRecipientSet(stranger);
        pool.setSlashRecipient(stranger);
        assertEq(pool.slashRecipient(), stranger);
        vm.expectRevert(ElasticPoolZeroAddress.selector);
        pool.setSlashRecipient(address(0));
        vm.stopPrank();
    }

    function test_setRewardDistributor_setsAndRejectsZero() public {
        vm.startPrank(admin);
        vm.expectEmit(address(pool));
        emit RewardDistributorSet(stranger);
        pool.setRewardDistributor(stranger);
        assertEq(pool.rewardDistributor(), stranger);
        vm.expectRevert(ElasticPoolZeroAddress.selector);
        pool.setRewardDistributor(address(0));
        vm.stopPrank();
    }

    function test_setters_revertWhenNotAdmin() public {
        bytes memory err = abi.encodeWithSelector(
            IAccessControl.AccessControlUnauthorizedAccount.selector, keeper, bytes32(0)
        );
        vm.startPrank(keeper);
        vm.expectRevert(err);
        pool.setMaxMultiplier(20_000);
        vm.expectRevert(err);
        pool.setMaxWindowShare(2000);
        vm.expectRevert(err);
        pool.setMaxAllocation(2000);
        vm.expectRevert(err);
        pool.setMaxWindowDuration(1 days);
        vm.expectRevert(err);
        pool.setMaxOpenWindows(2);
        vm.expectRevert(err);
        pool.setSlashRecipient(keeper);
        vm.expectRevert(err);
        pool.setRewardDistributor(keeper);
        vm.stopPrank();
    }
}
