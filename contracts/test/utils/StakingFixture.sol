// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollupRegistry, RollupKind} from "../../src/interfaces/IRollupRegistry.sol";
import {IStakingHub} from "../../src/interfaces/IStakingHub.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {RollupRegistry} from "../../src/registry/RollupRegistry.sol";
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

    function _setDistributor(address distributor) internal {
        vm.prank(admin);
        hub.setRewardDistributor(distributor);
    }
}
