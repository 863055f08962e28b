// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ChannelEndpoint} from "../../../src/channels/ChannelEndpoint.sol";
import {EmergencyChannels} from "../../../src/channels/EmergencyChannels.sol";
import {ChannelUpdate, ChannelUpdateKind} from "../../../src/interfaces/IChannelEndpoint.sol";
import {Channel} from "../../../src/interfaces/IEmergencyChannels.sol";
import {RollupStatus} from "../../../src/interfaces/IRollupRegistry.sol";
import {RollupRegistry} from "../../../src/registry/RollupRegistry.sol";
import {RollupId} from "../../../src/types/RollupId.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives EmergencyChannels with a fuzzed keeper (arbitrary or near-valid parameters),
///         council vetoes, early closes and time, and relays every hub change to the endpoints
///         of the rollups it concerns, as the keeper would, trying replays and gaps on the way.
contract ChannelsHandler is Test {
    EmergencyChannels internal immutable _channels;
    RollupRegistry internal immutable _registry;
    address internal immutable _keeper;
    address internal immutable _council;
    address internal immutable _relayer;

    RollupId[] internal _rollups;
    ChannelEndpoint[] internal _endpoints;
    /// @dev Per endpoint: the updates the hub produced for it, in hub order.
    mapping(uint256 endpointIndex => ChannelUpdate[]) internal _pending;

    uint256 public ghostOpened;
    uint256 public ghostVetoed;
    uint256 public ghostRelayed;
    /// @dev When the council last vetoed a channel from each source (0: never).
    mapping(RollupId from => uint256 at) public ghostVetoedAt;
    /// @dev When the keeper last opened a channel from each source (0: never).
    mapping(RollupId from => uint256 at) public ghostLastOpenedAt;
    string public ghostViolation;

    constructor(
        EmergencyChannels channels,
        RollupRegistry registry,
        address keeper,
        address council,
        address relayer,
        RollupId[] memory rollups,
        ChannelEndpoint[] memory endpoints
    ) {
        _channels = channels;
        _registry = registry;
        _keeper = keeper;
        _council = council;
        _relayer = relayer;
        _rollups = rollups;
        _endpoints = endpoints;
    }

    function openChannel(
        uint256 fromSeed,
        uint256 toSeed,
        uint8 reason,
        uint64 duration,
        uint8 mode
    ) external {
        RollupId from;
        RollupId to;
        if (mode < 32) {
            // One call in eight sends arbitrary values.
            (from, to) = (RollupId.wrap(uint32(fromSeed)), RollupId.wrap(uint32(toSeed)));
        } else {
            (from, to) = (_rollup(fromSeed), _rollup(toSeed));
            reason = uint8(bound(reason, 0, 2));
            duration = uint64(bound(duration, 0, _channels.maxChannelDuration() + 1));
        }
        (uint256 previous,) = _channels.channelOf(from);
        uint256 lastOpened = ghostLastOpenedAt[from];
        vm.prank(_keeper);
        try _channels.openChannel(from, to, reason, duration) returns (uint256 id) {
            ++ghostOpened;
            if (previous != 0) ghostViolation = "second channel for a source";
            uint256 vetoedAt = ghostVetoedAt[from];
            if (vetoedAt != 0 && block.timestamp < vetoedAt + _channels.vetoCooldown()) {
                ghostViolation = "channel opened during a veto cooldown";
            }
            if (lastOpened != 0 && block.timestamp < lastOpened + _channels.minOpenInterval()) {
                ghostViolation = "channel opened within the open interval";
            }
            ghostLastOpenedAt[from] = block.timestamp;
            if (from == to || reason > 1) ghostViolation = "invalid channel accepted";
            if (duration == 0 || duration > _channels.maxChannelDuration()) {
                ghostViolation = "channel duration out of bounds";
            }
            if (_registry.statusOf(to) != RollupStatus.Active) {
                ghostViolation = "channel to an unavailable rollup";
            }
            Channel memory c = _channels.getChannel(id);
            // forge-lint: disable-next-line(unsafe-typecast)
            _queue(
                c,
                ChannelUpdate(
                    uint8(ChannelUpdateKind.Open),
                    uint64(id),
                    RollupId.unwrap(from),
                    RollupId.unwrap(to),
                    reason,
                    c.expiresAt
                )
            );
        } catch {}
    }

    function veto(uint256 idSeed) external {
        uint256 count = _channels.channelCount();
        if (count == 0) return;
        uint256 id = bound(idSeed, 1, count);
        bool open = _channels.isOpen(id);
        vm.prank(_council);
        try _channels.veto(id) {
            ++ghostVetoed;
            if (!open) ghostViolation = "veto of a channel not in force";
            ghostVetoedAt[_channels.getChannel(id).from] = block.timestamp;
            _queue(_channels.getChannel(id), _end(ChannelUpdateKind.Veto, id));
        } catch {
            if (open) ghostViolation = "the council could not veto an open channel";
        }
    }

    function closeChannel(uint256 idSeed) external {
        uint256 count = _channels.channelCount();
        if (count == 0) return;
        uint256 id = bound(idSeed, 1, count);
        vm.prank(_keeper);
        try _channels.closeChannel(id) {
            _queue(_channels.getChannel(id), _end(ChannelUpdateKind.Close, id));
        } catch {}
    }

    function setStatus(uint256 rollupSeed, uint8 status) external {
        uint256 s = bound(status, 0, 5);
        vm.prank(_keeper);
        try _registry.setStatus(_rollup(rollupSeed), RollupStatus(s > 3 ? 0 : s)) {} catch {}
    }

    function warp(uint256 seconds_) external {
        // Mostly short steps, so that cooldowns and intervals are probed from inside.
        uint256 max = seconds_ % 4 == 0 ? 6 hours : 15 minutes;
        vm.warp(block.timestamp + bound(seconds_, 1, max));
    }

    /// @dev Relays up to `count` pending updates to one endpoint; first tries a replay or a gap,
    ///      which must be rejected.
    function relay(uint256 endpointSeed, uint256 count, uint8 mode) external {
        uint256 index = endpointSeed % _endpoints.length;
        ChannelEndpoint endpoint = _endpoints[index];
        ChannelUpdate[] storage pending = _pending[index];
        uint64 last = endpoint.lastNonce();
        if (pending.length > 0) {
            // Nonce n carries pending[n - 1]. A replay resends an applied nonce, a gap skips one.
            uint64 bad = mode % 2 == 0 ? last : last + 2;
            ChannelUpdate memory sample = pending[last == 0 ? 0 : last - 1];
            vm.prank(_relayer);
            try endpoint.applyUpdate(bad, sample) {
                ghostViolation = "a replayed or out-of-order nonce was accepted";
            } catch {}
        }
        count = bound(count, 0, 4);
        for (uint256 i; i < count && last < pending.length; ++i) {
            vm.prank(_relayer);
            endpoint.applyUpdate(last + 1, pending[last]);
            ++last;
            ++ghostRelayed;
        }
    }

    /// @dev Applies every pending update to every endpoint (used by the invariants).
    function relayAll() external {
        for (uint256 index; index < _endpoints.length; ++index) {
            ChannelEndpoint endpoint = _endpoints[index];
            ChannelUpdate[] storage pending = _pending[index];
            for (uint64 last = endpoint.lastNonce(); last < pending.length; ++last) {
                vm.prank(_relayer);
                endpoint.applyUpdate(last + 1, pending[last]);
            }
        }
    }

    function rollups() external view returns (RollupId[] memory) {
        return _rollups;
    }

    function endpoints() external view returns (ChannelEndpoint[] memory) {
        return _endpoints;
    }

    function _queue(Channel memory c, ChannelUpdate memory update) internal {
        for (uint256 i; i < _endpoints.length; ++i) {
            RollupId self = _rollups[i];
            if (c.from == self || c.to == self) _pending[i].push(update);
        }
    }

    function _end(ChannelUpdateKind kind, uint256 id) internal pure returns (ChannelUpdate memory) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return ChannelUpdate(uint8(kind), uint64(id), 0, 0, 0, 0);
    }

    function _rollup(uint256 seed) internal view returns (RollupId) {
        return _rollups[seed % _rollups.length];
    }
}
