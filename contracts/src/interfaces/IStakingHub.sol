// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupId} from "../types/RollupId.sol";

/// @notice A validator's lifecycle in the StakingHub.
enum ValidatorStatus {
    None,
    Active,
    Exited,
    /// @dev Below its rollup's minimum self-stake for longer than the grace period: its
    ///      self-stake earns nothing and leaves the rollup's rewarded stake and its domain stake
    ///      (no votes), it takes no delegations and no commission; topping its self-stake up to
    ///      the minimum reactivates.
    Inactive
}

/// @title IStakingHubErrors
interface IStakingHubErrors {
    /// @notice The caller already registered as a validator.
    error StakingHubValidatorAlreadyRegistered(address validator);
    /// @notice The address is not an active validator (never registered, or exited).
    error StakingHubValidatorNotActive(address validator);
    /// @notice The grace period lies outside `[MIN_STAKE_GRACE, MAX_STAKE_GRACE]`.
    error StakingHubGraceOutOfBounds(uint48 grace, uint48 min, uint48 max);
    /// @notice The address never registered as a validator.
    error StakingHubUnknownValidator(address validator);
    /// @notice The rollup is not registered in the RollupRegistry.
    error StakingHubUnknownRollup(RollupId rollupId);
    /// @notice A validator's self-stake would be below the rollup's current minimum (and not 0).
    error StakingHubBelowMinimumStake(address validator, uint256 stake, uint256 minimum);
    /// @notice The commission is above `MAX_COMMISSION_BPS`.
    error StakingHubCommissionTooHigh(uint16 commissionBps, uint16 max);
    /// @notice The amount is 0.
    error StakingHubZeroAmount();
    /// @notice The account's stake at the validator is below the amount.
    error StakingHubInsufficientStake(
        address account, address validator, uint256 stake, uint256 amount
    );
    /// @notice No pending withdrawal with this id for the account.
    error StakingHubUnknownRequest(address account, uint256 requestId);
    /// @notice The withdrawal is still unbonding.
    error StakingHubStillUnbonding(address account, uint256 requestId, uint256 releaseAt);
    /// @notice Only the RewardDistributor may notify rewards.
    error StakingHubNotRewardDistributor(address caller);
    /// @notice A reward was notified for a rollup without stake.
    error StakingHubNoStake(RollupId rollupId);
    /// @notice A slash above the validator's self-stake, bonded and unbonding.
    error StakingHubSlashExceedsStake(address validator, uint256 stake, uint256 amount);
    /// @notice The validator's exits (undelegating or withdrawing its self-stake) are frozen
    ///         until `until`; or the council tried to freeze them while they are.
    error StakingHubExitsFrozen(address validator, uint48 until);
    /// @notice The council froze this validator's exits recently: not again before `allowedAt`
    ///         (governance may).
    error StakingHubFreezeCooldown(address validator, uint48 allowedAt);
    /// @notice Lifting a freeze that is not in force.
    error StakingHubNotFrozen(address validator);
    /// @notice The unbonding period lies outside `[MIN_UNBONDING_PERIOD, MAX_UNBONDING_PERIOD]`.
    error StakingHubUnbondingPeriodOutOfBounds(uint48 period, uint48 min, uint48 max);
    /// @notice The commission delay is above `MAX_COMMISSION_DELAY`.
    error StakingHubCommissionDelayOutOfBounds(uint48 delay, uint48 max);
    /// @notice The address is the zero address.
    error StakingHubZeroAddress();
    /// @notice A past-stake lookup at or after the current clock.
    error StakingHubFutureLookup(uint256 timepoint, uint48 clock);
    /// @notice The reward stream period lies outside
    ///         `[MIN_REWARD_STREAM_PERIOD, MAX_REWARD_STREAM_PERIOD]`.
    error StakingHubRewardStreamPeriodOutOfBounds(uint48 period, uint48 min, uint48 max);
}

