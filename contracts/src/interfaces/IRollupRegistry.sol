// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupId} from "../types/RollupId.sol";

/// @notice How a rollup proves its state to the settlement layer.
enum RollupKind {
    Optimistic,
    ZK
}

/// @notice A rollup's health as the keeper last reported it.
enum RollupStatus {
    Active,
    Congested,
    Degraded,
    Down
}

/// @notice A registered rollup.
/// @param chainId The rollup's EVM chain id, unique in the registry.
/// @param kind Optimistic or ZK.
/// @param status The keeper-reported health.
/// @param domain The shard the rollup belongs to (never 0).
/// @param gasLimit The block gas-limit parameter (shard governance may change it).
/// @param minValidatorStake The base minimum self-stake of a validator, set by governance.
/// @param thresholdFloor The keeper may never lower the minimum below this.
/// @param loweredMinimum The keeper's temporary minimum, in force until `loweredUntil`.
/// @param loweredUntil When the temporary minimum expires (0: never lowered).
struct Rollup {
    uint64 chainId;
    RollupKind kind;
    RollupStatus status;
    uint32 domain;
    uint64 gasLimit;
    uint128 minValidatorStake;
    uint128 thresholdFloor;
    uint128 loweredMinimum;
    uint64 loweredUntil;
}

/// @title IRollupRegistryErrors
interface IRollupRegistryErrors {
    /// @notice No rollup has this id.
    error RollupRegistryUnknownRollup(RollupId id);
    /// @notice The chain id is 0.
    error RollupRegistryInvalidChainId(uint64 chainId);
    /// @notice Another rollup already uses this chain id.
    error RollupRegistryChainIdTaken(uint64 chainId, RollupId existing);
    /// @notice The domain is 0 (reserved for "none").
    error RollupRegistryInvalidDomain(uint32 domain);
    /// @notice The gas limit lies outside `[MIN_GAS_LIMIT, MAX_GAS_LIMIT]`.
    error RollupRegistryGasLimitOutOfBounds(uint64 gasLimit, uint64 min, uint64 max);
    /// @notice The minimum validator stake lies outside `[floor, MAX_MIN_VALIDATOR_STAKE]`.
    error RollupRegistryMinStakeOutOfBounds(uint128 minStake, uint128 floor, uint128 max);
    /// @notice The threshold floor exceeds the base minimum validator stake.
    error RollupRegistryFloorAboveMinimum(uint128 floor, uint128 minStake);
    /// @notice The maximum lowering duration is 0 or above `MAX_LOWERING_DURATION_CAP`.
    error RollupRegistryMaxLoweringDurationOutOfBounds(uint64 duration, uint64 cap);
    /// @notice The keeper set the status the rollup already has.
    error RollupRegistryStatusUnchanged(RollupId id, RollupStatus status);
    /// @notice The lowered minimum is below the floor or not below the base minimum.
    error RollupRegistryLoweringOutOfBounds(
        RollupId id, uint128 minimum, uint128 floor, uint128 baseMinimum
    );
    /// @notice The lowering duration is 0 or above the governance maximum.
    error RollupRegistryLoweringDurationOutOfBounds(RollupId id, uint64 duration, uint64 max);
    /// @notice A lowering is still in force; it must expire before the next one.
    error RollupRegistryLoweringActive(RollupId id, uint64 until);
}

/// @title IRollupRegistryEvents
interface IRollupRegistryEvents {
    /// @notice A rollup was registered.
    event RollupRegistered(
        RollupId indexed id,
        uint64 indexed chainId,
        uint32 indexed domain,
        RollupKind kind,
        uint128 minValidatorStake,
        uint128 thresholdFloor,
        uint64 gasLimit
    );
    /// @notice The keeper changed a rollup's status.
    event RollupStatusChanged(RollupId indexed id, RollupStatus from, RollupStatus to);
    /// @notice A rollup's gas-limit parameter changed.
    event GasLimitChanged(RollupId indexed id, uint64 oldGasLimit, uint64 newGasLimit);
    /// @notice The keeper lowered a rollup's minimum validator stake until `until`.
    event ThresholdLowered(RollupId indexed id, uint128 minimum, uint64 until);
    /// @notice Governance changed a rollup's base minimum validator stake.
    event MinValidatorStakeChanged(RollupId indexed id, uint128 oldMinimum, uint128 newMinimum);
    /// @notice Governance changed a rollup's threshold floor.
    event ThresholdFloorChanged(RollupId indexed id, uint128 oldFloor, uint128 newFloor);
    /// @notice Governance changed the longest time the keeper may lower a threshold for.
    event MaxLoweringDurationChanged(uint64 oldDuration, uint64 newDuration);
}

