// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupId} from "../types/RollupId.sol";
import {RollupStatus} from "./IRollupRegistry.sol";

/// @notice Why the keeper diverts traffic (passed as `uint8`: 0 GasSurge, 1 Outage).
enum ChannelReason {
    GasSurge,
    Outage
}

/// @notice What happened to a channel before its expiry. An `Open` channel is in force until
///         `expiresAt`; it expires by itself.
enum ChannelState {
    None,
    Open,
    Vetoed,
    Closed
}

/// @notice An emergency channel: traffic of rollup `from` should divert to rollup `to`.
/// @param from The source rollup (the one in trouble).
/// @param to The target rollup.
/// @param reason Why the channel was opened.
/// @param state Open, or ended early by a council veto or the keeper.
/// @param openedAt When the keeper opened it.
/// @param expiresAt When it stops being in force by itself.
struct Channel {
    RollupId from;
    RollupId to;
    ChannelReason reason;
    ChannelState state;
    uint64 openedAt;
    uint64 expiresAt;
}

/// @title IEmergencyChannelsErrors
interface IEmergencyChannelsErrors {
    /// @notice The registry address is zero.
    error EmergencyChannelsZeroAddress();
    /// @notice The rollup is not registered in the RollupRegistry.
    error EmergencyChannelsUnknownRollup(RollupId rollupId);
    /// @notice A channel from a rollup to itself.
    error EmergencyChannelsSameRollup(RollupId rollupId);
    /// @notice The reason is not a `ChannelReason`.
    error EmergencyChannelsInvalidReason(uint8 reason);
    /// @notice The target rollup is not Active, so it cannot take diverted traffic.
    error EmergencyChannelsTargetUnavailable(RollupId rollupId, RollupStatus status);
    /// @notice The duration is 0 or above `maxChannelDuration`.
    error EmergencyChannelsDurationOutOfBounds(uint64 duration, uint64 max);
    /// @notice The source rollup already has a channel in force; the keeper's action was
    ///         already applied.
    error EmergencyChannelsChannelAlreadyOpen(RollupId from, uint256 channelId, uint64 expiresAt);
    /// @notice No channel has this id.
    error EmergencyChannelsUnknownChannel(uint256 channelId);
    /// @notice The channel is not in force (expired, vetoed or closed).
    error EmergencyChannelsChannelNotOpen(uint256 channelId, ChannelState state, uint64 expiresAt);
    /// @notice The maximum duration is 0 or above `MAX_CHANNEL_DURATION_CAP`.
    error EmergencyChannelsMaxDurationOutOfBounds(uint64 duration, uint64 cap);
    /// @notice The council vetoed a channel from `from` less than `vetoCooldown` ago: no channel
    ///         from `from` (to any target) may open before `endsAt`.
    /// @param from The source rollup.
    /// @param vetoedChannelId The vetoed channel (the source's latest).
    /// @param endsAt The first timestamp at which a channel from `from` may open again.
    error EmergencyChannelsVetoCooldown(RollupId from, uint256 vetoedChannelId, uint64 endsAt);
    /// @notice The veto cooldown is 0 or above `MAX_VETO_COOLDOWN_CAP`.
    error EmergencyChannelsVetoCooldownOutOfBounds(uint64 cooldown, uint64 cap);
    /// @notice The source's previous channel opened less than `minOpenInterval` ago (e.g. the
    ///         keeper closed it and reopens at once): the next may open from `availableAt`.
    error EmergencyChannelsOpenInterval(RollupId from, uint64 availableAt);
    /// @notice `open` channels are in force, the cap is `cap`: no more until one ends or
    ///         governance raises `maxOpenChannels`.
    error EmergencyChannelsOpenCapReached(RollupId from, uint256 open, uint256 cap);
    /// @notice The open interval is above `MAX_OPEN_INTERVAL_CAP`.
    error EmergencyChannelsOpenIntervalOutOfBounds(uint64 interval, uint64 cap);
    /// @notice The cap on channels in force is 0 or above `MAX_OPEN_CHANNELS_CAP`.
    error EmergencyChannelsMaxOpenChannelsOutOfBounds(uint16 cap, uint16 max);
}

/// @title IEmergencyChannelsEvents
interface IEmergencyChannelsEvents {
    /// @notice The keeper opened a channel (relayed to the endpoints of `from` and `to`).
    event ChannelOpened(
        uint256 indexed channelId,
        RollupId indexed from,
        RollupId indexed to,
        ChannelReason reason,
        uint64 expiresAt
    );
    /// @notice The security council vetoed a channel.
    event ChannelVetoed(uint256 indexed channelId, RollupId indexed from, address indexed council);
    /// @notice The keeper closed a channel before its expiry.
    event ChannelClosed(uint256 indexed channelId, RollupId indexed from);
    /// @notice Governance set the longest channel.
    event MaxChannelDurationSet(uint64 duration);
    /// @notice Governance set how long a veto blocks new channels from the vetoed source.
    event VetoCooldownSet(uint64 cooldown);
    /// @notice Governance set the shortest time between two channels opened from one source.
    event MinOpenIntervalSet(uint64 interval);
    /// @notice Governance set how many channels may be in force at once.
    event MaxOpenChannelsSet(uint16 cap);
}

