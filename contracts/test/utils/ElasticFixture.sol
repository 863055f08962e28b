// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ChannelEndpoint} from "../../src/channels/ChannelEndpoint.sol";
import {EmergencyChannels} from "../../src/channels/EmergencyChannels.sol";
import {ElasticPool} from "../../src/elastic/ElasticPool.sol";
import {RollupTraffic, TrafficReport} from "../../src/interfaces/IRewardDistributor.sol";
import {IRollupRegistry} from "../../src/interfaces/IRollupRegistry.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {StakingFixture} from "./StakingFixture.sol";

/// @notice The staking suite plus the ElasticPool (wired as the distributor's boost source) and
///         the EmergencyChannels, with one validator staking `ROLLUP_STAKE` on each rollup, as on
///         a devnet: the keeper holds KEEPER on both, the council holds COUNCIL, slashed pool
///         ERA goes to the treasury.
abstract contract ElasticFixture is StakingFixture {
    uint64 internal constant MAX_CHANNEL = 1 days;
    uint256 internal constant REWARD_FUNDING = 1_000_000 ether;
    /// @dev The self-stake of the one validator the fixture registers on each rollup.
    uint256 internal constant ROLLUP_STAKE = 1_000_000 ether;

    address internal council = makeAddr("council");
    address internal relayer = makeAddr("relayer");

    ElasticPool internal pool;
    EmergencyChannels internal channels;
    uint256[] internal reporterKeys;

    /// @dev Deploys the staking suite, the funded RewardDistributor with one reporter, the pool
    ///      and the channels, and wires them.
    function _deployElastic() internal {
        _deployStaking();
        _deployDistributor(REWARD_FUNDING);
        (, reporterKeys) = _addReporters(1, 1);
        pool = new ElasticPool(
            admin, era, IRollupRegistry(address(registry)), hub, address(distributor), treasury
        );
        // Each rollup has hub stake, so windows fit its stake bound (a window's boosted stake
        // is at most the rollup's own stake by default).
        _registerValidator(makeAddr("fixtureValidatorA"), rollupA, 500, ROLLUP_STAKE);
        _registerValidator(makeAddr("fixtureValidatorA2"), rollupA2, 500, ROLLUP_STAKE);
        _registerValidator(makeAddr("fixtureValidatorB"), rollupB, 500, ROLLUP_STAKE);
        channels = new EmergencyChannels(admin, IRollupRegistry(address(registry)), MAX_CHANNEL);
        vm.startPrank(admin);
        distributor.setBoostSource(address(pool));
        pool.grantRole(Roles.KEEPER, keeper);
        channels.grantRole(Roles.KEEPER, keeper);
        channels.grantRole(Roles.COUNCIL, council);
        vm.stopPrank();
    }

    function _endpoint(RollupId rollupId) internal returns (ChannelEndpoint) {
        return new ChannelEndpoint(admin, RollupId.unwrap(rollupId), relayer);
    }

    /// @dev Gives `who` ERA from the treasury and deposits it into the pool.
    function _deposit(address who, uint256 amount) internal returns (uint256 shares) {
        vm.prank(treasury);
        era.transfer(who, amount);
        vm.startPrank(who);
        era.approve(address(pool), amount);
        shares = pool.deposit(amount, who);
        vm.stopPrank();
    }

    function _open(RollupId rollupId, uint32 multiplierBps, uint256 amount, uint64 duration)
        internal
        returns (uint256 windowId)
    {
        vm.prank(keeper);
        windowId = pool.openBoostWindow(rollupId, multiplierBps, amount, duration);
    }

    /// @dev Submits the next epoch's report (warping to its end) with traffic on `rollupId` only.
    function _reportFor(RollupId rollupId) internal {
        uint64 epoch = distributor.lastReportedEpoch() + 1;
        uint256 end = distributor.epochEnd(epoch);
        if (block.timestamp < end) vm.warp(end);
        RollupTraffic[] memory rollups = new RollupTraffic[](1);
        rollups[0] = _traffic(rollupId, 1000, 10, 10_000);
        TrafficReport memory report = _report(epoch, rollups);
        distributor.submitReport(report, _sign(report, reporterKeys));
    }
}
