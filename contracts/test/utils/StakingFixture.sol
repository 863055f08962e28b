// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupTraffic, TrafficReport} from "../../src/interfaces/IRewardDistributor.sol";
import {IRollupRegistry, RollupKind} from "../../src/interfaces/IRollupRegistry.sol";
import {IStakingHub} from "../../src/interfaces/IStakingHub.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {RollupRegistry} from "../../src/registry/RollupRegistry.sol";
import {RewardDistributor} from "../../src/staking/RewardDistributor.sol";
import {StakingHub} from "../../src/staking/StakingHub.sol";
import {EraToken} from "../../src/token/EraToken.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {GasMeter} from "./GasMeter.sol";

/// @notice Deploys ERA, the RollupRegistry and the StakingHub, wired as on a devnet:
///         governance is `admin`, the keeper holds KEEPER, shard governance holds PARAMETER.
abstract contract StakingFixture is GasMeter {
    uint64 internal constant MAX_LOWERING = 7 days;
    uint48 internal constant UNBONDING = 7 days;
    uint48 internal constant COMMISSION_DELAY = 1 days;
    uint128 internal constant MIN_STAKE = 1000 ether;
    uint128 internal constant FLOOR = 100 ether;
    uint64 internal constant GAS_LIMIT = 30_000_000;
    uint32 internal constant DOMAIN_A = 1;
    uint32 internal constant DOMAIN_B = 2;
    uint64 internal constant EPOCH = 1 days;
    uint256 internal constant EMISSION = 1000 ether;

    address internal admin = makeAddr("admin");
    address internal keeper = makeAddr("keeper");
    address internal shardGov = makeAddr("shardGov");
    address internal treasury = makeAddr("treasury");
    address internal distributorAddr = makeAddr("distributor");

    EraToken internal era;
    RollupRegistry internal registry;
    StakingHub internal hub;

    RollupId internal rollupA;
    RollupId internal rollupA2;
    RollupId internal rollupB;

    RewardDistributor internal distributor;

    function _deployStaking() internal {
        vm.warp(1_700_000_000);
        era = new EraToken(treasury);
        registry = new RollupRegistry(admin, MAX_LOWERING);
        hub = new StakingHub(
            admin, era, IRollupRegistry(address(registry)), treasury, UNBONDING, COMMISSION_DELAY
        );
        vm.startPrank(admin);
        registry.grantRole(Roles.KEEPER, keeper);
        registry.grantRole(Roles.PARAMETER, shardGov);
        rollupA = registry.registerRollup(
            10, RollupKind.Optimistic, DOMAIN_A, MIN_STAKE, FLOOR, GAS_LIMIT
        );
        rollupA2 = registry.registerRollup(11, RollupKind.ZK, DOMAIN_A, MIN_STAKE, FLOOR, GAS_LIMIT);
        rollupB = registry.registerRollup(20, RollupKind.ZK, DOMAIN_B, MIN_STAKE, FLOOR, GAS_LIMIT);
        vm.stopPrank();
    }

    /// @dev Deploys the RewardDistributor (epoch 1 starts now), wires it into the hub and funds
    ///      it with `funding` ERA from the treasury.
    function _deployDistributor(uint256 funding) internal {
        distributor = new RewardDistributor(
            admin, era, IRollupRegistry(address(registry)), hub, EPOCH, 0, EMISSION
        );
        _setDistributor(address(distributor));
        if (funding != 0) {
            vm.startPrank(treasury);
            era.approve(address(distributor), funding);
            distributor.fund(funding);
            vm.stopPrank();
        }
    }

    /// @dev Registers reporters with deterministic keys; returns them sorted by address.
    function _addReporters(uint256 count, uint256 threshold)
        internal
        returns (address[] memory signers, uint256[] memory keys)
    {
        signers = new address[](count);
        keys = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            (signers[i], keys[i]) = makeAddrAndKey(string.concat("reporter", vm.toString(i)));
        }
        // Insertion sort by address: reports need signatures by ascending signer.
        for (uint256 i = 1; i < count; ++i) {
            for (uint256 j = i; j > 0 && signers[j] < signers[j - 1]; --j) {
                (signers[j], signers[j - 1]) = (signers[j - 1], signers[j]);
                (keys[j], keys[j - 1]) = (keys[j - 1], keys[j]);
            }
        }
        vm.startPrank(admin);
        for (uint256 i; i < count; ++i) {
            distributor.addReporter(signers[i]);
        }
        distributor.setThreshold(threshold);
        vm.stopPrank();
    }

    function _sign(TrafficReport memory report, uint256[] memory keys)
        internal
        view
        returns (bytes[] memory signatures)
    {
        bytes32 digest = distributor.reportDigest(report);
        signatures = new bytes[](keys.length);
        for (uint256 i; i < keys.length; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], digest);
            signatures[i] = abi.encodePacked(r, s, v);
        }
    }

    function _report(uint64 epoch, RollupTraffic[] memory rollups)
        internal
        pure
        returns (TrafficReport memory report)
    {
        report.epoch = epoch;
        report.rollups = rollups;
    }

    function _traffic(RollupId id, uint64 txVolume, uint64 messages, uint32 securityBps)
        internal
        pure
        returns (RollupTraffic memory)
    {
        return RollupTraffic(RollupId.unwrap(id), txVolume, messages, securityBps);
    }

    /// @dev Gives `who` ERA from the treasury and approves the hub for exactly that much.
    function _fund(address who, uint256 amount) internal {
        vm.prank(treasury);
        era.transfer(who, amount);
        vm.prank(who);
        era.approve(address(hub), amount);
    }

    function _registerValidator(address who, RollupId rollupId, uint16 commission, uint256 stake)
        internal
    {
        _fund(who, stake);
        vm.prank(who);
        hub.registerValidator(rollupId, commission, stake);
    }

    function _delegate(address who, address validator, uint256 amount) internal {
        _fund(who, amount);
        vm.prank(who);
        hub.delegate(validator, amount);
    }

    /// @dev Sends `amount` of rewards to the hub for `rollupId` as the distributor would.
    function _notify(RollupId rollupId, uint256 amount) internal {
        vm.prank(treasury);
        era.transfer(address(hub), amount);
        vm.prank(distributorAddr);
        hub.notifyRollupReward(rollupId, amount);
    }

    /// @dev Lets every running reward stream pay out in full (a notified reward streams over
    ///      the hub's `rewardStreamPeriod`).
    function _streamAll() internal {
        vm.warp(block.timestamp + hub.rewardStreamPeriod());
    }

    function _setDistributor(address distributor_) internal {
        vm.prank(admin);
        hub.setRewardDistributor(distributor_);
    }
}