/// @title IStakingHubEvents
interface IStakingHubEvents {
    /// @notice A validator registered for a rollup with its self-stake.
    event ValidatorRegistered(
        address indexed validator,
        RollupId indexed rollupId,
        uint32 indexed domain,
        uint16 commissionBps,
        uint256 selfStake
    );
    /// @notice A validator asked for a new commission, effective at `effectiveAt`.
    event CommissionChangeRequested(
        address indexed validator, uint16 commissionBps, uint48 effectiveAt
    );
    /// @notice A validator's self-stake reached 0; it takes no new delegations.
    event ValidatorExited(address indexed validator);
    /// @notice The validator's self-stake was found below its rollup's minimum; unless topped up
    ///         it becomes Inactive at `graceEndsAt`.
    event ValidatorBelowMinimum(
        address indexed validator, uint256 selfStake, uint256 minimum, uint48 graceEndsAt
    );
    /// @notice The grace period ended with the self-stake still below the minimum.
    event ValidatorDeactivated(address indexed validator, uint256 selfStake, uint256 minimum);
    /// @notice An Inactive validator's self-stake reached the minimum again.
    event ValidatorReactivated(address indexed validator, uint256 selfStake);
    /// @notice Governance set the grace period for validators below the minimum.
    event StakeGraceSet(uint48 grace);
    /// @notice A requested commission took effect at `effectiveAt`; rewards that streamed to
    ///         the rollup before then are settled at the previous rate whenever they are claimed.
    event CommissionApplied(address indexed validator, uint16 commissionBps, uint48 effectiveAt);
    /// @notice `account` staked `amount` with `validator`.
    event Delegated(address indexed account, address indexed validator, uint256 amount);
    /// @notice `account` started unbonding `amount` from `validator`.
    event Undelegated(
        address indexed account,
        address indexed validator,
        uint256 indexed requestId,
        uint256 amount,
        uint48 releaseAt
    );
    /// @notice `account` withdrew an unbonded request.
    event Withdrawn(address indexed account, uint256 indexed requestId, uint256 amount);
    /// @notice `account` claimed `amount` of rewards (its own and, for a validator, commission).
    event RewardsClaimed(address indexed account, address indexed validator, uint256 amount);
    /// @notice The RewardDistributor added rewards for a rollup's stakers. They stream, with
    ///         what was left of the previous stream, from now for `rewardStreamPeriod()` (see
    ///         `rewardStream`); `rewardPerStake` is the accumulator brought up to now, before any
    ///         of `amount` streamed.
    event RollupRewardNotified(RollupId indexed rollupId, uint256 amount, uint256 rewardPerStake);
    /// @notice Governance set the period over which a notified reward streams.
    event RewardStreamPeriodSet(uint48 period);
    /// @notice Governance slashed a validator's self-stake.
    event ValidatorSlashed(address indexed validator, uint256 amount, address recipient);
    /// @notice Part of a slash, `amount`, was taken from the validator's self-stake still
    ///         unbonding; `remaining` ERA of it is left, shared pro rata by its requests.
    event UnbondingSlashed(address indexed validator, uint256 amount, uint256 remaining);
    /// @notice `by` (the council or governance) froze the validator's exits until `until`.
    event ExitsFrozen(address indexed validator, address indexed by, uint48 until);
    /// @notice Governance lifted the freeze of the validator's exits.
    event FreezeLifted(address indexed validator);
    /// @notice Governance set the RewardDistributor.
    event RewardDistributorSet(address indexed distributor);
    /// @notice Governance set where slashed ERA goes.
    event SlashRecipientSet(address indexed recipient);
    /// @notice Governance set the unbonding period.
    event UnbondingPeriodSet(uint48 period);
    /// @notice Governance set the commission-change delay.
    event CommissionDelaySet(uint48 delay);
}

/// @title IStakingHub
/// @notice Validators register for one rollup and stakers delegate ERA to them. Stake is
///         checkpointed per (account, domain) by timestamp, so shard governance can count an
///         account's stake in its domain at a past timepoint; rollup and domain totals are kept
///         per stake period (a day): what was staked when each period began. Rewards arrive per
///         rollup from the RewardDistributor and stream linearly over `rewardStreamPeriod()`
///         (a day by default) to the stake present at each instant, so stake held for a
///         fraction of the period earns that fraction; stakers pull them through a per-rollup
///         reward-per-stake accumulator: a claim costs the same however many stakers or epochs.
/// @dev Commission: a position's gross rewards are settled when it is claimed or changed; the
///      validator's commission is credited to the validator, the rest to the staker. Each
///      reward pays the rate in force while it streamed, however late it is claimed: the hub
///      keeps each validator's rate changes as points in the rollup's accumulator space
///      (O(log n) in the validator's changes, O(1) without any). Slashing: core governance
///      (admin) slashes a validator's self-stake only; delegators are not slashed; slashed ERA
///      goes to the slash recipient.
interface IStakingHub is IStakingHubErrors, IStakingHubEvents {
    /// @notice Registers the caller as a validator of `rollupId` and stakes `selfStake`, which
    ///         must meet the rollup's current minimum. Pulls `selfStake` ERA from the caller.
    function registerValidator(RollupId rollupId, uint16 commissionBps, uint256 selfStake) external;

    /// @notice Asks for a new commission; it takes effect `commissionDelay()` seconds later (a
    ///         raise waits at least `MIN_RAISE_DELAY`, so delegators can leave before it
    ///         applies; a decrease with no delay applies at once). Rewards that stream before it
    ///         takes effect are paid at the old rate whenever they are claimed, those that stream
    ///         after it at the new rate.
    function requestCommission(uint16 commissionBps) external;

