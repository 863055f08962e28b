// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    ChannelUpdate,
    ChannelUpdateKind,
    IChannelEndpoint,
    MirroredChannel
} from "../interfaces/IChannelEndpoint.sol";
import {ChannelReason, ChannelState} from "../interfaces/IEmergencyChannels.sol";
import {Roles} from "../libraries/Roles.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title ChannelEndpoint
/// @notice A rollup's mirror of the hub's emergency channels. See {IChannelEndpoint}.
contract ChannelEndpoint is IChannelEndpoint, AccessControl {
    /// @notice The latest an Open update may expire, counted from when it is applied: the hub's
    ///         longest channel (`EmergencyChannels.MAX_CHANNEL_DURATION_CAP`, 7 days) plus a day
    ///         for the rollup's clock running behind the hub's. A relayer key cannot mirror a
    ///         channel that outlasts what the hub could ever open, let alone one that never ends.
    uint64 public constant MAX_CHANNEL_LIFETIME = 8 days;

    uint32 private immutable _rollupId;

    uint64 private _lastNonce;
    uint64 private _outbound;

    mapping(uint64 channelId => MirroredChannel) private _channels;
    mapping(uint32 source => uint64 channelId) private _inbound;

    /// @param admin Governance of this rollup's endpoint: DEFAULT_ADMIN_ROLE (grants RELAYER).
    /// @param rollupId_ This rollup's id in the hub's RollupRegistry.
    /// @param relayer Receives RELAYER (the keeper's relaying key); 0 to grant it later.
    constructor(address admin, uint32 rollupId_, address relayer) {
        if (rollupId_ == 0) revert ChannelEndpointZeroRollup();
        _rollupId = rollupId_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (relayer != address(0)) _grantRole(Roles.RELAYER, relayer);
    }

    // ------------------------------------------------------------------------------------------
    // Relayer
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IChannelEndpoint
    function applyUpdate(uint64 nonce, ChannelUpdate calldata update)
        external
        onlyRole(Roles.RELAYER)
    {
        uint64 expected = _lastNonce + 1;
        if (nonce < expected) revert ChannelEndpointNonceReplayed(expected, nonce);
        if (nonce > expected) revert ChannelEndpointNonceGap(expected, nonce);
        uint8 kind = update.kind;
        if (kind > uint8(type(ChannelUpdateKind).max)) revert ChannelEndpointInvalidKind(kind);
        uint64 channelId = update.channelId;
        MirroredChannel storage channel = _channels[channelId];
        _lastNonce = nonce;

        if (kind == uint8(ChannelUpdateKind.Open)) {
            _open(channelId, channel, update);
        } else {
            ChannelState state = channel.state;
            if (state == ChannelState.None) revert ChannelEndpointUnknownChannel(channelId);
            if (state != ChannelState.Open) revert ChannelEndpointChannelNotOpen(channelId, state);
            channel.state =
                kind == uint8(ChannelUpdateKind.Veto) ? ChannelState.Vetoed : ChannelState.Closed;
        }
        emit ChannelUpdateApplied(
            nonce, channelId, ChannelUpdateKind(kind), channel.from, channel.to, channel.expiresAt
        );
    }

    // ------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IChannelEndpoint
    function divertTarget() external view returns (uint32 targetRollup, bool active) {
        MirroredChannel storage channel = _channels[_outbound];
        if (_inForce(channel)) return (channel.to, true);
        return (0, false);
    }

    /// @inheritdoc IChannelEndpoint
    function inboundFrom(uint32 source) external view returns (uint64 channelId, bool active) {
        channelId = _inbound[source];
        active = channelId != 0 && _inForce(_channels[channelId]);
    }

    /// @inheritdoc IChannelEndpoint
    function getChannel(uint64 channelId) external view returns (MirroredChannel memory) {
        return _channels[channelId];
    }

    /// @inheritdoc IChannelEndpoint
    function isActive(uint64 channelId) external view returns (bool) {
        return _inForce(_channels[channelId]);
    }

    /// @inheritdoc IChannelEndpoint
    function lastNonce() external view returns (uint64) {
        return _lastNonce;
    }

    /// @inheritdoc IChannelEndpoint
    function rollupId() external view returns (uint32) {
        return _rollupId;
    }

    // ------------------------------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------------------------------

    function _open(uint64 channelId, MirroredChannel storage channel, ChannelUpdate calldata update)
        internal
    {
        uint32 from = update.from;
        uint32 to = update.to;
        uint64 expiresAt = update.expiresAt;
        if (channelId == 0 || from == 0 || to == 0 || from == to || expiresAt == 0) {
            revert ChannelEndpointInvalidChannel(channelId, from, to, expiresAt);
        }
        uint256 latest = block.timestamp + MAX_CHANNEL_LIFETIME;
        if (expiresAt > latest) {
            // forge-lint: disable-next-line(unsafe-typecast)
            revert ChannelEndpointExpiryTooLate(channelId, expiresAt, uint64(latest));
        }
        uint8 reason = update.reason;
        if (reason > uint8(type(ChannelReason).max)) revert ChannelEndpointInvalidReason(reason);
        uint32 self = _rollupId;
        if (from != self && to != self) {
            revert ChannelEndpointUnrelatedChannel(channelId, from, to, self);
        }
        if (channel.state != ChannelState.None) revert ChannelEndpointChannelExists(channelId);
        _channels[channelId] = MirroredChannel({
            from: from,
            to: to,
            reason: ChannelReason(reason),
            state: ChannelState.Open,
            expiresAt: expiresAt
        });
        if (from == self) _outbound = channelId;
        else _inbound[from] = channelId;
    }

    function _inForce(MirroredChannel storage channel) internal view returns (bool) {
        return channel.state == ChannelState.Open && channel.expiresAt > block.timestamp;
    }
}
