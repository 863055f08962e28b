// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    Channel,
    ChannelReason,
    ChannelState,
    IEmergencyChannels
} from "../interfaces/IEmergencyChannels.sol";
import {IRollupRegistry, RollupStatus} from "../interfaces/IRollupRegistry.sol";
import {Roles} from "../libraries/Roles.sol";
import {RollupId} from "../types/RollupId.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title EmergencyChannels
/// @notice Keeper-opened, council-vetoable, self-expiring traffic diversions between rollups.
///         See {IEmergencyChannels}.
/// @dev A channel is one slot; opening one writes it and the source's pointer.
contract EmergencyChannels is IEmergencyChannels, AccessControl {
    /// @notice The highest `maxChannelDuration` governance may set.
    uint64 public constant MAX_CHANNEL_DURATION_CAP = 7 days;
    /// @notice The highest `vetoCooldown` governance may set.
    uint64 public constant MAX_VETO_COOLDOWN_CAP = 30 days;
    /// @notice The veto cooldown at deployment, until governance sets another.
    uint64 public constant DEFAULT_VETO_COOLDOWN = 1 days;
    /// @notice The longest `minOpenInterval` governance may set.
    uint64 public constant MAX_OPEN_INTERVAL_CAP = 1 days;
    /// @notice The open interval at deployment, until governance sets another.
    uint64 public constant DEFAULT_MIN_OPEN_INTERVAL = 10 minutes;
    /// @notice The largest `maxOpenChannels` governance may set (bounds the list of channels
    ///         in force, walked on each open).
    uint16 public constant MAX_OPEN_CHANNELS_CAP = 32;
    /// @notice The cap on channels in force at deployment, until governance sets another.
    uint16 public constant DEFAULT_MAX_OPEN_CHANNELS = 3;

    /// @dev Per source rollup, packed in one slot: its latest channel, when it opened, and the
    ///      source's latest veto.
    struct Source {
        uint64 latestChannel;
        uint64 lastOpenedAt;
        uint64 vetoedAt;
    }

    IRollupRegistry private immutable _registry;

    // One slot: 64 + 64 + 32 + 32 + 16 bits.
    uint64 private _maxChannelDuration;
    uint64 private _channelCount;
    uint32 private _vetoCooldown;
    uint32 private _minOpenInterval;
    uint16 private _maxOpenChannels;

    /// @dev Channels opened and possibly still in force; the slot of one that ended is reused by
    ///      the next open. Never longer than `MAX_OPEN_CHANNELS_CAP`.
    uint64[] private _openList;

    mapping(uint256 channelId => Channel) private _channels;
    mapping(RollupId from => Source) private _sources;

    /// @param admin Core governance: DEFAULT_ADMIN_ROLE (grants KEEPER and COUNCIL).
    /// @param registry_ The RollupRegistry.
    /// @param maxChannelDuration_ The longest time the keeper may open a channel for.
    constructor(address admin, IRollupRegistry registry_, uint64 maxChannelDuration_) {
        if (address(registry_) == address(0)) revert EmergencyChannelsZeroAddress();
        _registry = registry_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setMaxChannelDuration(maxChannelDuration_);
        _setVetoCooldown(DEFAULT_VETO_COOLDOWN);
        _setMinOpenInterval(DEFAULT_MIN_OPEN_INTERVAL);
        _setMaxOpenChannels(DEFAULT_MAX_OPEN_CHANNELS);
    }

    // ------------------------------------------------------------------------------------------
    // Keeper and council
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IEmergencyChannels
    function openChannel(RollupId from, RollupId to, uint8 reason, uint64 duration)
        external
        onlyRole(Roles.KEEPER)
        returns (uint256 channelId)
    {
        if (from == to) revert EmergencyChannelsSameRollup(from);
        if (!_registry.isRegistered(from)) revert EmergencyChannelsUnknownRollup(from);
        if (!_registry.isRegistered(to)) revert EmergencyChannelsUnknownRollup(to);
        if (reason > uint8(type(ChannelReason).max)) revert EmergencyChannelsInvalidReason(reason);
        uint64 max = _maxChannelDuration;
        if (duration == 0 || duration > max) {
            revert EmergencyChannelsDurationOutOfBounds(duration, max);
        }
        Source storage source = _sources[from];
        uint256 freeSlot = _checkSource(from, source);
        RollupStatus status = _registry.statusOf(to);
        if (status != RollupStatus.Active) revert EmergencyChannelsTargetUnavailable(to, status);

        // Channel ids count calls, far below 2^64; `duration` is at most 7 days.
        unchecked {
            channelId = ++_channelCount;
        }
        uint64 expiresAt = uint64(block.timestamp) + duration;
        _channels[channelId] = Channel({
            from: from,
            to: to,
            reason: ChannelReason(reason),
            state: ChannelState.Open,
            openedAt: uint64(block.timestamp),
            expiresAt: expiresAt
        });
        // Ids count successful calls: `uint64` never overflows.
        source.latestChannel = uint64(channelId);
        source.lastOpenedAt = uint64(block.timestamp);
        // Reuse the slot of a channel that ended, else append: the list only grows when every
        // entry is in force, so it stays within `MAX_OPEN_CHANNELS_CAP`.
        if (freeSlot < type(uint256).max) _openList[freeSlot] = uint64(channelId);
        else _openList.push(uint64(channelId));
        emit ChannelOpened(channelId, from, to, ChannelReason(reason), expiresAt);
    }

    /// @inheritdoc IEmergencyChannels
    function veto(uint256 channelId) external onlyRole(Roles.COUNCIL) {
        Channel storage channel = _openChannel(channelId);
        channel.state = ChannelState.Vetoed;
        // A channel in force is always its source's latest, so the veto time pairs with
        // `latestChannel` for the cooldown error.
        _sources[channel.from].vetoedAt = uint64(block.timestamp);
        emit ChannelVetoed(channelId, channel.from, msg.sender);
    }

    /// @inheritdoc IEmergencyChannels
    function closeChannel(uint256 channelId) external onlyRole(Roles.KEEPER) {
        Channel storage channel = _openChannel(channelId);
        channel.state = ChannelState.Closed;
        emit ChannelClosed(channelId, channel.from);
    }

    // ------------------------------------------------------------------------------------------
    // Governance
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IEmergencyChannels
    function setMaxChannelDuration(uint64 duration) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxChannelDuration(duration);
    }

    /// @inheritdoc IEmergencyChannels
    function setVetoCooldown(uint64 cooldown) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setVetoCooldown(cooldown);
    }

    /// @inheritdoc IEmergencyChannels
    function setMinOpenInterval(uint64 interval) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMinOpenInterval(interval);
    }

    /// @inheritdoc IEmergencyChannels
    function setMaxOpenChannels(uint16 cap) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxOpenChannels(cap);
    }

    // ------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IEmergencyChannels
    function channelOf(RollupId from)
        external
        view
        returns (uint256 channelId, Channel memory channel)
    {
        channelId = _sources[from].latestChannel;
        if (channelId != 0 && _inForce(_channels[channelId])) {
            channel = _channels[channelId];
        } else {
            channelId = 0;
        }
    }

    /// @inheritdoc IEmergencyChannels
    function getChannel(uint256 channelId) external view returns (Channel memory) {
        Channel storage channel = _channels[channelId];
        if (channel.state == ChannelState.None) revert EmergencyChannelsUnknownChannel(channelId);
        return channel;
    }

    /// @inheritdoc IEmergencyChannels
    function isOpen(uint256 channelId) external view returns (bool) {
        return _inForce(_channels[channelId]);
    }

    /// @inheritdoc IEmergencyChannels
    function channelCount() external view returns (uint256) {
        return _channelCount;
    }

    /// @inheritdoc IEmergencyChannels
    function maxChannelDuration() external view returns (uint64) {
        return _maxChannelDuration;
    }

    /// @inheritdoc IEmergencyChannels
    function vetoCooldown() external view returns (uint64) {
        return _vetoCooldown;
    }

    /// @inheritdoc IEmergencyChannels
    function minOpenInterval() external view returns (uint64) {
        return _minOpenInterval;
    }

    /// @inheritdoc IEmergencyChannels
    function maxOpenChannels() external view returns (uint16) {
        return _maxOpenChannels;
    }

    /// @inheritdoc IEmergencyChannels
    function openCount() external view returns (uint256 count) {
        uint256 length = _openList.length;
        for (uint256 i; i < length; ++i) {
            if (_inForce(_channels[_openList[i]])) ++count;
        }
    }

    /// @inheritdoc IEmergencyChannels
    function vetoCooldownEndsAt(RollupId from) external view returns (uint64) {
        uint64 vetoedAt = _sources[from].vetoedAt;
        // slither-disable-next-line incorrect-equality
        if (vetoedAt == 0) return 0; // 0 is the sentinel for "never vetoed", not a balance
        uint256 endsAt = uint256(vetoedAt) + _vetoCooldown;
        return endsAt > block.timestamp ? uint64(endsAt) : 0;
    }

    /// @inheritdoc IEmergencyChannels
    function registry() external view returns (address) {
        return address(_registry);
    }

    // ------------------------------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------------------------------

    /// @dev The channel `channelId`, which must exist and be in force.
    function _openChannel(uint256 channelId) internal view returns (Channel storage channel) {
        channel = _channels[channelId];
        ChannelState state = channel.state;
        if (state == ChannelState.None) revert EmergencyChannelsUnknownChannel(channelId);
        if (!_inForce(channel)) {
            revert EmergencyChannelsChannelNotOpen(channelId, state, channel.expiresAt);
        }
    }

    function _inForce(Channel storage channel) internal view returns (bool) {
        return channel.state == ChannelState.Open && channel.expiresAt > block.timestamp;
    }

    function _setMaxChannelDuration(uint64 duration) internal {
        if (duration == 0 || duration > MAX_CHANNEL_DURATION_CAP) {
            revert EmergencyChannelsMaxDurationOutOfBounds(duration, MAX_CHANNEL_DURATION_CAP);
        }
        _maxChannelDuration = duration;
        emit MaxChannelDurationSet(duration);
    }

    /// @dev The per-source and breadth rules of `openChannel`: no channel in force from `from`,
    ///      no veto cooldown, the open interval passed, fewer than `maxOpenChannels` in force.
    ///      Returns the `_openList` slot to reuse (`type(uint256).max`: append).
    function _checkSource(RollupId from, Source storage source)
        internal
        view
        returns (uint256 freeSlot)
    {
        uint256 previous = source.latestChannel;
        if (previous != 0) {
            Channel storage open = _channels[previous];
            if (_inForce(open)) {
                revert EmergencyChannelsChannelAlreadyOpen(from, previous, open.expiresAt);
            }
        }
        uint64 vetoedAt = source.vetoedAt;
        if (vetoedAt != 0) {
            // Both terms are at most 2^64 - 1 and the sum is taken in 256 bits.
            uint256 endsAt = uint256(vetoedAt) + _vetoCooldown;
            if (block.timestamp < endsAt) {
                revert EmergencyChannelsVetoCooldown(from, previous, uint64(endsAt));
            }
        }
        if (previous != 0) {
            uint256 availableAt = uint256(source.lastOpenedAt) + _minOpenInterval;
            if (block.timestamp < availableAt) {
                revert EmergencyChannelsOpenInterval(from, uint64(availableAt));
            }
        }
        uint256 inForce;
        (inForce, freeSlot) = _scanOpenList();
        uint256 cap = _maxOpenChannels;
        if (inForce >= cap) revert EmergencyChannelsOpenCapReached(from, inForce, cap);
    }

    /// @dev How many listed channels are in force, and the index of the first that is not
    ///      (`type(uint256).max` if every one is).
    function _scanOpenList() internal view returns (uint256 inForce, uint256 freeSlot) {
        uint64[] storage list = _openList;
        uint256 length = list.length;
        freeSlot = type(uint256).max;
        for (uint256 i; i < length; ++i) {
            if (_inForce(_channels[list[i]])) ++inForce;
            else if (freeSlot == type(uint256).max) freeSlot = i;
        }
    }

    function _setVetoCooldown(uint64 cooldown) internal {
        if (cooldown == 0 || cooldown > MAX_VETO_COOLDOWN_CAP) {
            revert EmergencyChannelsVetoCooldownOutOfBounds(cooldown, MAX_VETO_COOLDOWN_CAP);
        }
        // At most 30 days: fits 32 bits.
        _vetoCooldown = uint32(cooldown);
        emit VetoCooldownSet(cooldown);
    }

    function _setMinOpenInterval(uint64 interval) internal {
        if (interval > MAX_OPEN_INTERVAL_CAP) {
            revert EmergencyChannelsOpenIntervalOutOfBounds(interval, MAX_OPEN_INTERVAL_CAP);
        }
        // At most 1 day: fits 32 bits.
        _minOpenInterval = uint32(interval);
        emit MinOpenIntervalSet(interval);
    }

    function _setMaxOpenChannels(uint16 cap) internal {
        if (cap == 0 || cap > MAX_OPEN_CHANNELS_CAP) {
            revert EmergencyChannelsMaxOpenChannelsOutOfBounds(cap, MAX_OPEN_CHANNELS_CAP);
        }
        _maxOpenChannels = cap;
        emit MaxOpenChannelsSet(cap);
    }
}
