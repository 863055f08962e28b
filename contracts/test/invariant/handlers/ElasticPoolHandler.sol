// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ElasticPool} from "../../../src/elastic/ElasticPool.sol";
import {BoostWindow} from "../../../src/interfaces/IElasticPool.sol";
import {RollupTraffic, TrafficReport} from "../../../src/interfaces/IRewardDistributor.sol";
import {RollupStatus} from "../../../src/interfaces/IRollupRegistry.sol";
import {RollupRegistry} from "../../../src/registry/RollupRegistry.sol";
import {RewardDistributor} from "../../../src/staking/RewardDistributor.sol";
import {EraToken} from "../../../src/token/EraToken.sol";
import {RollupId} from "../../../src/types/RollupId.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the ElasticPool with depositors, a fuzzed keeper (arbitrary or near-valid
///         window and redistribution parameters), rewards through the real RewardDistributor,
///         settlement, the withdrawal queue and governance slashing; keeps ghost totals and
///         records every violation of the pool's properties in ghost flags.
contract ElasticPoolHandler is Test {
    /// @dev Everything the keeper handler checks against, read before the call.
    struct Before {
        BoostWindow window;
        BoostWindow source;
        uint256 windowCap;
        uint256 allocationCap;
        uint256 freeIdle;
        uint256 open;
    }

    uint256 internal constant _BPS = 10_000;

    EraToken internal immutable _era;
    ElasticPool internal immutable _pool;
    RollupRegistry internal immutable _registry;
    RewardDistributor internal immutable _distributor;
    address internal immutable _admin;
    address internal immutable _keeper;
    address internal immutable _treasury;
    uint256 internal immutable _reporterKey;

    address[] internal _actors;
    RollupId[] internal _rollups;

    // Ghost flows of ERA into and out of the pool.
    uint256 public ghostDeposited;
    uint256 public ghostWithdrawn;
    uint256 public ghostRewards;
    uint256 public ghostSlashed;

    // Ghost counters (coverage).
    uint256 public ghostWindowsOpened;
    uint256 public ghostRedistributions;
    uint256 public ghostSettlements;
    uint256 public ghostServed;
    uint256 public ghostReports;
    uint256 public ghostPeriodChanges;

    // Ghost violations: each stays empty unless a property broke.
    string public ghostCapViolation;
    string public ghostEarlyReturn;
    string public ghostPriceDrop;
    string public ghostExitEscape;
    uint256 public ghostDeferredExits;
    uint256 public ghostSlashesOnDeferred;
    string public ghostRewardJump;

    bool internal _slashing;
    /// @dev What serving the queue in this call recognized of earlier slashes: a deferred
    ///      claim whose value fell below its advance (slashes of stake lent after the exit that
    ///      took more than its lent part) pays nothing, and the holders carry the difference
    ///      (docs/security/slashing.md). The price may fall by exactly that, and nothing more.
    uint256 internal _recognized;
    /// @dev How often a serve recognized such a shortfall.
    uint256 public ghostShortfallsRecognized;

    modifier checksSharePrice() {
        uint256 assetsBefore = _pool.totalAssets();
        uint256 supplyBefore = _pool.totalSupply();
        _;
        uint256 assetsAfter = _pool.totalAssets();
        uint256 supplyAfter = _pool.totalSupply();
        // Price = (assets + 1) / (supply + 10^6) (OpenZeppelin virtual shares); compare the
        // cross products so no rounding hides a drop.
        if (
            !_slashing
                && (assetsAfter + _recognized + 1) * (supplyBefore + 1e6)
                    < (assetsBefore + 1) * (supplyAfter + 1e6)
        ) ghostPriceDrop = "share price fell without a slash";
        _slashing = false;
        _recognized = 0;
    }

    constructor(
        EraToken era,
        ElasticPool pool,
        RollupRegistry registry,
        RewardDistributor distributor,
        address admin,
        address keeper,
        address treasury,
        uint256 reporterKey,
        RollupId[] memory rollups
    ) {
        _era = era;
        _pool = pool;
        _registry = registry;
        _distributor = distributor;
        _admin = admin;
        _keeper = keeper;
        _treasury = treasury;
        _reporterKey = reporterKey;
        _rollups = rollups;
        for (uint256 i; i < 4; ++i) {
            _actors.push(makeAddr(string.concat("depositor", vm.toString(i))));
        }
    }

    // ------------------------------------------------------------------------------------------
    // Depositors
    // ------------------------------------------------------------------------------------------

    function deposit(uint256 actorSeed, uint256 amount) external checksSharePrice {
        address actor = _actor(actorSeed);
        amount = bound(amount, 1, 200_000 ether);
        vm.prank(_treasury);
        _era.transfer(actor, amount);
        vm.startPrank(actor);
        _era.approve(address(_pool), amount);
        _pool.deposit(amount, actor);
        vm.stopPrank();
        ghostDeposited += amount;
    }

    function withdraw(uint256 actorSeed, uint256 amount) external checksSharePrice {
        address actor = _actor(actorSeed);
        uint256 max = _pool.maxWithdraw(actor);
        if (max == 0) return;
        amount = bound(amount, 1, max);
        (, uint256 tail) = _pool.queueBounds();
        vm.prank(actor);
        _pool.withdraw(amount, actor, actor);
        ghostWithdrawn += amount;
        _countDeferred(tail);
    }

    function redeem(uint256 actorSeed, uint256 shares) external checksSharePrice {
        address actor = _actor(actorSeed);
        uint256 max = _pool.maxRedeem(actor);
        if (max == 0) return;
        shares = bound(shares, 1, max);
        (, uint256 tail) = _pool.queueBounds();
        vm.prank(actor);
        ghostWithdrawn += _pool.redeem(shares, actor, actor);
        _countDeferred(tail);
    }

    /// @dev An exit while stake was slashable was deferred; otherwise it was paid in full.
    function _countDeferred(uint256 tailBefore) internal {
        (, uint256 tail) = _pool.queueBounds();
        bool deferred = tail != tailBefore;
        if (deferred) ++ghostDeferredExits;
        if (deferred != (_pool.slashableUntil() > block.timestamp && _pool.lentAssets() != 0)) {
            ghostExitEscape = "an exit was deferred iff lent stake was slashable: broken";
        }
    }

    function requestWithdraw(uint256 actorSeed, uint256 shares) external checksSharePrice {
        address actor = _actor(actorSeed);
        uint256 balance = _pool.balanceOf(actor);
        // The smallest request the pool takes (shares rounded up to cover `minRequestAssets`).
        uint256 least = _pool.previewWithdraw(_pool.minRequestAssets());
        if (balance < least || _pool.convertToAssets(balance) < _pool.minRequestAssets()) return;
        shares = bound(shares, least, balance);
        if (_pool.convertToAssets(shares) < _pool.minRequestAssets()) shares = balance;
        vm.prank(actor);
        _pool.requestWithdraw(shares);
    }

    function serveQueue(uint256 maxItems) external checksSharePrice {
        maxItems = bound(maxItems, 0, 5);
        uint256 before = _era.balanceOf(address(_pool));
        (uint256 head,) = _pool.queueBounds();
        uint64[] memory notBefore = new uint64[](maxItems);
        uint256[] memory shortfall = new uint256[](maxItems);
        for (uint256 i; i < maxItems; ++i) {
            notBefore[i] = _pool.withdrawalNotBefore(head + i);
            (address owner, uint256 value, uint256 advance,) = _pool.deferredExit(head + i);
            if (owner != address(0) && value < advance) shortfall[i] = advance - value;
        }
        uint256 served = _pool.serveQueue(maxItems);
        for (uint256 i; i < served; ++i) {
            if (notBefore[i] > block.timestamp) ghostExitEscape = "served before notBefore";
            if (shortfall[i] != 0) {
                _recognized += shortfall[i];
                ++ghostShortfallsRecognized;
            }
        }
        ghostServed += served;
        ghostWithdrawn += before - _era.balanceOf(address(_pool));
    }

    // ------------------------------------------------------------------------------------------
    // Keeper (fuzzed: near-valid or arbitrary parameters)
    // ------------------------------------------------------------------------------------------

    function openBoostWindow(
        uint256 rollupSeed,
        uint32 multiplierBps,
        uint256 amount,
        uint64 duration,
        uint8 mode
    ) external checksSharePrice {
        RollupId rollupId;
        // One call in eight sends arbitrary values; the rest stay near the bounds.
        if (mode < 32) {
            rollupId = RollupId.wrap(uint32(rollupSeed));
        } else {
            rollupId = _rollup(rollupSeed);
            multiplierBps = uint32(bound(multiplierBps, 9500, 20_500));
            amount = bound(amount, 0, _pool.windowCap() * 21 / 20 + 1);
            duration = uint64(bound(duration, 0, _pool.maxWindowDuration() + 1 hours));
        }
        Before memory b = _before(rollupId, rollupId);
        vm.prank(_keeper);
        try _pool.openBoostWindow(rollupId, multiplierBps, amount, duration) returns (
            uint256 windowId
        ) {
            ++ghostWindowsOpened;
            BoostWindow memory w = _pool.windowOf(rollupId);
            if (amount == 0 || amount > b.windowCap || amount > b.allocationCap) {
                ghostCapViolation = "window amount above cap";
            }
            if (amount > b.freeIdle) ghostCapViolation = "window lent ERA owed to the queue";
            if (multiplierBps < 10_000 || multiplierBps > _pool.maxMultiplierBps()) {
                ghostCapViolation = "window multiplier out of bounds";
            }
            if (duration == 0 || duration > _pool.maxWindowDuration()) {
                ghostCapViolation = "window duration out of bounds";
            }
            if (_pool.openWindowCount() > _pool.maxOpenWindows()) {
                ghostCapViolation = "too many windows";
            }
            if (b.window.id != 0 && b.window.expiresAt > block.timestamp) {
                ghostCapViolation = "second window on a rollup";
            }
            if (b.window.id != 0 && b.window.expiresAt > block.timestamp) {
                ghostEarlyReturn = "open replaced an unexpired window";
            }
            if (w.id != windowId || w.amount != amount) ghostCapViolation = "window not recorded";
            if (_pool.lentAssets() * 10_000 > _pool.totalAssets() * _pool.maxTotalLentBps()) {
                ghostCapViolation = "total lent above its cap";
            }
            if (amount * multiplierBps / 10_000 > _pool.boostBound(rollupId)) {
                ghostCapViolation = "window boost above the rollup's stake bound";
            }
            RollupStatus status = _registry.statusOf(rollupId);
            if (status != RollupStatus.Active && status != RollupStatus.Congested) {
                ghostCapViolation = "window for an unboostable rollup";
            }
        } catch {}
    }

    function redistribute(uint256 fromSeed, uint256 toSeed, uint256 amount, uint8 mode)
        external
        checksSharePrice
    {
        bool arbitrary = mode < 32;
        RollupId from = _rollup(fromSeed);
        RollupId to = arbitrary ? RollupId.wrap(uint32(toSeed)) : _rollup(toSeed);
        if (!arbitrary) amount = bound(amount, 0, _pool.allocationOf(from) + 1);
        Before memory b = _before(to, from);
        vm.prank(_keeper);
        try _pool.redistribute(from, to, amount) {
            ++ghostRedistributions;
            if (amount == 0 || amount > b.source.amount || from == to) {
                ghostCapViolation = "redistribution above the source allocation";
            }
            if (b.source.expiresAt <= block.timestamp) {
                ghostCapViolation = "redistribution from an expired window";
            }
            uint256 kept = b.window.expiresAt > block.timestamp ? b.window.amount : 0;
            if (kept + amount > b.allocationCap || _pool.allocationOf(to) != kept + amount) {
                ghostCapViolation = "allocation above cap";
            }
            BoostWindow memory w = _pool.windowOf(to);
            if (w.multiplierBps > _pool.maxMultiplierBps() || w.multiplierBps < 10_000) {
                ghostCapViolation = "redistributed multiplier out of bounds";
            }
            if (w.expiresAt > block.timestamp + _pool.maxWindowDuration()) {
                ghostCapViolation = "redistributed window too long";
            }
            if (_pool.openWindowCount() > _pool.maxOpenWindows()) {
                ghostCapViolation = "too many windows";
            }
            if (b.window.id != 0 && b.window.expiresAt > block.timestamp && w.id != b.window.id) {
                ghostEarlyReturn = "redistribution replaced an unexpired window";
            }
        } catch {}
    }

    function settleWindow(uint256 rollupSeed) external checksSharePrice {
        RollupId rollupId = _rollup(rollupSeed);
        BoostWindow memory before = _pool.windowOf(rollupId);
        uint256 balance = _era.balanceOf(address(_pool));
        // Settling serves the queue too (up to SETTLE_SERVE_LIMIT requests).
        uint256 limit = _pool.SETTLE_SERVE_LIMIT();
        (uint256 head,) = _pool.queueBounds();
        uint256[] memory shortfall = new uint256[](limit);
        for (uint256 i; i < limit; ++i) {
            (address owner, uint256 value, uint256 advance,) = _pool.deferredExit(head + i);
            if (owner != address(0) && value < advance) shortfall[i] = advance - value;
        }
        try _pool.settleWindow(rollupId) {
            (uint256 newHead,) = _pool.queueBounds();
            for (uint256 i; i < newHead - head; ++i) {
                if (shortfall[i] != 0) {
                    _recognized += shortfall[i];
                    ++ghostShortfallsRecognized;
                }
            }
            ++ghostSettlements;
            if (block.timestamp < before.expiresAt) ghostEarlyReturn = "settled before expiry";
            if (_pool.windowOf(rollupId).id != 0) ghostEarlyReturn = "settle left the window";
            ghostWithdrawn += balance - _era.balanceOf(address(_pool));
        } catch {
            if (before.id != 0 && before.expiresAt <= block.timestamp) {
                ghostEarlyReturn = "an expired window could not be settled";
            }
        }
    }

    function setStatus(uint256 rollupSeed, uint8 status) external {
        RollupId rollupId = _rollup(rollupSeed);
        vm.prank(_keeper);
        // Mostly healthy: Active 3/6, Congested, Degraded, Down 1/6 each.
        uint256 s = bound(status, 0, 5);
        try _registry.setStatus(rollupId, RollupStatus(s > 3 ? 0 : s)) {} catch {}
    }

    // ------------------------------------------------------------------------------------------
    // Time, rewards and slashing
    // ------------------------------------------------------------------------------------------

    function warp(uint256 seconds_) external checksSharePrice {
        vm.warp(block.timestamp + bound(seconds_, 1, 12 hours));
    }

    /// @dev The next epoch's signed report through the real RewardDistributor.
    function report(uint64 txA, uint64 txA2, uint64 txB) external checksSharePrice {
        uint64 epoch = _distributor.lastReportedEpoch() + 1;
        uint256 end = _distributor.epochEnd(epoch);
        if (block.timestamp < end) vm.warp(end);
        RollupTraffic[] memory traffic = new RollupTraffic[](3);
        uint64[3] memory volumes = [txA, txA2, txB];
        for (uint256 i; i < 3; ++i) {
            traffic[i] = RollupTraffic(
                RollupId.unwrap(_rollups[i]), uint64(bound(volumes[i], 0, 1e9)), 10, 10_000
            );
        }
        TrafficReport memory r = TrafficReport(epoch, traffic);
        (uint8 v, bytes32 rs, bytes32 s) = vm.sign(_reporterKey, _distributor.reportDigest(r));
        bytes[] memory signatures = new bytes[](1);
        signatures[0] = abi.encodePacked(rs, s, v);
        uint256 balance = _era.balanceOf(address(_pool));
        uint256 assets = _pool.totalAssets();
        _distributor.submitReport(r, signatures);
        ghostRewards += _era.balanceOf(address(_pool)) - balance;
        ++ghostReports;
        // The reward is locked: a share's value does not jump at the report.
        if (_pool.totalAssets() != assets) ghostRewardJump = "a report moved totalAssets at once";
    }

    /// @dev Governance moves the unlock period (1 hour to 3 days here); locks already running
    ///      keep their end.
    function setProfitUnlockPeriod(uint256 period) external checksSharePrice {
        uint64 end = _pool.profitUnlockEnd();
        vm.prank(_admin);
        _pool.setProfitUnlockPeriod(uint64(bound(period, 1 hours, 3 days)));
        if (_pool.profitUnlockEnd() != end) ghostRewardJump = "a period change moved a lock";
        ++ghostPeriodChanges;
    }

    function slash(uint256 rollupSeed, uint256 amount) external checksSharePrice {
        RollupId rollupId = _rollup(rollupSeed);
        BoostWindow memory w = _pool.windowOf(rollupId);
        if (w.amount == 0 || w.expiresAt <= block.timestamp) return;
        amount = bound(amount, 1, w.amount);
        _slashing = true;
        uint256 assets = _pool.totalAssets();
        uint256 deferred = _pool.deferredAssets();
        vm.prank(_admin);
        _pool.slash(rollupId, amount);
        ghostSlashed += amount;
        if (deferred != 0) {
            ++ghostSlashesOnDeferred;
            // The shares and the deferred claims lose the same fraction (the claims rounded
            // against them, by at most 1 wei), together exactly the slash.
            uint256 gross = assets + deferred;
            uint256 deferredAfter = _pool.deferredAssets();
            if (assets - _pool.totalAssets() + deferred - deferredAfter != amount) {
                ghostExitEscape = "a slash did not take exactly its amount";
            }
            if (deferredAfter != deferred * (gross - amount) / gross) {
                ghostExitEscape = "deferred claims did not bear their share of a slash";
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Views for the invariants
    // ------------------------------------------------------------------------------------------

    function actors() external view returns (address[] memory) {
        return _actors;
    }

    function rollups() external view returns (RollupId[] memory) {
        return _rollups;
    }

    // ------------------------------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------------------------------

    function _before(RollupId target, RollupId source) internal view returns (Before memory b) {
        b.window = _pool.windowOf(target);
        b.source = _pool.windowOf(source);
        b.windowCap = _pool.windowCap();
        b.allocationCap = _pool.allocationCap();
        b.freeIdle = _pool.freeIdleAssets();
        b.open = _pool.openWindowCount();
        // A window that will be settled inline frees its ERA before the new loan.
        if (b.window.id != 0 && b.window.expiresAt <= block.timestamp) {
            b.freeIdle += b.window.amount;
        }
    }

    function _actor(uint256 seed) internal view returns (address) {
        return _actors[seed % _actors.length];
    }

    function _rollup(uint256 seed) internal view returns (RollupId) {
        return _rollups[seed % _rollups.length];
    }
}
