// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ElasticPool} from "../../src/elastic/ElasticPool.sol";
import {IElasticPool} from "../../src/interfaces/IElasticPool.sol";
import {IRollupRegistry} from "../../src/interfaces/IRollupRegistry.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {ElasticFixture} from "../utils/ElasticFixture.sol";

/// @notice Whole-transaction gas of the pool's paths (snapshots/ElasticPool.json), and the
///         benchmark that opening and settling a window cost the same whatever the number of
///         depositors.
/// @dev Each measured call is the test's first touch of the contracts it reaches, or follows a
///      `vm.revertToState` to such a point: `vm.cool` re-cools storage slots but not an account
///      already accessed in the test, so a second measurement in one test would under-count.
contract ElasticPoolGasTest is ElasticFixture {
    /// @dev The issue's target for opening a window, whole transaction.
    uint256 internal constant OPEN_TARGET = 150_000;
    uint256 internal constant TOTAL = 1_000_000 ether;
    uint256 internal constant LEND = 100_000 ether;

    ElasticPool internal crowded;
    address internal user = makeAddr("user");

    function setUp() public {
        _deployElastic();
        // `pool`: one depositor holds everything.
        _deposit(makeAddr("solo"), TOTAL);
        // `crowded`: the same assets from 1,000 depositors.
        crowded = new ElasticPool(
            admin, era, IRollupRegistry(address(registry)), hub, address(distributor), treasury
        );
        vm.prank(admin);
        crowded.grantRole(Roles.KEEPER, keeper);
        for (uint256 i; i < 1000; ++i) {
            address depositor = address(uint160(0x10000 + i));
            vm.prank(treasury);
            era.transfer(depositor, TOTAL / 1000);
            vm.startPrank(depositor);
            era.approve(address(crowded), TOTAL / 1000);
            crowded.deposit(TOTAL / 1000, depositor);
            vm.stopPrank();
        }
        // Both pools already lend to rollup B (steady state: the counters are not zero).
        vm.startPrank(keeper);
        pool.openBoostWindow(rollupB, 20_000, LEND, 1 days);
        crowded.openBoostWindow(rollupB, 20_000, LEND, 1 days);
        vm.stopPrank();
        // A depositor with shares and ERA approved for one more deposit.
        _deposit(user, 1000 ether);
        vm.prank(treasury);
        era.transfer(user, 1000 ether);
        vm.prank(user);
        era.approve(address(pool), 1000 ether);
    }

    /// @dev The benchmark: opening a window costs exactly the same with 1 and 1,000 depositors,
    ///      and less than the 150,000 target.
    function test_gas_openBoostWindow_independentOfDepositorCount() public {
        uint256 fresh = vm.snapshotState();
        uint256 solo = _measureOpen(pool, "openBoostWindow_1depositor");
        vm.revertToState(fresh);
        uint256 many = _measureOpen(crowded, "openBoostWindow_1000depositors");
        assertEq(solo, many, "open cost depends on depositors");
        assertLt(solo, OPEN_TARGET);
        assertEq(crowded.allocationOf(rollupA), LEND);
        assertEq(crowded.balanceOf(address(0x10000 + 999)), TOTAL / 1000 * 1e6);
    }

    /// @dev The benchmark: settling a window costs exactly the same with 1 and 1,000 depositors.
    function test_gas_settleWindow_independentOfDepositorCount() public {
        vm.warp(block.timestamp + 1 days);
        uint256 fresh = vm.snapshotState();
        uint256 solo = _measureSettle(pool, "settleWindow_1depositor");
        vm.revertToState(fresh);
        uint256 many = _measureSettle(crowded, "settleWindow_1000depositors");
        assertEq(solo, many, "settle cost depends on depositors");
        assertEq(crowded.lentAssets(), 0);
    }

    /// @dev Redistribution into a rollup without a window (the dearer case: a new window slot).
    function test_gas_redistribute_createsTargetWindow() public {
        _measureTx(
            "ElasticPool",
            "redistribute_newTargetWindow",
            keeper,
            address(pool),
            abi.encodeCall(IElasticPool.redistribute, (rollupB, rollupA, LEND / 2)),
            _one(address(registry))
        );
        assertEq(pool.allocationOf(rollupA), LEND / 2);
    }

    function test_gas_deposit() public {
        _measureTx(
            "ElasticPool",
            "deposit",
            user,
            address(pool),
            abi.encodeWithSignature("deposit(uint256,address)", 1000 ether, user),
            _one(address(era))
        );
        assertEq(pool.balanceOf(user), 2000 ether * 1e6);
    }

    function test_gas_requestWithdraw() public {
        _measureTx(
            "ElasticPool",
            "requestWithdraw",
            user,
            address(pool),
            abi.encodeCall(IElasticPool.requestWithdraw, (1000 ether * 1e6)),
            new address[](0)
        );
        assertEq(pool.queuedShares(), 1000 ether * 1e6);
    }

    /// @dev Issue 13.3: with a window open (the steady state), `redeem` pays the part not lent
    ///      and defers the rest (a queue entry): this measures that path.
    function test_gas_redeem() public {
        _measureTx(
            "ElasticPool",
            "redeem",
            user,
            address(pool),
            abi.encodeWithSignature(
                "redeem(uint256,address,address)", 1000 ether * 1e6, user, user
            ),
            _one(address(era))
        );
        assertEq(pool.balanceOf(user), 0);
    }

    /// @dev `redeem` once every window has expired: paid in full at once, nothing deferred.
    function test_gas_redeem_nothingSlashable() public {
        vm.warp(block.timestamp + 1 days);
        _measureTx(
            "ElasticPool",
            "redeem_nothingSlashable",
            user,
            address(pool),
            abi.encodeWithSignature(
                "redeem(uint256,address,address)", 1000 ether * 1e6, user, user
            ),
            _one(address(era))
        );
        assertEq(era.balanceOf(user), 2000 ether);
    }

    /// @dev The pool's part of a report: the first reward (the profit lock's slot is new).
    function test_gas_notifyBoostReward_first() public {
        _measureNotify("notifyBoostReward_first");
        assertEq(pool.lockedProfit(), 1000 ether);
    }

    /// @dev A reward while half of the previous one is still locked (the steady state).
    function test_gas_notifyBoostReward_whileLocked() public {
        vm.prank(address(distributor));
        pool.notifyBoostReward(rollupB, 1000 ether);
        vm.warp(block.timestamp + pool.profitUnlockPeriod() / 2);
        _measureNotify("notifyBoostReward_whileLocked");
        assertEq(pool.lockedProfit(), 1500 ether);
    }

    /// @dev The distributor transfers the reward, then notifies the pool (measured).
    function _measureNotify(string memory name) internal {
        vm.prank(treasury);
        era.transfer(address(pool), 1000 ether);
        _measureTx(
            "ElasticPool",
            name,
            address(distributor),
            address(pool),
            abi.encodeCall(ElasticPool.notifyBoostReward, (rollupB, 1000 ether)),
            new address[](0)
        );
    }

    function _measureOpen(ElasticPool target, string memory name) internal returns (uint256) {
        return _measureTx(
            "ElasticPool",
            name,
            keeper,
            address(target),
            abi.encodeCall(IElasticPool.openBoostWindow, (rollupA, 20_000, LEND, 1 days)),
            _one(address(registry))
        );
    }

    function _measureSettle(ElasticPool target, string memory name) internal returns (uint256) {
        return _measureTx(
            "ElasticPool",
            name,
            makeAddr("anyone"),
            address(target),
            abi.encodeCall(IElasticPool.settleWindow, (rollupB)),
            new address[](0)
        );
    }
}
