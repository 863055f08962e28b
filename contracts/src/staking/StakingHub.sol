// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollupRegistry} from "../interfaces/IRollupRegistry.sol";
import {IStakingHub, ValidatorStatus} from "../interfaces/IStakingHub.sol";
import {Roles} from "../libraries/Roles.sol";
import {StakeCheckpoints} from "../libraries/StakeCheckpoints.sol";
import {RollupId} from "../types/RollupId.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title StakingHub
/// @notice Validators, delegations, unbonding, stake checkpoints and pull-based rewards. See
///         {IStakingHub}.
/// @dev Storage is laid out for the common paths. A stake touches five slots: the validator
///      record, the rollup's pool (its reward accumulator, stake and update time), the rollup's
///      stream (its rate and end, the stake-history position and the pending-change count,
///      written only when one of them changes), the position and the account's domain
///      checkpoint head; a first stake creates the last two and nothing else. A claim touches
///      the validator record, the pool, the stream, the position and the account's accrued
///      balance, whatever the number of stakers or epochs.
///
///      Stake history: per (account, domain) it is exact to the second (StakeCheckpoints: what
///      shard governance counts as voting power). Rollup and domain totals keep one value per
///      stake period (`STAKE_PERIOD`, a day): the first change to a rollup's stake in a period
///      moves the rollup's stake at the end of its previous changed period into `_closings`,
///      and every other change only rewrites the pool. A total therefore answers "how much was
///      staked when this period began", which is what the shard quorum uses; keeping totals to
///      the second would cost every stake in a new second a new slot (~22,100 gas).
///
///      Reward accounting: each rollup has an accumulator `rewardPerStake` (ERA per staked ERA,
///      scaled by 1e18) kept modulo 2^128, and a position stores the accumulator when it was
///      last settled; its gross rewards are `amount * (acc - snapshot) / 1e18`, the subtraction
///      taken modulo 2^128. That is exact while a position earns less than 2^128 / 1e18 ERA-wei
///      per staked wei between two settlements. A notified reward does not move the accumulator
///      at once: with what is left of the rollup's running stream it streams linearly over
///      `rewardStreamPeriod` (issue 13.1: stake held for a fraction of the period earns that
///      fraction of it), and the accumulator is brought up to date before every change of the
///      rollup's stake and in every notification (`rate * elapsed / max(stake, 1e9)`); claims
///      and views use its current value. A stream adds at most `amount * 1e18 / max(stake,
///      1e9)`, under 1e34 for the distributor's largest epoch emission (10M ERA), so it takes
///      over 34,000 such epochs without a settlement to wrap. A rollup with less than 1e9 wei
///      (a billionth of an ERA) staked is credited as if it had 1e9: its stakers get their
///      share of that and the rest stays in the hub. While nobody is staked the stream pauses.
contract StakingHub is IStakingHub, AccessControl {
    using SafeERC20 for IERC20;
    using StakeCheckpoints for StakeCheckpoints.Trace;

    /// @dev One slot: everything a delegation or a claim needs to know about a validator.
    struct Validator {
        RollupId rollupId;
        uint32 domain;
        ValidatorStatus status;
        uint16 commissionBps;
        uint16 pendingCommissionBps;
        uint48 pendingEffectiveAt;
        uint96 commissionEarned;
    }

    /// @dev One slot: a stake with a validator and the accumulator it was last settled at. An
    ///      amount never exceeds the ERA supply (< 2^96); both fields fill the slot, so a write
    ///      replaces it without reading it first.
    struct Position {
        uint128 amount;
        uint128 rewardSnapshot;
    }

    /// @dev One slot: a rollup's reward accumulator and stake, as of its latest update.
    struct Pool {
        // The reward accumulator, modulo 2^128 (see the contract NatSpec), at `updatedAt`.
        uint128 rewardPerStake;
        uint96 stake;
        // When the accumulator was last brought up to date, modulo 2^32: the time elapsed since
        // is `(now - updatedAt) mod 2^32`, exact while updates are less than 136 years apart.
        uint32 updatedAt;
    }

    /// @dev One slot: a rollup's reward stream and the rest of what a stake change reads.
    struct Stream {
        // Reward per second while the stream runs, in ERA-wei scaled by 1e18 (< 2^144: the ERA
        // supply times 1e18 over at least `MIN_REWARD_STREAM_PERIOD`).
        uint144 rate;
        // When the stream ends (0: never started).
        uint48 finish;
        // The stake period of the latest change to the pool's stake (0: it never changed).
        uint16 period;
        // How many entries `_closings` holds for the rollup.
        uint16 closings;
        // How many of the rollup's validators have a commission change pending.
        uint32 pendingChanges;
    }

    /// @dev One slot: a rollup's stake at the end of a stake period in which it changed.
    struct Closing {
        uint16 period;
        uint96 stake;
    }

    /// @dev One slot: a pending withdrawal.
    /// @dev Where a validator's commission rate changed, in the rollup's accumulator space: the
    ///      accumulator value `acc` at which the rate began, and the commission per stake
    ///      accumulated by then (`perStake`, modulo 2^128 like the accumulator).
    struct RatePoint {
        uint128 acc;
        uint128 perStake;
    }

    /// @dev The rollup's accumulator at an update (or at a commission request) and the end of
    ///      the stream in force from then on, kept only while one of its validators has a change
    ///      pending. Between two points the stake and the stream rate are constant, so the
    ///      accumulator grows linearly from one to the next until `finish`, then stays.
    struct AccPoint {
        uint48 time;
        uint128 acc;
        uint48 finish;
    }

    /// @dev One slot: a pending withdrawal. A validator's own (`self`) request holds units of
    ///      its self-unbonding pool of generation `generation` instead of ERA (see `slash`).
    struct Unbonding {
        uint96 amount;
        uint48 releaseAt;
        bool self;
        uint32 generation;
    }

    /// @dev One slot: a validator's self-stake still unbonding (`value` ERA, shared by `units`
    ///      over its requests); a slash that takes all of it starts a new generation.
    struct SelfUnbonding {
        uint96 value;
        uint96 units;
        uint32 generation;
    }

    /// @dev One slot: a council freeze of a validator's exits, in force until `until`; the
    ///      council may not freeze the validator again before `councilAgainAt`.
    struct Freeze {
        uint48 until;
        uint48 councilAgainAt;
    }

    /// @notice The highest commission a validator may charge.
    uint16 public constant MAX_COMMISSION_BPS = 10_000;
    /// @notice The bounds of the unbonding period.
    uint48 public constant MIN_UNBONDING_PERIOD = 1 hours;
    uint48 public constant MAX_UNBONDING_PERIOD = 60 days;
    /// @notice The longest commission-change delay.
    uint48 public constant MAX_COMMISSION_DELAY = 30 days;
    /// @notice The granularity of rollup and domain stake totals: period `n` is
    ///         `[n * STAKE_PERIOD, (n + 1) * STAKE_PERIOD)` in Unix time (whole UTC days). Period
    ///         numbers are uint16, which lasts until the year 2149.
    uint48 public constant STAKE_PERIOD = 1 days;
    uint48 public constant MIN_RAISE_DELAY = 1 hours;
    uint48 public constant DEFAULT_STAKE_GRACE = 7 days;
    uint48 public constant MIN_STAKE_GRACE = 1 hours;
    uint48 public constant MAX_STAKE_GRACE = 60 days;
    /// @notice The bounds and default of the period over which a notified reward streams.
    uint48 public constant MIN_REWARD_STREAM_PERIOD = 1 hours;
    uint48 public constant MAX_REWARD_STREAM_PERIOD = 30 days;
    uint48 public constant DEFAULT_REWARD_STREAM_PERIOD = 1 days;
    /// @notice The longest a freeze of a validator's exits lasts: room for a core slash
    ///         proposal (voting delay, voting period with its late-quorum extension, timelock).
    uint48 public constant MAX_FREEZE = 30 days;
    /// @notice After a freeze ends, the council may not freeze the same validator again for
    ///         this long: only governance can renew a freeze back to back.
    uint48 public constant FREEZE_COOLDOWN = 30 days;

    uint256 private constant _BPS = 10_000;
    uint256 private constant _SCALE = 1e18;
    /// @dev The smallest stake a notification divides by (see the contract NatSpec).
    uint256 private constant _MIN_REWARDED_STAKE = 1e9;

    IERC20 private immutable _era;
    IRollupRegistry private immutable _registry;

    address private _rewardDistributor;
    // Packed with the distributor address: a notification reads both.
    uint48 private _rewardStreamPeriod;
    address private _slashRecipient;
    uint48 private _unbondingPeriod;
    uint48 private _commissionDelay;
    uint256 private _totalUnbonding;

    mapping(address validator => Validator) private _validators;
    mapping(address account => mapping(address validator => Position)) private _positions;
    mapping(address account => uint256) private _accrued;
    mapping(address account => mapping(uint256 requestId => Unbonding)) private _unbonding;
    mapping(address account => uint256) private _nextRequestId;

    mapping(RollupId rollupId => Pool) private _pools;
    mapping(RollupId rollupId => Stream) private _streams;
    mapping(RollupId rollupId => mapping(uint256 index => Closing)) private _closings;
    mapping(address account => mapping(uint32 domain => StakeCheckpoints.Trace)) private
        _domainStake;

    /// @dev A domain's total is the sum of its rollups' pools, so a stake updates one shared
    ///      slot instead of two.
    mapping(uint32 domain => RollupId[]) private _domainRollups;
    mapping(RollupId rollupId => bool) private _rollupTracked;
    uint32[] private _domains;

    // Commission history (see `requestCommission`): each validator's rate points and rates, and
    // each rollup's accumulator history while one of its validators has a change pending.
    mapping(address validator => RatePoint[]) private _ratePoints;
    mapping(address validator => uint16[]) private _rates;
    mapping(RollupId rollupId => AccPoint[]) private _accHistory;

    // Validators below their rollup's minimum (see `checkValidatorStake`).
    uint48 private _stakeGrace;
    mapping(address validator => uint48) private _belowMinimumSince;

    // Slashable unbonding and exit freezes (issue 13.3, see `slash` and `freezeExits`).
    mapping(address validator => SelfUnbonding) private _selfUnbonding;
    mapping(address validator => Freeze) private _freezes;

    modifier onlyRewardDistributor() {
        if (msg.sender != _rewardDistributor) revert StakingHubNotRewardDistributor(msg.sender);
        _;
    }

    /// @param admin Core governance: DEFAULT_ADMIN_ROLE (slashing and parameters).
    /// @param era The ERA token.
    /// @param registry The RollupRegistry.
    /// @param slashRecipient_ Where slashed ERA goes (the treasury).
    /// @param unbondingPeriod_ Seconds between undelegating and withdrawing.
    /// @param commissionDelay_ Seconds before a requested commission takes effect.
    constructor(
        address admin,
        IERC20 era,
        IRollupRegistry registry,
        address slashRecipient_,
        uint48 unbondingPeriod_,
        uint48 commissionDelay_
    ) {
        if (address(era) == address(0) || address(registry) == address(0)) {
            revert StakingHubZeroAddress();
        }
        _era = era;
        _registry = registry;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setSlashRecipient(slashRecipient_);
        _setUnbondingPeriod(unbondingPeriod_);
        _setCommissionDelay(commissionDelay_);
        _setStakeGrace(DEFAULT_STAKE_GRACE);
        _setRewardStreamPeriod(DEFAULT_REWARD_STREAM_PERIOD);
    }

    // ------------------------------------------------------------------------------------------
    // Validators and stakers
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IStakingHub
    function registerValidator(RollupId rollupId, uint16 commissionBps, uint256 selfStake)
        external
    {
        Validator storage validator = _validators[msg.sender];
        if (validator.status != ValidatorStatus.None) {
            revert StakingHubValidatorAlreadyRegistered(msg.sender);
        }
        if (!_registry.isRegistered(rollupId)) revert StakingHubUnknownRollup(rollupId);
        _checkCommission(commissionBps);
        uint256 minimum = _registry.minValidatorStake(rollupId);
        if (selfStake < minimum || selfStake == 0) {
            revert StakingHubBelowMinimumStake(msg.sender, selfStake, minimum);
        }
        uint32 domain = _registry.domainOf(rollupId);
        if (!_rollupTracked[rollupId]) {
            _rollupTracked[rollupId] = true;
            if (_domainRollups[domain].length == 0) _domains.push(domain);
            _domainRollups[domain].push(rollupId);
        }
        validator.rollupId = rollupId;
        validator.domain = domain;
        validator.status = ValidatorStatus.Active;
        validator.commissionBps = commissionBps;
        (uint128 registeredAt,) = _accNow(rollupId);
        _ratePoints[msg.sender].push(RatePoint(registeredAt, 0));
        _rates[msg.sender].push(commissionBps);
        emit ValidatorRegistered(msg.sender, rollupId, domain, commissionBps, selfStake);
        _delegate(msg.sender, msg.sender, selfStake);
    }

    /// @inheritdoc IStakingHub
    function requestCommission(uint16 commissionBps) external {
        Validator storage validator = _validators[msg.sender];
        if (validator.status != ValidatorStatus.Active) {
            revert StakingHubValidatorNotActive(msg.sender);
        }
        _checkCommission(commissionBps);
        _applyDueCommission(msg.sender, validator);
        RollupId rollupId = validator.rollupId;
        (uint128 acc, uint48 finish) = _accNow(rollupId);
        uint48 delay = _commissionDelay;
        if (commissionBps > validator.commissionBps && delay < MIN_RAISE_DELAY) {
            delay = MIN_RAISE_DELAY;
        }
        uint48 now_ = clock();
        if (delay == 0) {
            // A decrease with no delay: the new rate starts at the accumulator's current value.
            _cancelPending(validator);
            _startRate(msg.sender, validator, acc, commissionBps);
            emit CommissionChangeRequested(msg.sender, commissionBps, now_);
            emit CommissionApplied(msg.sender, commissionBps, now_);
            return;
        }
        if (validator.pendingEffectiveAt == 0) ++_streams[rollupId].pendingChanges;
        validator.pendingCommissionBps = commissionBps;
        uint48 effectiveAt = now_ + delay;
        validator.pendingEffectiveAt = effectiveAt;
        // The accumulator now and the stream in force: from here every update of the rollup
        // records a point, so the accumulator at `effectiveAt` is known (see `_dueAcc`).
        _accHistory[rollupId].push(AccPoint(now_, acc, finish));
        emit CommissionChangeRequested(msg.sender, commissionBps, effectiveAt);
    }

    /// @inheritdoc IStakingHub
    function applyCommission(address validator) external {
        Validator storage record = _validators[validator];
        if (record.status == ValidatorStatus.None) revert StakingHubUnknownValidator(validator);
        _applyDueCommission(validator, record);
    }

    /// @inheritdoc IStakingHub
    function delegate(address validator, uint256 amount) external {
        _delegate(msg.sender, validator, amount);
    }

    /// @inheritdoc IStakingHub
    function undelegate(address validator, uint256 amount) external returns (uint256 requestId) {
        Validator storage record = _validators[validator];
        if (record.status == ValidatorStatus.None) revert StakingHubUnknownValidator(validator);
        bool self = msg.sender == validator;
        if (self) _checkNotFrozen(validator);
        uint128 remaining = _reduce(msg.sender, validator, record, amount);
        if (msg.sender == validator && record.status == ValidatorStatus.Inactive) {
            // Below the minimum already: any part may leave; all of it exits.
            if (remaining == 0) _exit(validator, record);
        } else if (msg.sender == validator && record.status == ValidatorStatus.Active) {
            if (remaining == 0) {
                _exit(validator, record);
            } else {
                uint256 minimum = _registry.minValidatorStake(record.rollupId);
                if (remaining < minimum) {
                    revert StakingHubBelowMinimumStake(validator, remaining, minimum);
                }
            }
        }
        requestId = _nextRequestId[msg.sender]++;
        uint48 releaseAt = clock() + _unbondingPeriod;
        // `_reduce` checked that `amount` is at most the position's, below the supply (< 2^96).
        // forge-lint: disable-next-line(unsafe-typecast)
        Unbonding memory request = Unbonding(uint96(amount), releaseAt, self, 0);
        if (self) {
            // The validator's own unbonding stays slashable: it joins the validator's pool.
            SelfUnbonding memory pool = _selfUnbonding[validator];
            uint256 units = pool.units == 0 ? amount : amount * pool.units / pool.value;
            request.amount = SafeCast.toUint96(units);
            request.generation = pool.generation;
            // The pool's value is unbonding ERA, below the supply.
            // forge-lint: disable-next-line(unsafe-typecast)
            pool.value += uint96(amount);
            pool.units = SafeCast.toUint96(pool.units + units);
            _selfUnbonding[validator] = pool;
        }
        _unbonding[msg.sender][requestId] = request;
        _totalUnbonding += amount;
        emit Undelegated(msg.sender, validator, requestId, amount, releaseAt);
    }

    /// @inheritdoc IStakingHub
    function withdraw(uint256 requestId) external {
        Unbonding memory request = _unbonding[msg.sender][requestId];
        if (request.amount == 0) revert StakingHubUnknownRequest(msg.sender, requestId);
        if (clock() < request.releaseAt) {
            revert StakingHubStillUnbonding(msg.sender, requestId, request.releaseAt);
        }
        delete _unbonding[msg.sender][requestId];
        uint256 amount = request.amount;
        if (request.self) {
            _checkNotFrozen(msg.sender);
            SelfUnbonding memory pool = _selfUnbonding[msg.sender];
            amount = _selfValue(request, pool);
            // A request of the current generation holds at most all of its units and value;
            // an earlier generation's request is worth 0 (slashed in full) and changes nothing.
            if (request.generation == pool.generation) {
                unchecked {
                    // forge-lint: disable-next-line(unsafe-typecast)
                    pool.value -= uint96(amount);
                    pool.units -= request.amount;
                }
                _selfUnbonding[msg.sender] = pool;
            }
        }
        // The request's amount (or what a slash left of it) is part of the total.
        unchecked {
            _totalUnbonding -= amount;
        }
        if (amount != 0) _era.safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, requestId, amount);
    }

    /// @inheritdoc IStakingHub
    function claimRewards(address validator) external returns (uint256 amount) {
        Validator storage record = _validators[validator];
        if (record.status == ValidatorStatus.None) revert StakingHubUnknownValidator(validator);
        _applyDueCommission(validator, record);
        Position storage position = _positions[msg.sender][validator];
        uint128 staked = position.amount;
        if (staked != 0) {
            // The accumulator brought up to now; a claim changes neither the stake nor the stream,
            // so it settles at the current value without recording it.
            (uint128 acc,) = _accNow(record.rollupId);
            amount = _settle(msg.sender, validator, record, staked, position.rewardSnapshot, acc);
            position.rewardSnapshot = acc;
        }
        uint256 accrued = _accrued[msg.sender];
        if (accrued != 0) {
            delete _accrued[msg.sender];
            amount += accrued;
        }
        if (msg.sender == validator) {
            uint96 commission = record.commissionEarned;
            if (commission != 0) {
                record.commissionEarned = 0;
                amount += commission;
            }
        }
        if (amount != 0) _era.safeTransfer(msg.sender, amount);
        emit RewardsClaimed(msg.sender, validator, amount);
    }

    // ------------------------------------------------------------------------------------------
    // Reward distributor
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IStakingHub
    function notifyRollupReward(RollupId rollupId, uint256 amount) external onlyRewardDistributor {
        if (amount == 0) revert StakingHubZeroAmount();
        Pool storage pool = _pools[rollupId];
        (uint128 acc, uint96 stake, uint32 updatedAt) =
            (pool.rewardPerStake, pool.stake, pool.updatedAt);
        if (stake == 0) revert StakingHubNoStake(rollupId);
        Stream storage stream = _streams[rollupId];
        (uint144 rate, uint48 finish, bool pending) =
            (stream.rate, stream.finish, stream.pendingChanges != 0);
        // The stake is not 0, so the stream is not paused: only the accumulator moves.
        (acc,) = _streamedAcc(acc, stake, updatedAt, rate, finish);
        uint48 now_ = clock();
        // What is left of the running stream joins the new reward, both over a fresh period
        // (scaled by 1e18 like the rate: nothing is rounded away before the division).
        uint256 total = amount * _SCALE;
        if (finish > now_) total += uint256(rate) * (finish - now_);
        uint48 period = _rewardStreamPeriod;
        finish = now_ + period;
        pool.rewardPerStake = acc;
        // forge-lint: disable-next-line(unsafe-typecast)
        pool.updatedAt = uint32(now_);
        // Rounded up, so a reward that divides evenly by the stake streams exactly. The excess is
        // under `period` / 1e18 wei per notification (not one wei in 10^12 of them) and every
        // payout rounds down, so nothing beyond what was notified is ever paid.
        stream.rate = SafeCast.toUint144((total + period - 1) / period);
        stream.finish = finish;
        if (pending) _accHistory[rollupId].push(AccPoint(now_, acc, finish));
        emit RollupRewardNotified(rollupId, amount, acc);
    }

    // ------------------------------------------------------------------------------------------
    // Governance
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IStakingHub
    function slash(address validator, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Validator storage record = _validators[validator];
        if (record.status == ValidatorStatus.None) revert StakingHubUnknownValidator(validator);
        if (amount == 0) revert StakingHubZeroAmount();
        uint128 selfStake = _positions[validator][validator].amount;
        SelfUnbonding memory pool = _selfUnbonding[validator];
        if (amount > selfStake + pool.value) {
            revert StakingHubSlashExceedsStake(validator, selfStake + pool.value, amount);
        }
        // The bonded self-stake first, then the self-stake still unbonding.
        uint256 fromStake = amount < selfStake ? amount : selfStake;
        if (fromStake != 0) {
            uint128 remaining = _reduce(validator, validator, record, fromStake);
            if (
                remaining == 0
                    && (record.status == ValidatorStatus.Active
                        || record.status == ValidatorStatus.Inactive)
            ) _exit(validator, record);
        }
        uint256 fromUnbonding = amount - fromStake;
        if (fromUnbonding != 0) {
            // `fromUnbonding <= pool.value`, checked above: every request of the pool loses
            // the same fraction, applied when it is withdrawn (O(1) here and there).
            unchecked {
                // forge-lint: disable-next-line(unsafe-typecast)
                pool.value -= uint96(fromUnbonding);
                _totalUnbonding -= fromUnbonding;
            }
            if (pool.value == 0) {
                // Slashed in full: the pool's requests are worth 0; later ones start afresh.
                pool.units = 0;
                ++pool.generation;
            }
            _selfUnbonding[validator] = pool;
            emit UnbondingSlashed(validator, fromUnbonding, pool.value);
        }
        address recipient = _slashRecipient;
        _era.safeTransfer(recipient, amount);
        emit ValidatorSlashed(validator, amount, recipient);
    }

    /// @inheritdoc IStakingHub
    function freezeExits(address validator) external {
        // an enum state, not a balance: None is an unregistered validator
        // slither-disable-next-line incorrect-equality
        if (_validators[validator].status == ValidatorStatus.None) {
            revert StakingHubUnknownValidator(validator);
        }
        Freeze memory freeze = _freezes[validator];
        uint48 now_ = clock();
        if (!hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            _checkRole(Roles.COUNCIL);
            if (freeze.until > now_) {
                revert StakingHubExitsFrozen(validator, freeze.until);
            }
            if (now_ < freeze.councilAgainAt) {
                revert StakingHubFreezeCooldown(validator, freeze.councilAgainAt);
            }
        }
        freeze.until = now_ + MAX_FREEZE;
        freeze.councilAgainAt = freeze.until + FREEZE_COOLDOWN;
        _freezes[validator] = freeze;
        emit ExitsFrozen(validator, msg.sender, freeze.until);
    }

    /// @inheritdoc IStakingHub
    function liftFreeze(address validator) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Freeze memory freeze = _freezes[validator];
        uint48 now_ = clock();
        if (freeze.until <= now_) revert StakingHubNotFrozen(validator);
        // The cooldown runs from the original end: lifting early does not let the council
        // freeze again sooner.
        freeze.until = now_;
        _freezes[validator] = freeze;
        emit FreezeLifted(validator);
    }

    /// @inheritdoc IStakingHub
    function setRewardDistributor(address distributor) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (distributor == address(0)) revert StakingHubZeroAddress();
        _rewardDistributor = distributor;
        emit RewardDistributorSet(distributor);
    }

    /// @inheritdoc IStakingHub
    function setSlashRecipient(address recipient) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setSlashRecipient(recipient);
    }

    /// @inheritdoc IStakingHub
    function setUnbondingPeriod(uint48 period) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setUnbondingPeriod(period);
    }

    /// @inheritdoc IStakingHub
    function setCommissionDelay(uint48 delay) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setCommissionDelay(delay);
    }

    /// @inheritdoc IStakingHub
    function setStakeGrace(uint48 grace) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setStakeGrace(grace);
    }

    /// @inheritdoc IStakingHub
    function setRewardStreamPeriod(uint48 period) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setRewardStreamPeriod(period);
    }

    /// @inheritdoc IStakingHub
    function checkValidatorStake(address validator) external returns (ValidatorStatus status) {
        Validator storage record = _validators[validator];
        status = record.status;
        if (status == ValidatorStatus.None) revert StakingHubUnknownValidator(validator);
        if (status == ValidatorStatus.Exited) return status;
        uint256 selfStake = _positions[validator][validator].amount;
        uint256 minimum = _registry.minValidatorStake(record.rollupId);
        if (selfStake >= minimum) {
            if (_belowMinimumSince[validator] != 0) delete _belowMinimumSince[validator];
            if (status == ValidatorStatus.Inactive) {
                _reactivate(validator, record, selfStake);
                status = ValidatorStatus.Active;
            }
            return status;
        }
        if (status == ValidatorStatus.Inactive) return status;
        uint48 since = _belowMinimumSince[validator];
        uint48 now_ = clock();
        // 0 is the "not below the minimum" sentinel, never a real time: clock() is a timestamp.
        // slither-disable-next-line incorrect-equality
        if (since == 0) {
            _belowMinimumSince[validator] = now_;
            emit ValidatorBelowMinimum(validator, selfStake, minimum, now_ + _stakeGrace);
            return status;
        }
        if (now_ < since + _stakeGrace) return status;
        _deactivate(validator, record, selfStake, minimum);
        return ValidatorStatus.Inactive;
    }

    // ------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IStakingHub
    function getDomainStake(address account, uint32 domain) external view returns (uint256) {
        return _domainStake[account][domain].latest();
    }

    /// @inheritdoc IStakingHub
    function getPastDomainStake(address account, uint32 domain, uint256 timepoint)
        external
        view
        returns (uint256)
    {
        return _domainStake[account][domain].upperLookup(_pastKey(timepoint));
    }

    /// @inheritdoc IStakingHub
    function getTotalDomainStake(uint32 domain) external view returns (uint256 total) {
        RollupId[] storage rollups = _domainRollups[domain];
        for (uint256 i; i < rollups.length; ++i) {
            total += _pools[rollups[i]].stake;
        }
    }

    /// @inheritdoc IStakingHub
    function getTotalDomainStakeAtPeriodStart(uint32 domain, uint256 timepoint)
        external
        view
        returns (uint256 total)
    {
        uint256 period = _periodOf(_pastKey(timepoint));
        RollupId[] storage rollups = _domainRollups[domain];
        for (uint256 i; i < rollups.length; ++i) {
            total += _stakeAtPeriodStart(rollups[i], period);
        }
    }

    /// @inheritdoc IStakingHub
    function getStake(address account) external view returns (uint256 total) {
        for (uint256 i; i < _domains.length; ++i) {
            total += _domainStake[account][_domains[i]].latest();
        }
    }

    /// @inheritdoc IStakingHub
    function getPastStake(address account, uint256 timepoint)
        external
        view
        returns (uint256 total)
    {
        uint48 key = _pastKey(timepoint);
        for (uint256 i; i < _domains.length; ++i) {
            total += _domainStake[account][_domains[i]].upperLookup(key);
        }
    }

    /// @inheritdoc IStakingHub
    function rollupStake(RollupId rollupId) external view returns (uint256) {
        return _pools[rollupId].stake;
    }

    /// @inheritdoc IStakingHub
    function getRollupStakeAtPeriodStart(RollupId rollupId, uint256 timepoint)
        external
        view
        returns (uint256)
    {
        return _stakeAtPeriodStart(rollupId, _periodOf(_pastKey(timepoint)));
    }

    /// @inheritdoc IStakingHub
    function pendingRewards(address account, address validator)
        external
        view
        returns (uint256 amount)
    {
        Validator storage record = _validators[validator];
        Position memory position = _positions[account][validator];
        (uint128 acc,) = _accNow(record.rollupId);
        uint256 gross = _gross(position, acc);
        // An Inactive validator's self-stake earns nothing.
        if (account == validator && record.status == ValidatorStatus.Inactive) gross = 0;
        amount = gross + _accrued[account];
        if (account == validator) {
            amount += record.commissionEarned;
        } else if (gross != 0) {
            uint128 perStake = _commissionPerStake(validator, record, position.rewardSnapshot, acc);
            amount -= uint256(position.amount) * perStake / _SCALE;
        }
    }

    /// @inheritdoc IStakingHub
    function getPosition(address account, address validator)
        external
        view
        returns (uint256 amount, uint256 unsettledRewards)
    {
        Position memory position = _positions[account][validator];
        amount = position.amount;
        Validator storage record = _validators[validator];
        if (account == validator && record.status == ValidatorStatus.Inactive) return (amount, 0);
        (uint128 acc,) = _accNow(record.rollupId);
        unsettledRewards = _gross(position, acc);
    }

    /// @inheritdoc IStakingHub
    function accruedRewards(address account) external view returns (uint256) {
        return _accrued[account] + _validators[account].commissionEarned;
    }

    /// @inheritdoc IStakingHub
    function getValidator(address validator)
        external
        view
        returns (RollupId rollupId, uint32 domain, ValidatorStatus status, uint16 commissionBps)
    {
        Validator storage record = _validators[validator];
        return (record.rollupId, record.domain, record.status, _commissionOf(record));
    }

    /// @inheritdoc IStakingHub
    function getUnbonding(address account, uint256 requestId)
        external
        view
        returns (uint256 amount, uint48 releaseAt)
    {
        Unbonding memory request = _unbonding[account][requestId];
        amount = request.amount;
        if (request.self) amount = _selfValue(request, _selfUnbonding[account]);
        return (amount, request.releaseAt);
    }

    /// @inheritdoc IStakingHub
    function selfUnbonding(address validator) external view returns (uint256) {
        return _selfUnbonding[validator].value;
    }

    /// @inheritdoc IStakingHub
    function exitsFrozenUntil(address validator) external view returns (uint48 until) {
        until = _freezes[validator].until;
        if (until <= clock()) return 0;
    }

    /// @inheritdoc IStakingHub
    function councilFreezeAllowedAt(address validator) external view returns (uint48) {
        Freeze memory freeze = _freezes[validator];
        uint48 at = freeze.until > freeze.councilAgainAt ? freeze.until : freeze.councilAgainAt;
        return at > clock() ? at : 0;
    }

    /// @inheritdoc IStakingHub
    function totalUnbonding() external view returns (uint256) {
        return _totalUnbonding;
    }

    /// @inheritdoc IStakingHub
    function rewardPerStake(RollupId rollupId) external view returns (uint256 acc) {
        (acc,) = _accNow(rollupId);
    }

    /// @inheritdoc IStakingHub
    function rewardStream(RollupId rollupId)
        external
        view
        returns (uint256 rate, uint48 finish, uint256 unstreamed)
    {
        Stream memory stream = _streams[rollupId];
        (, finish) = _accNow(rollupId);
        rate = stream.rate;
        // A paused stream (nobody staked) keeps its remaining time: `finish` moved back with it.
        uint48 now_ = clock();
        if (finish > now_) unstreamed = rate * (finish - now_) / _SCALE;
    }

    /// @inheritdoc IStakingHub
    function rewardStreamPeriod() external view returns (uint48) {
        return _rewardStreamPeriod;
    }

    /// @inheritdoc IStakingHub
    function domains() external view returns (uint32[] memory) {
        return _domains;
    }

    /// @inheritdoc IStakingHub
    function rewardDistributor() external view returns (address) {
        return _rewardDistributor;
    }

    /// @inheritdoc IStakingHub
    function slashRecipient() external view returns (address) {
        return _slashRecipient;
    }

    /// @inheritdoc IStakingHub
    function unbondingPeriod() external view returns (uint48) {
        return _unbondingPeriod;
    }

    /// @inheritdoc IStakingHub
    function commissionDelay() external view returns (uint48) {
        return _commissionDelay;
    }

    /// @inheritdoc IStakingHub
    function stakeGrace() external view returns (uint48) {
        return _stakeGrace;
    }

    /// @inheritdoc IStakingHub
    function belowMinimumSince(address validator) external view returns (uint48) {
        return _belowMinimumSince[validator];
    }

    /// @inheritdoc IStakingHub
    function clock() public view returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @inheritdoc IStakingHub
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() external pure returns (string memory) {
        return "mode=timestamp";
    }

    // ------------------------------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------------------------------

    function _delegate(address account, address validator, uint256 amount) internal {
        if (amount == 0) revert StakingHubZeroAmount();
        Validator storage record = _validators[validator];
        (ValidatorStatus status, RollupId rollupId, uint32 domain) =
            (record.status, record.rollupId, record.domain);
        if (status == ValidatorStatus.Inactive && account == validator) {
            _topUpInactive(validator, record, amount);
            return;
        }
        if (status != ValidatorStatus.Active) revert StakingHubValidatorNotActive(validator);
        _applyDueCommission(validator, record);
        uint96 delta = SafeCast.toUint96(amount);
        uint128 acc = _moveRollupStake(rollupId, delta, true);
        Position storage position = _positions[account][validator];
        uint128 staked = position.amount;
        if (staked != 0) {
            uint256 net = _settle(account, validator, record, staked, position.rewardSnapshot, acc);
            if (net != 0) _accrued[account] += net;
            // A validator topping up to its minimum ends a grace period that had started.
            if (
                account == validator && _belowMinimumSince[validator] != 0
                    && staked + delta >= _registry.minValidatorStake(rollupId)
            ) delete _belowMinimumSince[validator];
        }
        position.amount = staked + delta;
        position.rewardSnapshot = acc;
        _domainStake[account][domain].add(clock(), delta);
        _era.safeTransferFrom(account, address(this), amount);
        emit Delegated(account, validator, amount);
    }

    /// @dev Settles and reduces a position by `amount`; returns what is left of it.
    function _reduce(address account, address validator, Validator storage record, uint256 amount)
        internal
        returns (uint128 remaining)
    {
        if (amount == 0) revert StakingHubZeroAmount();
        Position storage position = _positions[account][validator];
        uint128 staked = position.amount;
        if (amount > staked) {
            revert StakingHubInsufficientStake(account, validator, staked, amount);
        }
        _applyDueCommission(validator, record);
        // `amount <= staked`, which is below the ERA supply (< 2^96).
        // forge-lint: disable-next-line(unsafe-typecast)
        uint96 delta = uint96(amount);
        // An Inactive validator's self-stake is not part of the rollup's rewarded stake, nor of
        // its domain stake.
        bool inactiveSelf = account == validator && record.status == ValidatorStatus.Inactive;
        uint128 acc;
        if (inactiveSelf) (acc,) = _accNow(record.rollupId);
        else acc = _moveRollupStake(record.rollupId, delta, false);
        uint256 net = _settle(account, validator, record, staked, position.rewardSnapshot, acc);
        if (net != 0) _accrued[account] += net;
        unchecked {
            remaining = staked - delta;
        }
        position.amount = remaining;
        position.rewardSnapshot = acc;
        if (!inactiveSelf) _domainStake[account][record.domain].sub(clock(), delta);
    }

    /// @dev Brings a rollup's accumulator up to now, adds `delta` to (or subtracts it from) its
    ///      stake and returns the accumulator. The first change in a stake period first records
    ///      the stake at the end of the previous changed period (see the contract NatSpec).
    ///      While a validator of the rollup has a commission change pending, the accumulator
    ///      and the stream's end are recorded (the stake changes here).
    function _moveRollupStake(RollupId rollupId, uint96 delta, bool increase)
        internal
        returns (uint128 acc)
    {
        Pool storage pool = _pools[rollupId];
        Stream storage stream = _streams[rollupId];
        uint96 stake = pool.stake;
        uint48 finish = stream.finish;
        // Read with the other fields of the slot, before any branch (one SLOAD).
        uint16 last = stream.period;
        bool pending = stream.pendingChanges != 0;
        uint48 streamEnd;
        (acc, streamEnd) =
            _streamedAcc(pool.rewardPerStake, stake, pool.updatedAt, stream.rate, finish);
        // A stream paused while nobody was staked ends later by the time nobody was.
        if (streamEnd != finish) stream.finish = streamEnd;
        uint16 period = _currentPeriod();
        if (last != period) {
            if (last != 0) {
                uint16 closings = stream.closings;
                _closings[rollupId][closings] = Closing(last, stake);
                // One closing per day at most: 2^16 of them last as long as the period numbers.
                unchecked {
                    stream.closings = closings + 1;
                }
            }
            stream.period = period;
        }
        uint48 now_ = clock();
        // The new stake first: the three writes then fill the slot in one SSTORE.
        stake = increase ? stake + delta : stake - delta;
        pool.rewardPerStake = acc;
        pool.stake = stake;
        // forge-lint: disable-next-line(unsafe-typecast)
        pool.updatedAt = uint32(now_);
        if (pending) {
            _accHistory[rollupId].push(AccPoint(now_, acc, streamEnd));
        }
    }

    /// @dev A rollup's accumulator now and the end of its stream (moved back if it is paused),
    ///      without recording them.
    function _accNow(RollupId rollupId) internal view returns (uint128, uint48) {
        Pool storage pool = _pools[rollupId];
        Stream storage stream = _streams[rollupId];
        return
            _streamedAcc(
                pool.rewardPerStake, pool.stake, pool.updatedAt, stream.rate, stream.finish
            );
    }

    /// @dev The accumulator `acc`, last updated at `updatedAt` (its low 32 bits), brought up to
    ///      now: what the stream paid since, `rate * elapsed / max(stake, 1e9)`, added modulo
    ///      2^128; the stream runs from the update to `finish` at most. While nobody is staked
    ///      the stream pauses: nothing is added and its end moves back by the time elapsed
    ///      (`streamEnd`), so what would have streamed to nobody streams later, to whoever
    ///      stakes, and is never lost.
    function _streamedAcc(uint128 acc, uint256 stake, uint32 updatedAt, uint256 rate, uint48 finish)
        internal
        view
        returns (uint128, uint48 streamEnd)
    {
        uint48 now_ = clock();
        uint48 last;
        unchecked {
            // The update time from its low 32 bits (see `Pool`).
            // forge-lint: disable-next-line(unsafe-typecast)
            last = now_ - uint32(uint32(now_) - updatedAt);
            // no time has passed since the last update: nothing streamed
            // slither-disable-next-line incorrect-equality
            if (finish <= last || now_ == last) return (acc, finish);
            // `last < now_` and `last < finish`: no difference below underflows.
            if (stake == 0) return (acc, finish + (now_ - last));
            if (stake < _MIN_REWARDED_STAKE) stake = _MIN_REWARDED_STAKE;
            uint256 elapsed = (now_ < finish ? now_ : finish) - last;
            // Rounding down leaves at most `stake / 1e18` wei per update unallocated in the hub.
            // The truncation and the wrapping addition are the reduction modulo 2^128; the
            // product is below 2^144 * 2^48.
            // forge-lint: disable-next-line(unsafe-typecast)
            return (acc + uint128(rate * elapsed / stake), finish);
        }
    }

    /// @dev A rollup's stake when stake period `period` began: its current stake if it has not
    ///      changed since, else the closing of the last changed period before `period` (0 if
    ///      none). O(log n) in the number of closings.
    function _stakeAtPeriodStart(RollupId rollupId, uint256 period) internal view returns (uint96) {
        Stream memory stream = _streams[rollupId];
        if (stream.period < period) return _pools[rollupId].stake;
        mapping(uint256 index => Closing) storage closings = _closings[rollupId];
        uint256 low = 0;
        uint256 high = stream.closings;
        // Invariant: closings below `low` are of periods before `period`, those from `high` on
        // of `period` or later. Both bounds are below 2^16, so the midpoint cannot overflow.
        while (low < high) {
            uint256 mid = (low + high) >> 1;
            if (closings[mid].period < period) low = mid + 1;
            else high = mid;
        }
        return low == 0 ? 0 : closings[low - 1].stake;
    }

    /// @dev Splits a position's gross rewards since `snapshot`: credits the validator's commission
    ///      to its record and returns the staker's net part. The caller moves the snapshot.
    function _settle(
        address account,
        address validator,
        Validator storage record,
        uint128 staked,
        uint128 snapshot,
        uint128 acc
    ) internal returns (uint256 net) {
        if (account == validator && record.status == ValidatorStatus.Inactive) {
            return 0;
        }
        net = _gross(Position(staked, snapshot), acc);
        // nothing earned, or the validator's own stake: no commission to take
        // slither-disable-next-line incorrect-equality
        if (net == 0 || account == validator) return net;
        uint256 commission =
            uint256(staked) * _commissionPerStake(validator, record, snapshot, acc) / _SCALE;
        if (commission != 0) {
            // Commission is a part of rewards the hub holds, all below the ERA supply (< 2^90).
            // forge-lint: disable-next-line(unsafe-typecast)
            record.commissionEarned += uint96(commission);
            net -= commission;
        }
    }

    /// @dev The commission per stake (scaled by 1e18, modulo 2^128) a delegator's position owes
    ///      for the accumulator moving from `from` to `to` (the rollup's current value), each
    ///      part at the rate in force when it was notified. A due pending change counts from the
    ///      accumulator at its effective time, whether or not it was recorded yet. O(log n) in
    ///      the validator's rate changes (O(1) without any).
    function _commissionPerStake(
        address validator,
        Validator storage record,
        uint128 from,
        uint128 to
    ) internal view returns (uint128) {
        RatePoint[] storage points = _ratePoints[validator];
        uint256 count = points.length;
        (bool pending, uint128 due) = _dueAcc(record);
        uint16 rate = record.commissionBps;
        unchecked {
            // One rate since registration: the position's own difference is all that counts,
            // however far the accumulator travelled since the validator registered.
            if (count == 1 && !pending) return _part(to - from, rate);
            RatePoint memory latest = points[count - 1];
            if (pending) {
                // The due change, as if recorded: a point at `due` with the pending rate.
                latest = RatePoint(due, _perStakeAt(latest, rate, due));
                rate = record.pendingCommissionBps;
            }
            // `from` at or after the latest point: one segment, one rate.
            if (to - latest.acc >= to - from) return _part(to - from, rate);
            (RatePoint memory first, uint16 firstRate) = _pointBefore(validator, from, to);
            // The latest segment's part, the whole segments between, less the part of the first
            // segment before `from`. Every difference spans less than the accumulator's modulus.
            return _part(to - latest.acc, rate) + (latest.perStake - first.perStake)
                - _part(from - first.acc, firstRate);
        }
    }

    /// @dev `rate` of an accumulator difference, rounded down.
    function _part(uint128 difference, uint16 rate) internal pure returns (uint128) {
        // At most `difference`, since `rate <= _BPS`.
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint128(uint256(difference) * rate / _BPS);
    }

    /// @dev The last stored rate point at or before `from`, and its rate (distances to `to`, the
    ///      current accumulator, fall along the points).
    function _pointBefore(address validator, uint128 from, uint128 to)
        internal
        view
        returns (RatePoint memory, uint16)
    {
        RatePoint[] storage points = _ratePoints[validator];
        uint256 low = 0;
        uint256 high = points.length - 1;
        unchecked {
            while (low < high) {
                uint256 mid = (low + high + 1) >> 1;
                if (to - points[mid].acc >= to - from) low = mid;
                else high = mid - 1;
            }
        }
        return (points[low], _rates[validator][low]);
    }

    /// @dev The commission per stake accumulated at accumulator value `acc`, on the segment that
    ///      starts at `point` with rate `rate`.
    function _perStakeAt(RatePoint memory point, uint16 rate, uint128 acc)
        internal
        pure
        returns (uint128)
    {
        unchecked {
            // Modulo 2^128, like the accumulator.
            return point.perStake + _part(acc - point.acc, rate);
        }
    }

    /// @dev Whether the validator has a change whose time has come, and the rollup accumulator
    ///      at its effective time `T`: the last point recorded before `T` plus the linear part of
    ///      the way to the next point (or to the accumulator now, if none was recorded since),
    ///      the stream stopping at the point's `finish`. The stake and the stream rate are
    ///      constant between two points, because every update while the change is pending
    ///      records one (see `_moveRollupStake`, `notifyRollupReward`).
    function _dueAcc(Validator storage record) internal view returns (bool, uint128) {
        uint48 effectiveAt = record.pendingEffectiveAt;
        if (effectiveAt == 0 || block.timestamp < effectiveAt) return (false, 0);
        AccPoint[] storage history = _accHistory[record.rollupId];
        // The request pushed a point before `effectiveAt`, so one exists. Binary search for the
        // last point with `time < effectiveAt` (times do not decrease along the array).
        uint256 count = history.length;
        uint256 low = 0;
        uint256 high = count - 1;
        while (low < high) {
            uint256 mid = (low + high + 1) >> 1;
            if (history[mid].time < effectiveAt) low = mid;
            else high = mid - 1;
        }
        AccPoint memory point = history[low];
        // Nothing streams after the point: the accumulator stays at its value.
        if (point.finish <= point.time) return (true, point.acc);
        uint48 nextTime;
        uint128 nextAcc;
        if (low + 1 < count) {
            AccPoint memory next = history[low + 1];
            (nextTime, nextAcc) = (next.time, next.acc);
        } else {
            // No update since the point: the accumulator now (`clock() >= effectiveAt`).
            nextTime = clock();
            (nextAcc,) = _accNow(record.rollupId);
        }
        // `point.time < effectiveAt <= nextTime`, so both spans are positive.
        uint48 to = effectiveAt < point.finish ? effectiveAt : point.finish;
        uint48 span = (nextTime < point.finish ? nextTime : point.finish) - point.time;
        unchecked {
            // The difference modulo 2^128 is under 2^128, its part too; the sum wraps like the
            // accumulator.
            // forge-lint: disable-next-line(unsafe-typecast)
            return
                (true, point.acc + uint128(uint256(nextAcc - point.acc) * (to - point.time) / span));
        }
    }

    /// @dev Records a due pending change: a rate point at the accumulator of its effective time.
    function _applyDueCommission(address validator, Validator storage record) internal {
        (bool pending, uint128 due) = _dueAcc(record);
        if (!pending) return;
        uint16 rate = record.pendingCommissionBps;
        uint48 effectiveAt = record.pendingEffectiveAt;
        _cancelPending(record);
        _startRate(validator, record, due, rate);
        emit CommissionApplied(validator, rate, effectiveAt);
    }

    /// @dev Starts `rate` at accumulator value `acc` (at or after the latest point).
    function _startRate(address validator, Validator storage record, uint128 acc, uint16 rate)
        internal
    {
        RatePoint[] storage points = _ratePoints[validator];
        uint128 perStake = _perStakeAt(points[points.length - 1], record.commissionBps, acc);
        points.push(RatePoint(acc, perStake));
        _rates[validator].push(rate);
        record.commissionBps = rate;
    }

    function _cancelPending(Validator storage record) internal {
        if (record.pendingEffectiveAt == 0) return;
        record.pendingEffectiveAt = 0;
        record.pendingCommissionBps = 0;
        --_streams[record.rollupId].pendingChanges;
    }

    function _gross(Position memory position, uint128 acc) internal pure returns (uint256) {
        // The accumulator difference is taken modulo 2^128 (see the contract NatSpec); the product
        // of two uint128 values cannot overflow 256 bits.
        unchecked {
            return uint256(position.amount) * (acc - position.rewardSnapshot) / _SCALE;
        }
    }

    function _commissionOf(Validator storage record) internal view returns (uint16) {
        uint48 effectiveAt = record.pendingEffectiveAt;
        if (effectiveAt != 0 && block.timestamp >= effectiveAt) return record.pendingCommissionBps;
        return record.commissionBps;
    }

    function _currentPeriod() internal view returns (uint16) {
        // Period numbers fit a uint16 until 2149 (see `STAKE_PERIOD`).
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint16(block.timestamp / STAKE_PERIOD);
    }

    function _periodOf(uint48 timepoint) internal pure returns (uint256) {
        return timepoint / STAKE_PERIOD;
    }

    function _pastKey(uint256 timepoint) internal view returns (uint48) {
        uint48 now_ = clock();
        if (timepoint >= now_) revert StakingHubFutureLookup(timepoint, now_);
        // `timepoint` is below a uint48.
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint48(timepoint);
    }

    function _checkCommission(uint16 commissionBps) internal pure {
        if (commissionBps > MAX_COMMISSION_BPS) {
            revert StakingHubCommissionTooHigh(commissionBps, MAX_COMMISSION_BPS);
        }
    }

    function _setSlashRecipient(address recipient) internal {
        if (recipient == address(0)) revert StakingHubZeroAddress();
        _slashRecipient = recipient;
        emit SlashRecipientSet(recipient);
    }

    function _setUnbondingPeriod(uint48 period) internal {
        if (period < MIN_UNBONDING_PERIOD || period > MAX_UNBONDING_PERIOD) {
            revert StakingHubUnbondingPeriodOutOfBounds(
                period, MIN_UNBONDING_PERIOD, MAX_UNBONDING_PERIOD
            );
        }
        _unbondingPeriod = period;
        emit UnbondingPeriodSet(period);
    }

    /// @dev Reverts while the validator's exits are frozen.
    function _checkNotFrozen(address validator) internal view {
        uint48 until = _freezes[validator].until;
        if (until > clock()) revert StakingHubExitsFrozen(validator, until);
    }

    /// @dev What a validator's own request is worth now: its units' part of the pool's value
    ///      (0 for a pool generation slashed in full).
    function _selfValue(Unbonding memory request, SelfUnbonding memory pool)
        internal
        pure
        returns (uint256)
    {
        if (request.generation != pool.generation) return 0;
        if (request.amount == pool.units) return pool.value;
        return uint256(request.amount) * pool.value / pool.units;
    }

    function _exit(address validator, Validator storage record) internal {
        record.status = ValidatorStatus.Exited;
        delete _belowMinimumSince[validator];
        emit ValidatorExited(validator);
    }

    /// @dev Takes an Inactive validator's self-stake out of the rollup's rewarded stake and out
    ///      of its domain stake (its votes; what it earned until now is settled), sets its
    ///      commission to 0 and cancels a pending change.
    function _deactivate(
        address validator,
        Validator storage record,
        uint256 selfStake,
        uint256 minimum
    ) internal {
        _applyDueCommission(validator, record);
        _cancelPending(record);
        Position storage position = _positions[validator][validator];
        // The self-stake is below the minimum, itself below the ERA supply (< 2^96).
        // forge-lint: disable-next-line(unsafe-typecast)
        uint128 acc = _moveRollupStake(record.rollupId, uint96(selfStake), false);
        // forge-lint: disable-next-line(unsafe-typecast)
        _domainStake[validator][record.domain].sub(clock(), uint96(selfStake));
        uint256 earned = _gross(position, acc);
        if (earned != 0) _accrued[validator] += earned;
        position.rewardSnapshot = acc;
        _startRate(validator, record, acc, 0);
        record.status = ValidatorStatus.Inactive;
        delete _belowMinimumSince[validator];
        emit ValidatorDeactivated(validator, selfStake, minimum);
    }

    /// @dev Puts a reactivated validator's self-stake back in the rollup's rewarded stake and its
    ///      domain stake (it earned nothing while Inactive) and restores its former commission.
    function _reactivate(address validator, Validator storage record, uint256 selfStake) internal {
        // The self-stake is a position amount, below the ERA supply (< 2^96).
        // forge-lint: disable-next-line(unsafe-typecast)
        uint128 acc = _moveRollupStake(record.rollupId, uint96(selfStake), true);
        // forge-lint: disable-next-line(unsafe-typecast)
        _domainStake[validator][record.domain].add(clock(), uint96(selfStake));
        _positions[validator][validator].rewardSnapshot = acc;
        uint16[] storage rates = _rates[validator];
        _startRate(validator, record, acc, rates[rates.length - 2]);
        record.status = ValidatorStatus.Active;
        emit ValidatorReactivated(validator, selfStake);
    }

    /// @dev An Inactive validator adds to its self-stake (outside the rewarded and the domain
    ///      stake); at the minimum it reactivates.
    function _topUpInactive(address validator, Validator storage record, uint256 amount) internal {
        uint96 delta = SafeCast.toUint96(amount);
        Position storage position = _positions[validator][validator];
        uint128 staked = position.amount + delta;
        position.amount = staked;
        (position.rewardSnapshot,) = _accNow(record.rollupId);
        _era.safeTransferFrom(validator, address(this), amount);
        emit Delegated(validator, validator, amount);
        if (staked >= _registry.minValidatorStake(record.rollupId)) {
            delete _belowMinimumSince[validator];
            _reactivate(validator, record, staked);
        }
    }

    function _setStakeGrace(uint48 grace) internal {
        if (grace < MIN_STAKE_GRACE || grace > MAX_STAKE_GRACE) {
            revert StakingHubGraceOutOfBounds(grace, MIN_STAKE_GRACE, MAX_STAKE_GRACE);
        }
        _stakeGrace = grace;
        emit StakeGraceSet(grace);
    }

    function _setRewardStreamPeriod(uint48 period) internal {
        if (period < MIN_REWARD_STREAM_PERIOD || period > MAX_REWARD_STREAM_PERIOD) {
            revert StakingHubRewardStreamPeriodOutOfBounds(
                period, MIN_REWARD_STREAM_PERIOD, MAX_REWARD_STREAM_PERIOD
            );
        }
        _rewardStreamPeriod = period;
        emit RewardStreamPeriodSet(period);
    }

    function _setCommissionDelay(uint48 delay) internal {
        if (delay > MAX_COMMISSION_DELAY) {
            revert StakingHubCommissionDelayOutOfBounds(delay, MAX_COMMISSION_DELAY);
        }
        _commissionDelay = delay;
        emit CommissionDelaySet(delay);
    }
}
