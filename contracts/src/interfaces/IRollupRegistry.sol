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

/// @notice Governed limits on the keeper (KEEPER role), so that a compromised keeper key stays
///         within bounds. The council (COUNCIL role) and governance (DEFAULT_ADMIN_ROLE) act
///         beyond them through `overrideStatus` and `overrideLowerThreshold`.
/// @param statusCooldown Seconds per keeper status change that impairs a rollup (to anything but
///         Active): after a burst, one such change per rollup per `statusCooldown`. Returning a
///         rollup to Active is never delayed.
/// @param statusBurst How many impairing changes a rollup may take back to back (a token bucket
///         of this size, refilled one token per `statusCooldown`). In any span of `T` seconds a
///         rollup takes at most `statusBurst + T / statusCooldown` impairing keeper changes.
/// @param maxDown The keeper may not mark a rollup Down while this many rollups are Down.
/// @param loweringGap Seconds after a lowering ends before the keeper may lower that rollup
///         again (a lowering cannot be renewed the moment it expires).
/// @param maxLowered How many keeper lowerings may be in force at once, across all rollups.
struct KeeperLimits {
    uint64 statusCooldown;
    uint8 statusBurst;
    uint16 maxDown;
    uint64 loweringGap;
    uint16 maxLowered;
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
    /// @notice The keeper impaired this rollup's status too often: its next impairing change is
    ///         allowed from `availableAt` (see `KeeperLimits.statusCooldown`).
    error RollupRegistryStatusCooldown(RollupId id, uint64 availableAt);
    /// @notice `down` rollups are Down, the keeper's cap is `cap`: marking one more Down needs
    ///         the council or governance (`overrideStatus`).
    error RollupRegistryDownCapReached(RollupId id, uint256 down, uint256 cap);
    /// @notice The rollup's last lowering ended less than `loweringGap` ago: the keeper may lower
    ///         it again from `availableAt`.
    error RollupRegistryLoweringGap(RollupId id, uint64 availableAt);
    /// @notice `lowered` keeper lowerings are in force, the cap is `cap`: one more needs the
    ///         council or governance (`overrideLowerThreshold`).
    error RollupRegistryLoweredCapReached(RollupId id, uint256 lowered, uint256 cap);
    /// @notice A keeper limit lies outside its governance bounds; `field` names it
    ///         (statusCooldown, statusBurst, maxDown, loweringGap, maxLowered).
    error RollupRegistryKeeperLimitOutOfBounds(
        string field, uint256 value, uint256 min, uint256 max
    );
    /// @notice The caller holds neither COUNCIL nor DEFAULT_ADMIN_ROLE.
    error RollupRegistryNotCouncilOrAdmin(address caller);
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
    /// @notice Governance changed the keeper limits.
    event KeeperLimitsChanged(KeeperLimits limits);
    /// @notice The council or governance set a status or lowered a threshold beyond the keeper
    ///         limits (the usual `RollupStatusChanged` / `ThresholdLowered` is emitted too).
    event KeeperLimitsOverridden(RollupId indexed id, address indexed by);
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
    ///         keeper that retries an action learns it was already applied. Within the keeper
    ///         limits: a change to anything but Active spends one of the rollup's status tokens
    ///         (`RollupRegistryStatusCooldown` when none is left), and a change to Down needs
    ///         fewer than `maxDown` rollups Down (`RollupRegistryDownCapReached`). A change back
    ///         to Active is always allowed.
    function setStatus(RollupId id, RollupStatus status) external;

    /// @notice Sets a rollup's status beyond the keeper limits (no cooldown, no Down cap).
    ///         COUNCIL role or DEFAULT_ADMIN_ROLE. Reverts when the status is unchanged.
    function overrideStatus(RollupId id, RollupStatus status) external;

    /// @notice Lowers a rollup's minimum like `lowerThreshold` (same floor, duration and
    ///         one-at-a-time rules) but beyond the keeper's lowering gap and cap. COUNCIL role or
    ///         DEFAULT_ADMIN_ROLE. Does not count towards `maxLowered`.
    function overrideLowerThreshold(RollupId id, uint128 newMinimum, uint64 duration) external;

    /// @notice Sets the keeper limits. Admin only. Bounds: `statusCooldown` in
    ///         `[1, MAX_STATUS_COOLDOWN]`, `statusBurst` in `[1, MAX_STATUS_BURST]`, `maxDown` in
    ///         `[1, MAX_KEEPER_DOWN_CAP]`, `loweringGap` in `[0, MAX_LOWERING_GAP]`, `maxLowered`
    ///         in `[1, MAX_KEEPER_LOWERED_CAP]`. Deployed with `DEFAULT_STATUS_COOLDOWN` (10
    ///         minutes), `DEFAULT_STATUS_BURST` (3), `DEFAULT_MAX_KEEPER_DOWN` (3),
    ///         `DEFAULT_LOWERING_GAP` (1 day) and `DEFAULT_MAX_KEEPER_LOWERED` (3).
    function setKeeperLimits(KeeperLimits calldata limits) external;

    /// @notice The keeper limits in force.
    function keeperLimits() external view returns (KeeperLimits memory);

    /// @notice How many rollups are Down now (whoever set them).
    function downCount() external view returns (uint256);

    /// @notice How many keeper lowerings are in force now (overrides not counted).
    function keeperLoweredCount() external view returns (uint256);

    /// @notice When the keeper may next impair `id`'s status: 0 if it may now.
    function statusChangeAvailableAt(RollupId id) external view returns (uint64);

    /// @notice When the keeper may next lower `id`'s threshold as far as time goes (a lowering
    ///         in force, then the lowering gap): 0 if it may now.
    function loweringAvailableAt(RollupId id) external view returns (uint64);

    /// @notice Lowers a rollup's minimum validator stake to `newMinimum` for `duration` seconds.
    ///         KEEPER role. `newMinimum` must lie in `[floor, base minimum)` and `duration` in
    ///         `(0, maxLoweringDuration]`; only one lowering may be in force at a time. The
    ///         minimum restores itself at expiry, with no transaction. Within the keeper limits:
    ///         not before `loweringGap` after the rollup's last lowering ended
    ///         (`RollupRegistryLoweringGap`), and with fewer than `maxLowered` keeper lowerings in
    ///         force (`RollupRegistryLoweredCapReached`).
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
