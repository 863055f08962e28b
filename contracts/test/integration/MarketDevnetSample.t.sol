// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IProfileRegistry} from "../../src/interfaces/IProfileRegistry.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {ComponentMarket} from "../../src/market/ComponentMarket.sol";
import {ConfigMarket} from "../../src/market/ConfigMarket.sol";
import {ProfileRegistry} from "../../src/market/ProfileRegistry.sol";
import {EraToken} from "../../src/token/EraToken.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The exact deployment, wiring and sample publishing that `era-deploy devnet` performs
///         for the markets, followed by what a user and a component then do on a fresh devnet.
contract MarketDevnetSampleTest is Test {
    address internal deployer = makeAddr("deployer");
    address internal user = makeAddr("user");
    address internal sampleDeployment = makeAddr("sampleDeployment");

    function test_devnetSample_isAWorkingMarket() public {
        vm.startPrank(deployer);
        // 1. Token (the deployer holds the supply on a devnet; the deployer is also treasury and
        //    governance until hand-over).
        EraToken era = new EraToken(deployer);
        // 2. ProfileRegistry(admin).
        ProfileRegistry profiles = new ProfileRegistry(deployer);
        // 3. ConfigMarket(era, profiles, treasury, admin, feeBps, periodLength).
        ConfigMarket configs = new ConfigMarket(era, profiles, deployer, deployer, 500, 30 days);
        // 4. ComponentMarket(era, treasury, admin, feeBps).
        ComponentMarket components = new ComponentMarket(era, deployer, deployer, 500);
        // 5. Wiring: the ConfigMarket writes profiles.
        profiles.grantRole(Roles.PROFILE_WRITER, address(configs));

        // 6. Sample config: 10 ERA a period, ZK preferred, gas paid in ERA, spread native balance
        //    above 10 ETH over rollups 1 and 2 (a devnet has no stablecoin for mode Split).
        IProfileRegistry.Profile memory profile;
        profile.rollupKinds = 2;
        profile.gas =
            IProfileRegistry.GasPayment(IProfileRegistry.GasPaymentMode.Era, address(0), 0);
        profile.rules = new IProfileRegistry.CrossChainRule[](1);
        profile.rules[0].token = address(0);
        profile.rules[0].threshold = 10 ether;
        profile.rules[0].targets = new uint32[](2);
        profile.rules[0].targets[0] = 1;
        profile.rules[0].targets[1] = 2;
        uint256 configId = configs.publishConfig(
            10 ether, keccak256("era-sample-config-v1"), "era://sample/config/v1", profile
        );

        // 7. Sample component: 0.1 ERA a use, deployed on the hub, attested by the deployer as
        //    the devnet's one approved attester.
        uint256 componentId = components.registerComponent("era://sample/component");
        uint32 version = components.publishVersion(
            componentId,
            keccak256("era-sample-component-v1"),
            "era://sample/component/v1",
            0.1 ether
        );
        components.setDeployment(componentId, version, block.chainid, sampleDeployment);
        components.approveAttester(deployer);
        components.attest(componentId, version);
        era.transfer(user, 1000 ether);
        vm.stopPrank();

        // A user subscribes and applies the config.
        vm.startPrank(user);
        era.approve(address(configs), type(uint256).max);
        era.approve(address(components), type(uint256).max);
        configs.subscribe(configId, 1, 10 ether);
        configs.applyConfig(configId);
        assertEq(profiles.profileOf(user).rollupKinds, 2);
        assertEq(profiles.profileSource(user).configId, configId);

        // The user requires one attestation, prepays credits, and the component charges.
        components.setUsage(componentId, version, 1);
        components.depositCredits(componentId, user, 5 ether);
        vm.stopPrank();
        vm.prank(sampleDeployment);
        components.charge(componentId, user, 3);
        assertEq(components.getUsage(componentId, user).credits, 4.7 ether);
        assertEq(components.getLedger(componentId).earnings, 0.285 ether);
    }
}
