// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IBoostSource} from "../interfaces/IBoostSource.sol";
import {BoostWindow, IElasticPool} from "../interfaces/IElasticPool.sol";
import {IRollupRegistry, RollupStatus} from "../interfaces/IRollupRegistry.sol";
import {IStakingHub} from "../interfaces/IStakingHub.sol";
import {Roles} from "../libraries/Roles.sol";
import {RollupId} from "../types/RollupId.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title ElasticPool
/// @notice An ERA vault whose stake the keeper lends to rollups in bounded boost windows. See
///         {IElasticPool}.
/// @dev Storage is laid out for the keeper's paths: the caps, the open-window count and the last
///      window id share one slot, idle and lent ERA another, and a window is one slot, so opening
///      a window writes one new slot and updates two, whatever the number of depositors.
///      Shares carry a 6-decimal offset (virtual shares) against the first-depositor inflation
///      attack; assets are accounted internally, so ERA sent to the pool directly is ignored.
///      A boost reward is held in idle ERA but locked, released linearly over
///      `profitUnlockPeriod`, so that capital deposited just before a reward and redeemed just
///      after it takes none of it (the profit lock is one slot; the unlock period shares the
///      distributor's slot, which `notifyBoostReward` reads anyway).
contract ElasticPool is IElasticPool, ERC4626, AccessControl {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @dev A queued withdrawal, not served before `notBefore` (the end of the slash exposure
    ///      when it was made). Either shares the pool holds (`requestWithdraw`), or, `deferred`,
    ///      the rest of an instant exit made while lent stake was slashable: `amount` units of
    ///      the deferred claims (worth the exit's value, less any slash since, pro rata), of
    ///      which `advance` ERA were paid at the exit. Two slots.
    struct Request {
        address owner;
        uint64 notBefore;
        bool deferred;
        uint128 amount;
        uint128 advance;
    }

    /// @notice The lowest multiplier a window may carry: 1x.
    uint32 public constant MIN_MULTIPLIER_BPS = 10_000;
    /// @notice The multiplier cap in force until governance changes it: 2x.
    uint32 public constant DEFAULT_MAX_MULTIPLIER_BPS = 20_000;
    /// @notice The highest multiplier cap governance may set: 5x.
    uint32 public constant MAX_MULTIPLIER_CAP_BPS = 50_000;
    /// @notice The default and the highest share of pool assets one new window may lend.
    uint16 public constant DEFAULT_MAX_WINDOW_SHARE_BPS = 2000;
    uint16 public constant MAX_WINDOW_SHARE_CAP_BPS = 5000;
    /// @notice The default and the highest share of pool assets one rollup may hold.
    uint16 public constant DEFAULT_MAX_ALLOCATION_BPS = 3000;
    uint16 public constant MAX_ALLOCATION_CAP_BPS = 5000;
    /// @notice The default longest window and the bounds governance may set it within.
    uint64 public constant DEFAULT_MAX_WINDOW_DURATION = 3 days;
    uint64 public constant MIN_WINDOW_DURATION_CAP = 1 hours;
    uint64 public constant MAX_WINDOW_DURATION_CAP = 30 days;
    /// @notice The default and the highest number of windows open at once.
    uint16 public constant DEFAULT_MAX_OPEN_WINDOWS = 8;
    uint16 public constant MAX_OPEN_WINDOWS_CAP = 64;
    /// @notice Of the pool's assets, at most this share is lent at once (over all windows).
    uint16 public constant DEFAULT_MAX_TOTAL_LENT_BPS = 5000;
    uint16 public constant MAX_TOTAL_LENT_CAP_BPS = 10_000;
    /// @notice A window's boosted stake is at most this share of its rollup's own hub stake.
    uint16 public constant DEFAULT_MAX_STAKE_RATIO_BPS = 10_000;
    uint16 public constant MAX_STAKE_RATIO_CAP_BPS = 30_000;
    /// @notice How many queued withdrawals `settleWindow` serves at most.
    uint256 public constant SETTLE_SERVE_LIMIT = 4;
    uint256 public constant DEFAULT_MIN_REQUEST_ASSETS = 1 ether;
    uint256 public constant MAX_MIN_REQUEST_ASSETS = 10_000 ether;
    /// @notice The default time over which a boost reward unlocks, and the bounds governance
    ///         may set it within: at least an hour, so holding shares across a report is never
    ///         free; at most 30 days, so rewards reach depositors within a month.
    uint64 public constant DEFAULT_PROFIT_UNLOCK_PERIOD = 1 days;
    uint64 public constant MIN_PROFIT_UNLOCK_PERIOD = 1 hours;
    uint64 public constant MAX_PROFIT_UNLOCK_PERIOD = 30 days;

    uint256 private constant _BPS = 10_000;

    IRollupRegistry private immutable _registry;
    IStakingHub private immutable _hub;

    // One slot: the caps and the window counters.
    uint32 private _maxMultiplierBps;
    uint16 private _maxWindowShareBps;
    uint16 private _maxAllocationBps;
    uint64 private _maxWindowDuration;
    uint16 private _maxOpenWindows;
    uint16 private _openWindowCount;
    uint32 private _lastWindowId;
    uint16 private _maxTotalLentBps;
    uint16 private _maxStakeRatioBps;
    // When the last window opened so far expires: until then lent stake may be slashed (a
    // timestamp, in 32 bits until 2106).
    uint32 private _slashableUntil;

    // One slot: the pool's ERA (all of it is below the ERA supply, < 2^90).
    uint128 private _idle;
    uint128 private _lent;

    // One slot: the distributor and the unlock period of the rewards it pays.
    address private _rewardDistributor;
    uint64 private _profitUnlockPeriod;
    address private _slashRecipient;

    // One slot: the reward ERA locked at `_lockStart` (part of `_idle`), released linearly
    // until `_lockEnd`.
    uint128 private _lockAmount;
    uint64 private _lockStart;
    uint64 private _lockEnd;

    uint256 private _minRequestAssets;
    // One slot: the shares in the queue, and the deferred claims' units.
    uint128 private _queuedShares;
    uint128 private _deferredUnits;
    // One slot (read by `totalAssets`): the deferred claims' value (advances included; slashed
    // pro rata with the shares, never raised by rewards) and the advances paid on them.
    uint128 private _deferred;
    uint128 private _advanced;
    uint128 private _queueHead;
    uint128 private _queueTail;

    mapping(RollupId rollupId => BoostWindow) private _windows;
    mapping(uint256 requestId => Request) private _requests;

    modifier onlyRewardDistributor() {
        if (msg.sender != _rewardDistributor) revert ElasticPoolNotRewardDistributor(msg.sender);
        _;
    }

    /// @param admin Core governance: DEFAULT_ADMIN_ROLE (caps, slashing, wiring).
    /// @param era The ERA token, the pool's asset.
    /// @param registry_ The RollupRegistry.
    /// @param hub The StakingHub, whose rollup stake bounds each window.
    /// @param rewardDistributor_ The RewardDistributor that pays boost rewards.
    /// @param slashRecipient_ Where slashed ERA goes (the treasury).
    constructor(
        address admin,
        IERC20 era,
        IRollupRegistry registry_,
        IStakingHub hub,
        address rewardDistributor_,
        address slashRecipient_
    ) ERC20("Elastic ERA", "eERA") ERC4626(era) {
        if (
            address(era) == address(0) || address(registry_) == address(0)
                || address(hub) == address(0)
        ) revert ElasticPoolZeroAddress();
        _registry = registry_;
        _hub = hub;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setRewardDistributor(rewardDistributor_);
        _setSlashRecipient(slashRecipient_);
        _setMaxMultiplier(DEFAULT_MAX_MULTIPLIER_BPS);
        _setMaxWindowShare(DEFAULT_MAX_WINDOW_SHARE_BPS);
        _setMaxAllocation(DEFAULT_MAX_ALLOCATION_BPS);
        _setMaxWindowDuration(DEFAULT_MAX_WINDOW_DURATION);
        _setMaxOpenWindows(DEFAULT_MAX_OPEN_WINDOWS);
        _setMinRequestAssets(DEFAULT_MIN_REQUEST_ASSETS);
        _setMaxTotalLent(DEFAULT_MAX_TOTAL_LENT_BPS);
        _setMaxStakeRatio(DEFAULT_MAX_STAKE_RATIO_BPS);
        _setProfitUnlockPeriod(DEFAULT_PROFIT_UNLOCK_PERIOD);
    }

    // ------------------------------------------------------------------------------------------
    // Keeper
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IElasticPool
    function openBoostWindow(
        RollupId rollupId,
        uint32 multiplierBps,
        uint256 amount,
        uint64 duration
    ) external onlyRole(Roles.KEEPER) returns (uint256 windowId) {
        if (amount == 0) revert ElasticPoolZeroAmount();
        _checkBoostable(rollupId);
        BoostWindow memory existing = _windows[rollupId];
        if (existing.id != 0) {
            if (existing.expiresAt > block.timestamp) {
                revert ElasticPoolWindowAlreadyOpen(rollupId, existing.id, existing.expiresAt);
            }
            _settle(rollupId, existing);
        }
        _checkTerms(multiplierBps, duration);
        _checkStakeBound(rollupId, amount, multiplierBps);
        windowId = _countNewWindow(_openWindowCount);
        _lend(rollupId, amount);
        // `duration` is at most 30 days.
        uint64 expiresAt = uint64(block.timestamp) + duration;
        // Timestamps fit 32 bits until 2106.
        // forge-lint: disable-next-line(unsafe-typecast)
        if (expiresAt > _slashableUntil) _slashableUntil = uint32(expiresAt);
        // `windowId` counts windows, far below 2^64; `_lend` bounded `amount` by the pool's
        // assets, below the ERA supply (< 2^96).
        // forge-lint: disable-next-line(unsafe-typecast)
        _windows[rollupId] = BoostWindow(uint64(windowId), multiplierBps, expiresAt, uint96(amount));
        emit BoostWindowOpened(rollupId, windowId, multiplierBps, amount, expiresAt);
    }

    /// @inheritdoc IElasticPool
    function settleWindow(RollupId rollupId) external {
        BoostWindow memory window = _windows[rollupId];
        // Window id 0 is the "no window" sentinel; ids start at 1.
        // slither-disable-next-line incorrect-equality
        if (window.id == 0) revert ElasticPoolNoWindow(rollupId);
        if (window.expiresAt > block.timestamp) {
            revert ElasticPoolWindowNotExpired(rollupId, window.id, window.expiresAt);
        }
        _settle(rollupId, window);
        _serveQueue(SETTLE_SERVE_LIMIT);
    }

    /// @inheritdoc IElasticPool
    function redistribute(RollupId from, RollupId to, uint256 amount)
        external
        onlyRole(Roles.KEEPER)
    {
        if (amount == 0) revert ElasticPoolZeroAmount();
        if (from == to) revert ElasticPoolSameRollup(from);
        BoostWindow memory source = _windows[from];
        if (source.id == 0) revert ElasticPoolNoWindow(from);
        if (source.expiresAt <= block.timestamp) {
            revert ElasticPoolWindowExpired(from, source.id, source.expiresAt);
        }
        if (amount > source.amount) {
            revert ElasticPoolRedistributionExceedsAllocation(from, source.amount, amount);
        }
        _checkBoostable(to);
        BoostWindow memory target = _windows[to];
        if (target.id != 0 && target.expiresAt <= block.timestamp) {
            _settle(to, target);
            target.id = 0;
            target.amount = 0;
        }
        uint256 allocation = target.amount + amount;
        uint256 cap = _share(totalAssets(), _maxAllocationBps);
        if (allocation > cap) revert ElasticPoolAllocationAboveCap(to, allocation, cap);
        {
            uint32 maxMultiplier = _maxMultiplierBps;
            uint32 targetMultiplier = target.id != 0
                ? target.multiplierBps
                : (source.multiplierBps < maxMultiplier ? source.multiplierBps : maxMultiplier);
            _checkStakeBound(to, allocation, targetMultiplier);
        }

        // `amount <= source.amount`, checked above.
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            source.amount -= uint96(amount);
        }
        uint256 open = _openWindowCount;
        bool closed = source.amount == 0;
        if (closed) {
            delete _windows[from];
            // The source window exists, so it is counted.
            unchecked {
                --open;
            }
        } else {
            _windows[from].amount = source.amount;
        }
        bool created = target.id == 0;
        if (created) {
            // Window ids count windows, far below 2^64.
            // forge-lint: disable-next-line(unsafe-typecast)
            target.id = uint64(_countNewWindow(open));
            uint32 maxMultiplier = _maxMultiplierBps;
            target.multiplierBps =
                source.multiplierBps < maxMultiplier ? source.multiplierBps : maxMultiplier;
            target.expiresAt = source.expiresAt;
        } else if (closed) {
            // `open` is at most `MAX_OPEN_WINDOWS_CAP`.
            // forge-lint: disable-next-line(unsafe-typecast)
            _openWindowCount = uint16(open);
        }
        // `allocation <= cap`, below the ERA supply (< 2^96).
        // forge-lint: disable-next-line(unsafe-typecast)
        target.amount = uint96(allocation);
        _windows[to] = target;
        if (closed) emit BoostWindowSettled(from, source.id, 0);
        if (created) {
            emit BoostWindowOpened(to, target.id, target.multiplierBps, amount, target.expiresAt);
        }
        emit Redistributed(from, to, amount, source.id, target.id);
    }

    // ------------------------------------------------------------------------------------------
    // Withdrawal queue
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IElasticPool
    function requestWithdraw(uint256 shares) external returns (uint256 requestId) {
        if (shares == 0) revert ElasticPoolZeroAmount();
        uint256 assets = _convertToAssets(shares, Math.Rounding.Floor);
        uint256 minimum = _minRequestAssets;
        if (assets < minimum) revert ElasticPoolRequestBelowMinimum(assets, minimum);
        _transfer(msg.sender, address(this), shares);
        // Request amounts fit 128 bits: shares are below the ERA supply times 10^6.
        _queuedShares += shares.toUint128();
        requestId = _enqueue(msg.sender, false, shares, 0);
        emit WithdrawalRequested(requestId, msg.sender, shares);
    }

    /// @inheritdoc IElasticPool
    function serveQueue(uint256 maxItems) external returns (uint256 served) {
        return _serveQueue(maxItems);
    }

    // ------------------------------------------------------------------------------------------
    // Reward distributor
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IBoostSource
    function notifyBoostReward(RollupId rollupId, uint256 amount) external onlyRewardDistributor {
        if (amount == 0) revert ElasticPoolZeroAmount();
        _idle += amount.toUint128();
        // What is still locked and the new reward unlock together over a fresh period, so
        // `totalAssets` does not move now. The remainder of an earlier reward unlocks more
        // slowly, never faster, and none of it is lost.
        // `_lockedProfit() <= _idle` before the addition, so the sum fits 128 bits.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint128 locked = uint128(_lockedProfit() + amount);
        uint64 unlockEnd = uint64(block.timestamp) + _profitUnlockPeriod;
        (_lockAmount, _lockStart, _lockEnd) = (locked, uint64(block.timestamp), unlockEnd);
        emit BoostRewardReceived(rollupId, amount);
        emit ProfitLocked(locked, unlockEnd);
    }

    // ------------------------------------------------------------------------------------------
    // Governance
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IElasticPool
    function slash(RollupId rollupId, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (amount == 0) revert ElasticPoolZeroAmount();
        BoostWindow storage window = _windows[rollupId];
        uint256 id = window.id;
        if (id == 0) revert ElasticPoolNoWindow(rollupId);
        if (window.expiresAt <= block.timestamp) {
            revert ElasticPoolWindowExpired(rollupId, id, window.expiresAt);
        }
        uint256 lent = window.amount;
        if (amount > lent) revert ElasticPoolSlashExceedsLent(rollupId, lent, amount);
        uint256 deferred = _deferred;
        if (deferred != 0) {
            // The deferred claims lose the same fraction of their value as the shares:
            // `amount / (totalAssets + deferred)`, rounded against them.
            uint256 gross = totalAssets() + deferred;
            // `deferred <= gross` and `amount <= lent <= gross`.
            // forge-lint: disable-next-line(unsafe-typecast)
            _deferred = uint128(Math.mulDiv(deferred, gross - amount, gross));
        }
        // `amount <= window.amount <= _lent`.
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            window.amount = uint96(lent - amount);
            // forge-lint: disable-next-line(unsafe-typecast)
            _lent -= uint128(amount);
        }
        address recipient = _slashRecipient;
        IERC20(asset()).safeTransfer(recipient, amount);
        emit PoolSlashed(rollupId, id, amount, recipient);
    }

    /// @inheritdoc IElasticPool
    function setMaxMultiplier(uint32 multiplierBps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxMultiplier(multiplierBps);
    }

    /// @inheritdoc IElasticPool
    function setMaxWindowShare(uint16 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxWindowShare(bps);
    }

    /// @inheritdoc IElasticPool
    function setMaxAllocation(uint16 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxAllocation(bps);
    }

    /// @inheritdoc IElasticPool
    function setMaxWindowDuration(uint64 duration) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxWindowDuration(duration);
    }

    /// @inheritdoc IElasticPool
    function setMaxOpenWindows(uint16 count) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxOpenWindows(count);
    }

    /// @inheritdoc IElasticPool
    function setMinRequestAssets(uint256 assets) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMinRequestAssets(assets);
    }

    /// @inheritdoc IElasticPool
    function setMaxTotalLent(uint16 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxTotalLent(bps);
    }

    /// @inheritdoc IElasticPool
    function setMaxStakeRatio(uint16 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxStakeRatio(bps);
    }

    /// @inheritdoc IElasticPool
    function setProfitUnlockPeriod(uint64 period) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setProfitUnlockPeriod(period);
    }

    /// @inheritdoc IElasticPool
    function setSlashRecipient(address recipient) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setSlashRecipient(recipient);
    }

    /// @inheritdoc IElasticPool
    function setRewardDistributor(address distributor) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setRewardDistributor(distributor);
    }

    // ------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IBoostSource
    function boostedStake(RollupId rollupId) external view returns (uint256) {
        BoostWindow memory window = _windows[rollupId];
        if (window.expiresAt <= block.timestamp) return 0;
        return uint256(window.amount) * window.multiplierBps / _BPS;
    }

    /// @inheritdoc IElasticPool
    function windowOf(RollupId rollupId) external view returns (BoostWindow memory) {
        return _windows[rollupId];
    }

    /// @inheritdoc IElasticPool
    function allocationOf(RollupId rollupId) external view returns (uint256) {
        return _windows[rollupId].amount;
    }

    /// @inheritdoc IElasticPool
    function openWindowCount() external view returns (uint256) {
        return _openWindowCount;
    }

    /// @inheritdoc IElasticPool
    function maxMultiplierBps() external view returns (uint32) {
        return _maxMultiplierBps;
    }

    /// @inheritdoc IElasticPool
    function maxWindowShareBps() external view returns (uint16) {
        return _maxWindowShareBps;
    }

    /// @inheritdoc IElasticPool
    function maxAllocationBps() external view returns (uint16) {
        return _maxAllocationBps;
    }

    /// @inheritdoc IElasticPool
    function maxWindowDuration() external view returns (uint64) {
        return _maxWindowDuration;
    }

    /// @inheritdoc IElasticPool
    function minRequestAssets() external view returns (uint256) {
        return _minRequestAssets;
    }

    /// @inheritdoc IElasticPool
    function maxOpenWindows() external view returns (uint16) {
        return _maxOpenWindows;
    }

    /// @inheritdoc IElasticPool
    function windowCap() external view returns (uint256) {
        return _share(totalAssets(), _maxWindowShareBps);
    }

    /// @inheritdoc IElasticPool
    function maxTotalLentBps() external view returns (uint16) {
        return _maxTotalLentBps;
    }

    /// @inheritdoc IElasticPool
    function lendableAssets() external view returns (uint256) {
        uint256 cap = _share(totalAssets(), _maxTotalLentBps);
        return cap > _lent ? cap - _lent : 0;
    }

    /// @inheritdoc IElasticPool
    function maxStakeRatioBps() external view returns (uint16) {
        return _maxStakeRatioBps;
    }

    /// @inheritdoc IElasticPool
    function boostBound(RollupId rollupId) public view returns (uint256) {
        return _share(_hub.rollupStake(rollupId), _maxStakeRatioBps);
    }

    /// @inheritdoc IElasticPool
    function stakingHub() external view returns (address) {
        return address(_hub);
    }

    /// @inheritdoc IElasticPool
    function allocationCap() external view returns (uint256) {
        return _share(totalAssets(), _maxAllocationBps);
    }

    /// @inheritdoc IElasticPool
    function idleAssets() external view returns (uint256) {
        return _idle;
    }

    /// @inheritdoc IElasticPool
    function lentAssets() external view returns (uint256) {
        return _lent;
    }

    /// @inheritdoc IElasticPool
    function freeIdleAssets() external view returns (uint256) {
        return _freeIdle(_idle);
    }

    /// @inheritdoc IElasticPool
    function lockedProfit() external view returns (uint256) {
        return _lockedProfit();
    }

    /// @inheritdoc IElasticPool
    function profitUnlockEnd() external view returns (uint64) {
        return _lockEnd;
    }

    /// @inheritdoc IElasticPool
    function profitUnlockPeriod() external view returns (uint64) {
        return _profitUnlockPeriod;
    }

    /// @inheritdoc IElasticPool
    function queuedShares() external view returns (uint256) {
        return _queuedShares;
    }

    /// @inheritdoc IElasticPool
    function withdrawalRequest(uint256 requestId)
        external
        view
        returns (address owner, uint256 shares)
    {
        Request storage request = _requests[requestId];
        if (request.deferred) return (request.owner, 0);
        return (request.owner, request.amount);
    }

    /// @inheritdoc IElasticPool
    function deferredExit(uint256 requestId)
        external
        view
        returns (address owner, uint256 value, uint256 advance, uint64 notBefore)
    {
        Request storage request = _requests[requestId];
        if (!request.deferred) return (address(0), 0, 0, 0);
        value = _deferredValue(request.amount, _deferred, _deferredUnits);
        return (request.owner, value, request.advance, request.notBefore);
    }

    /// @inheritdoc IElasticPool
    function withdrawalNotBefore(uint256 requestId) external view returns (uint64) {
        return _requests[requestId].notBefore;
    }

    /// @inheritdoc IElasticPool
    function advancedAssets() external view returns (uint256) {
        return _advanced;
    }

    /// @inheritdoc IElasticPool
    function deferredAssets() external view returns (uint256) {
        return _deferred;
    }

    /// @inheritdoc IElasticPool
    function slashableUntil() external view returns (uint64) {
        return _slashableUntil;
    }

    /// @inheritdoc IElasticPool
    function slashableAssets() external view returns (uint256) {
        return _atRisk();
    }

    /// @inheritdoc IElasticPool
    function queueBounds() external view returns (uint256 head, uint256 tail) {
        return (_queueHead, _queueTail);
    }

    /// @inheritdoc IElasticPool
    function rewardDistributor() external view returns (address) {
        return _rewardDistributor;
    }

    /// @inheritdoc IElasticPool
    function slashRecipient() external view returns (address) {
        return _slashRecipient;
    }

    /// @inheritdoc IElasticPool
    function registry() external view returns (address) {
        return address(_registry);
    }

    // ------------------------------------------------------------------------------------------
    // ERC-4626
    // ------------------------------------------------------------------------------------------

    /// @notice The shareholders' ERA: idle plus lent ERA, less the reward still locked, less
    ///         what the deferred claims are owed (their value less the advances paid on them);
    ///         queued shares still own their part of it until served.
    function totalAssets() public view override returns (uint256) {
        return uint256(_idle) + _lent + _advanced - _lockedProfit() - _deferred;
    }

    /// @notice What `owner` may withdraw at once: the idle-backed part of its shares' value
    ///         while stake is slashable (see `previewRedeem`), at most the free idle ERA.
    function maxWithdraw(address owner) public view override returns (uint256) {
        return Math.min(previewRedeem(balanceOf(owner)), _freeIdle(_idle));
    }

    /// @notice What `owner` may redeem at once: at most the shares whose idle-backed part the
    ///         free idle ERA covers.
    function maxRedeem(address owner) public view override returns (uint256) {
        uint256 free = _freeIdle(_idle);
        uint256 risk = _atRisk();
        // 0 means nothing lent is slashable (a sentinel, not a balance)
        // slither-disable-next-line incorrect-equality
        if (risk == 0) {
            return Math.min(balanceOf(owner), _convertToShares(free, Math.Rounding.Floor));
        }
        uint256 gross = totalAssets() + _deferred;
        if (gross <= risk) return 0;
        uint256 shares = Math.min(
            balanceOf(owner),
            _convertToShares(Math.mulDiv(free, gross, gross - risk), Math.Rounding.Floor)
        );
        // The part paid now is rounded up by at most 1 wei; keep it within the free idle ERA.
        if (shares != 0 && previewRedeem(shares) > free) --shares;
        return shares;
    }

    /// @notice The ERA `redeem(shares)` pays at once: the shares' value, times
    ///         `1 - lent / (totalAssets + deferredAssets)` while some lent stake is slashable
    ///         (before `slashableUntil`), all of it otherwise. The rest is not lost: it becomes
    ///         a deferred claim (`ExitDeferred`), which bears its pro-rata part of any slash
    ///         (not of rewards) and is served, less the part paid at once, from
    ///         `slashableUntil`.
    function previewRedeem(uint256 shares) public view override returns (uint256) {
        return _instantPart(_convertToAssets(shares, Math.Rounding.Floor));
    }

    /// @notice The shares `withdraw(assets)` takes: those whose part paid at once is `assets`
    ///         (see `previewRedeem`).
    function previewWithdraw(uint256 assets) public view override returns (uint256) {
        uint256 risk = _atRisk();
        if (risk != 0) {
            uint256 gross = totalAssets() + _deferred;
            if (gross <= risk) return assets == 0 ? 0 : type(uint256).max;
            assets = Math.mulDiv(assets, gross, gross - risk, Math.Rounding.Ceil);
        }
        return _convertToShares(assets, Math.Rounding.Ceil);
    }

    // ------------------------------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------------------------------

    function _deposit(address caller, address receiver, uint256 assets, uint256 shares)
        internal
        override
    {
        _idle += assets.toUint128();
        super._deposit(caller, receiver, assets, shares);
    }

    function _withdraw(
        address caller,
        address receiver,
        address owner,
        uint256 assets,
        uint256 shares
    ) internal override {
        // 0 means nothing lent is slashable (a sentinel, not a balance)
        // slither-disable-next-line incorrect-equality
        if (_atRisk() == 0) {
            // `maxWithdraw`/`maxRedeem` kept `assets` within the free idle ERA.
            // forge-lint: disable-next-line(unsafe-typecast)
            _idle -= uint128(assets);
            super._withdraw(caller, receiver, owner, assets, shares);
            return;
        }
        // Lent stake is slashable: `assets` is only the part of the shares' value not lent.
        // The shares are burnt for a deferred claim on their whole value, which bears the
        // same fraction of any slash as the shares do until it is served (after the stake
        // lent now can no longer be slashed), less `assets`, paid now as its advance.
        if (caller != owner) _spendAllowance(owner, caller, shares);
        uint256 value = _convertToAssets(shares, Math.Rounding.Floor);
        uint256 minimum = _minRequestAssets;
        if (value < minimum) revert ElasticPoolRequestBelowMinimum(value, minimum);
        _burn(owner, shares);
        uint256 deferred = _deferred;
        // Units as shares of the claims, with a virtual unit and ERA against a zero value.
        uint256 units = Math.mulDiv(value, uint256(_deferredUnits) + 1, deferred + 1);
        // The claims' value and units are below the ERA supply (times 2^20), `assets <= value`
        // and `assets <= _idle` (`maxWithdraw`/`maxRedeem` kept it within the free idle ERA).
        // forge-lint: disable-start(unsafe-typecast)
        (_deferred, _deferredUnits) = (uint128(deferred + value), _deferredUnits + uint128(units));
        _advanced += uint128(assets);
        _idle -= uint128(assets);
        // forge-lint: disable-end(unsafe-typecast)
        uint256 requestId = _enqueue(receiver, true, units, assets);
        IERC20(asset()).safeTransfer(receiver, assets);
        emit Withdraw(caller, receiver, owner, assets, shares);
        emit ExitDeferred(requestId, receiver, shares, value, assets, _slashableUntil);
    }

    /// @dev Appends a request; it is not served before the stake lent now stops being
    ///      slashable.
    function _enqueue(address owner, bool deferred, uint256 amount, uint256 advance)
        internal
        returns (uint256 requestId)
    {
        uint64 notBefore = _atRisk() != 0 ? _slashableUntil : 0;
        requestId = _queueTail;
        // Request ids count calls, far below 2^128.
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            _queueTail = uint128(requestId + 1);
        }
        // Both below 2^128: shares or units of ERA, and `advance <= amount`'s value.
        // forge-lint: disable-next-line(unsafe-typecast)
        _requests[requestId] =
            Request(owner, notBefore, deferred, uint128(amount), uint128(advance));
    }

    /// @dev The lent ERA that may still be slashed: all of it until the last window opened so
    ///      far expires (a window is slashable only until its expiry), none after.
    function _atRisk() internal view returns (uint256) {
        return block.timestamp < _slashableUntil ? _lent : 0;
    }

    /// @dev The part of `assets` of share value paid at once: all of it unless lent stake is
    ///      slashable, else `assets * (1 - lent / gross)` (rounded down), `gross` being the
    ///      assets of the shares and of the deferred claims, which bear slashes alike.
    function _instantPart(uint256 assets) internal view returns (uint256) {
        uint256 risk = _atRisk();
        // 0 means nothing lent is slashable (a sentinel, not a balance)
        // slither-disable-next-line incorrect-equality
        if (risk == 0) return assets;
        uint256 gross = totalAssets() + _deferred;
        // The lent part is rounded down: the split only times the payment (the deferred claim
        // is on the whole value), so the 1 wei goes to the part paid now. `risk <= gross`
        // (`gross = idle - locked + lent + advanced`), so the lent part is at most `assets`.
        unchecked {
            return assets - Math.mulDiv(assets, risk, gross);
        }
    }

    /// @dev What `units` of the deferred claims are worth now (all of `deferred` for the last).
    function _deferredValue(uint256 units, uint256 deferred, uint256 totalUnits)
        internal
        pure
        returns (uint256)
    {
        // the last claim takes exactly what is left, so no dust stays behind
        // slither-disable-next-line incorrect-equality
        if (units == totalUnits) return deferred;
        return Math.mulDiv(units, deferred + 1, totalUnits + 1);
    }

    function _decimalsOffset() internal pure override returns (uint8) {
        return 6;
    }

    /// @dev Reverts unless the multiplier and the duration lie within governance's caps.
    function _checkTerms(uint32 multiplierBps, uint64 duration) internal view {
        uint32 maxMultiplier = _maxMultiplierBps;
        if (multiplierBps < MIN_MULTIPLIER_BPS || multiplierBps > maxMultiplier) {
            revert ElasticPoolMultiplierOutOfBounds(
                multiplierBps, MIN_MULTIPLIER_BPS, maxMultiplier
            );
        }
        uint64 maxDuration = _maxWindowDuration;
        if (duration == 0 || duration > maxDuration) {
            revert ElasticPoolDurationOutOfBounds(duration, maxDuration);
        }
    }

    /// @dev Counts one more window on top of `open` others (at most `maxOpenWindows`) and
    ///      returns the new window's id.
    function _countNewWindow(uint256 open) internal returns (uint256 windowId) {
        uint256 max = _maxOpenWindows;
        if (open >= max) revert ElasticPoolTooManyWindows(open, max);
        // `open < max <= 64`; window ids count windows, below 2^32 (one per keeper call).
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            _openWindowCount = uint16(open + 1);
            windowId = ++_lastWindowId;
        }
    }

    /// @dev Moves `amount` from idle to lent after checking the window and allocation caps and
    ///      the idle ERA neither locked nor owed to the queue (locked reward is never lent, so a
    ///      slash can never take it and it stays within idle).
    function _lend(RollupId rollupId, uint256 amount) internal {
        uint256 idle = _idle;
        uint256 assets = totalAssets();
        uint256 cap = _share(assets, _maxWindowShareBps);
        if (amount > cap) revert ElasticPoolWindowAboveCap(amount, cap);
        cap = _share(assets, _maxAllocationBps);
        if (amount > cap) revert ElasticPoolAllocationAboveCap(rollupId, amount, cap);
        uint256 lent = _lent;
        cap = _share(assets, _maxTotalLentBps);
        if (lent + amount > cap) revert ElasticPoolTotalLentAboveCap(amount, lent, cap);
        uint256 available = _freeIdle(idle);
        if (amount > available) revert ElasticPoolInsufficientIdle(amount, available);
        // `amount <= idle`, and the pool's ERA fits 128 bits.
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            _idle = uint128(idle - amount);
            // forge-lint: disable-next-line(unsafe-typecast)
            _lent = uint128(lent + amount);
        }
    }

    /// @dev Returns a window's stake to idle and forgets the window.
    function _settle(RollupId rollupId, BoostWindow memory window) internal {
        delete _windows[rollupId];
        // A window's amount is part of `_lent`, and a window is counted while it exists.
        unchecked {
            _idle += window.amount;
            _lent -= window.amount;
            --_openWindowCount;
        }
        emit BoostWindowSettled(rollupId, window.id, window.amount);
    }

    /// @dev Pays queued requests in order while unlocked idle ERA covers the next one, at most
    ///      `maxItems`.
    function _serveQueue(uint256 maxItems) internal returns (uint256 served) {
        uint256 head = _queueHead;
        uint256 tail = _queueTail;
        uint256 idle = _idle;
        // Constant within the transaction: the lock depends only on its slot and the time.
        uint256 locked = _lockedProfit();
        IERC20 era = IERC20(asset());
        while (served < maxItems && head < tail) {
            Request memory request = _requests[head];
            // `notBefore` never decreases along the queue but for requests made when nothing
            // was lent (0), which wait behind the earlier ones: FIFO is kept.
            if (request.notBefore > block.timestamp) break;
            uint256 assets;
            uint256 shares = 0;
            if (request.deferred) {
                uint256 deferred = _deferred;
                uint256 totalUnits = _deferredUnits;
                uint256 value = _deferredValue(request.amount, deferred, totalUnits);
                // The advance was paid at the exit. Should slashes of stake lent after it
                // take, in total, more than the exit's lent part, the claim gets nothing more
                // and the holders carry the rest.
                assets = value > request.advance ? value - request.advance : 0;
                // `idle >= locked`: locked reward is never lent, withdrawn or served.
                if (assets > idle - locked) break;
                // `value <= deferred`, `request.amount <= totalUnits`, the advance was added.
                unchecked {
                    // forge-lint: disable-next-line(unsafe-typecast)
                    (_deferred, _deferredUnits) =
                    (uint128(deferred - value), uint128(totalUnits - request.amount));
                    _advanced -= request.advance;
                }
            } else {
                shares = request.amount;
                assets = _convertToAssets(shares, Math.Rounding.Floor);
                if (assets > idle - locked) break;
                _burn(address(this), shares);
                // The request's shares were added to the queue total.
                unchecked {
                    _queuedShares -= request.amount;
                }
            }
            delete _requests[head];
            // `assets <= idle - locked`; the loop is bounded by `tail`.
            unchecked {
                idle -= assets;
                // forge-lint: disable-next-line(unsafe-typecast)
                _idle = uint128(idle);
                ++head;
                ++served;
            }
            // forge-lint: disable-next-line(unsafe-typecast)
            _queueHead = uint128(head);
            if (assets != 0) era.safeTransfer(request.owner, assets);
            emit WithdrawalServed(head - 1, request.owner, shares, assets);
        }
    }

    /// @dev Idle ERA neither locked nor owed to the queue: the queued shares' value (rounded
    ///      up) and what the deferred claims are owed beyond the lent ERA.
    function _freeIdle(uint256 idle) internal view returns (uint256) {
        // `idle >= locked`: locked reward is never lent, withdrawn or served.
        uint256 unlocked = idle - _lockedProfit();
        uint256 queued = _queuedShares;
        uint256 owed = queued == 0 ? 0 : _convertToAssets(queued, Math.Rounding.Ceil);
        // The deferred claims are owed their value less their advances, backed by idle ERA
        // for the part the lent stake, once returned, does not cover.
        uint256 deferred = _deferred;
        if (deferred != 0) {
            uint256 net = deferred > _advanced ? deferred - _advanced : 0;
            uint256 lent = _lent;
            if (net > lent) owed += net - lent;
        }
        return unlocked > owed ? unlocked - owed : 0;
    }

    /// @dev The reward still locked now: the amount locked at `_lockStart`, released linearly
    ///      until `_lockEnd`, rounded up (the unlocked part is never over-counted). Never
    ///      increases with time, and never exceeds `_idle`.
    function _lockedProfit() internal view returns (uint256) {
        uint256 end = _lockEnd;
        if (block.timestamp >= end) return 0;
        // `_lockStart <= block.timestamp < end`.
        unchecked {
            return
                Math.mulDiv(
                    _lockAmount, end - block.timestamp, end - _lockStart, Math.Rounding.Ceil
                );
        }
    }

    /// @dev Reverts unless `amount` at `multiplierBps` stays within the rollup's stake bound:
    ///      a rollup thinly staked on the hub (or not at all) cannot route its stakers' reward
    ///      to the pool through a window.
    function _checkStakeBound(RollupId rollupId, uint256 amount, uint32 multiplierBps)
        internal
        view
    {
        uint256 boosted = amount * multiplierBps / _BPS;
        uint256 bound = boostBound(rollupId);
        if (boosted > bound) revert ElasticPoolBoostAboveStakeBound(rollupId, boosted, bound);
    }

    function _checkBoostable(RollupId rollupId) internal view {
        if (!_registry.isRegistered(rollupId)) revert ElasticPoolUnknownRollup(rollupId);
        RollupStatus status = _registry.statusOf(rollupId);
        if (status != RollupStatus.Active && status != RollupStatus.Congested) {
            revert ElasticPoolRollupNotBoostable(rollupId, status);
        }
    }

    function _share(uint256 assets, uint256 bps) internal pure returns (uint256) {
        return assets * bps / _BPS;
    }

    function _setMaxMultiplier(uint32 multiplierBps) internal {
        if (multiplierBps < MIN_MULTIPLIER_BPS || multiplierBps > MAX_MULTIPLIER_CAP_BPS) {
            revert ElasticPoolMaxMultiplierOutOfBounds(
                multiplierBps, MIN_MULTIPLIER_BPS, MAX_MULTIPLIER_CAP_BPS
            );
        }
        _maxMultiplierBps = multiplierBps;
        emit MaxMultiplierSet(multiplierBps);
    }

    function _setMaxWindowShare(uint16 bps) internal {
        if (bps == 0 || bps > MAX_WINDOW_SHARE_CAP_BPS) {
            revert ElasticPoolMaxWindowShareOutOfBounds(bps, MAX_WINDOW_SHARE_CAP_BPS);
        }
        _maxWindowShareBps = bps;
        emit MaxWindowShareSet(bps);
    }

    function _setMaxAllocation(uint16 bps) internal {
        if (bps == 0 || bps > MAX_ALLOCATION_CAP_BPS) {
            revert ElasticPoolMaxAllocationOutOfBounds(bps, MAX_ALLOCATION_CAP_BPS);
        }
        _maxAllocationBps = bps;
        emit MaxAllocationSet(bps);
    }

    function _setMaxWindowDuration(uint64 duration) internal {
        if (duration < MIN_WINDOW_DURATION_CAP || duration > MAX_WINDOW_DURATION_CAP) {
            revert ElasticPoolMaxWindowDurationOutOfBounds(
                duration, MIN_WINDOW_DURATION_CAP, MAX_WINDOW_DURATION_CAP
            );
        }
        _maxWindowDuration = duration;
        emit MaxWindowDurationSet(duration);
    }

    function _setMaxOpenWindows(uint16 count) internal {
        if (count == 0 || count > MAX_OPEN_WINDOWS_CAP) {
            revert ElasticPoolMaxOpenWindowsOutOfBounds(count, MAX_OPEN_WINDOWS_CAP);
        }
        _maxOpenWindows = count;
        emit MaxOpenWindowsSet(count);
    }

    function _setMaxTotalLent(uint16 bps) internal {
        if (bps == 0 || bps > MAX_TOTAL_LENT_CAP_BPS) {
            revert ElasticPoolMaxTotalLentOutOfBounds(bps, MAX_TOTAL_LENT_CAP_BPS);
        }
        _maxTotalLentBps = bps;
        emit MaxTotalLentSet(bps);
    }

    function _setMaxStakeRatio(uint16 bps) internal {
        if (bps == 0 || bps > MAX_STAKE_RATIO_CAP_BPS) {
            revert ElasticPoolMaxStakeRatioOutOfBounds(bps, MAX_STAKE_RATIO_CAP_BPS);
        }
        _maxStakeRatioBps = bps;
        emit MaxStakeRatioSet(bps);
    }

    function _setMinRequestAssets(uint256 assets) internal {
        if (assets == 0 || assets > MAX_MIN_REQUEST_ASSETS) {
            revert ElasticPoolMinRequestOutOfBounds(assets, MAX_MIN_REQUEST_ASSETS);
        }
        _minRequestAssets = assets;
        emit MinRequestAssetsSet(assets);
    }

    function _setProfitUnlockPeriod(uint64 period) internal {
        if (period < MIN_PROFIT_UNLOCK_PERIOD || period > MAX_PROFIT_UNLOCK_PERIOD) {
            revert ElasticPoolProfitUnlockPeriodOutOfBounds(
                period, MIN_PROFIT_UNLOCK_PERIOD, MAX_PROFIT_UNLOCK_PERIOD
            );
        }
        _profitUnlockPeriod = period;
        emit ProfitUnlockPeriodSet(period);
    }

    function _setSlashRecipient(address recipient) internal {
        if (recipient == address(0)) revert ElasticPoolZeroAddress();
        _slashRecipient = recipient;
        emit SlashRecipientSet(recipient);
    }

    function _setRewardDistributor(address distributor) internal {
        if (distributor == address(0)) revert ElasticPoolZeroAddress();
        _rewardDistributor = distributor;
        emit RewardDistributorSet(distributor);
    }
}