    /// @notice Records a requested commission change whose time has come (anyone may call;
    ///         every stake change and claim of the validator does it too). Accounting is exact
    ///         either way; applying stops the hub recording the rollup's reward history for it.
    function applyCommission(address validator) external;

    /// @notice Stakes `amount` ERA with an active `validator`. Pulls the ERA from the caller.
    function delegate(address validator, uint256 amount) external;

    /// @notice Starts unbonding `amount` of the caller's stake with `validator`. A validator's own
    ///         self-stake must stay at or above its rollup's current minimum, or go to 0 (exit).
    /// @return requestId The caller's withdrawal request, redeemable after the unbonding period.
    function undelegate(address validator, uint256 amount) external returns (uint256 requestId);

    /// @notice Pays out an unbonded request of the caller.
    function withdraw(uint256 requestId) external;

    /// @notice Settles the caller's position with `validator` and pays everything the caller has
    ///         accrued (and, when the caller is `validator`, its commission).
    /// @return amount The ERA paid.
    function claimRewards(address validator) external returns (uint256 amount);

    /// @notice Slashes `amount` of a validator's self-stake to the slash recipient. Admin only.
    ///         The bonded self-stake is taken first, then the self-stake the validator has
    ///         undelegated and not yet withdrawn: stake that is still unbonding stays
    ///         slashable (docs/security/slashing.md), each of its requests losing the same
    ///         fraction, applied when withdrawn. Delegators' stake is never slashed.
    function slash(address validator, uint256 amount) external;

    /// @notice Freezes the validator's exits for `MAX_FREEZE`: while frozen it can neither
    ///         undelegate its self-stake nor withdraw its unbonded self-stake, so it cannot leave
    ///         before a pending slash proposal is executed. Its delegators are not affected.
    ///         COUNCIL role: only when the validator's exits are not frozen and no council
    ///         freeze ended less than `FREEZE_COOLDOWN` ago (no back-to-back renewals).
    ///         Governance (admin) may freeze or renew at any time, each time for `MAX_FREEZE`
    ///         from now.
    function freezeExits(address validator) external;

    /// @notice Ends a freeze now. Admin only. The council's cooldown still runs from the
    ///         freeze's original end.
    function liftFreeze(address validator) external;

    /// @notice Adds `amount` of rewards, already transferred to the hub, to a rollup's stakers:
    ///         `amount` plus what is left of the rollup's running stream pays out linearly over
    ///         `rewardStreamPeriod()` from now, to the stake present at each instant (nothing is
    ///         paid at once). While the rollup has no stake the stream pauses and resumes when
    ///         stake returns; nothing of it is lost. RewardDistributor only.
    function notifyRollupReward(RollupId rollupId, uint256 amount) external;

    /// @notice Sets the RewardDistributor. Admin only.
    function setRewardDistributor(address distributor) external;

    /// @notice Sets where slashed ERA goes. Admin only.
    function setSlashRecipient(address recipient) external;

    /// @notice Sets the unbonding period for new requests. Admin only, bounded.
    function setUnbondingPeriod(uint48 period) external;

    /// @notice Sets the commission-change delay for new requests. Admin only, bounded.
    function setCommissionDelay(uint48 delay) external;

    /// @notice Compares a validator's self-stake with its rollup's minimum now (anyone may call:
    ///         a delegator, a competing validator, a keeper). Below it, the grace period starts; still
    ///         below it when the grace period has ended, the validator becomes Inactive (its
    ///         self-stake stops earning and voting and leaves the rollup's rewarded stake and the
    ///         domain's stake, though the hub still holds it and it can be slashed; it takes no
    ///         delegations; its delegators keep earning, with no commission, and may leave). At
    ///         or above it, the grace period is cleared and an Inactive validator reactivates
    ///         (as it does when it tops up its self-stake with `delegate`).
    /// @return status The validator's status after the check.
    function checkValidatorStake(address validator) external returns (ValidatorStatus status);

    /// @notice Sets the grace period, in `[MIN_STAKE_GRACE, MAX_STAKE_GRACE]`. Admin only.
    function setStakeGrace(uint48 grace) external;

    /// @notice Sets the period over which a notified reward streams, in
    ///         `[MIN_REWARD_STREAM_PERIOD, MAX_REWARD_STREAM_PERIOD]`. Admin only. Applies from
    ///         the next notification; a running stream keeps its end.
    function setRewardStreamPeriod(uint48 period) external;

    /// @notice An account's stake in `domain` now.
    function getDomainStake(address account, uint32 domain) external view returns (uint256);

