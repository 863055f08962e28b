// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupId} from "../types/RollupId.sol";
import {IBoostSource} from "./IBoostSource.sol";
import {RollupStatus} from "./IRollupRegistry.sol";

/// @notice A rollup's boost window: pool stake lent to its validators until `expiresAt`.
/// @param id The window's id, unique in the pool (from 1; 0 means "no window").
/// @param multiplierBps What one lent ERA counts for as effective stake, in bps (20,000 = 2x).
/// @param expiresAt When the loan ends: from then on the stake is no longer lent (no boost, no
///        slashing) and anyone may settle the window.
/// @param amount The ERA lent (the rollup's allocation).
struct BoostWindow {
    uint64 id;
    uint32 multiplierBps;
    uint64 expiresAt;
    uint96 amount;
}

/// @title IElasticPoolErrors
interface IElasticPoolErrors {
    /// @notice An address argument is the zero address.
    error ElasticPoolZeroAddress();
    /// @notice An amount or a share count is 0.
    error ElasticPoolZeroAmount();
    /// @notice The rollup is not registered in the RollupRegistry.
    error ElasticPoolUnknownRollup(RollupId rollupId);
    /// @notice Stake is lent only to Active or Congested rollups.
    error ElasticPoolRollupNotBoostable(RollupId rollupId, RollupStatus status);
    /// @notice The rollup already has an open window; the keeper's action was already applied.
    error ElasticPoolWindowAlreadyOpen(RollupId rollupId, uint256 windowId, uint64 expiresAt);
    /// @notice The multiplier lies outside `[MIN_MULTIPLIER_BPS, maxMultiplierBps]`.
    error ElasticPoolMultiplierOutOfBounds(uint32 multiplierBps, uint32 min, uint32 max);
    /// @notice The window duration is 0 or above `maxWindowDuration`.
    error ElasticPoolDurationOutOfBounds(uint64 duration, uint64 max);
    /// @notice The amount of a new window is above `maxWindowShareBps` of the pool's assets.
    error ElasticPoolWindowAboveCap(uint256 amount, uint256 cap);
    /// @notice A rollup's allocation would be above `maxAllocationBps` of the pool's assets.
    error ElasticPoolAllocationAboveCap(RollupId rollupId, uint256 allocation, uint256 cap);
    /// @notice `maxOpenWindows` windows are already open (expired ones count until settled).
    error ElasticPoolTooManyWindows(uint256 open, uint256 max);
    /// @notice Not enough idle ERA outside what the withdrawal queue is owed.
    error ElasticPoolInsufficientIdle(uint256 amount, uint256 available);
    /// @notice The rollup has no window.
    error ElasticPoolNoWindow(RollupId rollupId);
    /// @notice The window has not expired yet, so it cannot be settled.
    error ElasticPoolWindowNotExpired(RollupId rollupId, uint256 windowId, uint64 expiresAt);
    /// @notice The window has expired: its stake is no longer lent.
    error ElasticPoolWindowExpired(RollupId rollupId, uint256 windowId, uint64 expiresAt);
    /// @notice A withdrawal request is worth less than `minRequestAssets` (dust cannot clog the
    ///         queue); smaller amounts leave through `redeem`/`withdraw` from idle ERA.
    error ElasticPoolRequestBelowMinimum(uint256 assets, uint256 minimum);
    /// @notice The minimum request size lies outside `(0, MAX_MIN_REQUEST_ASSETS]`.
    error ElasticPoolMinRequestOutOfBounds(uint256 assets, uint256 max);
    /// @notice A redistribution from a rollup to itself.
    error ElasticPoolSameRollup(RollupId rollupId);
    /// @notice A redistribution above the source rollup's allocation.
    error ElasticPoolRedistributionExceedsAllocation(
        RollupId from, uint256 allocation, uint256 amount
    );
    /// @notice A slash above what is lent to the rollup.
    error ElasticPoolSlashExceedsLent(RollupId rollupId, uint256 lent, uint256 amount);
    /// @notice Only the RewardDistributor may notify boost rewards.
    error ElasticPoolNotRewardDistributor(address caller);
    /// @notice The multiplier cap lies outside `[MIN_MULTIPLIER_BPS, MAX_MULTIPLIER_CAP_BPS]`.
    error ElasticPoolMaxMultiplierOutOfBounds(uint32 multiplierBps, uint32 min, uint32 max);
    /// @notice The per-window share cap is 0 or above `MAX_WINDOW_SHARE_CAP_BPS`.
    error ElasticPoolMaxWindowShareOutOfBounds(uint16 bps, uint16 max);
    /// @notice The per-rollup allocation cap is 0 or above `MAX_ALLOCATION_CAP_BPS`.
    error ElasticPoolMaxAllocationOutOfBounds(uint16 bps, uint16 max);
    /// @notice The longest window lies outside `[MIN_WINDOW_DURATION_CAP, MAX_WINDOW_DURATION_CAP]`.
    error ElasticPoolMaxWindowDurationOutOfBounds(uint64 duration, uint64 min, uint64 max);
    /// @notice The concurrent-window cap is 0 or above `MAX_OPEN_WINDOWS_CAP`.
    error ElasticPoolMaxOpenWindowsOutOfBounds(uint16 count, uint16 max);
    /// @notice Lending `amount` more would put the pool's total lent above its cap.
    error ElasticPoolTotalLentAboveCap(uint256 amount, uint256 lent, uint256 cap);
    /// @notice The total-lent cap lies outside `(0, MAX_TOTAL_LENT_CAP_BPS]`.
    error ElasticPoolMaxTotalLentOutOfBounds(uint16 bps, uint16 max);
    /// @notice The window's boosted stake would exceed what the rollup's own hub stake allows.
    error ElasticPoolBoostAboveStakeBound(RollupId rollupId, uint256 boosted, uint256 bound);
    /// @notice The stake-ratio cap lies outside `(0, MAX_STAKE_RATIO_CAP_BPS]`.
    error ElasticPoolMaxStakeRatioOutOfBounds(uint16 bps, uint16 max);
    /// @notice The profit unlock period lies outside
    ///         `[MIN_PROFIT_UNLOCK_PERIOD, MAX_PROFIT_UNLOCK_PERIOD]`.
    error ElasticPoolProfitUnlockPeriodOutOfBounds(uint64 period, uint64 min, uint64 max);
}

