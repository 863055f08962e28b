// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollupRegistry} from "../interfaces/IRollupRegistry.sol";
import {IStakingHub, ValidatorStatus} from "../interfaces/IStakingHub.sol";
import {StakeCheckpoints} from "../libraries/StakeCheckpoints.sol";
import {RollupId} from "../types/RollupId.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title StakingHub
/// @notice Validators, delegations, unbonding, stake checkpoints and pull-based rewards. See
///         {IStakingHub}.
/// @dev Storage is laid out for the common paths: a first stake writes two new slots (the
///      position and the account's domain checkpoint head) and updates the rollup's stake
///      checkpoint; a claim touches the validator record, the rollup accumulator, the position
///      and the account's accrued balance, whatever the number of stakers or epochs.
///
///      Reward accounting: each rollup has an accumulator `rewardPerStake` (ERA per staked ERA,
///      scaled by 1e18). A position stores the low 160 bits of the accumulator when it was last
///      settled; its gross rewards are `amount * (acc - snapshot) / 1e18`, with the subtraction
///      taken modulo 2^160, which is exact while a position earns less than 2^160 / 1e18 ERA-wei
///      per staked wei between two settlements (over 1,000 times the ERA supply per wei).
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

    /// @dev One slot: a stake with a validator and the accumulator it was last settled at.
    struct Position {
        uint96 amount;
        uint160 rewardSnapshot;
    }

    /// @dev One slot: a pending withdrawal.
    struct Unbonding {
        uint96 amount;
        uint48 releaseAt;
    }

    /// @notice The highest commission a validator may charge.
    uint16 public constant MAX_COMMISSION_BPS = 10_000;
    /// @notice The bounds of the unbonding period.
    uint48 public constant MIN_UNBONDING_PERIOD = 1 hours;
    uint48 public constant MAX_UNBONDING_PERIOD = 60 days;
    /// @notice The longest commission-change delay.
    uint48 public constant MAX_COMMISSION_DELAY = 30 days;

    uint256 private constant _BPS = 10_000;
    uint256 private constant _SCALE = 1e18;

    IERC20 private immutable _era;
    IRollupRegistry private immutable _registry;

    address private _rewardDistributor;
    address private _slashRecipient;
    uint48 private _unbondingPeriod;
    uint48 private _commissionDelay;
    uint256 private _totalUnbonding;

    mapping(address validator => Validator) private _validators;
    mapping(address account => mapping(address validator => Position)) private _positions;
    mapping(address account => uint256) private _accrued;
    mapping(address account => mapping(uint256 requestId => Unbonding)) private _unbonding;
    mapping(address account => uint256) private _nextRequestId;

    mapping(RollupId rollupId => uint256) private _rewardPerStake;
    mapping(RollupId rollupId => StakeCheckpoints.Trace) private _rollupStake;
    mapping(address account => mapping(uint32 domain => StakeCheckpoints.Trace)) private
        _domainStake;

    /// @dev A domain's total is the sum of its rollups' stake traces, so a stake updates one
    ///      shared trace instead of two.
    mapping(uint32 domain => RollupId[]) private _domainRollups;
    mapping(RollupId rollupId => bool) private _rollupTracked;
    uint32[] private _domains;

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
        validator.commissionBps = _commissionOf(validator);
        validator.pendingCommissionBps = commissionBps;
        uint48 effectiveAt = clock() + _commissionDelay;
        validator.pendingEffectiveAt = effectiveAt;
        emit CommissionChangeRequested(msg.sender, commissionBps, effectiveAt);
    }

    /// @inheritdoc IStakingHub
    function delegate(address validator, uint256 amount) external {
        _delegate(msg.sender, validator, amount);
    }

    /// @inheritdoc IStakingHub
    function undelegate(address validator, uint256 amount) external returns (uint256 requestId) {
        Validator storage record = _validators[validator];
        if (record.status == ValidatorStatus.None) revert StakingHubUnknownValidator(validator);
        uint96 remaining = _reduce(msg.sender, validator, record, amount);
        if (msg.sender == validator && record.status == ValidatorStatus.Active) {
            if (remaining == 0) {
                record.status = ValidatorStatus.Exited;
                emit ValidatorExited(validator);
            } else {
                uint256 minimum = _registry.minValidatorStake(record.rollupId);
                if (remaining < minimum) {
                    revert StakingHubBelowMinimumStake(validator, remaining, minimum);
                }
            }
        }
        requestId = _nextRequestId[msg.sender]++;
        uint48 releaseAt = clock() + _unbondingPeriod;
        // `_reduce` checked that `amount` fits the position's uint96.
        // forge-lint: disable-next-line(unsafe-typecast)
        _unbonding[msg.sender][requestId] = Unbonding(uint96(amount), releaseAt);
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
        // The request's amount was added to the total when it was created.
        unchecked {
            _totalUnbonding -= request.amount;
        }
        _era.safeTransfer(msg.sender, request.amount);
        emit Withdrawn(msg.sender, requestId, request.amount);
    }

    /// @inheritdoc IStakingHub
    function claimRewards(address validator) external returns (uint256 amount) {
        Validator storage record = _validators[validator];
        if (record.status == ValidatorStatus.None) revert StakingHubUnknownValidator(validator);
        Position storage position = _positions[msg.sender][validator];
        uint96 staked = position.amount;
        if (staked != 0) {
            uint256 acc = _rewardPerStake[record.rollupId];
            amount = _settle(msg.sender, validator, record, staked, position.rewardSnapshot, acc);
            // Snapshots keep the accumulator modulo 2^160 (see the contract NatSpec).
            // forge-lint: disable-next-line(unsafe-typecast)
            position.rewardSnapshot = uint160(acc);
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
        uint256 stake = _rollupStake[rollupId].latest();
        if (stake == 0) revert StakingHubNoStake(rollupId);
        // Rounding down leaves at most `stake / 1e18` wei per notification unallocated in the hub.
        uint256 acc = _rewardPerStake[rollupId] + amount * _SCALE / stake;
        _rewardPerStake[rollupId] = acc;
        emit RollupRewardNotified(rollupId, amount, acc);
    }

    // ------------------------------------------------------------------------------------------
    // Governance
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IStakingHub
    function slash(address validator, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Validator storage record = _validators[validator];
        if (record.status == ValidatorStatus.None) revert StakingHubUnknownValidator(validator);
        uint96 selfStake = _positions[validator][validator].amount;
        if (amount > selfStake) revert StakingHubSlashExceedsStake(validator, selfStake, amount);
        uint96 remaining = _reduce(validator, validator, record, amount);
        if (remaining == 0 && record.status == ValidatorStatus.Active) {
            record.status = ValidatorStatus.Exited;
            emit ValidatorExited(validator);
        }
        address recipient = _slashRecipient;
        _era.safeTransfer(recipient, amount);
        emit ValidatorSlashed(validator, amount, recipient);
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
            total += _rollupStake[rollups[i]].latest();
        }
    }

    /// @inheritdoc IStakingHub
    function getPastTotalDomainStake(uint32 domain, uint256 timepoint)
        external
        view
        returns (uint256 total)
    {
        uint48 key = _pastKey(timepoint);
        RollupId[] storage rollups = _domainRollups[domain];
        for (uint256 i; i < rollups.length; ++i) {
            total += _rollupStake[rollups[i]].upperLookup(key);
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
        return _rollupStake[rollupId].latest();
    }

    /// @inheritdoc IStakingHub
    function getPastRollupStake(RollupId rollupId, uint256 timepoint)
        external
        view
        returns (uint256)
    {
        return _rollupStake[rollupId].upperLookup(_pastKey(timepoint));
    }

    /// @inheritdoc IStakingHub
    function pendingRewards(address account, address validator)
        external
        view
        returns (uint256 amount)
    {
        Validator storage record = _validators[validator];
        Position memory position = _positions[account][validator];
        uint256 gross = _gross(position, _rewardPerStake[record.rollupId]);
        amount = gross + _accrued[account];
        if (account == validator) amount += record.commissionEarned;
        else amount -= gross * _commissionOf(record) / _BPS;
    }

    /// @inheritdoc IStakingHub
    function getPosition(address account, address validator)
        external
        view
        returns (uint256 amount, uint256 unsettledRewards)
    {
        Position memory position = _positions[account][validator];
        amount = position.amount;
        unsettledRewards = _gross(position, _rewardPerStake[_validators[validator].rollupId]);
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
        return (request.amount, request.releaseAt);
    }

    /// @inheritdoc IStakingHub
    function totalUnbonding() external view returns (uint256) {
        return _totalUnbonding;
    }

    /// @inheritdoc IStakingHub
    function rewardPerStake(RollupId rollupId) external view returns (uint256) {
        return _rewardPerStake[rollupId];
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
        if (record.status != ValidatorStatus.Active) {
            revert StakingHubValidatorNotActive(validator);
        }
        RollupId rollupId = record.rollupId;
        uint96 delta = SafeCast.toUint96(amount);
        uint256 acc = _rewardPerStake[rollupId];
        Position storage position = _positions[account][validator];
        uint96 staked = position.amount;
        if (staked != 0) {
            uint256 net = _settle(account, validator, record, staked, position.rewardSnapshot, acc);
            if (net != 0) _accrued[account] += net;
        }
        // Snapshots keep the accumulator modulo 2^160 (see the contract NatSpec).
        // forge-lint: disable-next-line(unsafe-typecast)
        _positions[account][validator] = Position(staked + delta, uint160(acc));
        _moveStake(account, record, delta, true);
        _era.safeTransferFrom(account, address(this), amount);
        emit Delegated(account, validator, amount);
    }

    /// @dev Settles and reduces a position by `amount`; returns what is left of it.
    function _reduce(address account, address validator, Validator storage record, uint256 amount)
        internal
        returns (uint96 remaining)
    {
        if (amount == 0) revert StakingHubZeroAmount();
        Position storage position = _positions[account][validator];
        uint96 staked = position.amount;
        if (amount > staked) {
            revert StakingHubInsufficientStake(account, validator, staked, amount);
        }
        uint256 acc = _rewardPerStake[record.rollupId];
        uint256 net = _settle(account, validator, record, staked, position.rewardSnapshot, acc);
        if (net != 0) _accrued[account] += net;
        // `amount <= staked`, a uint96.
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            remaining = staked - uint96(amount);
        }
        // Snapshots keep the accumulator modulo 2^160 (see the contract NatSpec).
        // forge-lint: disable-next-line(unsafe-typecast)
        _positions[account][validator] = Position(remaining, uint160(acc));
        // forge-lint: disable-next-line(unsafe-typecast)
        _moveStake(account, record, uint96(amount), false);
    }

    /// @dev Adds `delta` to (or subtracts it from) the account's domain trace and the rollup's.
    function _moveStake(address account, Validator storage record, uint96 delta, bool increase)
        internal
    {
        uint48 now_ = clock();
        StakeCheckpoints.Trace storage domainTrace = _domainStake[account][record.domain];
        StakeCheckpoints.Trace storage rollupTrace = _rollupStake[record.rollupId];
        if (increase) {
            domainTrace.add(now_, delta);
            rollupTrace.add(now_, delta);
        } else {
            domainTrace.sub(now_, delta);
            rollupTrace.sub(now_, delta);
        }
    }

    /// @dev Splits a position's gross rewards since `snapshot`: credits the validator's commission
    ///      to its record and returns the staker's net part. The caller moves the snapshot.
    function _settle(
        address account,
        address validator,
        Validator storage record,
        uint96 staked,
        uint160 snapshot,
        uint256 acc
    ) internal returns (uint256 net) {
        net = _gross(Position(staked, snapshot), acc);
        if (net == 0 || account == validator) return net;
        uint256 commission = net * _commissionOf(record) / _BPS;
        if (commission != 0) {
            // Commission is a part of rewards the hub holds, all below the ERA supply (< 2^90).
            // forge-lint: disable-next-line(unsafe-typecast)
            record.commissionEarned += uint96(commission);
            net -= commission;
        }
    }

    function _gross(Position memory position, uint256 acc) internal pure returns (uint256) {
        // The accumulator difference is taken modulo 2^160 (see the contract NatSpec); the product
        // of a uint96 and a uint160 cannot overflow 256 bits.
        unchecked {
            // Snapshots keep the accumulator modulo 2^160 (see the contract NatSpec).
            // forge-lint: disable-next-line(unsafe-typecast)
            return uint256(position.amount) * (uint160(acc) - position.rewardSnapshot) / _SCALE;
        }
    }

    function _commissionOf(Validator storage record) internal view returns (uint16) {
        uint48 effectiveAt = record.pendingEffectiveAt;
        if (effectiveAt != 0 && block.timestamp >= effectiveAt) return record.pendingCommissionBps;
        return record.commissionBps;
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

    function _setCommissionDelay(uint48 delay) internal {
        if (delay > MAX_COMMISSION_DELAY) {
            revert StakingHubCommissionDelayOutOfBounds(delay, MAX_COMMISSION_DELAY);
        }
        _commissionDelay = delay;
        emit CommissionDelaySet(delay);
    }
}