    /// @notice An account's stake in `domain` at a past `timepoint` (shard voting power).
    function getPastDomainStake(address account, uint32 domain, uint256 timepoint)
        external
        view
        returns (uint256);

    /// @notice The total stake in `domain` now.
    function getTotalDomainStake(uint32 domain) external view returns (uint256);

    /// @notice The total stake in `domain` when the stake period containing the past `timepoint`
    ///         began (shard quorum base). Stake periods are whole UTC days (`STAKE_PERIOD`).
    function getTotalDomainStakeAtPeriodStart(uint32 domain, uint256 timepoint)
        external
        view
        returns (uint256);

    /// @notice An account's stake over all domains now.
    function getStake(address account) external view returns (uint256);

    /// @notice An account's stake over all domains at a past `timepoint`.
    function getPastStake(address account, uint256 timepoint) external view returns (uint256);

    /// @notice The stake delegated to a rollup's validators now.
    function rollupStake(RollupId rollupId) external view returns (uint256);

    /// @notice The stake delegated to a rollup's validators when the stake period containing the
    ///         past `timepoint` began.
    function getRollupStakeAtPeriodStart(RollupId rollupId, uint256 timepoint)
        external
        view
        returns (uint256);

    /// @notice What `claimRewards(validator)` would pay `account` now (rewards streamed up to now
    ///         included).
    function pendingRewards(address account, address validator) external view returns (uint256);

    /// @notice An account's stake with a validator and its gross rewards not yet settled.
    function getPosition(address account, address validator)
        external
        view
        returns (uint256 amount, uint256 unsettledRewards);

    /// @notice Rewards settled to `account` (and commission credited to it as a validator) that
    ///         it has not claimed.
    function accruedRewards(address account) external view returns (uint256);

    /// @notice A validator's rollup, domain, status and commission in force now.
    function getValidator(address validator)
        external
        view
        returns (RollupId rollupId, uint32 domain, ValidatorStatus status, uint16 commissionBps);

    /// @notice The self-stake `validator` has undelegated and not yet withdrawn (slashable).
    function selfUnbonding(address validator) external view returns (uint256);

    /// @notice Until when the validator's exits are frozen (0: not frozen).
    function exitsFrozenUntil(address validator) external view returns (uint48);

    /// @notice When the council may freeze the validator's exits again (0: now).
    function councilFreezeAllowedAt(address validator) external view returns (uint48);

    /// @notice A pending withdrawal of `account`: its amount (0 if none; what slashes left of a
    ///         validator's own request) and release time.
    function getUnbonding(address account, uint256 requestId)
        external
        view
        returns (uint256 amount, uint48 releaseAt);

    /// @notice The ERA waiting in the unbonding queue, over all accounts.
    function totalUnbonding() external view returns (uint256);

    /// @notice The current reward-per-stake accumulator of a rollup (what streamed up to now
    ///         included), scaled by 1e18 and kept modulo 2^128 (positions settle the difference
    ///         modulo 2^128).
    function rewardPerStake(RollupId rollupId) external view returns (uint256);

    /// @notice A rollup's reward stream: its `rate` (ERA-wei per second, scaled by 1e18), when it
    ///         ends (`finish`; moved back while it is paused for lack of stake), and the ERA it
    ///         has still to pay (`unstreamed`, rounded down).
    function rewardStream(RollupId rollupId)
        external
        view
        returns (uint256 rate, uint48 finish, uint256 unstreamed);

    /// @notice The period over which a notified reward streams, in seconds.
    function rewardStreamPeriod() external view returns (uint48);

    /// @notice The domains in which any validator registered, in order of first registration.
    function domains() external view returns (uint32[] memory);

    /// @notice The RewardDistributor allowed to notify rewards.
    function rewardDistributor() external view returns (address);

    /// @notice Where slashed ERA goes.
    function slashRecipient() external view returns (address);

    /// @notice The unbonding period for new requests, in seconds.
    function unbondingPeriod() external view returns (uint48);

    /// @notice The delay before a requested commission takes effect, in seconds.
    function commissionDelay() external view returns (uint48);

    /// @notice How long a validator may stay below its rollup's minimum before it becomes
    ///         Inactive, in seconds.
    function stakeGrace() external view returns (uint48);

    /// @notice When the validator's self-stake was found below the minimum (0: it was not, or
    ///         it was topped up since).
    function belowMinimumSince(address validator) external view returns (uint48);

    /// @notice The clock of the stake checkpoints: the block timestamp (EIP-6372).
    function clock() external view returns (uint48);

    /// @notice "mode=timestamp" (EIP-6372).
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() external view returns (string memory);
}