/// @title IElasticPoolEvents
interface IElasticPoolEvents {
    /// @notice The keeper lent `amount` to a rollup until `expiresAt` (also emitted when a
    ///         redistribution creates a window for its target).
    event BoostWindowOpened(
        RollupId indexed rollupId,
        uint256 indexed windowId,
        uint32 multiplierBps,
        uint256 amount,
        uint64 expiresAt
    );
    /// @notice A window ended and `returned` ERA went back to idle (0 when a redistribution
    ///         emptied it).
    event BoostWindowSettled(RollupId indexed rollupId, uint256 indexed windowId, uint256 returned);
    /// @notice The keeper moved `amount` of lent stake from one rollup's window to another's.
    event Redistributed(
        RollupId indexed from,
        RollupId indexed to,
        uint256 amount,
        uint256 fromWindowId,
        uint256 toWindowId
    );
    /// @notice The RewardDistributor paid the pool `amount` for stake lent to a rollup.
    event BoostRewardReceived(RollupId indexed rollupId, uint256 amount);
    /// @notice A reward was locked: `locked` ERA (the new reward plus what was still locked)
    ///         now unlocks linearly until `unlockEnd`.
    event ProfitLocked(uint256 locked, uint64 unlockEnd);
    /// @notice Governance slashed `amount` of the stake lent to a rollup.
    event PoolSlashed(
        RollupId indexed rollupId, uint256 indexed windowId, uint256 amount, address recipient
    );
    /// @notice `owner` queued `shares` for withdrawal.
    event WithdrawalRequested(uint256 indexed requestId, address indexed owner, uint256 shares);
    /// @notice An instant exit while lent stake was slashable: `shares` worth `value` were burnt,
    ///         `advance` ERA (the part not lent) paid to `owner` at once, and the rest queued as
    ///         the deferred claim `requestId`, served (less any slash since) from `notBefore`.
    event ExitDeferred(
        uint256 indexed requestId,
        address indexed owner,
        uint256 shares,
        uint256 value,
        uint256 advance,
        uint64 notBefore
    );
    /// @notice A queued withdrawal was paid: `shares` burnt for `assets` ERA.
    event WithdrawalServed(
        uint256 indexed requestId, address indexed owner, uint256 shares, uint256 assets
    );
    /// @notice Governance set the multiplier cap.
    event MaxMultiplierSet(uint32 multiplierBps);
    /// @notice Governance set the per-window share cap.
    event MaxWindowShareSet(uint16 bps);
    /// @notice Governance set the per-rollup allocation cap.
    event MaxAllocationSet(uint16 bps);
    /// @notice Governance set the longest window.
    event MaxWindowDurationSet(uint64 duration);
    /// @notice Governance set the number of windows that may be open at once.
    event MaxOpenWindowsSet(uint16 count);
    /// @notice Governance set the smallest withdrawal request, in ERA.
    event MinRequestAssetsSet(uint256 assets);
    /// @notice Governance set the largest share of pool assets lent at once, over all windows.
    event MaxTotalLentSet(uint16 bps);
    /// @notice Governance set the largest boosted stake a rollup may get per unit of its own
    ///         hub stake.
    event MaxStakeRatioSet(uint16 bps);
    /// @notice Governance set the time over which each new boost reward unlocks.
    event ProfitUnlockPeriodSet(uint64 period);
    /// @notice Governance set where slashed ERA goes.
    event SlashRecipientSet(address indexed recipient);
    /// @notice Governance set the RewardDistributor allowed to notify rewards.
    event RewardDistributorSet(address indexed distributor);
}

