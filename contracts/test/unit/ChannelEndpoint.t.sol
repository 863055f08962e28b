// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ChannelEndpoint} from "../../src/channels/ChannelEndpoint.sol";
import {
    ChannelUpdate,
    ChannelUpdateKind,
    IChannelEndpointErrors,
    IChannelEndpointEvents,
    MirroredChannel
} from "../../src/interfaces/IChannelEndpoint.sol";
import {ChannelReason, ChannelState} from "../../src/interfaces/IEmergencyChannels.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Test} from "forge-std/Test.sol";

contract ChannelEndpointTest is Test, IChannelEndpointErrors, IChannelEndpointEvents {
    address internal admin = makeAddr("admin");
    address internal relayer = makeAddr("relayer");
    address internal stranger = makeAddr("stranger");

    uint32 internal constant SELF = 2;
    uint32 internal constant OTHER = 3;
    uint64 internal constant HOUR = 1 hours;

    ChannelEndpoint internal endpoint;

    function setUp() public {
        vm.warp(1_700_000_000);
        endpoint = new ChannelEndpoint(admin, SELF, relayer);
    }

    function _openUpdate(uint64 id, uint32 from, uint32 to)
        internal
        view
        returns (ChannelUpdate memory)
    {
        return ChannelUpdate(
            uint8(ChannelUpdateKind.Open), id, from, to, 0, uint64(block.timestamp + HOUR)
        );
    }

    function _endUpdate(ChannelUpdateKind kind, uint64 id)
        internal
        pure
        returns (ChannelUpdate memory)
    {
        return ChannelUpdate(uint8(kind), id, 0, 0, 0, 0);
    }

    function _apply(uint64 nonce, ChannelUpdate memory update) internal {
        vm.prank(relayer);
        endpoint.applyUpdate(nonce, update);
    }

    function test_constructor_setsRollupAndRoles() public view {
        assertEq(endpoint.rollupId(), SELF);
        assertEq(endpoint.lastNonce(), 0);
        assertTrue(endpoint.hasRole(Roles.RELAYER, relayer));
        assertTrue(endpoint.hasRole(endpoint.DEFAULT_ADMIN_ROLE(), admin));
        (uint32 target, bool active) = endpoint.divertTarget();
        assertEq(target, 0);
        assertFalse(active);
    }

    function test_constructor_revertsWhenZeroRollup() public {
        vm.expectRevert(ChannelEndpointZeroRollup.selector);
        new ChannelEndpoint(admin, 0, relayer);
    }

    function test_constructor_allowsRelayerLater() public {
        ChannelEndpoint later = new ChannelEndpoint(admin, SELF, address(0));
        assertFalse(later.hasRole(Roles.RELAYER, address(0)));
    }

    function test_applyUpdate_outboundOpenSetsDivertTarget() public {
        uint64 expiresAt = uint64(block.timestamp + HOUR);
        vm.expectEmit(address(endpoint));
        emit ChannelUpdateApplied(1, 7, ChannelUpdateKind.Open, SELF, OTHER, expiresAt);
        _apply(1, _openUpdate(7, SELF, OTHER));
        assertEq(endpoint.lastNonce(), 1);
        (uint32 target, bool active) = endpoint.divertTarget();
        assertEq(target, OTHER);
        assertTrue(active);
        assertTrue(endpoint.isActive(7));
        MirroredChannel memory channel = endpoint.getChannel(7);
        assertEq(channel.from, SELF);
        assertEq(channel.to, OTHER);
        assertEq(uint8(channel.reason), uint8(ChannelReason.GasSurge));
        assertEq(uint8(channel.state), uint8(ChannelState.Open));
        assertEq(channel.expiresAt, expiresAt);
    }

    function test_applyUpdate_inboundOpenIsMirrored() public {
        _apply(1, _openUpdate(4, OTHER, SELF));
        (uint64 id, bool active) = endpoint.inboundFrom(OTHER);
        assertEq(id, 4);
        assertTrue(active);
        (, bool diverting) = endpoint.divertTarget();
        assertFalse(diverting);
    }

    function test_divertTarget_respectsExpiry() public {
        _apply(1, _openUpdate(7, SELF, OTHER));
        vm.warp(block.timestamp + HOUR - 1);
        (, bool active) = endpoint.divertTarget();
        assertTrue(active);
        vm.warp(block.timestamp + 1);
        (uint32 target, bool stillActive) = endpoint.divertTarget();
        assertEq(target, 0);
        assertFalse(stillActive);
        assertFalse(endpoint.isActive(7));
    }

    function test_applyUpdate_vetoEndsDiversion() public {
        _apply(1, _openUpdate(7, SELF, OTHER));
        _apply(2, _endUpdate(ChannelUpdateKind.Veto, 7));
        (, bool active) = endpoint.divertTarget();
        assertFalse(active);
        assertEq(uint8(endpoint.getChannel(7).state), uint8(ChannelState.Vetoed));
    }

    function test_applyUpdate_closeEndsInbound() public {
        _apply(1, _openUpdate(4, OTHER, SELF));
        _apply(2, _endUpdate(ChannelUpdateKind.Close, 4));
        (uint64 id, bool active) = endpoint.inboundFrom(OTHER);
        assertEq(id, 4);
        assertFalse(active);
        assertEq(uint8(endpoint.getChannel(4).state), uint8(ChannelState.Closed));
    }

    function test_applyUpdate_vetoAfterExpiryStillApplies() public {
        _apply(1, _openUpdate(7, SELF, OTHER));
        vm.warp(block.timestamp + 2 * HOUR);
        _apply(2, _endUpdate(ChannelUpdateKind.Veto, 7));
        assertEq(uint8(endpoint.getChannel(7).state), uint8(ChannelState.Vetoed));
    }

    function test_applyUpdate_newOutboundReplacesOld() public {
        _apply(1, _openUpdate(7, SELF, OTHER));
        _apply(2, _endUpdate(ChannelUpdateKind.Close, 7));
        _apply(3, _openUpdate(9, SELF, 5));
        (uint32 target, bool active) = endpoint.divertTarget();
        assertEq(target, 5);
        assertTrue(active);
    }

    function test_applyUpdate_revertsWhenNotRelayer() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, Roles.RELAYER
            )
        );
        vm.prank(stranger);
        endpoint.applyUpdate(1, _openUpdate(7, SELF, OTHER));
    }

    function test_applyUpdate_revertsWhenReplayed() public {
        _apply(1, _openUpdate(7, SELF, OTHER));
        vm.expectRevert(abi.encodeWithSelector(ChannelEndpointNonceReplayed.selector, 2, 1));
        _apply(1, _openUpdate(7, SELF, OTHER));
        vm.expectRevert(abi.encodeWithSelector(ChannelEndpointNonceReplayed.selector, 2, 0));
        _apply(0, _openUpdate(8, SELF, OTHER));
    }

    function test_applyUpdate_revertsWhenOutOfOrder() public {
        vm.expectRevert(abi.encodeWithSelector(ChannelEndpointNonceGap.selector, 1, 2));
        _apply(2, _openUpdate(7, SELF, OTHER));
        assertEq(endpoint.lastNonce(), 0);
    }

    function test_applyUpdate_revertsWhenInvalidKind() public {
        ChannelUpdate memory update = _openUpdate(7, SELF, OTHER);
        update.kind = 3;
        vm.expectRevert(abi.encodeWithSelector(ChannelEndpointInvalidKind.selector, 3));
        _apply(1, update);
    }

    function test_applyUpdate_revertsWhenInvalidReason() public {
        ChannelUpdate memory update = _openUpdate(7, SELF, OTHER);
        update.reason = 2;
        vm.expectRevert(abi.encodeWithSelector(ChannelEndpointInvalidReason.selector, 2));
        _apply(1, update);
    }

    function test_applyUpdate_revertsWhenInvalidChannel() public {
        uint64 expiresAt = uint64(block.timestamp + HOUR);
        vm.expectRevert(
            abi.encodeWithSelector(
                ChannelEndpointInvalidChannel.selector, 0, SELF, OTHER, expiresAt
            )
        );
        _apply(1, _openUpdate(0, SELF, OTHER));
        vm.expectRevert(
            abi.encodeWithSelector(ChannelEndpointInvalidChannel.selector, 7, SELF, SELF, expiresAt)
        );
        _apply(1, _openUpdate(7, SELF, SELF));
        vm.expectRevert(
            abi.encodeWithSelector(ChannelEndpointInvalidChannel.selector, 7, 0, SELF, expiresAt)
        );
        _apply(1, _openUpdate(7, 0, SELF));
        ChannelUpdate memory update = _openUpdate(7, SELF, OTHER);
        update.expiresAt = 0;
        vm.expectRevert(
            abi.encodeWithSelector(ChannelEndpointInvalidChannel.selector, 7, SELF, OTHER, 0)
        );
        _apply(1, update);
    }

    /// @notice Issue 13.2: a compromised relayer key mirrored a channel that never expires, so
    ///         the rollup's traffic would divert for good. The endpoint now bounds expiry itself.
    function test_attack_relayerCannotMirrorANeverEndingChannel() public {
        ChannelUpdate memory forever = _openUpdate(7, SELF, OTHER);
        forever.expiresAt = type(uint64).max;
        uint64 latest = uint64(block.timestamp) + endpoint.MAX_CHANNEL_LIFETIME();
        vm.expectRevert(
            abi.encodeWithSelector(
                ChannelEndpointExpiryTooLate.selector, 7, type(uint64).max, latest
            )
        );
        _apply(1, forever);
        // Nothing was mirrored and the nonce is still free for the real next update.
        (, bool diverting) = endpoint.divertTarget();
        assertFalse(diverting);
        assertEq(endpoint.lastNonce(), 0);
        assertEq(uint8(endpoint.getChannel(7).state), uint8(ChannelState.None));
    }

    function test_applyUpdate_expiryBoundIsTheHubsLongestChannelPlusADay() public {
        assertEq(endpoint.MAX_CHANNEL_LIFETIME(), 8 days);
        uint64 latest = uint64(block.timestamp + 8 days);
        ChannelUpdate memory update = _openUpdate(7, SELF, OTHER);
        update.expiresAt = latest + 1;
        vm.expectRevert(
            abi.encodeWithSelector(ChannelEndpointExpiryTooLate.selector, 7, latest + 1, latest)
        );
        _apply(1, update);
        // The hub's longest channel, seen by a rollup whose clock is a day behind, still fits.
        update.expiresAt = latest;
        _apply(1, update);
        assertTrue(endpoint.isActive(7));
        vm.warp(latest);
        assertFalse(endpoint.isActive(7), "over when its expiry comes");
    }

    function testFuzz_applyUpdate_noMirroredChannelOutlivesTheBound(uint64 expiresAt) public {
        ChannelUpdate memory update = _openUpdate(7, SELF, OTHER);
        update.expiresAt = expiresAt;
        vm.prank(relayer);
        try endpoint.applyUpdate(1, update) {
            assertGt(expiresAt, 0);
            assertLe(expiresAt, block.timestamp + endpoint.MAX_CHANNEL_LIFETIME());
        } catch {
            assertTrue(expiresAt == 0 || expiresAt > block.timestamp + 8 days);
            assertEq(endpoint.lastNonce(), 0);
        }
        vm.warp(block.timestamp + 8 days);
        (, bool diverting) = endpoint.divertTarget();
        assertFalse(diverting, "no channel in force after the bound");
    }

    function test_applyUpdate_revertsWhenUnrelated() public {
        vm.expectRevert(
            abi.encodeWithSelector(ChannelEndpointUnrelatedChannel.selector, 7, OTHER, 5, SELF)
        );
        _apply(1, _openUpdate(7, OTHER, 5));
    }

    function test_applyUpdate_revertsWhenChannelExists() public {
        _apply(1, _openUpdate(7, SELF, OTHER));
        vm.expectRevert(abi.encodeWithSelector(ChannelEndpointChannelExists.selector, 7));
        _apply(2, _openUpdate(7, SELF, OTHER));
    }

    function test_applyUpdate_revertsWhenEndingUnknownChannel() public {
        vm.expectRevert(abi.encodeWithSelector(ChannelEndpointUnknownChannel.selector, 7));
        _apply(1, _endUpdate(ChannelUpdateKind.Veto, 7));
    }

    function test_applyUpdate_revertsWhenEndingEndedChannel() public {
        _apply(1, _openUpdate(7, SELF, OTHER));
        _apply(2, _endUpdate(ChannelUpdateKind.Veto, 7));
        vm.expectRevert(
            abi.encodeWithSelector(ChannelEndpointChannelNotOpen.selector, 7, ChannelState.Vetoed)
        );
        _apply(3, _endUpdate(ChannelUpdateKind.Close, 7));
    }

    function testFuzz_applyUpdate_acceptsOnlyNextNonce(uint64 nonce) public {
        _apply(1, _openUpdate(7, SELF, OTHER));
        vm.prank(relayer);
        try endpoint.applyUpdate(nonce, _endUpdate(ChannelUpdateKind.Close, 7)) {
            assertEq(nonce, 2);
        } catch {
            assertTrue(nonce != 2);
        }
        assertEq(endpoint.lastNonce(), nonce == 2 ? 2 : 1);
    }
}
