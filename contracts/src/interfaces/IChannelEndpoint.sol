// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ChannelReason, ChannelState} from "./IEmergencyChannels.sol";

/// @notice What a relayed update does to a mirrored channel (passed as `uint8`).
enum ChannelUpdateKind {
    Open,
    Veto,
    Close
}

/// @notice One hub change relayed to a rollup's endpoint.
/// @param kind 0 Open, 1 Veto, 2 Close (a `ChannelUpdateKind`).
/// @param channelId The hub's channel id (non-zero).
/// @param from The source rollup id (Open only; ignored otherwise).
/// @param to The target rollup id (Open only; ignored otherwise).
/// @param reason 0 GasSurge, 1 Outage (Open only; ignored otherwise).
/// @param expiresAt When the channel expires on the hub (Open only; ignored otherwise).
struct ChannelUpdate {
    uint8 kind;
    uint64 channelId;
    uint32 from;
    uint32 to;
    uint8 reason;
    uint64 expiresAt;
}

/// @notice A channel as the endpoint mirrors it.
struct MirroredChannel {
    uint32 from;
    uint32 to;
    ChannelReason reason;
    ChannelState state;
    uint64 expiresAt;
}

/// @title IChannelEndpointErrors
interface IChannelEndpointErrors {
    /// @notice The endpoint's rollup id is 0.
    error ChannelEndpointZeroRollup();
    /// @notice The nonce was already applied (replay).
    error ChannelEndpointNonceReplayed(uint64 expected, uint64 got);
    /// @notice The nonce skips ahead (an earlier update is missing).
    error ChannelEndpointNonceGap(uint64 expected, uint64 got);
    /// @notice The kind is not a `ChannelUpdateKind`.
    error ChannelEndpointInvalidKind(uint8 kind);
    /// @notice The reason is not a `ChannelReason`.
    error ChannelEndpointInvalidReason(uint8 reason);
    /// @notice An Open update with a zero id, a zero or repeated rollup, or a zero expiry.
    error ChannelEndpointInvalidChannel(uint64 channelId, uint32 from, uint32 to, uint64 expiresAt);
    /// @notice An Open update that expires later than `MAX_CHANNEL_LIFETIME` from now (`latest`):
    ///         longer than any channel the hub can open.
    error ChannelEndpointExpiryTooLate(uint64 channelId, uint64 expiresAt, uint64 latest);
    /// @notice An Open update for a channel that concerns neither end as this rollup.
    error ChannelEndpointUnrelatedChannel(
        uint64 channelId, uint32 from, uint32 to, uint32 rollupId
    );
    /// @notice An Open update for a channel already mirrored.
    error ChannelEndpointChannelExists(uint64 channelId);
    /// @notice A Veto or Close update for a channel never opened here.
    error ChannelEndpointUnknownChannel(uint64 channelId);
    /// @notice A Veto or Close update for a channel already vetoed or closed.
    error ChannelEndpointChannelNotOpen(uint64 channelId, ChannelState state);
}

/// @title IChannelEndpointEvents
interface IChannelEndpointEvents {
    /// @notice The relayer applied update `nonce` to channel `channelId`.
    event ChannelUpdateApplied(
        uint64 indexed nonce,
        uint64 indexed channelId,
        ChannelUpdateKind kind,
        uint32 from,
        uint32 to,
        uint64 expiresAt
    );
}

/// @title IChannelEndpoint
/// @notice Deployed on each rollup chain: mirrors the hub's emergency channels that concern this
///         rollup, as the relayer (RELAYER role, the keeper) delivers them in strict nonce order,
///         so applications can ask where to divert. Expiry is read from `block.timestamp` (the
///         rollup's clock, close to the hub's on a devnet; a channel may end a few seconds early
///         or late across chains).
interface IChannelEndpoint is IChannelEndpointErrors, IChannelEndpointEvents {
    /// @notice Applies the hub update number `nonce`, which must be `lastNonce() + 1`. RELAYER
    ///         role. An Open update must name this rollup as source or target; a Veto or Close
    ///         update must name a mirrored channel still open.
    function applyUpdate(uint64 nonce, ChannelUpdate calldata update) external;

    /// @notice Where traffic of this rollup should divert now.
    /// @return targetRollup The target rollup id (0 when none).
    /// @return active Whether a channel from this rollup is in force.
    function divertTarget() external view returns (uint32 targetRollup, bool active);

    /// @notice The channel from `source` into this rollup, if one is in force.
    /// @return channelId The latest channel from `source` to this rollup (0: never).
    /// @return active Whether it is in force now.
    function inboundFrom(uint32 source) external view returns (uint64 channelId, bool active);

    /// @notice A mirrored channel (state None: never mirrored).
    function getChannel(uint64 channelId) external view returns (MirroredChannel memory);

    /// @notice Whether a mirrored channel is in force: open and not expired.
    function isActive(uint64 channelId) external view returns (bool);

    /// @notice The last applied nonce (0: none yet; the first update has nonce 1).
    function lastNonce() external view returns (uint64);

    /// @notice This rollup's id in the hub's RollupRegistry.
    function rollupId() external view returns (uint32);
}