/// @title IElasticPool
/// @notice An ERA vault (ERC-4626 shares) whose holders opt in to elastic staking. The keeper
///         lends pool stake to a rollup for a bounded boost window; the lent stake counts
///         `multiplierBps / 10,000` times as effective stake in the RewardDistributor, its
///         rewards raise the share price, it is slashable (by governance) only for that rollup
///         and only while lent, and it returns when the window expires.
/// @dev Lending is an accounting move: the ERA stays in the pool, escrowed for the rollup, so it
///      returns in full at expiry unless slashed.
///      `totalAssets = idle + lent - lockedProfit - (deferredAssets - advancedAssets)`.
///      Rewards: a boost reward joins idle ERA but is locked and released linearly over
///      `profitUnlockPeriod` (Yearn v3's profit unlocking): shares held for a fraction f of the
///      period earn about f of what they earn held for all of it, so capital deposited just
///      before a report and redeemed just after (a flash loan) takes none of the reward. A
///      reward arriving while some is still locked re-locks the remainder with it over a fresh
///      period. Locked ERA is not lent, withdrawn or served to the queue; a slash (of lent
///      stake) does not touch it.
///      Withdrawals: ERC-4626 `withdraw`/`redeem` pay at once from idle ERA that the queue is not
///      owed; `requestWithdraw` queues shares, which the pool holds and which keep earning and
///      bearing slashes until served FIFO at the share price of the serving moment (assets are
///      fixed at serve time, so queueing never moves the share price).
///      Slash exposure (docs/security/slashing.md): while some lent stake is slashable (until
///      `slashableUntil`, the expiry of the last window opened), no exit escapes a later slash
///      of it. `redeem`/`withdraw` then pay at once only the part of the shares' value not
///      lent, `value * (1 - lent / (totalAssets + deferredAssets))`, as an advance, and burn
///      the shares for a deferred claim on their whole value (`ExitDeferred`): it loses the
///      same fraction of itself as the shares in any slash, gains nothing from rewards (so the
///      profit unlock is untouched), and is served, less the advance, in the queue. Every
///      request made while stake is slashable, of shares or deferred, waits until
///      `slashableUntil` as it stood then (at most `maxWindowDuration` later). Rounding always favours the pool, so the share price
///      never decreases except by slashing. Opening, redistributing and settling cost O(1) whatever the number
///      of depositors.
interface IElasticPool is IElasticPoolErrors, IElasticPoolEvents, IBoostSource {
    /// @notice Lends `amount` idle ERA to `rollupId` for `duration` seconds at `multiplierBps`.
    ///         KEEPER role. The rollup must be registered and Active or Congested and have no
    ///         open window (an expired, unsettled one is settled first); `amount` must be
    ///         non-zero, within the per-window and per-rollup caps and the idle ERA not owed to
    ///         the queue; `duration` in `(0, maxWindowDuration]`; the multiplier in
    ///         `[MIN_MULTIPLIER_BPS, maxMultiplierBps]`; fewer than `maxOpenWindows` open.
    /// @return windowId The new window's id.
    function openBoostWindow(
        RollupId rollupId,
        uint32 multiplierBps,
        uint256 amount,
        uint64 duration
    ) external returns (uint256 windowId);

