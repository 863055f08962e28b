// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ChannelEndpoint} from "../../src/channels/ChannelEndpoint.sol";
import {Channel} from "../../src/interfaces/IEmergencyChannels.sol";
import {KeeperLimits, RollupStatus} from "../../src/interfaces/IRollupRegistry.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {ElasticFixture} from "../utils/ElasticFixture.sol";
import {ChannelsHandler} from "./handlers/ChannelsHandler.sol";

/// @notice Emergency channels under a fuzzed keeper, council vetoes, early closes, status
///         changes and time, relayed to one ChannelEndpoint per rollup.
contract EmergencyChannelsInvariantTest is ElasticFixture {
    ChannelsHandler internal handler;

    function setUp() public {
        _deployElastic();
        RollupId[] memory rollups = new RollupId[](3);
        (rollups[0], rollups[1], rollups[2]) = (rollupA, rollupA2, rollupB);
        ChannelEndpoint[] memory endpoints = new ChannelEndpoint[](3);
        for (uint256 i; i < 3; ++i) {
            endpoints[i] = _endpoint(rollups[i]);
        }
        // Caps below the 3 rollups, so that they bind.
        vm.startPrank(admin);
        registry.setKeeperLimits(KeeperLimits(10 minutes, 3, 1, 1 days, 3));
        channels.setMaxOpenChannels(2);
        vm.stopPrank();
        handler =
            new ChannelsHandler(channels, registry, keeper, council, relayer, rollups, endpoints);
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](6);
        selectors[0] = ChannelsHandler.openChannel.selector;
        selectors[1] = ChannelsHandler.veto.selector;
        selectors[2] = ChannelsHandler.closeChannel.selector;
        selectors[3] = ChannelsHandler.setStatus.selector;
        selectors[4] = ChannelsHandler.warp.selector;
        selectors[5] = ChannelsHandler.relay.selector;
        targetSelector(FuzzSelector(address(handler), selectors));
    }

    /// @dev Whatever the keeper sent, no channel broke the bounds, vetoes always worked on open
    ///      channels, and no endpoint accepted a replayed or out-of-order nonce.
    function invariant_keeperWithinBounds() public view {
        assertEq(bytes(handler.ghostViolation()).length, 0, handler.ghostViolation());
    }

    /// @dev At most one channel in force per source, none longer than the maximum.
    function invariant_oneOpenChannelPerSource() public view {
        RollupId[] memory rollups = handler.rollups();
        uint256 count = channels.channelCount();
        for (uint256 r; r < rollups.length; ++r) {
            uint256 open;
            for (uint256 id = 1; id <= count; ++id) {
                Channel memory c = channels.getChannel(id);
                assertLe(c.expiresAt - c.openedAt, channels.maxChannelDuration(), "duration");
                if (c.from == rollups[r] && channels.isOpen(id)) ++open;
            }
            assertLe(open, 1, "one open channel per source");
        }
    }

    /// @dev Breadth: never more channels in force than the cap, and never more rollups Down
    ///      than the keeper's cap (the handler's status changes all come from the keeper).
    function invariant_keeperBreadthCapped() public view {
        uint256 count = channels.channelCount();
        uint256 inForce;
        for (uint256 id = 1; id <= count; ++id) {
            if (channels.isOpen(id)) ++inForce;
        }
        assertEq(inForce, channels.openCount(), "openCount");
        assertLe(inForce, channels.maxOpenChannels(), "channels in force <= cap");
        RollupId[] memory rollups = handler.rollups();
        uint256 down;
        for (uint256 r; r < rollups.length; ++r) {
            if (registry.statusOf(rollups[r]) == RollupStatus.Down) ++down;
        }
        assertEq(down, registry.downCount(), "downCount");
        assertLe(down, registry.keeperLimits().maxDown, "keeper Down <= cap");
    }

    /// @dev Once every update is relayed, each endpoint says exactly what the hub says: divert
    ///      to the target of the source's channel in force, or nowhere.
    function invariant_endpointsMirrorHub() public {
        uint256 state = vm.snapshotState();
        handler.relayAll();
        RollupId[] memory rollups = handler.rollups();
        ChannelEndpoint[] memory endpoints = handler.endpoints();
        for (uint256 i; i < rollups.length; ++i) {
            (uint256 id, Channel memory c) = channels.channelOf(rollups[i]);
            (uint32 target, bool active) = endpoints[i].divertTarget();
            assertEq(active, id != 0, "diverting iff a channel is in force");
            assertEq(target, RollupId.unwrap(c.to), "divert target");
            for (uint256 j; j < rollups.length; ++j) {
                if (i == j) continue;
                (uint256 inbound, Channel memory in_) = channels.channelOf(rollups[j]);
                (, bool inboundActive) = endpoints[i].inboundFrom(RollupId.unwrap(rollups[j]));
                assertEq(inboundActive, inbound != 0 && in_.to == rollups[i], "inbound mirror");
            }
        }
        vm.revertToState(state);
    }
}
