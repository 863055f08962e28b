// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    IRollupRegistry,
    KeeperLimits,
    Rollup,
    RollupKind,
    RollupStatus
} from "../interfaces/IRollupRegistry.sol";
import {Roles} from "../libraries/Roles.sol";
import {RollupId} from "../types/RollupId.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title RollupRegistry
/// @notice The rollups ERA Metalayer coordinates. See {IRollupRegistry}.
contract RollupRegistry is IRollupRegistry, AccessControl {
    /// @notice The smallest gas-limit parameter governance may set.
    uint64 public constant MIN_GAS_LIMIT = 1_000_000;
    /// @notice The largest gas-limit parameter governance may set.
    uint64 public constant MAX_GAS_LIMIT = 1_000_000_000;
    /// @notice The largest base minimum validator stake: 10% of the ERA supply.
    uint128 public constant MAX_MIN_VALIDATOR_STAKE = 100_000_000 ether;
    /// @notice The longest `maxLoweringDuration` governance may set.
    uint64 public constant MAX_LOWERING_DURATION_CAP = 30 days;

    /// @notice The longest `statusCooldown` governance may set.
    uint64 public constant MAX_STATUS_COOLDOWN = 1 days;
    /// @notice The largest `statusBurst` governance may set.
    uint8 public constant MAX_STATUS_BURST = 16;
    /// @notice The largest `maxDown` governance may set.
    uint16 public constant MAX_KEEPER_DOWN_CAP = 1024;
    /// @notice The longest `loweringGap` governance may set.
    uint64 public constant MAX_LOWERING_GAP = 30 days;
    /// @notice The largest `maxLowered` governance may set (bounds the keeper's lowering list,
    ///         walked on each keeper lowering).
    uint16 public constant MAX_KEEPER_LOWERED_CAP = 32;

    /// @notice Keeper limits at deployment (see {KeeperLimits}).
    uint64 public constant DEFAULT_STATUS_COOLDOWN = 10 minutes;
    uint8 public constant DEFAULT_STATUS_BURST = 3;
    uint16 public constant DEFAULT_MAX_KEEPER_DOWN = 3;
    uint64 public constant DEFAULT_LOWERING_GAP = 1 days;
    uint16 public constant DEFAULT_MAX_KEEPER_LOWERED = 3;

    /// @dev A keeper lowering in force (or expired, until the next keeper lowering reuses its
    ///      slot).
    struct KeeperLowering {
        RollupId id;
        uint64 until;
    }

    Rollup[] private _rollups;
    mapping(uint64 chainId => RollupId) private _idByChain;
    uint64 private _maxLoweringDuration;
    /// @dev Rollups whose status is Down (packs with `_maxLoweringDuration`).
    uint32 private _downCount;
    KeeperLimits private _keeperLimits;
    /// @dev Per rollup, the GCRA "theoretical arrival time" of its next impairing keeper change:
    ///      a change at `t` is allowed iff `tat <= t + (statusBurst - 1) * statusCooldown`, then
    ///      `tat = max(tat, t) + statusCooldown`.
    mapping(RollupId id => uint64 tat) private _statusTat;
    KeeperLowering[] private _keeperLowerings;

    /// @param admin Governance: receives DEFAULT_ADMIN_ROLE.
    /// @param maxLoweringDuration_ The longest time the keeper may lower a threshold for.
    constructor(address admin, uint64 maxLoweringDuration_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setMaxLoweringDuration(maxLoweringDuration_);
        _setKeeperLimits(
            KeeperLimits({
                statusCooldown: DEFAULT_STATUS_COOLDOWN,
                statusBurst: DEFAULT_STATUS_BURST,
                maxDown: DEFAULT_MAX_KEEPER_DOWN,
                loweringGap: DEFAULT_LOWERING_GAP,
                maxLowered: DEFAULT_MAX_KEEPER_LOWERED
            })
        );
    }

    // ------------------------------------------------------------------------------------------
    // Governance
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IRollupRegistry
    function registerRollup(
        uint64 chainId,
        RollupKind kind,
        uint32 domain,
        uint128 minValidatorStake_,
        uint128 thresholdFloor,
        uint64 gasLimit
    ) external onlyRole(DEFAULT_ADMIN_ROLE) returns (RollupId id) {
        if (chainId == 0) revert RollupRegistryInvalidChainId(chainId);
        RollupId existing = _idByChain[chainId];
        if (RollupId.unwrap(existing) != 0) revert RollupRegistryChainIdTaken(chainId, existing);
        if (domain == 0) revert RollupRegistryInvalidDomain(domain);
        _checkGasLimit(gasLimit);
        _checkStakes(minValidatorStake_, thresholdFloor);

        _rollups.push(
            Rollup({
                chainId: chainId,
                kind: kind,
                status: RollupStatus.Active,
                domain: domain,
                gasLimit: gasLimit,
                minValidatorStake: minValidatorStake_,
                thresholdFloor: thresholdFloor,
                loweredMinimum: 0,
                loweredUntil: 0
            })
        );
        // Ids are 1-based array positions; 2^32 rollups cannot be registered by governance.
        id = RollupId.wrap(uint32(_rollups.length));
        _idByChain[chainId] = id;
        emit RollupRegistered(
            id, chainId, domain, kind, minValidatorStake_, thresholdFloor, gasLimit
        );
    }

    /// @inheritdoc IRollupRegistry
    function setMinValidatorStake(RollupId id, uint128 minValidatorStake_)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        Rollup storage rollup = _rollup(id);
        _checkStakes(minValidatorStake_, rollup.thresholdFloor);
        uint128 old = rollup.minValidatorStake;
        rollup.minValidatorStake = minValidatorStake_;
        emit MinValidatorStakeChanged(id, old, minValidatorStake_);
    }

    /// @inheritdoc IRollupRegistry
    function setThresholdFloor(RollupId id, uint128 thresholdFloor)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        Rollup storage rollup = _rollup(id);
        _checkStakes(rollup.minValidatorStake, thresholdFloor);
        uint128 old = rollup.thresholdFloor;
        rollup.thresholdFloor = thresholdFloor;
        emit ThresholdFloorChanged(id, old, thresholdFloor);
    }

    /// @inheritdoc IRollupRegistry
    function setMaxLoweringDuration(uint64 duration) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxLoweringDuration(duration);
    }

    /// @inheritdoc IRollupRegistry
    function setKeeperLimits(KeeperLimits calldata limits) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setKeeperLimits(limits);
    }

    /// @inheritdoc IRollupRegistry
    function setGasLimit(RollupId id, uint64 gasLimit) external onlyRole(Roles.PARAMETER) {
        Rollup storage rollup = _rollup(id);
        _checkGasLimit(gasLimit);
        uint64 old = rollup.gasLimit;
        rollup.gasLimit = gasLimit;
        emit GasLimitChanged(id, old, gasLimit);
    }

    // ------------------------------------------------------------------------------------------
    // Keeper
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IRollupRegistry
    function setStatus(RollupId id, RollupStatus status) external onlyRole(Roles.KEEPER) {
        Rollup storage rollup = _rollup(id);
        RollupStatus from = rollup.status;
        if (from == status) revert RollupRegistryStatusUnchanged(id, status);
        if (status != RollupStatus.Active) {
            KeeperLimits storage limits = _keeperLimits;
            uint64 cooldown = limits.statusCooldown;
            if (status == RollupStatus.Down) {
                uint256 cap = limits.maxDown;
                // `from != Down` here, so this change adds one Down rollup.
                if (_downCount >= cap) revert RollupRegistryDownCapReached(id, _downCount, cap);
            }
            // GCRA token bucket; all terms are below 2^64 + 16 days, computed in 256 bits.
            uint256 tolerance = uint256(limits.statusBurst - 1) * cooldown;
            uint256 tat = _statusTat[id];
            if (tat < block.timestamp) tat = block.timestamp;
            if (tat > block.timestamp + tolerance) {
                revert RollupRegistryStatusCooldown(id, uint64(tat - tolerance));
            }
            _statusTat[id] = uint64(tat + cooldown);
        }
        _applyStatus(id, rollup, from, status);
    }

    /// @inheritdoc IRollupRegistry
    function overrideStatus(RollupId id, RollupStatus status) external {
        _checkCouncilOrAdmin();
        Rollup storage rollup = _rollup(id);
        RollupStatus from = rollup.status;
        if (from == status) revert RollupRegistryStatusUnchanged(id, status);
        _applyStatus(id, rollup, from, status);
        emit KeeperLimitsOverridden(id, msg.sender);
    }

    /// @inheritdoc IRollupRegistry
    function lowerThreshold(RollupId id, uint128 newMinimum, uint64 duration)
        external
        onlyRole(Roles.KEEPER)
    {
        (Rollup storage rollup, uint64 previousUntil) = _checkLowering(id, newMinimum, duration);
        KeeperLimits storage limits = _keeperLimits;
        if (previousUntil != 0) {
            // Both terms are at most 2^64 - 1; the sum is taken in 256 bits.
            uint256 availableAt = uint256(previousUntil) + limits.loweringGap;
            if (block.timestamp < availableAt) {
                revert RollupRegistryLoweringGap(id, uint64(availableAt));
            }
        }
        (uint256 inForce, uint256 freeSlot) = _scanKeeperLowerings();
        uint256 cap = limits.maxLowered;
        if (inForce >= cap) revert RollupRegistryLoweredCapReached(id, inForce, cap);
        uint64 until = _applyLowering(id, rollup, newMinimum, duration);
        // Reuse the slot of a lowering that ended, else append: the list only grows when every
        // entry is in force, so it stays within `MAX_KEEPER_LOWERED_CAP`.
        KeeperLowering memory entry = KeeperLowering({id: id, until: until});
        if (freeSlot < type(uint256).max) _keeperLowerings[freeSlot] = entry;
        else _keeperLowerings.push(entry);
    }

    /// @inheritdoc IRollupRegistry
    function overrideLowerThreshold(RollupId id, uint128 newMinimum, uint64 duration) external {
        _checkCouncilOrAdmin();
        (Rollup storage rollup,) = _checkLowering(id, newMinimum, duration);
        _applyLowering(id, rollup, newMinimum, duration);
        emit KeeperLimitsOverridden(id, msg.sender);
    }

    // ------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IRollupRegistry
    function getRollup(RollupId id) external view returns (Rollup memory) {
        return _rollup(id);
    }

    /// @inheritdoc IRollupRegistry
    function rollupCount() external view returns (uint256) {
        return _rollups.length;
    }

    /// @inheritdoc IRollupRegistry
    function rollupIdOf(uint64 chainId) external view returns (RollupId) {
        return _idByChain[chainId];
    }

    /// @inheritdoc IRollupRegistry
    function domainOf(RollupId id) external view returns (uint32) {
        return _rollup(id).domain;
    }

    /// @inheritdoc IRollupRegistry
    function minValidatorStake(RollupId id) external view returns (uint256) {
        Rollup storage rollup = _rollup(id);
        uint128 base = rollup.minValidatorStake;
        if (rollup.loweredUntil <= block.timestamp) return base;
        uint128 lowered = rollup.loweredMinimum;
        uint128 floor = rollup.thresholdFloor;
        // Governance may have moved the base or the floor since the keeper lowered it.
        if (lowered > base) lowered = base;
        if (lowered < floor) lowered = floor;
        return lowered;
    }

    /// @inheritdoc IRollupRegistry
    function statusOf(RollupId id) external view returns (RollupStatus) {
        return _rollup(id).status;
    }

    /// @inheritdoc IRollupRegistry
    function isRegistered(RollupId id) public view returns (bool) {
        uint32 raw = RollupId.unwrap(id);
        return raw != 0 && raw <= _rollups.length;
    }

    /// @inheritdoc IRollupRegistry
    function maxLoweringDuration() external view returns (uint64) {
        return _maxLoweringDuration;
    }

    /// @inheritdoc IRollupRegistry
    function keeperLimits() external view returns (KeeperLimits memory) {
        return _keeperLimits;
    }

    /// @inheritdoc IRollupRegistry
    function downCount() external view returns (uint256) {
        return _downCount;
    }

    /// @inheritdoc IRollupRegistry
    function keeperLoweredCount() external view returns (uint256 count) {
        uint256 length = _keeperLowerings.length;
        for (uint256 i; i < length; ++i) {
            if (_keeperLowerings[i].until > block.timestamp) ++count;
        }
    }

    /// @inheritdoc IRollupRegistry
    function statusChangeAvailableAt(RollupId id) external view returns (uint64) {
        _rollup(id);
        KeeperLimits storage limits = _keeperLimits;
        uint256 tolerance = uint256(limits.statusBurst - 1) * limits.statusCooldown;
        uint256 tat = _statusTat[id];
        return tat > block.timestamp + tolerance ? uint64(tat - tolerance) : 0;
    }

    /// @inheritdoc IRollupRegistry
    function loweringAvailableAt(RollupId id) external view returns (uint64) {
        uint64 until = _rollup(id).loweredUntil;
        if (until == 0) return 0;
        uint256 availableAt = uint256(until) + _keeperLimits.loweringGap;
        return availableAt > block.timestamp ? uint64(availableAt) : 0;
    }

    // ------------------------------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------------------------------

    function _rollup(RollupId id) internal view returns (Rollup storage) {
        if (!isRegistered(id)) revert RollupRegistryUnknownRollup(id);
        // `isRegistered` guarantees 1 <= id <= length.
        unchecked {
            return _rollups[RollupId.unwrap(id) - 1];
        }
    }

    function _applyStatus(RollupId id, Rollup storage rollup, RollupStatus from, RollupStatus to)
        internal
    {
        // At most 2^32 rollups exist; a rollup leaves Down only after entering it.
        unchecked {
            if (from == RollupStatus.Down) --_downCount;
            else if (to == RollupStatus.Down) ++_downCount;
        }
        rollup.status = to;
        emit RollupStatusChanged(id, from, to);
    }

    /// @dev The rules every lowering follows; returns the rollup and its last lowering's end.
    function _checkLowering(RollupId id, uint128 newMinimum, uint64 duration)
        internal
        view
        returns (Rollup storage rollup, uint64 until)
    {
        rollup = _rollup(id);
        until = rollup.loweredUntil;
        if (until > block.timestamp) revert RollupRegistryLoweringActive(id, until);
        uint128 floor = rollup.thresholdFloor;
        uint128 base = rollup.minValidatorStake;
        if (newMinimum < floor || newMinimum >= base) {
            revert RollupRegistryLoweringOutOfBounds(id, newMinimum, floor, base);
        }
        uint64 max = _maxLoweringDuration;
        if (duration == 0 || duration > max) {
            revert RollupRegistryLoweringDurationOutOfBounds(id, duration, max);
        }
    }

    function _applyLowering(RollupId id, Rollup storage rollup, uint128 newMinimum, uint64 duration)
        internal
        returns (uint64 until)
    {
        // `duration` is at most 30 days, far from overflowing a uint64 timestamp.
        until = uint64(block.timestamp) + duration;
        rollup.loweredMinimum = newMinimum;
        rollup.loweredUntil = until;
        emit ThresholdLowered(id, newMinimum, until);
    }

    /// @dev How many keeper lowerings are in force, and the index of the first entry that has
    ///      expired (`type(uint256).max` if none has).
    function _scanKeeperLowerings() internal view returns (uint256 inForce, uint256 freeSlot) {
        KeeperLowering[] storage list = _keeperLowerings;
        uint256 length = list.length;
        freeSlot = type(uint256).max;
        for (uint256 i; i < length; ++i) {
            if (list[i].until > block.timestamp) ++inForce;
            else if (freeSlot == type(uint256).max) freeSlot = i;
        }
    }

    function _checkCouncilOrAdmin() internal view {
        if (!hasRole(Roles.COUNCIL, msg.sender) && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert RollupRegistryNotCouncilOrAdmin(msg.sender);
        }
    }

    function _setKeeperLimits(KeeperLimits memory limits) internal {
        _checkLimit("statusCooldown", limits.statusCooldown, 1, MAX_STATUS_COOLDOWN);
        _checkLimit("statusBurst", limits.statusBurst, 1, MAX_STATUS_BURST);
        _checkLimit("maxDown", limits.maxDown, 1, MAX_KEEPER_DOWN_CAP);
        _checkLimit("loweringGap", limits.loweringGap, 0, MAX_LOWERING_GAP);
        _checkLimit("maxLowered", limits.maxLowered, 1, MAX_KEEPER_LOWERED_CAP);
        _keeperLimits = limits;
        emit KeeperLimitsChanged(limits);
    }

    function _checkLimit(string memory field, uint256 value, uint256 min, uint256 max)
        internal
        pure
    {
        if (value < min || value > max) {
            revert RollupRegistryKeeperLimitOutOfBounds(field, value, min, max);
        }
    }

    function _setMaxLoweringDuration(uint64 duration) internal {
        if (duration == 0 || duration > MAX_LOWERING_DURATION_CAP) {
            revert RollupRegistryMaxLoweringDurationOutOfBounds(duration, MAX_LOWERING_DURATION_CAP);
        }
        uint64 old = _maxLoweringDuration;
        _maxLoweringDuration = duration;
        emit MaxLoweringDurationChanged(old, duration);
    }

    function _checkGasLimit(uint64 gasLimit) internal pure {
        if (gasLimit < MIN_GAS_LIMIT || gasLimit > MAX_GAS_LIMIT) {
            revert RollupRegistryGasLimitOutOfBounds(gasLimit, MIN_GAS_LIMIT, MAX_GAS_LIMIT);
        }
    }

    function _checkStakes(uint128 minStake, uint128 floor) internal pure {
        if (minStake > MAX_MIN_VALIDATOR_STAKE) {
            revert RollupRegistryMinStakeOutOfBounds(minStake, floor, MAX_MIN_VALIDATOR_STAKE);
        }
        if (floor > minStake) revert RollupRegistryFloorAboveMinimum(floor, minStake);
    }
}