    /// @notice Ends an expired window: its stake returns to idle, then up to
    ///         `SETTLE_SERVE_LIMIT` queued withdrawals are served. Anyone may call.
    function settleWindow(RollupId rollupId) external;

    /// @notice Moves `amount` of the stake lent to `from` (an open, unexpired window) to `to`.
    ///         KEEPER role. `to` must be registered and Active or Congested, and its allocation
    ///         must stay within `maxAllocationBps` of the pool's assets. If `to` has no open
    ///         window one is created with `from`'s expiry and multiplier (clamped to the current
    ///         cap), subject to `maxOpenWindows`; a window emptied by the move is closed.
    function redistribute(RollupId from, RollupId to, uint256 amount) external;

    /// @notice Queues `shares` of the caller for withdrawal; the pool holds them until served.
    ///         The shares must be worth at least `minRequestAssets` ERA now, so that dust cannot
    ///         be placed ahead of real requests (serving each request costs the server gas).
    /// @return requestId The request's place in the queue.
    function requestWithdraw(uint256 shares) external returns (uint256 requestId);

    /// @notice Serves up to `maxItems` queued withdrawals, in order, while unlocked idle ERA covers
    ///         the next one. Anyone may call.
    /// @return served How many requests were paid.
    function serveQueue(uint256 maxItems) external returns (uint256 served);

    /// @notice Slashes `amount` of the stake lent to `rollupId` (open, unexpired window) to the
    ///         slash recipient. Admin only. Lowers the pool's assets and so the share price.
    function slash(RollupId rollupId, uint256 amount) external;

    /// @notice Sets the multiplier cap, in `[MIN_MULTIPLIER_BPS, MAX_MULTIPLIER_CAP_BPS]`.
    ///         Admin only. Open windows keep their multiplier.
    function setMaxMultiplier(uint32 multiplierBps) external;

    /// @notice Sets the largest share of pool assets one new window may lend, in
    ///         `(0, MAX_WINDOW_SHARE_CAP_BPS]`. Admin only.
    function setMaxWindowShare(uint16 bps) external;

    /// @notice Sets the largest share of pool assets one rollup may hold, in
    ///         `(0, MAX_ALLOCATION_CAP_BPS]`. Admin only.
    function setMaxAllocation(uint16 bps) external;

    /// @notice Sets the longest window, in `[MIN_WINDOW_DURATION_CAP, MAX_WINDOW_DURATION_CAP]`.
    ///         Admin only. Open windows keep their expiry.
    function setMaxWindowDuration(uint64 duration) external;

    /// @notice Sets how many windows may be open at once, in `(0, MAX_OPEN_WINDOWS_CAP]`.
    ///         Admin only.
    function setMaxOpenWindows(uint16 count) external;

    /// @notice Sets the smallest withdrawal request, in ERA, in `(0, MAX_MIN_REQUEST_ASSETS]`.
    ///         Admin only. Requests already queued are not affected.
    function setMinRequestAssets(uint256 assets) external;

    /// @notice Sets the largest share of pool assets lent at once over all windows, in
    ///         `(0, MAX_TOTAL_LENT_CAP_BPS]`. Admin only. Windows already open are kept.
    function setMaxTotalLent(uint16 bps) external;

    /// @notice Sets the largest boosted stake (amount times multiplier) a rollup's window may
    ///         carry, in bps of the rollup's own stake in the StakingHub, in
    ///         `(0, MAX_STAKE_RATIO_CAP_BPS]`. Admin only. At 10,000 the pool takes at most
    ///         half of a rollup's staker reward; a rollup without hub stake gets no window.
    function setMaxStakeRatio(uint16 bps) external;

    /// @notice Sets the time over which each new boost reward unlocks, in
    ///         `[MIN_PROFIT_UNLOCK_PERIOD, MAX_PROFIT_UNLOCK_PERIOD]`. Admin only. ERA already
    ///         locked keeps its schedule (`profitUnlockEnd`); the next reward re-locks it with
    ///         the new one over the new period.
    function setProfitUnlockPeriod(uint64 period) external;

    /// @notice Sets where slashed ERA goes. Admin only.
    function setSlashRecipient(address recipient) external;

    /// @notice Sets the RewardDistributor allowed to notify boost rewards. Admin only.
    function setRewardDistributor(address distributor) external;

    /// @notice A rollup's window (id 0: none). An expired window stays until settled.
    function windowOf(RollupId rollupId) external view returns (BoostWindow memory);

