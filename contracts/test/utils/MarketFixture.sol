// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IProfileRegistry} from "../../src/interfaces/IProfileRegistry.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {ComponentMarket} from "../../src/market/ComponentMarket.sol";
import {ConfigMarket} from "../../src/market/ConfigMarket.sol";
import {ProfileRegistry} from "../../src/market/ProfileRegistry.sol";
import {EraToken} from "../../src/token/EraToken.sol";
import {GasMeter} from "./GasMeter.sol";

/// @notice The shared fixture of the market tests: ERA, the ProfileRegistry, both markets wired
///         as `era-deploy` wires them, and funded users with unlimited approvals.
abstract contract MarketFixture is GasMeter {
    uint256 internal constant PERIOD = 30 days;
    uint16 internal constant FEE_BPS = 500;
    uint256 internal constant USER_FUNDS = 1_000_000 ether;

    EraToken internal era;
    ProfileRegistry internal profiles;
    ConfigMarket internal configs;
    ComponentMarket internal components;

    address internal governance = makeAddr("governance");
    address internal treasury = makeAddr("treasury");
    address internal holder = makeAddr("holder");
    address internal creator = makeAddr("creator");
    address internal author = makeAddr("author");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal stablecoin = makeAddr("stablecoin");

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        era = new EraToken(holder);
        profiles = new ProfileRegistry(governance);
        configs = new ConfigMarket(era, profiles, treasury, governance, FEE_BPS, PERIOD);
        components = new ComponentMarket(era, treasury, governance, FEE_BPS);
        vm.prank(governance);
        profiles.grantRole(Roles.PROFILE_WRITER, address(configs));

        address[4] memory users = [creator, author, alice, bob];
        for (uint256 i; i < users.length; ++i) {
            _fund(users[i], USER_FUNDS);
        }
    }

    function _fund(address user, uint256 amount) internal {
        vm.prank(holder);
        era.transfer(user, amount);
        vm.startPrank(user);
        era.approve(address(configs), type(uint256).max);
        era.approve(address(components), type(uint256).max);
        vm.stopPrank();
    }

    /// @dev A valid profile: ZK preferred, gas split 60% ERA / 40% stablecoin, one rule spreading
    ///      native balance above 10 ETH over rollups 1 and 3.
    function _profile() internal view returns (IProfileRegistry.Profile memory profile) {
        profile.rollupKinds = 2;
        profile.gas = IProfileRegistry.GasPayment({
            mode: IProfileRegistry.GasPaymentMode.Split, stablecoin: stablecoin, eraShareBps: 6000
        });
        profile.rules = new IProfileRegistry.CrossChainRule[](1);
        profile.rules[0].token = address(0);
        profile.rules[0].threshold = 10 ether;
        profile.rules[0].targets = _targets(1, 3);
    }

    function _targets(uint32 a, uint32 b) internal pure returns (uint32[] memory targets) {
        targets = new uint32[](2);
        targets[0] = a;
        targets[1] = b;
    }

    function _publishConfig(uint96 price) internal returns (uint256 configId) {
        vm.prank(creator);
        configId = configs.publishConfig(price, keccak256("config"), "ipfs://config", _profile());
    }
}