/// @title IEmergencyChannels
/// @notice Hub record of emergency channels. The keeper (KEEPER role) opens a channel from a
///         rollup in trouble to an Active rollup for a bounded time, at most one in force per
///         source; the security council (COUNCIL role) may veto it; the keeper may close it early;
///         otherwise it expires by itself. The keeper relays each change, with ordered nonces, to
///         the ChannelEndpoint of both rollups.
///         A veto sticks: for `vetoCooldown` seconds after the council vetoes a channel from
///         rollup `from`, no channel from `from` may open, to any target (keyed by source, not by
///         pair, so the keeper cannot divert the same traffic to a third rollup instead). The
///         cooldown is governed (`setVetoCooldown`, default `DEFAULT_VETO_COOLDOWN` = 1 day,
///         at most `MAX_VETO_COOLDOWN_CAP` = 30 days) and measured with the value in force, so
///         governance shortening it also shortens cooldowns already running.
///         Rate and breadth: two channels from one source open at least `minOpenInterval` apart
///         (default `DEFAULT_MIN_OPEN_INTERVAL` = 10 minutes, at most 1 day; so a keeper close
///         and reopen cannot churn), and at most `maxOpenChannels` channels are in force at once
///         across all sources (default `DEFAULT_MAX_OPEN_CHANNELS` = 3, at most 32).
interface IEmergencyChannels is IEmergencyChannelsErrors, IEmergencyChannelsEvents {
    /// @notice Opens a channel from `from` to `to` for `duration` seconds. KEEPER role. Both
    ///         rollups must be registered and distinct, `to` Active, `reason` 0 (GasSurge) or 1
    ///         (Outage), `duration` in `(0, maxChannelDuration]`, `from` without a channel in
    ///         force, `from` out of its veto cooldown (else `EmergencyChannelsVetoCooldown`
    ///         with the time it ends), `minOpenInterval` since `from`'s previous channel opened
    ///         (`EmergencyChannelsOpenInterval`), and fewer than `maxOpenChannels` channels in
    ///         force (`EmergencyChannelsOpenCapReached`).
    /// @return channelId The new channel's id (ids start at 1).
    function openChannel(RollupId from, RollupId to, uint8 reason, uint64 duration)
        external
        returns (uint256 channelId);

    /// @notice Vetoes a channel in force. COUNCIL role. Starts the source's veto cooldown: no
    ///         channel from the same source opens for `vetoCooldown` seconds.
    function veto(uint256 channelId) external;

    /// @notice Closes a channel in force before its expiry. KEEPER role.
    function closeChannel(uint256 channelId) external;

    /// @notice Sets the longest channel, in `(0, MAX_CHANNEL_DURATION_CAP]`. Admin only.
    function setMaxChannelDuration(uint64 duration) external;

    /// @notice Sets the veto cooldown, in `(0, MAX_VETO_COOLDOWN_CAP]`. Admin only. Applies to
    ///         running cooldowns too (they end at veto time + the new value).
    function setVetoCooldown(uint64 cooldown) external;

    /// @notice Sets the shortest time between two channels opened from one source, in
    ///         `[0, MAX_OPEN_INTERVAL_CAP]` (0: no spacing). Admin only.
    function setMinOpenInterval(uint64 interval) external;

    /// @notice Sets how many channels may be in force at once, in `[1, MAX_OPEN_CHANNELS_CAP]`.
    ///         Admin only. Channels already in force stay.
    function setMaxOpenChannels(uint16 cap) external;

    /// @notice The shortest time between two channels opened from one source, in seconds.
    function minOpenInterval() external view returns (uint64);

    /// @notice How many channels may be in force at once.
    function maxOpenChannels() external view returns (uint16);

    /// @notice How many channels are in force now.
    function openCount() external view returns (uint256);

    /// @notice How long a veto blocks new channels from the vetoed source, in seconds.
    function vetoCooldown() external view returns (uint64);

    /// @notice When the veto cooldown of `from` ends: the first timestamp a channel from `from`
    ///         may open again, or 0 if it is not in a cooldown now.
    function vetoCooldownEndsAt(RollupId from) external view returns (uint64);

    /// @notice The channel in force from `from`, if any.
    /// @return channelId Its id, 0 if there is none.
    /// @return channel The channel (all zero if there is none).
    function channelOf(RollupId from)
        external
        view
        returns (uint256 channelId, Channel memory channel);

    /// @notice A channel by id. Reverts for an unknown id.
    function getChannel(uint256 channelId) external view returns (Channel memory);

    /// @notice Whether a channel is in force: open, not vetoed or closed, not expired.
    function isOpen(uint256 channelId) external view returns (bool);

    /// @notice How many channels were ever opened; ids run from 1 to this count.
    function channelCount() external view returns (uint256);

    /// @notice The longest channel, in seconds.
    function maxChannelDuration() external view returns (uint64);

    /// @notice The RollupRegistry.
    function registry() external view returns (address);
}
