// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IElasticPoolErrors, IElasticPoolEvents} from "../../src/interfaces/IElasticPool.sol";
import {RollupKind} from "../../src/interfaces/IRollupRegistry.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {ElasticFixture} from "../utils/ElasticFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice Issue 13.2, the ElasticPool part: what a compromised keeper key could lend. Before,
///         several windows at the per-window cap lent 100% of the pool at once, and a window of
///         any size on a rollup with little or no hub stake routed almost all (or all) of that
///         rollup's reward to the pool. Now the pool lends at most `maxTotalLentBps` of its
///         assets at once (50% by default) and a window's boosted stake is at most
///         `maxStakeRatioBps` of its rollup's own hub stake (100% by default: the pool takes at
///         most half of a rollup's reward).
contract ElasticPoolBoundsTest is ElasticFixture, IElasticPoolErrors, IElasticPoolEvents {
    uint256 internal constant DEPOSIT = 1_000_000 ether;
    uint256 internal constant WINDOW = 200_000 ether; // 20%: the per-window cap
    uint32 internal constant TWO_X = 20_000;
    uint64 internal constant DAY = 1 days;

    RollupId[] internal extra;

    function setUp() public {
        _deployElastic();
        _deposit(makeAddr("alice"), DEPOSIT);
        // Five more rollups with hub stake: enough per-window-cap windows to lend everything.
        for (uint64 i; i < 5; ++i) {
            vm.prank(admin);
            RollupId id = registry.registerRollup(
                100 + i, RollupKind.Optimistic, DOMAIN_B, MIN_STAKE, FLOOR, GAS_LIMIT
            );
            _registerValidator(makeAddr(string.concat("v", vm.toString(i))), id, 0, ROLLUP_STAKE);
            extra.push(id);
        }
    }

    function _newRollup(uint64 chainId) internal returns (RollupId id) {
        vm.prank(admin);
        id = registry.registerRollup(
            chainId, RollupKind.Optimistic, DOMAIN_B, MIN_STAKE, FLOOR, GAS_LIMIT
        );
    }

    // ------------------------------------------------------------------------------------------
    // The total lent
    // ------------------------------------------------------------------------------------------

    /// @dev Five windows at the per-window cap lent the whole pool; now the keeper stops at
    ///      half of it, whatever the order and the sizes.
    function test_windowsAtTheCap_lendHalfThePoolNotAll() public {
        _open(extra[0], TWO_X, WINDOW, DAY);
        _open(extra[1], TWO_X, WINDOW, DAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolTotalLentAboveCap.selector, WINDOW, 2 * WINDOW, DEPOSIT / 2
            )
        );
        _open(extra[2], TWO_X, WINDOW, DAY);
        assertEq(pool.lendableAssets(), DEPOSIT / 2 - 2 * WINDOW);
        _open(extra[2], TWO_X, DEPOSIT / 2 - 2 * WINDOW, DAY);
        assertEq(pool.lentAssets(), DEPOSIT / 2, "500,000 of 1,000,000 ERA, not 1,000,000");
        assertEq(pool.lendableAssets(), 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolTotalLentAboveCap.selector, 1, DEPOSIT / 2, DEPOSIT / 2
            )
        );
        _open(extra[3], TWO_X, 1, DAY);
    }

    /// @dev Governance may lend more; the keeper may not.
    function test_governanceRaisesTheTotalCap() public {
        vm.prank(admin);
        pool.setMaxTotalLent(10_000);
        for (uint256 i; i < 5; ++i) {
            _open(extra[i], TWO_X, WINDOW, DAY);
        }
        assertEq(pool.lentAssets(), DEPOSIT);
    }

    /// @dev Random windows, redistributions and settlements by the keeper never lend more than
    ///      the cap (checked at each step).
    function testFuzz_totalLentNeverAboveTheCap(uint256[12] memory amounts, uint8[12] memory ops)
        public
    {
        for (uint256 i; i < 12; ++i) {
            RollupId a = extra[ops[i] % 5];
            RollupId b = extra[(ops[i] / 5) % 5];
            uint256 amount = bound(amounts[i], 1, WINDOW);
            vm.startPrank(keeper);
            if (ops[i] % 3 == 0) {
                try pool.redistribute(a, b, amount) {} catch {}
            } else {
                try pool.openBoostWindow(a, TWO_X, amount, DAY) {} catch {}
            }
            vm.stopPrank();
            if (ops[i] % 7 == 0) vm.warp(block.timestamp + DAY);
            assertLe(pool.lentAssets(), pool.totalAssets() / 2);
        }
    }

    // ------------------------------------------------------------------------------------------
    // The stake bound
    // ------------------------------------------------------------------------------------------

    /// @dev A rollup with no hub stake: a tiny window took its whole reward share for the pool.
    ///      Now no window opens there, and the report pays the pool nothing.
    function test_rollupWithoutStake_getsNoWindow() public {
        RollupId bare = _newRollup(200);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolBoostAboveStakeBound.selector, bare, 2, 0)
        );
        _open(bare, TWO_X, 1, DAY);
        uint256 idle = pool.idleAssets();
        _reportFor(bare);
        assertEq(pool.idleAssets(), idle, "no boost reward");
    }

    /// @dev A thinly staked rollup (10,000 ERA): a 200,000 ERA window at 2x took 40/41 (97.6%)
    ///      of its reward. Now the largest window is 5,000 ERA at 2x and the pool takes half.
    function test_thinlyStakedRollup_poolTakesAtMostHalf() public {
        RollupId thin = _newRollup(201);
        _registerValidator(makeAddr("thin"), thin, 0, 10_000 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolBoostAboveStakeBound.selector, thin, 2 * WINDOW, 10_000 ether
            )
        );
        _open(thin, TWO_X, WINDOW, DAY);
        assertEq(pool.boostBound(thin), 10_000 ether);
        // Open across the epoch's end, when the report is submitted.
        _open(thin, TWO_X, 5000 ether, 3 * DAY);

        uint256 idle = pool.idleAssets();
        uint256 hubBefore = era.balanceOf(address(hub));
        _reportFor(thin);
        uint256 toPool = pool.idleAssets() - idle;
        uint256 toStakers = era.balanceOf(address(hub)) - hubBefore;
        assertEq(toPool, EMISSION / 2, "the pool's half");
        assertEq(toStakers, EMISSION / 2, "the stakers keep half");
    }

    /// @dev Redistribution into a thinly staked rollup is bounded the same way.
    function test_redistribute_intoAThinRollupIsBounded() public {
        RollupId thin = _newRollup(202);
        _registerValidator(makeAddr("thin"), thin, 0, 10_000 ether);
        _open(extra[0], TWO_X, WINDOW, DAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                ElasticPoolBoostAboveStakeBound.selector, thin, 2 * 5001 ether, 10_000 ether
            )
        );
        vm.prank(keeper);
        pool.redistribute(extra[0], thin, 5001 ether);
        vm.prank(keeper);
        pool.redistribute(extra[0], thin, 5000 ether);
        assertEq(pool.allocationOf(thin), 5000 ether);
    }

    /// @dev For any stake, multiplier and amount, a window that opens never gives the pool more
    ///      of the rollup's reward than its stakers keep.
    function testFuzz_anOpenedWindowTakesAtMostHalf(uint96 stake, uint32 multiplier, uint96 amount)
        public
    {
        stake = uint96(bound(stake, MIN_STAKE, 1_000_000 ether));
        multiplier = uint32(bound(multiplier, 10_000, 20_000));
        amount = uint96(bound(amount, 1 ether, WINDOW));
        RollupId r = _newRollup(300);
        _registerValidator(makeAddr("r"), r, 0, stake);
        vm.prank(keeper);
        try pool.openBoostWindow(r, multiplier, amount, 3 * DAY) {}
        catch {
            assertGt(uint256(amount) * multiplier / 10_000, stake, "refused only above the bound");
            return;
        }
        uint256 idle = pool.idleAssets();
        uint256 hubBefore = era.balanceOf(address(hub));
        _reportFor(r);
        uint256 toPool = pool.idleAssets() - idle;
        assertGt(toPool, 0, "the window was open at the report");
        assertLe(toPool, era.balanceOf(address(hub)) - hubBefore);
    }

    // ------------------------------------------------------------------------------------------
    // Governance
    // ------------------------------------------------------------------------------------------

    function test_setters_boundsAndAccess() public {
        address stranger = makeAddr("stranger");
        bytes memory denied = abi.encodeWithSelector(
            IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0)
        );
        vm.startPrank(stranger);
        vm.expectRevert(denied);
        pool.setMaxTotalLent(1000);
        vm.expectRevert(denied);
        pool.setMaxStakeRatio(1000);
        vm.stopPrank();
        // The keeper is not governance either.
        vm.prank(keeper);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, keeper, bytes32(0)
            )
        );
        pool.setMaxTotalLent(10_000);

        vm.startPrank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMaxTotalLentOutOfBounds.selector, 0, 10_000)
        );
        pool.setMaxTotalLent(0);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMaxTotalLentOutOfBounds.selector, 10_001, 10_000)
        );
        pool.setMaxTotalLent(10_001);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMaxStakeRatioOutOfBounds.selector, 0, 30_000)
        );
        pool.setMaxStakeRatio(0);
        vm.expectRevert(
            abi.encodeWithSelector(ElasticPoolMaxStakeRatioOutOfBounds.selector, 30_001, 30_000)
        );
        pool.setMaxStakeRatio(30_001);
        vm.expectEmit(address(pool));
        emit MaxTotalLentSet(2500);
        pool.setMaxTotalLent(2500);
        vm.expectEmit(address(pool));
        emit MaxStakeRatioSet(5000);
        pool.setMaxStakeRatio(5000);
        vm.stopPrank();
        assertEq(pool.maxTotalLentBps(), 2500);
        assertEq(pool.maxStakeRatioBps(), 5000);
        assertEq(pool.boostBound(extra[0]), ROLLUP_STAKE / 2);
        assertEq(pool.stakingHub(), address(hub));
    }
}