    /// @notice The ERA lent to a rollup (its allocation), 0 without a window.
    function allocationOf(RollupId rollupId) external view returns (uint256);

    /// @notice The number of windows not yet settled (expired ones included).
    function openWindowCount() external view returns (uint256);

    /// @notice The multiplier cap, in bps.
    function maxMultiplierBps() external view returns (uint32);

    /// @notice The largest share of pool assets one new window may lend, in bps.
    function maxWindowShareBps() external view returns (uint16);

    /// @notice The largest share of pool assets one rollup may hold, in bps.
    function maxAllocationBps() external view returns (uint16);

    /// @notice The longest window, in seconds.
    function maxWindowDuration() external view returns (uint64);

    /// @notice How many windows may be open at once.
    function maxOpenWindows() external view returns (uint16);

    /// @notice The smallest withdrawal request, in ERA.
    function minRequestAssets() external view returns (uint256);

    /// @notice The largest amount a new window may lend now.
    function windowCap() external view returns (uint256);

    /// @notice The largest share of pool assets lent at once, over all windows, in bps.
    function maxTotalLentBps() external view returns (uint16);

    /// @notice How much more the pool may lend now under the total-lent cap.
    function lendableAssets() external view returns (uint256);

    /// @notice The largest boosted stake per unit of a rollup's own hub stake, in bps.
    function maxStakeRatioBps() external view returns (uint16);

    /// @notice The largest boosted stake a window on `rollupId` may carry now: its hub stake
    ///         times `maxStakeRatioBps`.
    function boostBound(RollupId rollupId) external view returns (uint256);

    /// @notice The StakingHub whose rollup stake bounds the windows.
    function stakingHub() external view returns (address);

    /// @notice The largest allocation a rollup may hold now.
    function allocationCap() external view returns (uint256);

    /// @notice ERA in the pool and not lent, the locked reward included.
    function idleAssets() external view returns (uint256);

    /// @notice ERA lent to rollups (windows not yet settled).
    function lentAssets() external view returns (uint256);

    /// @notice Idle ERA neither locked (`lockedProfit`) nor owed to the queued shares: what may
    ///         be lent or withdrawn at once.
    function freeIdleAssets() external view returns (uint256);

    /// @notice Reward ERA still locked now (part of `idleAssets`, not of `totalAssets`): it
    ///         unlocks linearly until `profitUnlockEnd`.
    function lockedProfit() external view returns (uint256);

    /// @notice When the reward locked now is fully unlocked (in the past: nothing is locked).
    function profitUnlockEnd() external view returns (uint64);

    /// @notice The time over which each new boost reward unlocks, in seconds.
    function profitUnlockPeriod() external view returns (uint64);

    /// @notice Shares waiting in the withdrawal queue.
    function queuedShares() external view returns (uint256);

    /// @notice A queued withdrawal (owner 0: served or never made; shares 0: a deferred exit).
    function withdrawalRequest(uint256 requestId)
        external
        view
        returns (address owner, uint256 shares);

    /// @notice A deferred exit (owner 0: served, never made, or a request of shares): what its
    ///         claim is worth now, the advance paid at the exit (serving pays `value - advance`,
    ///         at least 0) and the time before which it is not served.
    function deferredExit(uint256 requestId)
        external
        view
        returns (address owner, uint256 value, uint256 advance, uint64 notBefore);

    /// @notice The time before which a queued request is not served (0: no wait).
    function withdrawalNotBefore(uint256 requestId) external view returns (uint64);

    /// @notice The advances paid on the deferred claims.
    function advancedAssets() external view returns (uint256);

    /// @notice What the deferred claims are worth now, their advances included.
    function deferredAssets() external view returns (uint256);

    /// @notice When the last window opened so far expires: until then lent stake may be slashed
    ///         and exits are deferred.
    function slashableUntil() external view returns (uint64);

    /// @notice The lent ERA that may still be slashed now (all lent ERA before
    ///         `slashableUntil`, none after).
    function slashableAssets() external view returns (uint256);

    /// @notice The next request to serve and the id the next request will get.
    function queueBounds() external view returns (uint256 head, uint256 tail);

    /// @notice The RewardDistributor allowed to notify boost rewards.
    function rewardDistributor() external view returns (address);

    /// @notice Where slashed ERA goes.
    function slashRecipient() external view returns (address);

    /// @notice The RollupRegistry.
    function registry() external view returns (address);
}
