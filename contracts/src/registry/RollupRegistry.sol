// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollupRegistry, Rollup, RollupKind, RollupStatus} from "../interfaces/IRollupRegistry.sol";
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

    Rollup[] private _rollups;
    mapping(uint64 chainId => RollupId) private _idByChain;
    uint64 private _maxLoweringDuration;

    /// @param admin Governance: receives DEFAULT_ADMIN_ROLE.
    /// @param maxLoweringDuration_ The longest time the keeper may lower a threshold for.
    constructor(address admin, uint64 maxLoweringDuration_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setMaxLoweringDuration(maxLoweringDuration_);
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
        rollup.status = status;
        emit RollupStatusChanged(id, from, status);
    }

    /// @inheritdoc IRollupRegistry
    function lowerThreshold(RollupId id, uint128 newMinimum, uint64 duration)
        external
        onlyRole(Roles.KEEPER)
    {
        Rollup storage rollup = _rollup(id);
        uint64 until = rollup.loweredUntil;
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
        // `duration` is at most 30 days, far from overflowing a uint64 timestamp.
        until = uint64(block.timestamp) + duration;
        rollup.loweredMinimum = newMinimum;
        rollup.loweredUntil = until;
        emit ThresholdLowered(id, newMinimum, until);
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
