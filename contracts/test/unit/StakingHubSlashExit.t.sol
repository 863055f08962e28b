// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    IStakingHub,
    IStakingHubErrors,
    IStakingHubEvents
} from "../../src/interfaces/IStakingHub.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {GovernanceFixture} from "../utils/GovernanceFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {console2} from "forge-std/console2.sol";

/// @notice Issue 13, item 3, the StakingHub part: a validator who sees a core slash proposal
///         undelegates its self-stake. Before, `slash` took only bonded self-stake, so the
///         proposal found nothing (StakingHubSlashExceedsStake(validator, 0, amount)) and the
///         validator withdrew all of it when the 7-day unbonding ended, before the 10-day core
///         path (1 day delay, 7 days voting, 2 days timelock) could execute. Now unbonding
///         self-stake stays slashable, and the council can freeze the validator's exits for at
///         most 30 days while the proposal runs (docs/security/slashing.md).
contract StakingHubSlashExitTest is GovernanceFixture, IStakingHubErrors, IStakingHubEvents {
    uint256 internal constant SELF = 100_000 ether;
    uint256 internal constant SLASH = 40_000 ether;

    address internal validator = makeAddr("validator");
    address internal delegator = makeAddr("delegator");

    function setUp() public {
        _deployGovernance();
        _registerValidator(validator, rollupA, 500, SELF);
        _delegate(delegator, validator, 50_000 ether);
        // Governance gives the council its role on the hub (a devnet would do it at deploy).
        vm.prank(address(coreTimelock));
        hub.grantRole(Roles.COUNCIL, council);
    }

    function _slashProposal() internal returns (uint256 proposalId, string memory description) {
        description = "slash the validator";
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            _coreCall(address(hub), abi.encodeCall(IStakingHub.slash, (validator, SLASH)));
        vm.prank(coreVoterA);
        proposalId = coreGovernor.propose(targets, values, calldatas, description);
    }

    function _passAndQueue(uint256 proposalId, string memory description) internal {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            _coreCall(address(hub), abi.encodeCall(IStakingHub.slash, (validator, SLASH)));
        vm.warp(coreGovernor.proposalSnapshot(proposalId) + 1);
        vm.prank(coreVoterA);
        coreGovernor.castVote(proposalId, 1);
        vm.prank(coreVoterB);
        coreGovernor.castVote(proposalId, 1);
        vm.warp(coreGovernor.proposalDeadline(proposalId) + 1);
        coreGovernor.queue(targets, values, calldatas, keccak256(bytes(description)));
    }

    function _execute(uint256 proposalId, string memory description) internal {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            _coreCall(address(hub), abi.encodeCall(IStakingHub.slash, (validator, SLASH)));
        vm.warp(coreGovernor.proposalEta(proposalId));
        coreGovernor.execute(targets, values, calldatas, keccak256(bytes(description)));
    }

    /// @dev The attack end to end with the council's freeze: the validator undelegates all of
    ///      its self-stake when the proposal appears, the council freezes its exits, the
    ///      validator cannot withdraw when its 7-day unbonding ends, the slash executes on day
    ///      10 and takes 40,000 from the unbonding stake; the freeze expires on its own on day
    ///      30 and the validator withdraws the 60,000 left. Delegators are untouched.
    function test_attack_undelegateOnProposal_slashStillLands() public {
        uint256 start = block.timestamp;
        (uint256 proposalId, string memory description) = _slashProposal();
        vm.prank(validator);
        uint256 requestId = hub.undelegate(validator, SELF);
        assertEq(hub.selfUnbonding(validator), SELF);
        vm.prank(council);
        hub.freezeExits(validator);
        uint48 until = hub.exitsFrozenUntil(validator);
        assertEq(until, start + 30 days);

        vm.warp(start + UNBONDING);
        vm.expectRevert(abi.encodeWithSelector(StakingHubExitsFrozen.selector, validator, until));
        vm.prank(validator);
        hub.withdraw(requestId);

        _passAndQueue(proposalId, description);
        _execute(proposalId, description);
        uint256 slashedAt = block.timestamp - start;
        console2.log("slash executed after (s)", slashedAt);
        assertGt(slashedAt, UNBONDING, "the core path is longer than unbonding");
        assertEq(era.balanceOf(treasury) >= SLASH, true);
        (uint256 left,) = hub.getUnbonding(validator, requestId);
        assertEq(left, SELF - SLASH, "taken from the unbonding stake");
        assertEq(hub.selfUnbonding(validator), SELF - SLASH);

        vm.warp(until);
        assertEq(hub.exitsFrozenUntil(validator), 0, "the freeze expired on its own");
        vm.prank(validator);
        hub.withdraw(requestId);
        assertEq(era.balanceOf(validator), SELF - SLASH);
        (uint256 delegated,) = hub.getPosition(delegator, validator);
        assertEq(delegated, 50_000 ether, "delegators are not slashed");
        console2.log("validator withdrew", era.balanceOf(validator));
    }

    /// @dev Without a freeze, the slash lands whenever it executes before the withdrawal: with
    ///      an unbonding period longer than the core path (14 days), undelegating escapes
    ///      nothing.
    function test_attack_unbondingLongerThanCorePath_noFreezeNeeded() public {
        vm.prank(address(coreTimelock));
        hub.setUnbondingPeriod(14 days);
        (uint256 proposalId, string memory description) = _slashProposal();
        vm.prank(validator);
        uint256 requestId = hub.undelegate(validator, SELF);
        _passAndQueue(proposalId, description);
        _execute(proposalId, description);
        (uint256 left, uint48 releaseAt) = hub.getUnbonding(validator, requestId);
        assertEq(left, SELF - SLASH);
        vm.warp(releaseAt);
        vm.prank(validator);
        hub.withdraw(requestId);
        assertEq(era.balanceOf(validator), SELF - SLASH);
    }

    /// @dev A slash takes the bonded self-stake first, then the unbonding one, pro rata over
    ///      the requests, and a full slash of the unbonding stake leaves its requests at 0.
    function test_slash_bondedFirstThenUnbondingProRata() public {
        vm.startPrank(validator);
        uint256 a = hub.undelegate(validator, 30_000 ether);
        uint256 b = hub.undelegate(validator, 10_000 ether);
        vm.stopPrank();
        vm.prank(address(coreTimelock));
        hub.slash(validator, 60_000 ether + 20_000 ether);
        (uint256 staked,) = hub.getPosition(validator, validator);
        assertEq(staked, 0);
        (uint256 leftA,) = hub.getUnbonding(validator, a);
        (uint256 leftB,) = hub.getUnbonding(validator, b);
        assertEq(leftA, 15_000 ether);
        assertEq(leftB, 5000 ether);
        vm.expectEmit(address(hub));
        emit UnbondingSlashed(validator, 20_000 ether, 0);
        vm.prank(address(coreTimelock));
        hub.slash(validator, 20_000 ether);
        (leftA,) = hub.getUnbonding(validator, a);
        assertEq(leftA, 0);
        vm.warp(block.timestamp + UNBONDING);
        vm.prank(validator);
        hub.withdraw(a);
        assertEq(era.balanceOf(validator), 0);
        assertEq(hub.totalUnbonding(), 0);
    }

    function test_slash_revertsAboveBondedPlusUnbonding() public {
        vm.prank(validator);
        hub.undelegate(validator, SELF);
        vm.expectRevert(
            abi.encodeWithSelector(StakingHubSlashExceedsStake.selector, validator, SELF, SELF + 1)
        );
        vm.prank(address(coreTimelock));
        hub.slash(validator, SELF + 1);
    }

    /// @dev While frozen the validator cannot undelegate its self-stake either; delegators can.
    function test_freeze_blocksSelfUndelegateNotDelegators() public {
        vm.prank(council);
        hub.freezeExits(validator);
        uint48 until = hub.exitsFrozenUntil(validator);
        vm.expectRevert(abi.encodeWithSelector(StakingHubExitsFrozen.selector, validator, until));
        vm.prank(validator);
        hub.undelegate(validator, 1 ether);
        vm.prank(delegator);
        hub.undelegate(validator, 1 ether);
    }

    /// @dev No back-to-back council renewals: not while frozen, not within the cooldown after
    ///      the end; governance may renew at once and lift a freeze.
    function test_freeze_boundedRenewalsAndLift() public {
        vm.prank(council);
        hub.freezeExits(validator);
        uint48 until = hub.exitsFrozenUntil(validator);
        vm.expectRevert(abi.encodeWithSelector(StakingHubExitsFrozen.selector, validator, until));
        vm.prank(council);
        hub.freezeExits(validator);
        vm.warp(until);
        uint48 again = until + hub.FREEZE_COOLDOWN();
        assertEq(hub.councilFreezeAllowedAt(validator), again);
        vm.expectRevert(abi.encodeWithSelector(StakingHubFreezeCooldown.selector, validator, again));
        vm.prank(council);
        hub.freezeExits(validator);
        // Governance renews.
        vm.prank(address(coreTimelock));
        hub.freezeExits(validator);
        assertEq(hub.exitsFrozenUntil(validator), block.timestamp + 30 days);
        vm.expectEmit(address(hub));
        emit FreezeLifted(validator);
        vm.prank(address(coreTimelock));
        hub.liftFreeze(validator);
        assertEq(hub.exitsFrozenUntil(validator), 0);
        vm.expectRevert(abi.encodeWithSelector(StakingHubNotFrozen.selector, validator));
        vm.prank(address(coreTimelock));
        hub.liftFreeze(validator);
        vm.warp(block.timestamp + 60 days);
        vm.prank(council);
        hub.freezeExits(validator);
    }

    function test_freeze_onlyCouncilOrGovernance() public {
        address stranger = makeAddr("stranger");
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, Roles.COUNCIL
            )
        );
        vm.prank(stranger);
        hub.freezeExits(validator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                council,
                hub.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(council);
        hub.liftFreeze(validator);
        vm.expectRevert(abi.encodeWithSelector(StakingHubUnknownValidator.selector, stranger));
        vm.prank(council);
        hub.freezeExits(stranger);
    }

    /// @dev For any undelegations and slash: the validator's requests lose the same fraction,
    ///      together exactly the unbonding part of the slash, and the hub holds what it owes.
    function testFuzz_slashUnbonding_proRata(uint256 x, uint256 y, uint256 amount) public {
        x = bound(x, 1, SELF / 2);
        y = bound(y, 1, SELF - x);
        // What stays bonded is at least the rollup's minimum, or nothing (an exit).
        if (SELF - x - y < MIN_STAKE) y = SELF - x;
        vm.startPrank(validator);
        uint256 a = hub.undelegate(validator, x);
        uint256 b = hub.undelegate(validator, y);
        vm.stopPrank();
        uint256 bonded = SELF - x - y;
        amount = bound(amount, 1, SELF);
        vm.prank(address(coreTimelock));
        hub.slash(validator, amount);
        uint256 fromUnbonding = amount > bonded ? amount - bonded : 0;
        (uint256 leftA,) = hub.getUnbonding(validator, a);
        (uint256 leftB,) = hub.getUnbonding(validator, b);
        uint256 pool = x + y - fromUnbonding;
        assertEq(hub.selfUnbonding(validator), pool);
        assertLe(leftA + leftB, pool);
        assertApproxEqAbs(leftA + leftB, pool, 1);
        assertApproxEqAbs(leftA, x * pool / (x + y), 1);
        vm.warp(block.timestamp + UNBONDING);
        vm.startPrank(validator);
        hub.withdraw(a);
        hub.withdraw(b);
        vm.stopPrank();
        assertEq(era.balanceOf(validator), pool);
        assertEq(hub.selfUnbonding(validator), 0);
    }
}
