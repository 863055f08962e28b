// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollupRegistry} from "../../src/interfaces/IRollupRegistry.sol";
import {
    IStakingHubErrors,
    IStakingHubEvents,
    ValidatorStatus
} from "../../src/interfaces/IStakingHub.sol";
import {StakingHub} from "../../src/staking/StakingHub.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {StakingFixture} from "../utils/StakingFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract StakingHubTest is StakingFixture, IStakingHubErrors, IStakingHubEvents {
    address internal val = makeAddr("validator");
    address internal val2 = makeAddr("validator2");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public {
        _deployStaking();
        _setDistributor(distributorAddr);
        _registerValidator(val, rollupA, 1000, MIN_STAKE); // 10% commission
    }

    // --- constructor ---------------------------------------------------------------------------

    function test_constructor_setsParameters() public view {
        assertTrue(hub.hasRole(hub.DEFAULT_ADMIN_ROLE(), admin));
        assertEq(hub.slashRecipient(), treasury);
        assertEq(hub.unbondingPeriod(), UNBONDING);
        assertEq(hub.commissionDelay(), COMMISSION_DELAY);
        assertEq(hub.rewardDistributor(), distributorAddr);
        assertEq(hub.CLOCK_MODE(), "mode=timestamp");
        assertEq(hub.clock(), block.timestamp);
    }

    function test_constructor_revertsOnZeroAddresses() public {
        IRollupRegistry reg = IRollupRegistry(address(registry));
        vm.expectRevert(StakingHubZeroAddress.selector);
        new StakingHub(admin, IERC20(address(0)), reg, treasury, UNBONDING, 0);
        vm.expectRevert(StakingHubZeroAddress.selector);
        new StakingHub(admin, era, IRollupRegistry(address(0)), treasury, UNBONDING, 0);
        vm.expectRevert(StakingHubZeroAddress.selector);
        new StakingHub(admin, era, reg, address(0), UNBONDING, 0);
    }

    function test_constructor_revertsOnOutOfBoundsPeriods() public {
        IRollupRegistry reg = IRollupRegistry(address(registry));
        vm.expectRevert(
            abi.encodeWithSelector(
                StakingHubUnbondingPeriodOutOfBounds.selector, 0, 1 hours, 60 days
            )
        );
        new StakingHub(admin, era, reg, treasury, 0, 0);
        vm.expectRevert(
            abi.encodeWithSelector(StakingHubCommissionDelayOutOfBounds.selector, 31 days, 30 days)
        );
        new StakingHub(admin, era, reg, treasury, UNBONDING, 31 days);
    }

    // --- registerValidator ---------------------------------------------------------------------

    function test_registerValidator_recordsValidatorAndSelfStake() public {
        _fund(val2, 2000 ether);
        vm.expectEmit(address(hub));
        emit ValidatorRegistered(val2, rollupB, DOMAIN_B, 500, 2000 ether);
        vm.expectEmit(address(hub));
        emit Delegated(val2, val2, 2000 ether);
        vm.prank(val2);
        hub.registerValidator(rollupB, 500, 2000 ether);

        (RollupId rid, uint32 domain, ValidatorStatus status, uint16 commission) =
            hub.getValidator(val2);
        assertEq(RollupId.unwrap(rid), RollupId.unwrap(rollupB));
        assertEq(domain, DOMAIN_B);
        assertEq(uint8(status), uint8(ValidatorStatus.Active));
        assertEq(commission, 500);
        (uint256 amount,) = hub.getPosition(val2, val2);
        assertEq(amount, 2000 ether);
        assertEq(hub.rollupStake(rollupB), 2000 ether);
        assertEq(hub.getDomainStake(val2, DOMAIN_B), 2000 ether);
        assertEq(hub.getTotalDomainStake(DOMAIN_B), 2000 ether);
        assertEq(era.balanceOf(address(hub)), MIN_STAKE + 2000 ether);
        uint32[] memory doms = hub.domains();
        assertEq(doms.length, 2);
        assertEq(doms[0], DOMAIN_A);
        assertEq(doms[1], DOMAIN_B);
    }

    function test_registerValidator_acceptsLoweredMinimum() public {
        vm.prank(keeper);
        registry.lowerThreshold(rollupA, 200 ether, 1 days);
        _registerValidator(val2, rollupA, 0, 200 ether);
        (,, ValidatorStatus status,) = hub.getValidator(val2);
        assertEq(uint8(status), uint8(ValidatorStatus.Active));
    }

    function test_registerValidator_revertsWhenAlreadyRegistered() public {
        _fund(val, MIN_STAKE);
        vm.expectRevert(abi.encodeWithSelector(StakingHubValidatorAlreadyRegistered.selector, val));
        vm.prank(val);
        hub.registerValidator(rollupA, 0, MIN_STAKE);
    }

    function test_registerValidator_revertsWhenUnknownRollup() public {
        vm.expectRevert(abi.encodeWithSelector(StakingHubUnknownRollup.selector, 9));
        vm.prank(val2);
        hub.registerValidator(RollupId.wrap(9), 0, MIN_STAKE);
    }

    function test_registerValidator_revertsWhenCommissionTooHigh() public {
        vm.expectRevert(
            abi.encodeWithSelector(StakingHubCommissionTooHigh.selector, 10_001, 10_000)
        );
        vm.prank(val2);
        hub.registerValidator(rollupA, 10_001, MIN_STAKE);
    }

    function test_registerValidator_revertsWhenBelowMinimum() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                StakingHubBelowMinimumStake.selector, val2, MIN_STAKE - 1, MIN_STAKE
            )
        );
        vm.prank(val2);
        hub.registerValidator(rollupA, 0, MIN_STAKE - 1);
    }

    function test_registerValidator_revertsWhenZeroStakeAndZeroMinimum() public {
        vm.startPrank(admin);
        registry.setThresholdFloor(rollupB, 0);
        registry.setMinValidatorStake(rollupB, 0);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(StakingHubBelowMinimumStake.selector, val2, 0, 0));
        vm.prank(val2);
        hub.registerValidator(rollupB, 0, 0);
    }

    // --- requestCommission ---------------------------------------------------------------------

    function test_requestCommission_takesEffectAfterDelay() public {
        uint48 effectiveAt = uint48(block.timestamp) + COMMISSION_DELAY;
        vm.expectEmit(address(hub));
        emit CommissionChangeRequested(val, 2000, effectiveAt);
        vm.prank(val);
        hub.requestCommission(2000);
        (,,, uint16 commission) = hub.getValidator(val);
        assertEq(commission, 1000, "old rate during the delay");
        vm.warp(effectiveAt);
        (,,, commission) = hub.getValidator(val);
        assertEq(commission, 2000);
    }

    function test_requestCommission_secondRequestKeepsEffectiveRate() public {
        vm.prank(val);
        hub.requestCommission(2000);
        vm.warp(block.timestamp + COMMISSION_DELAY);
        vm.prank(val);
        hub.requestCommission(3000);
        (,,, uint16 commission) = hub.getValidator(val);
        assertEq(commission, 2000, "first change took effect and stays");
        vm.warp(block.timestamp + COMMISSION_DELAY);
        (,,, commission) = hub.getValidator(val);
        assertEq(commission, 3000);
    }

    function test_requestCommission_revertsWhenNotActive() public {
        vm.expectRevert(abi.encodeWithSelector(StakingHubValidatorNotActive.selector, alice));
        vm.prank(alice);
        hub.requestCommission(100);
    }

    function test_requestCommission_revertsWhenTooHigh() public {
        vm.expectRevert(
            abi.encodeWithSelector(StakingHubCommissionTooHigh.selector, 10_001, 10_000)
        );
        vm.prank(val);
        hub.requestCommission(10_001);
    }

    // --- delegate ------------------------------------------------------------------------------

    function test_delegate_movesTokensAndCheckpoints() public {
        _fund(alice, 300 ether);
        vm.expectEmit(address(hub));
        emit Delegated(alice, val, 300 ether);
        vm.prank(alice);
        hub.delegate(val, 300 ether);
        uint256 t = block.timestamp;
        (uint256 amount,) = hub.getPosition(alice, val);
        assertEq(amount, 300 ether);
        assertEq(hub.getDomainStake(alice, DOMAIN_A), 300 ether);
        assertEq(hub.getStake(alice), 300 ether);
        assertEq(hub.rollupStake(rollupA), MIN_STAKE + 300 ether);
        assertEq(era.balanceOf(alice), 0);

        vm.warp(t + 10);
        _delegate(alice, val, 100 ether);
        vm.warp(t + 20);
        assertEq(hub.getPastDomainStake(alice, DOMAIN_A, t - 1), 0);
        assertEq(hub.getPastDomainStake(alice, DOMAIN_A, t), 300 ether);
        assertEq(hub.getPastDomainStake(alice, DOMAIN_A, t + 10), 400 ether);
        assertEq(hub.getPastStake(alice, t + 9), 300 ether);
    }

    function test_delegate_countsStakeInEachDomain() public {
        _registerValidator(val2, rollupB, 0, MIN_STAKE);
        _delegate(alice, val, 100 ether);
        _delegate(alice, val2, 40 ether);
        assertEq(hub.getDomainStake(alice, DOMAIN_A), 100 ether);
        assertEq(hub.getDomainStake(alice, DOMAIN_B), 40 ether);
        assertEq(hub.getStake(alice), 140 ether);
        assertEq(hub.getTotalDomainStake(DOMAIN_B), MIN_STAKE + 40 ether);
    }

    function test_delegate_settlesEarlierRewardsIntoAccrued() public {
        _delegate(alice, val, MIN_STAKE);
        _notify(rollupA, 20 ether); // 10 ether gross to alice, 1 ether commission
        _streamAll();
        _delegate(alice, val, 1 ether);
        assertEq(hub.accruedRewards(alice), 9 ether);
        assertEq(hub.accruedRewards(val), 1 ether);
        (, uint256 unsettled) = hub.getPosition(alice, val);
        assertEq(unsettled, 0);
    }

    function test_delegate_revertsWhenZero() public {
        vm.expectRevert(StakingHubZeroAmount.selector);
        vm.prank(alice);
        hub.delegate(val, 0);
    }

    function test_delegate_revertsWhenValidatorUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(StakingHubValidatorNotActive.selector, bob));
        vm.prank(alice);
        hub.delegate(bob, 1 ether);
    }

    function test_delegate_revertsWhenValidatorExited() public {
        vm.prank(val);
        hub.undelegate(val, MIN_STAKE);
        _fund(alice, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(StakingHubValidatorNotActive.selector, val));
        vm.prank(alice);
        hub.delegate(val, 1 ether);
    }

    function test_delegate_revertsWithoutAllowance() public {
        vm.prank(treasury);
        era.transfer(alice, 1 ether);
        vm.expectRevert();
        vm.prank(alice);
        hub.delegate(val, 1 ether);
    }

    // --- undelegate / withdraw -----------------------------------------------------------------

    function test_undelegate_queuesAndWithdrawsAfterPeriod() public {
        _delegate(alice, val, 100 ether);
        uint48 releaseAt = uint48(block.timestamp) + UNBONDING;
        vm.expectEmit(address(hub));
        emit Undelegated(alice, val, 0, 60 ether, releaseAt);
        vm.prank(alice);
        uint256 requestId = hub.undelegate(val, 60 ether);
        assertEq(requestId, 0);
        (uint256 amount, uint48 at) = hub.getUnbonding(alice, 0);
        assertEq(amount, 60 ether);
        assertEq(at, releaseAt);
        assertEq(hub.totalUnbonding(), 60 ether);
        assertEq(hub.getDomainStake(alice, DOMAIN_A), 40 ether);
        assertEq(hub.rollupStake(rollupA), MIN_STAKE + 40 ether);

        vm.warp(releaseAt);
        vm.expectEmit(address(hub));
        emit Withdrawn(alice, 0, 60 ether);
        vm.prank(alice);
        hub.withdraw(0);
        assertEq(era.balanceOf(alice), 60 ether);
        assertEq(hub.totalUnbonding(), 0);
        (amount,) = hub.getUnbonding(alice, 0);
        assertEq(amount, 0);
    }

    function test_undelegate_numbersRequestsPerAccount() public {
        _delegate(alice, val, 100 ether);
        vm.startPrank(alice);
        assertEq(hub.undelegate(val, 1 ether), 0);
        assertEq(hub.undelegate(val, 1 ether), 1);
        vm.stopPrank();
    }

    function test_undelegate_validatorExitsAtZero() public {
        vm.expectEmit(address(hub));
        emit ValidatorExited(val);
        vm.prank(val);
        hub.undelegate(val, MIN_STAKE);
        (,, ValidatorStatus status,) = hub.getValidator(val);
        assertEq(uint8(status), uint8(ValidatorStatus.Exited));
    }

    function test_undelegate_validatorMayKeepMinimum() public {
        _delegate(val, val, 10 ether);
        vm.prank(val);
        hub.undelegate(val, 10 ether);
        (uint256 amount,) = hub.getPosition(val, val);
        assertEq(amount, MIN_STAKE);
    }

    function test_undelegate_revertsWhenValidatorDropsBelowMinimum() public {
        vm.expectRevert(
            abi.encodeWithSelector(StakingHubBelowMinimumStake.selector, val, 1 ether, MIN_STAKE)
        );
        vm.prank(val);
        hub.undelegate(val, MIN_STAKE - 1 ether);
    }

    function test_undelegate_revertsWhenZero() public {
        vm.expectRevert(StakingHubZeroAmount.selector);
        vm.prank(val);
        hub.undelegate(val, 0);
    }

    function test_undelegate_revertsWhenInsufficient() public {
        _delegate(alice, val, 5 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                StakingHubInsufficientStake.selector, alice, val, 5 ether, 6 ether
            )
        );
        vm.prank(alice);
        hub.undelegate(val, 6 ether);
    }

    function test_undelegate_revertsWhenUnknownValidator() public {
        vm.expectRevert(abi.encodeWithSelector(StakingHubUnknownValidator.selector, bob));
        vm.prank(alice);
        hub.undelegate(bob, 1 ether);
    }

    function test_withdraw_revertsWhenUnknownRequest() public {
        vm.expectRevert(abi.encodeWithSelector(StakingHubUnknownRequest.selector, alice, 0));
        vm.prank(alice);
        hub.withdraw(0);
    }

    function test_withdraw_revertsWhenStillUnbonding() public {
        _delegate(alice, val, 5 ether);
        vm.prank(alice);
        hub.undelegate(val, 5 ether);
        uint256 releaseAt = block.timestamp + UNBONDING;
        vm.warp(releaseAt - 1);
        vm.expectRevert(
            abi.encodeWithSelector(StakingHubStillUnbonding.selector, alice, 0, releaseAt)
        );
        vm.prank(alice);
        hub.withdraw(0);
    }

    function test_withdraw_revertsOnSecondWithdrawal() public {
        _delegate(alice, val, 5 ether);
        vm.prank(alice);
        hub.undelegate(val, 5 ether);
        vm.warp(block.timestamp + UNBONDING);
        vm.startPrank(alice);
        hub.withdraw(0);
        vm.expectRevert(abi.encodeWithSelector(StakingHubUnknownRequest.selector, alice, 0));
        hub.withdraw(0);
        vm.stopPrank();
    }

    // --- rewards -------------------------------------------------------------------------------

    function test_claimRewards_paysNetAndCreditsCommission() public {
        _delegate(alice, val, 3 * MIN_STAKE); // alice 3/4 of the rollup stake
        _notify(rollupA, 40 ether); // alice gross 30, commission 3
        _streamAll();
        assertEq(hub.pendingRewards(alice, val), 27 ether);
        vm.expectEmit(address(hub));
        emit RewardsClaimed(alice, val, 27 ether);
        vm.prank(alice);
        uint256 paid = hub.claimRewards(val);
        assertEq(paid, 27 ether);
        assertEq(era.balanceOf(alice), 27 ether);
        assertEq(hub.pendingRewards(alice, val), 0);
        // The validator gets its own 10 ether plus alice's 3 ether commission.
        assertEq(hub.pendingRewards(val, val), 13 ether);
        vm.prank(val);
        assertEq(hub.claimRewards(val), 13 ether);
        assertEq(hub.accruedRewards(val), 0);
    }

    function test_claimRewards_includesRewardsSettledEarlier() public {
        _delegate(alice, val, MIN_STAKE);
        _notify(rollupA, 20 ether);
        _streamAll();
        vm.prank(alice);
        hub.undelegate(val, MIN_STAKE); // settles 9 ether into accrued
        _notify(rollupA, 20 ether); // all to the validator now
        _streamAll();
        assertEq(hub.pendingRewards(alice, val), 9 ether);
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 9 ether);
    }

    function test_claimRewards_secondClaimPaysNothing() public {
        _delegate(alice, val, MIN_STAKE);
        _notify(rollupA, 20 ether);
        _streamAll();
        vm.startPrank(alice);
        hub.claimRewards(val);
        assertEq(hub.claimRewards(val), 0);
        vm.stopPrank();
        assertEq(era.balanceOf(alice), 9 ether);
    }

    function test_claimRewards_usesCommissionInForceAtSettlement() public {
        _delegate(alice, val, MIN_STAKE);
        vm.prank(val);
        hub.requestCommission(5000);
        vm.warp(block.timestamp + COMMISSION_DELAY);
        _notify(rollupA, 20 ether);
        _streamAll();
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 5 ether);
    }

    function test_claimRewards_revertsWhenUnknownValidator() public {
        vm.expectRevert(abi.encodeWithSelector(StakingHubUnknownValidator.selector, bob));
        vm.prank(alice);
        hub.claimRewards(bob);
    }

    /// @dev Issue 13.1: the reward streams, so the accumulator does not move at the
    ///      notification (the event's accumulator is the one before the reward); it reaches the
    ///      old immediate value when the stream ends.
    function test_notifyRollupReward_raisesAccumulator() public {
        vm.prank(treasury);
        era.transfer(address(hub), 5 ether);
        vm.expectEmit(address(hub));
        emit RollupRewardNotified(rollupA, 5 ether, 0);
        vm.prank(distributorAddr);
        hub.notifyRollupReward(rollupA, 5 ether);
        assertEq(hub.rewardPerStake(rollupA), 0);
        vm.warp(block.timestamp + hub.rewardStreamPeriod() / 2);
        assertEq(hub.rewardPerStake(rollupA), 5 ether * 1e18 / MIN_STAKE / 2);
        _streamAll();
        assertEq(hub.rewardPerStake(rollupA), 5 ether * 1e18 / MIN_STAKE);
    }

    /// @dev A rollup with less than 1e9 wei staked is credited as if it had 1e9: its stakers get
    ///      their part of that and the rest stays in the hub (so the accumulator stays bounded).
    function test_notifyRollupReward_creditsTinyStakeAsTheFloor() public {
        _delegate(alice, val, 100);
        vm.prank(val);
        hub.undelegate(val, MIN_STAKE); // the validator exits; alice's 100 wei remain
        assertEq(hub.rollupStake(rollupA), 100);
        _notify(rollupA, 1 ether);
        _streamAll();
        assertEq(hub.rewardPerStake(rollupA), 1 ether * 1e18 / 1e9);
        (, uint256 gross) = hub.getPosition(alice, val);
        assertEq(gross, 100 * uint256(1 ether) / 1e9);
    }

    /// @dev The accumulator is kept modulo 2^128 and positions settle the difference modulo
    ///      2^128, so a position that spans the wrap earns exactly what was notified since.
    function test_rewards_settleAcrossAccumulatorWrap() public {
        // Set the accumulator to 1e18 below 2^128 (the pool's low 128 bits; stake and update
        // time kept). A notification can no longer push it there in one go, as this test did
        // before streaming: a stream's rate is bounded (uint144), so the amount it took reverts.
        bytes32 slot = keccak256(abi.encode(RollupId.unwrap(rollupA), uint256(9)));
        uint256 word = uint256(vm.load(address(hub), slot));
        vm.store(address(hub), slot, bytes32(word >> 128 << 128 | ((uint256(1) << 128) - 1e18)));
        uint256 before = hub.rewardPerStake(rollupA);
        assertGt(before, (uint256(1) << 128) - 2e18);
        _delegate(alice, val, MIN_STAKE);
        _notify(rollupA, 4000 ether); // 2 ERA more per staked ERA: the accumulator wraps
        _streamAll();
        assertLt(hub.rewardPerStake(rollupA), before);
        (, uint256 gross) = hub.getPosition(alice, val);
        assertEq(gross, 2000 ether);
        vm.prank(alice);
        assertEq(hub.claimRewards(val), 1800 ether); // net of the validator's 10% commission
    }

    function test_notifyRollupReward_revertsWhenNotDistributor() public {
        vm.expectRevert(abi.encodeWithSelector(StakingHubNotRewardDistributor.selector, admin));
        vm.prank(admin);
        hub.notifyRollupReward(rollupA, 1 ether);
    }

    function test_notifyRollupReward_revertsWhenZero() public {
        vm.expectRevert(StakingHubZeroAmount.selector);
        vm.prank(distributorAddr);
        hub.notifyRollupReward(rollupA, 0);
    }

    function test_notifyRollupReward_revertsWhenNoStake() public {
        vm.expectRevert(abi.encodeWithSelector(StakingHubNoStake.selector, rollupB));
        vm.prank(distributorAddr);
        hub.notifyRollupReward(rollupB, 1 ether);
    }

    // --- slash ---------------------------------------------------------------------------------

    function test_slash_movesSelfStakeToRecipient() public {
        _delegate(alice, val, 100 ether);
        uint256 before = era.balanceOf(treasury);
        vm.expectEmit(address(hub));
        emit ValidatorSlashed(val, 400 ether, treasury);
        vm.prank(admin);
        hub.slash(val, 400 ether);
        assertEq(era.balanceOf(treasury) - before, 400 ether);
        (uint256 amount,) = hub.getPosition(val, val);
        assertEq(amount, MIN_STAKE - 400 ether);
        (uint256 aliceAmount,) = hub.getPosition(alice, val);
        assertEq(aliceAmount, 100 ether, "delegators are not slashed");
        assertEq(hub.rollupStake(rollupA), MIN_STAKE - 400 ether + 100 ether);
        assertEq(hub.getDomainStake(val, DOMAIN_A), MIN_STAKE - 400 ether);
    }

    function test_slash_wholeSelfStakeExitsValidator() public {
        vm.expectEmit(address(hub));
        emit ValidatorExited(val);
        vm.prank(admin);
        hub.slash(val, MIN_STAKE);
        (,, ValidatorStatus status,) = hub.getValidator(val);
        assertEq(uint8(status), uint8(ValidatorStatus.Exited));
    }

    function test_slash_keepsSettledRewards() public {
        _notify(rollupA, 10 ether);
        _streamAll();
        vm.prank(admin);
        hub.slash(val, 500 ether);
        assertEq(hub.accruedRewards(val), 10 ether);
    }

    function test_slash_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                keeper,
                hub.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(keeper);
        hub.slash(val, 1 ether);
    }

    function test_slash_revertsWhenUnknownValidator() public {
        vm.expectRevert(abi.encodeWithSelector(StakingHubUnknownValidator.selector, bob));
        vm.prank(admin);
        hub.slash(bob, 1 ether);
    }

    function test_slash_revertsWhenAboveSelfStake() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                StakingHubSlashExceedsStake.selector, val, MIN_STAKE, MIN_STAKE + 1
            )
        );
        vm.prank(admin);
        hub.slash(val, MIN_STAKE + 1);
    }

    function test_slash_revertsWhenZero() public {
        vm.expectRevert(StakingHubZeroAmount.selector);
        vm.prank(admin);
        hub.slash(val, 0);
    }

    // --- governance setters --------------------------------------------------------------------

    function test_setRewardDistributor_updatesAndEmits() public {
        vm.expectEmit(address(hub));
        emit RewardDistributorSet(bob);
        vm.prank(admin);
        hub.setRewardDistributor(bob);
        assertEq(hub.rewardDistributor(), bob);
    }

    function test_setRewardDistributor_revertsOnZeroOrNotAdmin() public {
        vm.expectRevert(StakingHubZeroAddress.selector);
        vm.prank(admin);
        hub.setRewardDistributor(address(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                bob,
                hub.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(bob);
        hub.setRewardDistributor(bob);
    }

    function test_setSlashRecipient_updatesAndEmits() public {
        vm.expectEmit(address(hub));
        emit SlashRecipientSet(bob);
        vm.prank(admin);
        hub.setSlashRecipient(bob);
        assertEq(hub.slashRecipient(), bob);
    }

    function test_setSlashRecipient_revertsOnZeroOrNotAdmin() public {
        vm.expectRevert(StakingHubZeroAddress.selector);
        vm.prank(admin);
        hub.setSlashRecipient(address(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                bob,
                hub.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(bob);
        hub.setSlashRecipient(bob);
    }

    function test_setUnbondingPeriod_appliesToNewRequests() public {
        _delegate(alice, val, 2 ether);
        vm.prank(alice);
        hub.undelegate(val, 1 ether);
        vm.expectEmit(address(hub));
        emit UnbondingPeriodSet(1 days);
        vm.prank(admin);
        hub.setUnbondingPeriod(1 days);
        vm.prank(alice);
        hub.undelegate(val, 1 ether);
        (, uint48 first) = hub.getUnbonding(alice, 0);
        (, uint48 second) = hub.getUnbonding(alice, 1);
        assertEq(first, block.timestamp + UNBONDING);
        assertEq(second, block.timestamp + 1 days);
    }

    function test_setUnbondingPeriod_revertsOutOfBoundsOrNotAdmin() public {
        vm.startPrank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(
                StakingHubUnbondingPeriodOutOfBounds.selector, 61 days, 1 hours, 60 days
            )
        );
        hub.setUnbondingPeriod(61 days);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                bob,
                hub.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(bob);
        hub.setUnbondingPeriod(1 days);
    }

    function test_setCommissionDelay_updatesAndEmits() public {
        vm.expectEmit(address(hub));
        emit CommissionDelaySet(0);
        vm.prank(admin);
        hub.setCommissionDelay(0);
        vm.prank(val);
        hub.requestCommission(0);
        (,,, uint16 commission) = hub.getValidator(val);
        assertEq(commission, 0, "no delay: immediate");
    }

    function test_setCommissionDelay_revertsOutOfBoundsOrNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(StakingHubCommissionDelayOutOfBounds.selector, 31 days, 30 days)
        );
        vm.prank(admin);
        hub.setCommissionDelay(31 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                bob,
                hub.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(bob);
        hub.setCommissionDelay(1);
    }

    // --- views ---------------------------------------------------------------------------------

    function test_pastLookups_revertForPresentOrFuture() public {
        uint48 now_ = uint48(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(StakingHubFutureLookup.selector, now_, now_));
        hub.getPastDomainStake(alice, DOMAIN_A, now_);
        vm.expectRevert(abi.encodeWithSelector(StakingHubFutureLookup.selector, now_ + 1, now_));
        hub.getTotalDomainStakeAtPeriodStart(DOMAIN_A, now_ + 1);
        vm.expectRevert(abi.encodeWithSelector(StakingHubFutureLookup.selector, now_, now_));
        hub.getPastStake(alice, now_);
        vm.expectRevert(abi.encodeWithSelector(StakingHubFutureLookup.selector, now_, now_));
        hub.getRollupStakeAtPeriodStart(rollupA, now_);
    }

    /// @dev Totals answer what was staked when a stake period began: changes within a period
    ///      show from the next one on, periods without a change repeat the last value, and the
    ///      exact per-account history stays to the second.
    function test_totals_areKeptPerStakePeriod() public {
        uint256 period = hub.STAKE_PERIOD();
        uint256 day0 = block.timestamp / period * period; // `val` staked MIN_STAKE on day 0
        vm.warp(day0 + 1 * period + 100);
        _delegate(alice, val, 300 ether);
        vm.warp(day0 + 1 * period + 200);
        _delegate(bob, val, 100 ether);
        vm.warp(day0 + 4 * period + 5);
        vm.prank(alice);
        hub.undelegate(val, 50 ether);
        vm.warp(day0 + 6 * period);

        uint256[7] memory expected = [
            uint256(0), // day 0 began before any stake
            MIN_STAKE, // day 1 began with val's stake
            MIN_STAKE + 400 ether, // days 2-4 began after day 1's stakes
            MIN_STAKE + 400 ether,
            MIN_STAKE + 400 ether,
            MIN_STAKE + 350 ether, // day 5 began after day 4's undelegation
            0 // (day 6 is now)
        ];
        for (uint256 d; d < 6; ++d) {
            // Any second of the period gives the value at its start.
            assertEq(hub.getTotalDomainStakeAtPeriodStart(DOMAIN_A, day0 + d * period), expected[d]);
            assertEq(
                hub.getRollupStakeAtPeriodStart(rollupA, day0 + d * period + period / 2),
                expected[d]
            );
        }
        assertEq(hub.getTotalDomainStakeAtPeriodStart(DOMAIN_B, day0 + 5 * period), 0);
        assertEq(hub.getPastDomainStake(alice, DOMAIN_A, day0 + period + 150), 300 ether);
        assertEq(hub.getPastDomainStake(alice, DOMAIN_A, day0 + 4 * period + 5), 250 ether);
    }

    function test_domainTotal_sumsRollupsOfTheDomain() public {
        _registerValidator(val2, rollupA2, 0, 2 * MIN_STAKE);
        assertEq(hub.getTotalDomainStake(DOMAIN_A), 3 * MIN_STAKE);
        vm.warp(block.timestamp + hub.STAKE_PERIOD());
        assertEq(hub.getTotalDomainStakeAtPeriodStart(DOMAIN_A, block.timestamp - 1), 3 * MIN_STAKE);
        assertEq(hub.getTotalDomainStake(DOMAIN_B), 0);
    }

    // --- fuzz ----------------------------------------------------------------------------------

    /// @dev Rewards split pro rata (up to the accumulator's rounding) whatever the stakes and
    ///      amounts, and never more than was notified.
    function testFuzz_rewards_proRataAndSolvent(uint96 aliceStake, uint96 bobStake, uint96 reward)
        public
    {
        aliceStake = uint96(bound(aliceStake, 1, 1e27 / 4));
        bobStake = uint96(bound(bobStake, 1, 1e27 / 4));
        reward = uint96(bound(reward, 1, 1e26));
        _delegate(alice, val, aliceStake);
        _delegate(bob, val, bobStake);
        _notify(rollupA, reward);
        _streamAll();
        uint256 total = uint256(MIN_STAKE) + aliceStake + bobStake;
        (, uint256 aliceGross) = hub.getPosition(alice, val);
        (, uint256 bobGross) = hub.getPosition(bob, val);
        (, uint256 valGross) = hub.getPosition(val, val);
        // The accumulator rounds down by under 1e-18 ERA per staked ERA.
        assertApproxEqAbs(aliceGross, uint256(reward) * aliceStake / total, aliceStake / 1e18 + 1);
        assertApproxEqAbs(bobGross, uint256(reward) * bobStake / total, bobStake / 1e18 + 1);
        assertLe(aliceGross + bobGross + valGross, reward);
        vm.prank(alice);
        hub.claimRewards(val);
        vm.prank(bob);
        hub.claimRewards(val);
        vm.prank(val);
        hub.claimRewards(val);
        assertGe(era.balanceOf(address(hub)), total, "stake stays covered");
    }

    /// @dev Whatever the stake changes and the time between them, a rollup's total at the start
    ///      of every stake period is the sum of the accounts' exact stakes one second before it.
    function testFuzz_totals_matchExactHistoryAtPeriodStarts(uint256 seed) public {
        uint256 period = hub.STAKE_PERIOD();
        uint256 start = block.timestamp;
        address[2] memory stakers = [alice, bob];
        for (uint256 i; i < 12; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            vm.warp(block.timestamp + r % (3 * period));
            address who = stakers[(r >> 64) % 2];
            (uint256 staked,) = hub.getPosition(who, val);
            if ((r >> 72) % 3 == 0 && staked != 0) {
                vm.prank(who);
                hub.undelegate(val, bound(r >> 80, 1, staked));
            } else {
                _delegate(who, val, bound(r >> 80, 1, 1e24));
            }
        }
        vm.warp(block.timestamp + 1);
        for (uint256 t = start / period * period + period; t < block.timestamp; t += period) {
            uint256 exact = hub.getPastDomainStake(val, DOMAIN_A, t - 1)
                + hub.getPastDomainStake(alice, DOMAIN_A, t - 1)
                + hub.getPastDomainStake(bob, DOMAIN_A, t - 1);
            assertEq(hub.getRollupStakeAtPeriodStart(rollupA, t), exact);
            uint256 last = t + period - 1 < block.timestamp ? t + period - 1 : t;
            assertEq(hub.getTotalDomainStakeAtPeriodStart(DOMAIN_A, last), exact);
        }
    }

    /// @dev Delegating and undelegating any amounts keeps past lookups consistent.
    function testFuzz_checkpoints_trackDelegations(uint96 first, uint96 second, uint96 out) public {
        first = uint96(bound(first, 1, 1e26));
        second = uint96(bound(second, 1, 1e26));
        uint256 t0 = block.timestamp;
        _delegate(alice, val, first);
        vm.warp(t0 + 5);
        _delegate(alice, val, second);
        out = uint96(bound(out, 1, uint256(first) + second));
        vm.warp(t0 + 9);
        vm.prank(alice);
        hub.undelegate(val, out);
        vm.warp(t0 + 10);
        assertEq(hub.getPastDomainStake(alice, DOMAIN_A, t0), first);
        assertEq(hub.getPastDomainStake(alice, DOMAIN_A, t0 + 5), uint256(first) + second);
        assertEq(hub.getPastDomainStake(alice, DOMAIN_A, t0 + 9), uint256(first) + second - out);
    }
}
