// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IEmergencyChannelsErrors} from "../../src/interfaces/IEmergencyChannels.sol";
import {RollupKind, RollupStatus} from "../../src/interfaces/IRollupRegistry.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {ElasticFixture} from "../utils/ElasticFixture.sol";

/// @notice The attacker holds the KEEPER key on the RollupRegistry and the EmergencyChannels,
///         with the deployed parameters (maxLoweringDuration 1 hour, maxChannelDuration 1 day)
///         and the default keeper limits, over 6 rollups. It does everything it can in one
///         block, then for one day, and the tests assert the bounds written in
///         docs/security/compromised-keeper.md.
contract CompromisedKeeperTest is ElasticFixture, IEmergencyChannelsErrors {
    uint256 internal constant N = 6;
    uint64 internal constant LOWERING = 1 hours;
    uint64 internal constant CHANNEL = 1 days;
    /// @dev The attacker's pace over a day: one round of attempts every 2 minutes (finer than
    ///      every cooldown, so nothing is left on the table).
    uint256 internal constant STEP = 2 minutes;

    // Doc bounds (defaults).
    uint256 internal constant MAX_DOWN = 3;
    uint256 internal constant STATUS_BURST = 3;
    uint256 internal constant STATUS_COOLDOWN = 10 minutes;
    uint256 internal constant MAX_LOWERED = 3;
    uint256 internal constant MAX_OPEN = 3;
    uint256 internal constant OPEN_INTERVAL = 10 minutes;
    uint256 internal constant VETO_COOLDOWN = 1 days;

    RollupId[] internal ids;

    function setUp() public {
        _deployElastic();
        vm.startPrank(admin);
        for (uint64 i = 3; i < N; ++i) {
            registry.registerRollup(100 + i, RollupKind.ZK, 1, MIN_STAKE, FLOOR, GAS_LIMIT);
        }
        registry.setMaxLoweringDuration(LOWERING);
        registry.grantRole(Roles.COUNCIL, council);
        vm.stopPrank();
        for (uint256 i; i < N; ++i) {
            ids.push(RollupId.wrap(uint32(i + 1)));
        }
        assertEq(channels.maxChannelDuration(), CHANNEL);
    }

    // ------------------------------------------------------------------------------------------
    // One block
    // ------------------------------------------------------------------------------------------

    /// @dev In one block: every status on every rollup, every lowering, a channel from every
    ///      rollup to every other, close-and-reopen, reopen after a veto.
    function test_oneBlock_everythingTheKeeperCanDo() public {
        // Channels first, while every rollup is Active (the best targets for the attacker).
        // Phase 1: from every rollup to every other.
        uint256 opened = _openEverywhere();
        assertEq(opened, MAX_OPEN, "channels in force at once");
        assertEq(channels.openCount(), MAX_OPEN);
        // Phase 2: close them all and try again: only sources without a channel yet open.
        _closeAll();
        opened += _openEverywhere();
        assertEq(opened, N, "one channel per source per block");
        // Phase 3: churn again: nothing (the open interval).
        _closeAll();
        assertEq(_openEverywhere(), 0, "no reopen in the same block");
        // A vetoed source: no reopen (checked over a day in test_oneDay_channels).

        // Statuses: every rollup to every impaired status, worst last, five times over.
        uint256[] memory impaired = new uint256[](N);
        uint256 maxDown;
        for (uint256 round; round < 5; ++round) {
            for (uint256 i; i < N; ++i) {
                for (uint8 s = 1; s <= 3; ++s) {
                    vm.prank(keeper);
                    try registry.setStatus(ids[i], RollupStatus(s)) {
                        ++impaired[i];
                    } catch {}
                    if (registry.downCount() > maxDown) maxDown = registry.downCount();
                }
            }
        }
        assertEq(maxDown, MAX_DOWN, "rollups Down at once");
        assertEq(registry.downCount(), MAX_DOWN);
        for (uint256 i; i < N; ++i) {
            assertEq(impaired[i], STATUS_BURST, "impairing changes per rollup in one block");
        }

        // Lowerings: every rollup, to the floor, for the longest time, twice.
        uint256 lowered;
        for (uint256 round; round < 2; ++round) {
            for (uint256 i; i < N; ++i) {
                vm.prank(keeper);
                try registry.lowerThreshold(ids[i], FLOOR, LOWERING) {
                    ++lowered;
                } catch {}
            }
        }
        assertEq(lowered, MAX_LOWERED, "lowerings in one block");
        assertEq(registry.keeperLoweredCount(), MAX_LOWERED);
    }

    function _openEverywhere() internal returns (uint256 opened) {
        for (uint256 i; i < N; ++i) {
            for (uint256 j; j < N; ++j) {
                if (i == j) continue;
                vm.prank(keeper);
                try channels.openChannel(ids[i], ids[j], 1, CHANNEL) {
                    ++opened;
                } catch {}
            }
        }
    }

    function _closeAll() internal {
        for (uint256 i; i < N; ++i) {
            (uint256 open,) = channels.channelOf(ids[i]);
            if (open != 0) {
                vm.prank(keeper);
                channels.closeChannel(open);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // One day
    // ------------------------------------------------------------------------------------------

    /// @dev Flap every rollup's status all day, trying Down first, then Congested.
    function test_oneDay_statusChanges() public {
        uint256 start = block.timestamp;
        uint256[] memory impaired = new uint256[](N);
        uint256 maxDown;
        for (uint256 t = start; t < start + 1 days; t += STEP) {
            vm.warp(t);
            for (uint256 i; i < N; ++i) {
                vm.startPrank(keeper);
                if (registry.statusOf(ids[i]) != RollupStatus.Active) {
                    registry.setStatus(ids[i], RollupStatus.Active);
                }
                try registry.setStatus(ids[i], RollupStatus.Down) {
                    ++impaired[i];
                } catch {
                    try registry.setStatus(ids[i], RollupStatus.Congested) {
                        ++impaired[i];
                    } catch {}
                }
                vm.stopPrank();
                if (registry.downCount() > maxDown) maxDown = registry.downCount();
            }
        }
        assertEq(maxDown, MAX_DOWN, "never more than 3 Down");
        for (uint256 i; i < N; ++i) {
            // 3 + 143 in [start, start + 1 day): the 144th refill is at start + 1 day exactly.
            assertEq(impaired[i], STATUS_BURST + 1 days / STATUS_COOLDOWN - 1, "per rollup/day");
        }
    }

    /// @dev Lower every rollup again the moment the keeper may, all day, with the shortest and
    ///      with the longest duration.
    function test_oneDay_lowerings() public {
        for (uint256 pass; pass < 2; ++pass) {
            uint256 snap = vm.snapshotState();
            uint64 duration = pass == 0 ? 1 : LOWERING;
            uint256 start = block.timestamp;
            uint256 total;
            uint256 maxAtOnce;
            uint256 loweredSeconds;
            uint256[] memory perRollup = new uint256[](N);
            for (uint256 t = start; t < start + 1 days; t += STEP) {
                vm.warp(t);
                for (uint256 i; i < N; ++i) {
                    vm.prank(keeper);
                    try registry.lowerThreshold(ids[i], FLOOR, duration) {
                        ++total;
                        ++perRollup[i];
                    } catch {}
                }
                uint256 count = registry.keeperLoweredCount();
                if (count > maxAtOnce) maxAtOnce = count;
                loweredSeconds += count * STEP;
            }
            assertLe(maxAtOnce, MAX_LOWERED, "lowered at once");
            for (uint256 i; i < N; ++i) {
                assertEq(perRollup[i], 1, "each rollup lowered once a day");
            }
            // At most N lowerings a day, so at most N hours lowered (with 1-hour lowerings),
            // and at most 3 at any time.
            assertEq(total, N);
            assertLe(loweredSeconds, N * uint256(duration) + N * STEP);
            vm.revertToState(snap);
        }
    }

    /// @dev Open, close and reopen channels from every rollup all day; the council vetoes the
    ///      first channel from rollup 1, whose traffic then stays put all day.
    function test_oneDay_channels() public {
        uint256 start = block.timestamp;
        uint256[] memory perSource = new uint256[](N);
        uint256 total;
        uint256 maxInForce;
        vm.prank(keeper);
        uint256 first = channels.openChannel(ids[0], ids[1], 1, CHANNEL);
        vm.prank(council);
        channels.veto(first);
        for (uint256 t = start; t < start + 1 days; t += STEP) {
            vm.warp(t);
            for (uint256 i; i < N; ++i) {
                vm.startPrank(keeper);
                (uint256 open,) = channels.channelOf(ids[i]);
                if (open != 0) channels.closeChannel(open);
                try channels.openChannel(ids[i], ids[(i + 1) % N], 1, CHANNEL) {
                    ++total;
                    ++perSource[i];
                } catch {}
                vm.stopPrank();
                uint256 inForce = channels.openCount();
                if (inForce > maxInForce) maxInForce = inForce;
            }
        }
        assertEq(perSource[0], 0, "no channel from a vetoed source for the veto cooldown");
        for (uint256 i = 1; i < N; ++i) {
            assertLe(perSource[i], 1 days / OPEN_INTERVAL, "opens per source per day");
        }
        assertLe(maxInForce, MAX_OPEN, "channels in force at once");
        // Reached exactly: 5 sources x 144.
        assertEq(total, (N - 1) * (1 days / OPEN_INTERVAL), "channels opened in one day");
        // The veto cooldown ends after one day: then the source may divert again.
        vm.warp(start + VETO_COOLDOWN);
        vm.prank(keeper);
        channels.openChannel(ids[0], ids[1], 1, CHANNEL);
        emit log_named_uint("channels opened in one day", total);
    }
}
