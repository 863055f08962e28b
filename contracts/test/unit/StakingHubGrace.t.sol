// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    IStakingHubErrors,
    IStakingHubEvents,
    ValidatorStatus
} from "../../src/interfaces/IStakingHub.sol";
import {StakingFixture} from "../utils/StakingFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice Issue 21.4: a validator below its rollup's minimum self-stake kept earning. Mallory
///         registered with 100 ERA while the keeper had lowered rollup A's minimum from 1,000
///         to 100 ERA; once the lowering expired she stayed Active, took delegations and earned
///         her self-stake's share and her commission. The rule now: anyone may check a
///         validator; found below the minimum, it has `stakeGrace` (7 days by default) to top
///         up; still below after that, it becomes Inactive: its self-stake earns nothing, votes
///         nothing and leaves the rollup's rewarded stake, it takes no delegations and no
///         commission, and its delegators earn the whole of their share. Topping up to the
///         minimum reactivates it with its former commission.
contract StakingHubGraceTest is StakingFixture, IStakingHubErrors, IStakingHubEvents {
    address internal mallory = makeAddr("mallory");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    uint48 internal grace;

    function setUp() public {
        _deployStaking();
        _setDistributor(distributorAddr);
        grace = hub.stakeGrace();
        // The keeper lowers rollup A's minimum to the floor for a day; Mallory registers at it.
        vm.prank(keeper);
        registry.lowerThreshold(rollupA, FLOOR, 1 days);
        _registerValidator(mallory, rollupA, 1000, FLOOR); // 10% commission
        _delegate(bob, mallory, 1000 ether);
        vm.warp(block.timestamp + 1 days);
        assertEq(registry.minValidatorStake(rollupA), MIN_STAKE, "the lowering expired");
    }

    function _status(address validator) internal view returns (ValidatorStatus status) {
        (,, status,) = hub.getValidator(validator);
    }

    function _commission(address validator) internal view returns (uint16 rate) {
        (,,, rate) = hub.getValidator(validator);
    }

    function _deactivateMallory() internal {
        hub.checkValidatorStake(mallory);
        vm.warp(block.timestamp + grace);
        assertEq(uint8(hub.checkValidatorStake(mallory)), uint8(ValidatorStatus.Inactive));
    }

    function _claim(address who, address validator) internal returns (uint256) {
        vm.prank(who);
        return hub.claimRewards(validator);
    }

    // ------------------------------------------------------------------------------------------
    // The attack
    // ------------------------------------------------------------------------------------------

    /// @dev The issue's case in numbers: before the grace ends Mallory takes 100 ERA for her
    ///      100 ERA self-stake and 100 ERA of commission out of 1,100; after it she takes 0 of
    ///      the next 1,000 and Bob takes all of it.
    function test_underStakedValidator_earnsNothingAfterTheGracePeriod() public {
        assertEq(uint8(_status(mallory)), uint8(ValidatorStatus.Active));
        _notify(rollupA, 1100 ether); // still in force: 100 self + 10% of Bob's 1,000
        _streamAll();
        _deactivateMallory();
        assertEq(hub.rollupStake(rollupA), 1000 ether, "only Bob's stake is rewarded");
        assertEq(_commission(mallory), 0, "no commission while Inactive");

        // Her own stake's share so far (commission is credited as delegators settle).
        uint256 before = hub.pendingRewards(mallory, mallory);
        assertEq(before, 100 ether, "what her stake earned while still in force");
        _notify(rollupA, 1000 ether);
        _streamAll();
        assertEq(hub.pendingRewards(mallory, mallory), before, "earns nothing after the grace");
        assertEq(_claim(bob, mallory), 900 ether + 1000 ether, "Bob takes the whole 1,000");
        assertEq(_claim(mallory, mallory), 200 ether, "100 of stake and 100 of commission");
    }

    function test_duringTheGracePeriod_theValidatorStillEarns() public {
        vm.expectEmit(address(hub));
        emit ValidatorBelowMinimum(mallory, FLOOR, MIN_STAKE, uint48(block.timestamp) + grace);
        assertEq(uint8(hub.checkValidatorStake(mallory)), uint8(ValidatorStatus.Active));
        assertEq(hub.belowMinimumSince(mallory), block.timestamp);
        vm.warp(block.timestamp + grace - 1);
        assertEq(uint8(hub.checkValidatorStake(mallory)), uint8(ValidatorStatus.Active));
        _notify(rollupA, 1100 ether);
        _streamAll();
        assertEq(_claim(bob, mallory), 900 ether);
        assertEq(_claim(mallory, mallory), 200 ether);
    }

    function test_inactive_takesNoDelegations() public {
        _deactivateMallory();
        _fund(carol, 500 ether);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(StakingHubValidatorNotActive.selector, mallory));
        hub.delegate(mallory, 500 ether);
        vm.prank(mallory);
        vm.expectRevert(abi.encodeWithSelector(StakingHubValidatorNotActive.selector, mallory));
        hub.requestCommission(10_000);
    }

    function test_inactive_delegatorsMayLeaveAndKeepWhatTheyEarned() public {
        _notify(rollupA, 1100 ether);
        _streamAll();
        _deactivateMallory();
        vm.prank(bob);
        hub.undelegate(mallory, 1000 ether);
        assertEq(hub.rollupStake(rollupA), 0);
        assertEq(_claim(bob, mallory), 900 ether);
    }

    /// @dev The stake stays in the hub (and slashable) but votes no more, so the domain's
    ///      total and the accounts' votes still agree; reactivation gives the votes back.
    function test_inactive_keepsItsStakeButLosesItsVotes() public {
        assertEq(hub.getStake(mallory), FLOOR);
        uint256 domainTotal = hub.getTotalDomainStake(DOMAIN_A);
        _deactivateMallory();
        assertEq(hub.getStake(mallory), 0);
        assertEq(hub.getTotalDomainStake(DOMAIN_A), domainTotal - FLOOR);
        (uint256 amount, uint256 unsettled) = hub.getPosition(mallory, mallory);
        assertEq(amount, FLOOR);
        assertEq(unsettled, 0);
        _fund(mallory, MIN_STAKE - FLOOR);
        vm.prank(mallory);
        hub.delegate(mallory, MIN_STAKE - FLOOR);
        assertEq(hub.getStake(mallory), MIN_STAKE);
        assertEq(hub.getTotalDomainStake(DOMAIN_A), domainTotal - FLOOR + MIN_STAKE);
    }

    // ------------------------------------------------------------------------------------------
    // Recovery
    // ------------------------------------------------------------------------------------------

    function test_topUpToTheMinimum_reactivatesWithTheFormerCommission() public {
        _deactivateMallory();
        _notify(rollupA, 1000 ether); // all Bob's
        _streamAll();
        _fund(mallory, MIN_STAKE - FLOOR);
        vm.expectEmit(address(hub));
        emit ValidatorReactivated(mallory, MIN_STAKE);
        vm.prank(mallory);
        hub.delegate(mallory, MIN_STAKE - FLOOR);
        assertEq(uint8(_status(mallory)), uint8(ValidatorStatus.Active));
        assertEq(_commission(mallory), 1000);
        assertEq(hub.rollupStake(rollupA), 2000 ether);
        // Nothing notified while Inactive is earned back; from now on she earns again.
        assertEq(hub.pendingRewards(mallory, mallory), 0);
        _notify(rollupA, 2000 ether); // 1,000 self + 10% of Bob's 1,000
        _streamAll();
        assertEq(_claim(bob, mallory), 1000 ether + 900 ether);
        assertEq(_claim(mallory, mallory), 1100 ether);
    }

    function test_topUpBelowTheMinimum_staysInactive() public {
        _deactivateMallory();
        _fund(mallory, 100 ether);
        vm.prank(mallory);
        hub.delegate(mallory, 100 ether);
        assertEq(uint8(_status(mallory)), uint8(ValidatorStatus.Inactive));
        assertEq(hub.rollupStake(rollupA), 1000 ether, "the top-up is outside the rewarded stake");
        assertEq(hub.getStake(mallory), 0, "no votes while Inactive");
        _notify(rollupA, 1000 ether);
        _streamAll();
        assertEq(hub.pendingRewards(mallory, mallory), 0);
    }

    function test_minimumLoweredAgain_aCheckReactivates() public {
        _deactivateMallory();
        vm.prank(keeper);
        registry.lowerThreshold(rollupA, FLOOR, 1 days);
        assertEq(uint8(hub.checkValidatorStake(mallory)), uint8(ValidatorStatus.Active));
        assertEq(hub.rollupStake(rollupA), 1100 ether);
    }

    /// @dev A top-up during the grace period ends it: a later shortfall starts a new one
    ///      instead of deactivating at once.
    function test_topUpDuringTheGrace_endsIt() public {
        hub.checkValidatorStake(mallory);
        _fund(mallory, MIN_STAKE - FLOOR);
        vm.prank(mallory);
        hub.delegate(mallory, MIN_STAKE - FLOOR);
        assertEq(hub.belowMinimumSince(mallory), 0);
        vm.warp(block.timestamp + grace);
        vm.prank(admin);
        registry.setMinValidatorStake(rollupA, 2 * MIN_STAKE);
        assertEq(uint8(hub.checkValidatorStake(mallory)), uint8(ValidatorStatus.Active));
        assertEq(hub.belowMinimumSince(mallory), block.timestamp, "a new grace period");
    }

    /// @dev Governance raising the minimum is the other way a validator ends up below it.
    function test_governanceRaise_appliesTheSameRule() public {
        address val = makeAddr("val");
        _registerValidator(val, rollupB, 0, MIN_STAKE);
        vm.prank(admin);
        registry.setMinValidatorStake(rollupB, 2 * MIN_STAKE);
        hub.checkValidatorStake(val);
        vm.warp(block.timestamp + grace);
        assertEq(uint8(hub.checkValidatorStake(val)), uint8(ValidatorStatus.Inactive));
        assertEq(hub.rollupStake(rollupB), 0);
    }

    function test_inactive_leavingEverythingExits() public {
        _deactivateMallory();
        vm.prank(mallory);
        hub.undelegate(mallory, 40 ether); // below the minimum already: any part may leave
        vm.expectEmit(address(hub));
        emit ValidatorExited(mallory);
        vm.prank(mallory);
        hub.undelegate(mallory, 60 ether);
        assertEq(uint8(_status(mallory)), uint8(ValidatorStatus.Exited));
        assertEq(hub.rollupStake(rollupA), 1000 ether, "Bob's stake is untouched");
    }

    function test_inactive_slashedToZeroExits() public {
        _deactivateMallory();
        vm.prank(admin);
        hub.slash(mallory, FLOOR);
        assertEq(uint8(_status(mallory)), uint8(ValidatorStatus.Exited));
        assertEq(hub.rollupStake(rollupA), 1000 ether);
        assertEq(
            era.balanceOf(treasury) + era.balanceOf(address(hub)) + era.balanceOf(bob)
                + era.balanceOf(mallory),
            era.totalSupply()
        );
    }

    // ------------------------------------------------------------------------------------------
    // Access and bounds
    // ------------------------------------------------------------------------------------------

    function test_check_unknownValidatorReverts() public {
        vm.expectRevert(abi.encodeWithSelector(StakingHubUnknownValidator.selector, carol));
        hub.checkValidatorStake(carol);
    }

    function test_check_aboveTheMinimumChangesNothing() public {
        address val = makeAddr("val");
        _registerValidator(val, rollupB, 0, MIN_STAKE);
        vm.warp(block.timestamp + 365 days);
        assertEq(uint8(hub.checkValidatorStake(val)), uint8(ValidatorStatus.Active));
        assertEq(hub.belowMinimumSince(val), 0);
    }

    function test_setStakeGrace_boundsAndAccess() public {
        uint48 minGrace = hub.MIN_STAKE_GRACE();
        uint48 maxGrace = hub.MAX_STAKE_GRACE();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, carol, bytes32(0)
            )
        );
        vm.prank(carol);
        hub.setStakeGrace(1 days);
        vm.startPrank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(
                StakingHubGraceOutOfBounds.selector, minGrace - 1, minGrace, maxGrace
            )
        );
        hub.setStakeGrace(minGrace - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                StakingHubGraceOutOfBounds.selector, maxGrace + 1, minGrace, maxGrace
            )
        );
        hub.setStakeGrace(maxGrace + 1);
        vm.expectEmit(address(hub));
        emit StakeGraceSet(1 days);
        hub.setStakeGrace(1 days);
        vm.stopPrank();
        assertEq(hub.stakeGrace(), 1 days);
    }

    // ------------------------------------------------------------------------------------------
    // Fuzz
    // ------------------------------------------------------------------------------------------

    /// @dev For any grace period and any wait, the validator is Inactive exactly when the wait
    ///      reached the grace period, and from then on every notified ERA goes to its
    ///      delegators (up to the accumulator's rounding).
    function testFuzz_graceThenNothing(uint48 grace_, uint48 wait, uint96 reward) public {
        grace_ = uint48(bound(grace_, hub.MIN_STAKE_GRACE(), hub.MAX_STAKE_GRACE()));
        wait = uint48(bound(wait, 0, 2 * uint256(grace_)));
        reward = uint96(bound(reward, 1 ether, 1_000_000 ether));
        vm.prank(admin);
        hub.setStakeGrace(grace_);
        hub.checkValidatorStake(mallory);
        vm.warp(block.timestamp + wait);
        ValidatorStatus status = hub.checkValidatorStake(mallory);
        bool inactive = wait >= grace_;
        assertEq(uint8(status), uint8(inactive ? ValidatorStatus.Inactive : ValidatorStatus.Active));
        _notify(rollupA, reward);
        _streamAll();
        uint256 toMallory = hub.pendingRewards(mallory, mallory);
        uint256 toBob = hub.pendingRewards(bob, mallory);
        if (inactive) {
            assertEq(toMallory, 0);
            assertApproxEqAbs(toBob, reward, 2000);
        } else {
            // Her stake's 100 of 1,100; Bob's 1,000 of 1,100 less 10%.
            // The accumulator rounds each holder down by less than 1 wei per ERA it stakes.
            assertApproxEqAbs(toMallory, uint256(reward) / 11, 2000);
            assertApproxEqAbs(toBob, uint256(reward) * 9 / 11, 2000);
        }
        assertLe(toMallory + toBob, reward);
    }
}