/// @title IRollupRegistry
/// @notice The rollups ERA Metalayer coordinates, with their parameters. Core governance (the
///         admin) registers rollups and sets stake parameters; shard governance (PARAMETER role)
///         sets the gas limit; the keeper (KEEPER role) reports status and may lower a rollup's
///         minimum validator stake for a bounded time, never below the floor.
interface IRollupRegistry is IRollupRegistryErrors, IRollupRegistryEvents {
    /// @notice Registers a rollup. Admin only.
    /// @param chainId The rollup's chain id; non-zero and unique.
    /// @param kind Optimistic or ZK.
    /// @param domain The shard the rollup belongs to; non-zero.
    /// @param minValidatorStake The base minimum validator self-stake.
    /// @param thresholdFloor The lowest the keeper may lower the minimum to; at most the minimum.
    /// @param gasLimit The gas-limit parameter, within `[MIN_GAS_LIMIT, MAX_GAS_LIMIT]`.
    /// @return id The new rollup's id (ids start at 1).
    function registerRollup(
        uint64 chainId,
        RollupKind kind,
        uint32 domain,
        uint128 minValidatorStake,
        uint128 thresholdFloor,
        uint64 gasLimit
    ) external returns (RollupId id);

    /// @notice Sets a rollup's base minimum validator stake, in `[floor, MAX_MIN_VALIDATOR_STAKE]`.
    ///         Admin only. Validators already registered keep their stake.
    function setMinValidatorStake(RollupId id, uint128 minValidatorStake) external;

    /// @notice Sets a rollup's threshold floor, at most its base minimum. Admin only. A lowering in
    ///         force is clamped to the new floor.
    function setThresholdFloor(RollupId id, uint128 thresholdFloor) external;

    /// @notice Sets the longest time the keeper may lower a threshold for, in
    ///         `(0, MAX_LOWERING_DURATION_CAP]`. Admin only.
    function setMaxLoweringDuration(uint64 duration) external;

    /// @notice Sets a rollup's gas-limit parameter, in `[MIN_GAS_LIMIT, MAX_GAS_LIMIT]`.
    ///         PARAMETER role (shard governance for the rollup's domain).
    function setGasLimit(RollupId id, uint64 gasLimit) external;

    /// @notice Sets a rollup's status. KEEPER role. Reverts when the status is unchanged, so a
    ///         keeper that retries an action learns it was already applied.
    function setStatus(RollupId id, RollupStatus status) external;

    /// @notice Lowers a rollup's minimum validator stake to `newMinimum` for `duration` seconds.
    ///         KEEPER role. `newMinimum` must lie in `[floor, base minimum)` and `duration` in
    ///         `(0, maxLoweringDuration]`; only one lowering may be in force at a time. The
    ///         minimum restores itself at expiry, with no transaction.
    function lowerThreshold(RollupId id, uint128 newMinimum, uint64 duration) external;

    /// @notice A registered rollup. Reverts for an unknown id.
    function getRollup(RollupId id) external view returns (Rollup memory);

    /// @notice How many rollups are registered; ids run from 1 to this count.
    function rollupCount() external view returns (uint256);

    /// @notice The id of the rollup with `chainId`, or 0 if there is none.
    function rollupIdOf(uint64 chainId) external view returns (RollupId);

    /// @notice The domain (shard) of a rollup. Reverts for an unknown id.
    function domainOf(RollupId id) external view returns (uint32);

    /// @notice The minimum validator stake in force now: the keeper's lowered minimum while it has
    ///         not expired (never below the floor), the base minimum otherwise.
    function minValidatorStake(RollupId id) external view returns (uint256);

    /// @notice A rollup's status. Reverts for an unknown id.
    function statusOf(RollupId id) external view returns (RollupStatus);

    /// @notice Whether `id` names a registered rollup.
    function isRegistered(RollupId id) external view returns (bool);

    /// @notice The longest time the keeper may lower a threshold for.
    function maxLoweringDuration() external view returns (uint64);
}
