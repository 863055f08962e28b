// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    IProfileRegistry,
    IProfileRegistryErrors,
    IProfileRegistryEvents
} from "../../src/interfaces/IProfileRegistry.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {ProfileRegistry} from "../../src/market/ProfileRegistry.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {MarketFixture} from "../utils/MarketFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

contract ProfileRegistryTest is MarketFixture, IProfileRegistryErrors, IProfileRegistryEvents {
    address internal writer = makeAddr("writer");

    function setUp() public override {
        super.setUp();
        vm.prank(governance);
        profiles.grantRole(Roles.PROFILE_WRITER, writer);
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_grantsAdminToGovernance() public view {
        assertTrue(profiles.hasRole(profiles.DEFAULT_ADMIN_ROLE(), governance));
        assertFalse(profiles.hasRole(profiles.DEFAULT_ADMIN_ROLE(), address(this)));
    }

    function test_constructor_revertsOnZeroAdmin() public {
        vm.expectRevert(ProfileRegistryZeroAdmin.selector);
        new ProfileRegistry(address(0));
    }

    // ---------------------------------------------------------------- setProfile

    function test_setProfile_storesEveryField() public {
        vm.expectEmit(address(profiles));
        emit ProfileSet(alice, 2, uint8(IProfileRegistry.GasPaymentMode.Split), 1);
        vm.prank(alice);
        profiles.setProfile(_profile());

        IProfileRegistry.Profile memory stored = profiles.profileOf(alice);
        assertEq(stored.rollupKinds, 2);
        assertEq(uint8(stored.gas.mode), uint8(IProfileRegistry.GasPaymentMode.Split));
        assertEq(stored.gas.stablecoin, stablecoin);
        assertEq(stored.gas.eraShareBps, 6000);
        assertEq(stored.rules.length, 1);
        assertEq(stored.rules[0].token, address(0));
        assertEq(stored.rules[0].threshold, 10 ether);
        assertEq(stored.rules[0].targets.length, 2);
        assertEq(stored.rules[0].targets[1], 3);
        assertEq(profiles.profileSource(alice).configId, 0);
    }

    function test_setProfile_replacesPreviousRules() public {
        IProfileRegistry.Profile memory profile = _profile();
        profile.rules = new IProfileRegistry.CrossChainRule[](2);
        profile.rules[0] = IProfileRegistry.CrossChainRule(address(1), 5, _targets(1, 2));
        profile.rules[1] = IProfileRegistry.CrossChainRule(address(2), 6, _targets(4, 9));
        vm.prank(alice);
        profiles.setProfile(profile);
        assertEq(profiles.profileOf(alice).rules.length, 2);

        profile.rules = new IProfileRegistry.CrossChainRule[](1);
        profile.rules[0] = IProfileRegistry.CrossChainRule(address(7), 8, new uint32[](1));
        profile.rules[0].targets[0] = 5;
        vm.prank(alice);
        profiles.setProfile(profile);

        IProfileRegistry.Profile memory stored = profiles.profileOf(alice);
        assertEq(stored.rules.length, 1);
        assertEq(stored.rules[0].token, address(7));
        assertEq(stored.rules[0].targets.length, 1);
        assertEq(stored.rules[0].targets[0], 5);
    }

    function test_setProfile_resetsSourceOfAppliedProfile() public {
        vm.prank(writer);
        profiles.applyProfile(alice, _profile(), 7, 2);
        assertEq(profiles.profileSource(alice).configId, 7);
        vm.prank(alice);
        profiles.setProfile(_profile());
        assertEq(profiles.profileSource(alice).configId, 0);
        assertEq(profiles.profileSource(alice).version, 0);
    }

    function test_setProfile_acceptsEveryGasMode() public {
        IProfileRegistry.Profile memory profile = _profile();
        profile.gas =
            IProfileRegistry.GasPayment(IProfileRegistry.GasPaymentMode.Era, address(0), 0);
        vm.prank(alice);
        profiles.setProfile(profile);
        profile.gas =
            IProfileRegistry.GasPayment(IProfileRegistry.GasPaymentMode.Stablecoin, stablecoin, 0);
        vm.prank(alice);
        profiles.setProfile(profile);
        assertEq(uint8(profiles.profileOf(alice).gas.mode), 1);
    }

    function test_setProfile_revertsWhenRollupKindsHaveUnknownBits() public {
        IProfileRegistry.Profile memory profile = _profile();
        profile.rollupKinds = 4;
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ProfileRegistryInvalidRollupKinds.selector, 4));
        profiles.setProfile(profile);
    }

    function test_setProfile_revertsWhenEraModeHasStablecoin() public {
        _expectGasRevert(IProfileRegistry.GasPaymentMode.Era, stablecoin, 0);
    }

    function test_setProfile_revertsWhenEraModeHasShare() public {
        _expectGasRevert(IProfileRegistry.GasPaymentMode.Era, address(0), 1);
    }

    function test_setProfile_revertsWhenStablecoinModeHasNoStablecoin() public {
        _expectGasRevert(IProfileRegistry.GasPaymentMode.Stablecoin, address(0), 0);
    }

    function test_setProfile_revertsWhenStablecoinModeHasShare() public {
        _expectGasRevert(IProfileRegistry.GasPaymentMode.Stablecoin, stablecoin, 5000);
    }

    function test_setProfile_revertsWhenSplitHasZeroShare() public {
        _expectGasRevert(IProfileRegistry.GasPaymentMode.Split, stablecoin, 0);
    }

    function test_setProfile_revertsWhenSplitHasWholeShare() public {
        _expectGasRevert(IProfileRegistry.GasPaymentMode.Split, stablecoin, 10_000);
    }

    function test_setProfile_revertsWhenSplitHasNoStablecoin() public {
        _expectGasRevert(IProfileRegistry.GasPaymentMode.Split, address(0), 5000);
    }

    function test_setProfile_revertsWhenTooManyRules() public {
        IProfileRegistry.Profile memory profile = _profile();
        profile.rules = new IProfileRegistry.CrossChainRule[](9);
        for (uint256 i; i < 9; ++i) {
            profile.rules[i] = IProfileRegistry.CrossChainRule(address(0), 1, _targets(1, 2));
        }
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ProfileRegistryTooManyRules.selector, 9, 8));
        profiles.setProfile(profile);
    }

    function test_setProfile_revertsWhenRuleHasNoTargets() public {
        IProfileRegistry.Profile memory profile = _profile();
        profile.rules[0].targets = new uint32[](0);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ProfileRegistryInvalidTargetCount.selector, 0, 0, 8));
        profiles.setProfile(profile);
    }

    function test_setProfile_revertsWhenRuleHasTooManyTargets() public {
        IProfileRegistry.Profile memory profile = _profile();
        profile.rules[0].targets = new uint32[](9);
        for (uint256 i; i < 9; ++i) {
            profile.rules[0].targets[i] = uint32(i + 1);
        }
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ProfileRegistryInvalidTargetCount.selector, 0, 9, 8));
        profiles.setProfile(profile);
    }

    function test_setProfile_revertsWhenTargetIsZero() public {
        _expectTargetRevert(0, 2, 0);
    }

    function test_setProfile_revertsWhenTargetRepeats() public {
        _expectTargetRevert(3, 3, 3);
    }

    function test_setProfile_revertsWhenTargetsDecrease() public {
        _expectTargetRevert(5, 2, 2);
    }

    function testFuzz_validateProfile_acceptsExactlyKnownKindBits(uint8 kinds) public {
        IProfileRegistry.Profile memory profile = _profile();
        profile.rollupKinds = kinds;
        if (kinds > 3) {
            vm.expectRevert(
                abi.encodeWithSelector(ProfileRegistryInvalidRollupKinds.selector, kinds)
            );
        }
        profiles.validateProfile(profile);
    }

    // ---------------------------------------------------------------- clearProfile

    function test_clearProfile_deletesProfileAndSource() public {
        vm.prank(writer);
        profiles.applyProfile(alice, _profile(), 3, 1);
        vm.expectEmit(address(profiles));
        emit ProfileCleared(alice);
        vm.prank(alice);
        profiles.clearProfile();
        IProfileRegistry.Profile memory stored = profiles.profileOf(alice);
        assertEq(stored.rollupKinds, 0);
        assertEq(stored.gas.stablecoin, address(0));
        assertEq(stored.rules.length, 0);
        assertEq(profiles.profileSource(alice).configId, 0);
    }

    // ---------------------------------------------------------------- applyProfile

    function test_applyProfile_storesProfileAndSource() public {
        vm.expectEmit(address(profiles));
        emit ProfileApplied(alice, 3, 2);
        vm.prank(writer);
        profiles.applyProfile(alice, _profile(), 3, 2);
        assertEq(profiles.profileOf(alice).gas.eraShareBps, 6000);
        assertEq(profiles.profileSource(alice).configId, 3);
        assertEq(profiles.profileSource(alice).version, 2);
    }

    function test_applyProfile_revertsWhenCallerIsNotWriter() public {
        IProfileRegistry.Profile memory profile = _profile();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                alice,
                Roles.PROFILE_WRITER
            )
        );
        profiles.applyProfile(bob, profile, 1, 1);
    }

    function test_applyProfile_revertsOnZeroUser() public {
        IProfileRegistry.Profile memory profile = _profile();
        vm.prank(writer);
        vm.expectRevert(ProfileRegistryZeroUser.selector);
        profiles.applyProfile(address(0), profile, 1, 1);
    }

    function test_applyProfile_revertsOnZeroConfigId() public {
        IProfileRegistry.Profile memory profile = _profile();
        vm.prank(writer);
        vm.expectRevert(ProfileRegistryZeroConfigId.selector);
        profiles.applyProfile(alice, profile, 0, 1);
    }

    function test_applyProfile_revertsOnInvalidProfile() public {
        IProfileRegistry.Profile memory profile = _profile();
        profile.rollupKinds = 8;
        vm.prank(writer);
        vm.expectRevert(abi.encodeWithSelector(ProfileRegistryInvalidRollupKinds.selector, 8));
        profiles.applyProfile(alice, profile, 1, 1);
    }

    // ---------------------------------------------------------------- helpers

    function _expectGasRevert(IProfileRegistry.GasPaymentMode mode, address coin, uint16 share)
        internal
    {
        IProfileRegistry.Profile memory profile = _profile();
        profile.gas = IProfileRegistry.GasPayment(mode, coin, share);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                ProfileRegistryInvalidGasPayment.selector, uint8(mode), coin, share
            )
        );
        profiles.setProfile(profile);
    }

    function _expectTargetRevert(uint32 first, uint32 second, uint32 offending) internal {
        IProfileRegistry.Profile memory profile = _profile();
        profile.rules[0].targets = _targets(first, second);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ProfileRegistryInvalidTarget.selector, 0, offending));
        profiles.setProfile(profile);
    }
}
