// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ChannelEndpoint} from "../../src/channels/ChannelEndpoint.sol";
import {
    ChannelUpdate,
    ChannelUpdateKind,
    IChannelEndpoint
} from "../../src/interfaces/IChannelEndpoint.sol";
import {IEmergencyChannels} from "../../src/interfaces/IEmergencyChannels.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {ElasticFixture} from "../utils/ElasticFixture.sol";

/// @notice Whole-transaction gas of opening a channel on the hub
///         (snapshots/EmergencyChannels.json) and of relaying updates to a rollup's endpoint
///         (snapshots/ChannelEndpoint.json). Each measured call is its test's first touch of
///         the contracts (see ElasticPoolGasTest).
contract EmergencyChannelsGasTest is ElasticFixture {
    ChannelEndpoint internal endpoint;
    uint64 internal expiresAt;

    function setUp() public {
        _deployElastic();
        // Steady state on the hub: rollup A had a channel before, which expired.
        vm.prank(keeper);
        channels.openChannel(rollupA, rollupB, 0, 1 hours);
        vm.warp(block.timestamp + 1 hours);
        // Steady state on the endpoint: an earlier update was applied; channel 2 is open.
        endpoint = _endpoint(rollupA);
        expiresAt = uint64(block.timestamp + 1 hours);
        vm.startPrank(relayer);
        endpoint.applyUpdate(1, _openUpdate(1, 3));
        endpoint.applyUpdate(2, _openUpdate(2, 2));
        vm.stopPrank();
    }

    function test_gas_openChannel() public {
        _measureTx(
            "EmergencyChannels",
            "openChannel",
            keeper,
            address(channels),
            abi.encodeCall(IEmergencyChannels.openChannel, (rollupA, rollupA2, 1, 1 hours)),
            _one(address(registry))
        );
        (uint256 id,) = channels.channelOf(rollupA);
        assertEq(id, 2);
    }

    function test_gas_veto() public {
        vm.prank(keeper);
        uint256 id = channels.openChannel(rollupA2, rollupB, 1, 1 hours);
        _measureTx(
            "EmergencyChannels",
            "veto",
            council,
            address(channels),
            abi.encodeCall(IEmergencyChannels.veto, (id)),
            new address[](0)
        );
        assertFalse(channels.isOpen(id));
    }

    function test_gas_applyUpdate_open() public {
        _measureTx(
            "ChannelEndpoint",
            "applyUpdate_open",
            relayer,
            address(endpoint),
            abi.encodeCall(IChannelEndpoint.applyUpdate, (3, _openUpdate(3, 3))),
            new address[](0)
        );
        (uint32 target, bool active) = endpoint.divertTarget();
        assertEq(target, 3);
        assertTrue(active);
    }

    function test_gas_applyUpdate_veto() public {
        _measureTx(
            "ChannelEndpoint",
            "applyUpdate_veto",
            relayer,
            address(endpoint),
            abi.encodeCall(
                IChannelEndpoint.applyUpdate,
                (3, ChannelUpdate(uint8(ChannelUpdateKind.Veto), 2, 0, 0, 0, 0))
            ),
            new address[](0)
        );
        (, bool active) = endpoint.divertTarget();
        assertFalse(active);
        assertEq(endpoint.lastNonce(), 3);
    }

    function _openUpdate(uint64 id, uint32 to) internal view returns (ChannelUpdate memory) {
        return ChannelUpdate(
            uint8(ChannelUpdateKind.Open), id, RollupId.unwrap(rollupA), to, 0, expiresAt
        );
    }
}
