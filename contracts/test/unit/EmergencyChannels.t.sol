// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EmergencyChannels} from "../../src/channels/EmergencyChannels.sol";
import {
    Channel,
    ChannelReason,
    ChannelState,
    IEmergencyChannelsErrors,
    IEmergencyChannelsEvents
} from "../../src/interfaces/IEmergencyChannels.sol";
import {IRollupRegistry, RollupKind, RollupStatus} from "../../src/interfaces/IRollupRegistry.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {ElasticFixture} from "../utils/ElasticFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

contract EmergencyChannelsTest is
    ElasticFixture,
    IEmergencyChannelsErrors,
    IEmergencyChannelsEvents
{
    address internal stranger = makeAddr("stranger");
    uint8 internal constant GAS_SURGE = 0;
    uint8 internal constant OUTAGE = 1;
    uint64 internal constant HOUR = 1 hours;

    function setUp() public {
        _deployElastic();
    }

    function _openChannel(RollupId from, RollupId to, uint8 reason, uint64 duration)
        internal
        returns (uint256)
    {
        vm.prank(keeper);
        return channels.openChannel(from, to, reason, duration);
    }

    function test_constructor_setsParameters() public view {
        assertEq(channels.maxChannelDuration(), MAX_CHANNEL);
        assertEq(channels.registry(), address(registry));
        assertEq(channels.channelCount(), 0);
        assertTrue(channels.hasRole(channels.DEFAULT_ADMIN_ROLE(), admin));
    }

    function test_constructor_revertsWhenZeroRegistry() public {
        vm.expectRevert(EmergencyChannelsZeroAddress.selector);
        new EmergencyChannels(admin, IRollupRegistry(address(0)), MAX_CHANNEL);
    }

    function test_constructor_revertsWhenMaxDurationOutOfBounds() public {
        vm.expectRevert(
            abi.encodeWithSelector(EmergencyChannelsMaxDurationOutOfBounds.selector, 0, 7 days)
        );
        new EmergencyChannels(admin, IRollupRegistry(address(registry)), 0);
    }

    // ------------------------------------------------------------------------------------------
    // openChannel
    // ------------------------------------------------------------------------------------------

    function test_openChannel_recordsAndEmits() public {
        uint64 expiresAt = uint64(block.timestamp + HOUR);
        vm.expectEmit(address(channels));
        emit ChannelOpened(1, rollupA, rollupB, ChannelReason.Outage, expiresAt);
        uint256 id = _openChannel(rollupA, rollupB, OUTAGE, HOUR);
        assertEq(id, 1);
        assertEq(channels.channelCount(), 1);
        assertTrue(channels.isOpen(id));
        Channel memory channel = channels.getChannel(id);
        assertTrue(channel.from == rollupA);
        assertTrue(channel.to == rollupB);
        assertEq(uint8(channel.reason), OUTAGE);
        assertEq(uint8(channel.state), uint8(ChannelState.Open));
        assertEq(channel.openedAt, block.timestamp);
        assertEq(channel.expiresAt, expiresAt);
        (uint256 openId, Channel memory open) = channels.channelOf(rollupA);
        assertEq(openId, id);
        assertTrue(open.to == rollupB);
        (openId,) = channels.channelOf(rollupB);
        assertEq(openId, 0);
    }

    function test_openChannel_expiresByItself() public {
        uint256 id = _openChannel(rollupA, rollupB, GAS_SURGE, HOUR);
        vm.warp(block.timestamp + HOUR - 1);
        assertTrue(channels.isOpen(id));
        vm.warp(block.timestamp + 1);
        assertFalse(channels.isOpen(id));
        (uint256 openId, Channel memory open) = channels.channelOf(rollupA);
        assertEq(openId, 0);
        assertEq(open.expiresAt, 0);
        // The source may get a new channel once the old one expired.
        assertEq(_openChannel(rollupA, rollupA2, GAS_SURGE, HOUR), 2);
    }

    function test_openChannel_revertsWhenNotKeeper() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, Roles.KEEPER
            )
        );
        vm.prank(stranger);
        channels.openChannel(rollupA, rollupB, GAS_SURGE, HOUR);
    }

    function test_openChannel_revertsWhenSameRollup() public {
        vm.expectRevert(abi.encodeWithSelector(EmergencyChannelsSameRollup.selector, rollupA));
        _openChannel(rollupA, rollupA, GAS_SURGE, HOUR);
    }

    function test_openChannel_revertsWhenUnknownSource() public {
        RollupId unknown = RollupId.wrap(9);
        vm.expectRevert(abi.encodeWithSelector(EmergencyChannelsUnknownRollup.selector, unknown));
        _openChannel(unknown, rollupB, GAS_SURGE, HOUR);
    }

    function test_openChannel_revertsWhenUnknownTarget() public {
        RollupId unknown = RollupId.wrap(0);
        vm.expectRevert(abi.encodeWithSelector(EmergencyChannelsUnknownRollup.selector, unknown));
        _openChannel(rollupA, unknown, GAS_SURGE, HOUR);
    }

    function test_openChannel_revertsWhenInvalidReason() public {
        vm.expectRevert(abi.encodeWithSelector(EmergencyChannelsInvalidReason.selector, 2));
        _openChannel(rollupA, rollupB, 2, HOUR);
    }

    function test_openChannel_revertsWhenDurationZero() public {
        vm.expectRevert(
            abi.encodeWithSelector(EmergencyChannelsDurationOutOfBounds.selector, 0, MAX_CHANNEL)
        );
        _openChannel(rollupA, rollupB, GAS_SURGE, 0);
    }

    function test_openChannel_revertsWhenDurationAboveMax() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                EmergencyChannelsDurationOutOfBounds.selector, MAX_CHANNEL + 1, MAX_CHANNEL
            )
        );
        _openChannel(rollupA, rollupB, GAS_SURGE, MAX_CHANNEL + 1);
    }

    function test_openChannel_revertsWhenSourceHasOpenChannel() public {
        uint256 id = _openChannel(rollupA, rollupB, GAS_SURGE, HOUR);
        vm.expectRevert(
            abi.encodeWithSelector(
                EmergencyChannelsChannelAlreadyOpen.selector,
                rollupA,
                id,
                uint64(block.timestamp + HOUR)
            )
        );
        _openChannel(rollupA, rollupA2, OUTAGE, HOUR);
        // Another source is independent.
        _openChannel(rollupA2, rollupB, OUTAGE, HOUR);
    }

    function test_openChannel_revertsWhenTargetNotActive() public {
        vm.prank(keeper);
        registry.setStatus(rollupB, RollupStatus.Down);
        vm.expectRevert(
            abi.encodeWithSelector(
                EmergencyChannelsTargetUnavailable.selector, rollupB, RollupStatus.Down
            )
        );
        _openChannel(rollupA, rollupB, OUTAGE, HOUR);
        vm.prank(keeper);
        registry.setStatus(rollupB, RollupStatus.Congested);
        vm.expectRevert(
            abi.encodeWithSelector(
                EmergencyChannelsTargetUnavailable.selector, rollupB, RollupStatus.Congested
            )
        );
        _openChannel(rollupA, rollupB, OUTAGE, HOUR);
    }

    function test_openChannel_acceptsDownSource() public {
        vm.prank(keeper);
        registry.setStatus(rollupA, RollupStatus.Down);
        assertEq(_openChannel(rollupA, rollupB, OUTAGE, HOUR), 1);
    }

    // ------------------------------------------------------------------------------------------
    // veto
    // ------------------------------------------------------------------------------------------

    function test_veto_endsChannel() public {
        uint256 id = _openChannel(rollupA, rollupB, GAS_SURGE, HOUR);
        vm.expectEmit(address(channels));
        emit ChannelVetoed(id, rollupA, council);
        vm.prank(council);
        channels.veto(id);
        assertFalse(channels.isOpen(id));
        assertEq(uint8(channels.getChannel(id).state), uint8(ChannelState.Vetoed));
        (uint256 openId,) = channels.channelOf(rollupA);
        assertEq(openId, 0);
        // The veto sticks: no channel from the source until the cooldown ends (this assertion
        // used to let the keeper reopen at once, which was the attack of issue 13).
        uint64 endsAt = uint64(block.timestamp) + channels.vetoCooldown();
        assertEq(channels.vetoCooldownEndsAt(rollupA), endsAt);
        vm.expectRevert(
            abi.encodeWithSelector(EmergencyChannelsVetoCooldown.selector, rollupA, id, endsAt)
        );
        _openChannel(rollupA, rollupA2, GAS_SURGE, HOUR);
        vm.warp(endsAt);
        assertEq(channels.vetoCooldownEndsAt(rollupA), 0);
        assertEq(_openChannel(rollupA, rollupA2, GAS_SURGE, HOUR), 2);
    }

    // ------------------------------------------------------------------------------------------
    // Veto cooldown (issue 13: a compromised keeper reopening a vetoed channel)
    // ------------------------------------------------------------------------------------------

    /// @dev The attack: the council vetoes, the keeper reopens the same channel in the same
    ///      block, again and again. Now 0 reopens succeed in the block, none for the whole
    ///      cooldown (1 day by default), to the same target or any other.
    function test_attack_reopenAfterVeto_blockedForCooldown() public {
        uint256 id = _openChannel(rollupA, rollupB, OUTAGE, HOUR);
        vm.prank(council);
        channels.veto(id);
        uint64 endsAt = uint64(block.timestamp) + 1 days;
        uint256 reopened;
        // Same block: 50 attempts, to the vetoed target and to a third rollup.
        for (uint256 i; i < 50; ++i) {
            RollupId to = i % 2 == 0 ? rollupB : rollupA2;
            vm.prank(keeper);
            try channels.openChannel(rollupA, to, OUTAGE, HOUR) {
                ++reopened;
            } catch (bytes memory reason) {
                assertEq(
                    reason,
                    abi.encodeWithSelector(
                        EmergencyChannelsVetoCooldown.selector, rollupA, id, endsAt
                    )
                );
            }
        }
        // Then once a minute for the rest of the day.
        for (uint256 t = block.timestamp + 1 minutes; t < endsAt; t += 1 minutes) {
            vm.warp(t);
            vm.prank(keeper);
            try channels.openChannel(rollupA, rollupB, OUTAGE, HOUR) {
                ++reopened;
            } catch {}
        }
        assertEq(reopened, 0, "no channel from the vetoed source within the cooldown");
        assertEq(channels.channelCount(), 1);
        // At the end of the cooldown exactly one opens (one in force per source).
        vm.warp(endsAt);
        assertEq(_openChannel(rollupA, rollupB, OUTAGE, HOUR), 2);
    }

    function test_vetoCooldown_isPerSource() public {
        uint256 id = _openChannel(rollupA, rollupB, OUTAGE, HOUR);
        vm.prank(council);
        channels.veto(id);
        // Other sources, including the vetoed channel's target, are unaffected.
        assertEq(_openChannel(rollupA2, rollupA, OUTAGE, HOUR), 2);
        assertEq(_openChannel(rollupB, rollupA, OUTAGE, HOUR), 3);
        assertEq(channels.vetoCooldownEndsAt(rollupA2), 0);
    }

    function test_vetoCooldown_notStartedByCloseOrExpiry() public {
        uint256 id = _openChannel(rollupA, rollupB, OUTAGE, HOUR);
        vm.prank(keeper);
        channels.closeChannel(id);
        assertEq(channels.vetoCooldownEndsAt(rollupA), 0);
        vm.warp(block.timestamp + channels.minOpenInterval());
        id = _openChannel(rollupA, rollupB, OUTAGE, HOUR);
        vm.warp(block.timestamp + HOUR);
        assertEq(_openChannel(rollupA, rollupB, OUTAGE, HOUR), id + 1);
    }

    function test_vetoCooldown_governanceShortensRunningCooldown() public {
        uint256 id = _openChannel(rollupA, rollupB, OUTAGE, HOUR);
        vm.prank(council);
        channels.veto(id);
        uint64 vetoedAt = uint64(block.timestamp);
        vm.expectEmit(address(channels));
        emit VetoCooldownSet(1 hours);
        vm.prank(admin);
        channels.setVetoCooldown(1 hours);
        assertEq(channels.vetoCooldownEndsAt(rollupA), vetoedAt + 1 hours);
        vm.warp(vetoedAt + 1 hours);
        assertEq(_openChannel(rollupA, rollupB, OUTAGE, HOUR), 2);
    }

    function test_setVetoCooldown_bounds() public {
        assertEq(channels.vetoCooldown(), 1 days);
        vm.startPrank(admin);
        channels.setVetoCooldown(30 days);
        assertEq(channels.vetoCooldown(), 30 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                EmergencyChannelsVetoCooldownOutOfBounds.selector, 30 days + 1, 30 days
            )
        );
        channels.setVetoCooldown(30 days + 1);
        vm.expectRevert(
            abi.encodeWithSelector(EmergencyChannelsVetoCooldownOutOfBounds.selector, 0, 30 days)
        );
        channels.setVetoCooldown(0);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, keeper, bytes32(0)
            )
        );
        vm.prank(keeper);
        channels.setVetoCooldown(1);
    }

    /// @dev Whatever the cooldown and however long after the veto the keeper tries, a channel
    ///      opens iff the cooldown has ended.
    function testFuzz_vetoCooldown_opensIffEnded(uint64 cooldown, uint64 after_) public {
        cooldown = uint64(bound(cooldown, 1, 30 days));
        after_ = uint64(bound(after_, 0, 31 days));
        vm.startPrank(admin);
        channels.setVetoCooldown(cooldown);
        // Isolate the veto cooldown from the open interval.
        channels.setMinOpenInterval(0);
        vm.stopPrank();
        uint256 id = _openChannel(rollupA, rollupB, OUTAGE, HOUR);
        vm.prank(council);
        channels.veto(id);
        uint256 vetoedAt = block.timestamp;
        vm.warp(vetoedAt + after_);
        vm.prank(keeper);
        try channels.openChannel(rollupA, rollupA2, OUTAGE, HOUR) {
            assertGe(after_, cooldown, "opened within the cooldown");
        } catch (bytes memory reason) {
            assertLt(after_, cooldown, "refused after the cooldown");
            assertEq(
                reason,
                abi.encodeWithSelector(
                    EmergencyChannelsVetoCooldown.selector, rollupA, id, uint64(vetoedAt + cooldown)
                )
            );
        }
    }

    function test_veto_revertsWhenNotCouncil() public {
        uint256 id = _openChannel(rollupA, rollupB, GAS_SURGE, HOUR);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, keeper, Roles.COUNCIL
            )
        );
        vm.prank(keeper);
        channels.veto(id);
    }

    function test_veto_revertsWhenUnknownChannel() public {
        vm.expectRevert(abi.encodeWithSelector(EmergencyChannelsUnknownChannel.selector, 5));
        vm.prank(council);
        channels.veto(5);
    }

    function test_veto_revertsWhenAlreadyVetoed() public {
        uint256 id = _openChannel(rollupA, rollupB, GAS_SURGE, HOUR);
        vm.prank(council);
        channels.veto(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                EmergencyChannelsChannelNotOpen.selector,
                id,
                ChannelState.Vetoed,
                uint64(block.timestamp + HOUR)
            )
        );
        vm.prank(council);
        channels.veto(id);
    }

    function test_veto_revertsWhenExpired() public {
        uint256 id = _openChannel(rollupA, rollupB, GAS_SURGE, HOUR);
        uint64 expiresAt = uint64(block.timestamp + HOUR);
        vm.warp(expiresAt);
        vm.expectRevert(
            abi.encodeWithSelector(
                EmergencyChannelsChannelNotOpen.selector, id, ChannelState.Open, expiresAt
            )
        );
        vm.prank(council);
        channels.veto(id);
    }

    // ------------------------------------------------------------------------------------------
    // Open interval and cap on channels in force (issue 13: a compromised keeper)
    // ------------------------------------------------------------------------------------------

    /// @dev The attack: open, close, reopen from the same source in one block, all day. With a
    ///      try every 12 seconds for a day, the keeper gets one channel per 10 minutes: 144.
    function test_attack_closeAndReopenChurn_ratedPerSource() public {
        uint256 start = block.timestamp;
        uint256 opened;
        for (uint256 t = start; t < start + 1 days; t += 12) {
            vm.warp(t);
            vm.startPrank(keeper);
            (uint256 open,) = channels.channelOf(rollupA);
            if (open != 0) channels.closeChannel(open);
            try channels.openChannel(rollupA, rollupB, OUTAGE, HOUR) {
                ++opened;
            } catch (bytes memory reason) {
                assertEq(bytes4(reason), EmergencyChannelsOpenInterval.selector);
            }
            vm.stopPrank();
        }
        assertEq(opened, 1 days / 10 minutes, "one channel per source per 10 minutes");
    }

    function test_openInterval_revertsNamingWhen() public {
        uint256 id = _openChannel(rollupA, rollupB, OUTAGE, HOUR);
        vm.prank(keeper);
        channels.closeChannel(id);
        uint64 availableAt = uint64(block.timestamp + 10 minutes);
        vm.expectRevert(
            abi.encodeWithSelector(EmergencyChannelsOpenInterval.selector, rollupA, availableAt)
        );
        _openChannel(rollupA, rollupB, OUTAGE, HOUR);
        vm.warp(availableAt);
        assertEq(_openChannel(rollupA, rollupB, OUTAGE, HOUR), 2);
    }

    /// @dev The attack: divert every rollup at once. With 6 rollups registered, the keeper gets
    ///      3 channels in force (the cap); the rest revert naming it.
    function test_attack_divertEveryRollup_cappedAtMaxOpenChannels() public {
        vm.startPrank(admin);
        for (uint64 i; i < 3; ++i) {
            registry.registerRollup(900 + i, RollupKind.ZK, 1, 1000 ether, 100 ether, 30_000_000);
        }
        vm.stopPrank();
        uint256 total = registry.rollupCount();
        assertEq(total, 6);
        uint256 opened;
        for (uint32 from = 1; from <= total; ++from) {
            RollupId to = RollupId.wrap(from == total ? 1 : from + 1);
            vm.prank(keeper);
            try channels.openChannel(RollupId.wrap(from), to, OUTAGE, HOUR) {
                ++opened;
            } catch (bytes memory reason) {
                assertEq(
                    reason,
                    abi.encodeWithSelector(
                        EmergencyChannelsOpenCapReached.selector, RollupId.wrap(from), 3, 3
                    )
                );
            }
        }
        assertEq(opened, 3);
        assertEq(channels.openCount(), 3);
        // A veto frees a place.
        vm.prank(council);
        channels.veto(1);
        assertEq(channels.openCount(), 2);
        assertEq(_openChannel(RollupId.wrap(4), RollupId.wrap(5), OUTAGE, HOUR), 4);
    }

    function test_setOpenLimits_setsAndBounds() public {
        vm.startPrank(admin);
        vm.expectEmit(address(channels));
        emit MinOpenIntervalSet(1 days);
        channels.setMinOpenInterval(1 days);
        assertEq(channels.minOpenInterval(), 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                EmergencyChannelsOpenIntervalOutOfBounds.selector, 1 days + 1, 1 days
            )
        );
        channels.setMinOpenInterval(1 days + 1);
        vm.expectEmit(address(channels));
        emit MaxOpenChannelsSet(32);
        channels.setMaxOpenChannels(32);
        assertEq(channels.maxOpenChannels(), 32);
        vm.expectRevert(
            abi.encodeWithSelector(EmergencyChannelsMaxOpenChannelsOutOfBounds.selector, 0, 32)
        );
        channels.setMaxOpenChannels(0);
        vm.expectRevert(
            abi.encodeWithSelector(EmergencyChannelsMaxOpenChannelsOutOfBounds.selector, 33, 32)
        );
        channels.setMaxOpenChannels(33);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, keeper, bytes32(0)
            )
        );
        vm.prank(keeper);
        channels.setMaxOpenChannels(5);
    }

    // ------------------------------------------------------------------------------------------
    // closeChannel
    // ------------------------------------------------------------------------------------------

    function test_closeChannel_endsChannelEarly() public {
        uint256 id = _openChannel(rollupA, rollupB, GAS_SURGE, HOUR);
        vm.expectEmit(address(channels));
        emit ChannelClosed(id, rollupA);
        vm.prank(keeper);
        channels.closeChannel(id);
        assertFalse(channels.isOpen(id));
        assertEq(uint8(channels.getChannel(id).state), uint8(ChannelState.Closed));
    }

    function test_closeChannel_revertsWhenNotKeeper() public {
        uint256 id = _openChannel(rollupA, rollupB, GAS_SURGE, HOUR);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, council, Roles.KEEPER
            )
        );
        vm.prank(council);
        channels.closeChannel(id);
    }

    function test_closeChannel_revertsWhenVetoed() public {
        uint256 id = _openChannel(rollupA, rollupB, GAS_SURGE, HOUR);
        vm.prank(council);
        channels.veto(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                EmergencyChannelsChannelNotOpen.selector,
                id,
                ChannelState.Vetoed,
                uint64(block.timestamp + HOUR)
            )
        );
        vm.prank(keeper);
        channels.closeChannel(id);
    }

    function test_closeChannel_revertsWhenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(EmergencyChannelsUnknownChannel.selector, 0));
        vm.prank(keeper);
        channels.closeChannel(0);
    }

    // ------------------------------------------------------------------------------------------
    // Governance and views
    // ------------------------------------------------------------------------------------------

    function test_setMaxChannelDuration_setsAndBounds() public {
        vm.startPrank(admin);
        vm.expectEmit(address(channels));
        emit MaxChannelDurationSet(7 days);
        channels.setMaxChannelDuration(7 days);
        assertEq(channels.maxChannelDuration(), 7 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                EmergencyChannelsMaxDurationOutOfBounds.selector, 7 days + 1, 7 days
            )
        );
        channels.setMaxChannelDuration(7 days + 1);
        vm.expectRevert(
            abi.encodeWithSelector(EmergencyChannelsMaxDurationOutOfBounds.selector, 0, 7 days)
        );
        channels.setMaxChannelDuration(0);
        vm.stopPrank();
    }

    function test_setMaxChannelDuration_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, keeper, bytes32(0)
            )
        );
        vm.prank(keeper);
        channels.setMaxChannelDuration(1 days);
    }

    function test_getChannel_revertsWhenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(EmergencyChannelsUnknownChannel.selector, 1));
        channels.getChannel(1);
    }

    function test_isOpen_falseForUnknown() public view {
        assertFalse(channels.isOpen(42));
    }

    function testFuzz_openChannel_keeperCannotExceedBounds(
        uint32 from,
        uint32 to,
        uint8 reason,
        uint64 duration
    ) public {
        from = uint32(bound(from, 0, 4));
        to = uint32(bound(to, 0, 4));
        vm.prank(keeper);
        try channels.openChannel(RollupId.wrap(from), RollupId.wrap(to), reason, duration) returns (
            uint256 id
        ) {
            Channel memory channel = channels.getChannel(id);
            assertTrue(from != to && from >= 1 && from <= 3 && to >= 1 && to <= 3);
            assertLe(reason, 1);
            assertGt(duration, 0);
            assertLe(channel.expiresAt - channel.openedAt, MAX_CHANNEL);
        } catch {
            assertTrue(
                from == to || from == 0 || from > 3 || to == 0 || to > 3 || reason > 1
                    || duration == 0 || duration > MAX_CHANNEL
            );
        }
    }
}
