// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CoreGovernor} from "../../src/governance/CoreGovernor.sol";
import {ICoreGovernorErrors} from "../../src/interfaces/ICoreGovernor.sol";
import {IRollupRegistry} from "../../src/interfaces/IRollupRegistry.sol";
import {GovernanceFixture} from "../utils/GovernanceFixture.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {
    GovernorPreventLateQuorum
} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";

contract CoreGovernorTest is GovernanceFixture, ICoreGovernorErrors {
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        _deployGovernance();
    }

    // --- constructor ---------------------------------------------------------------------------

    function test_constructor_setsSettings() public view {
        assertEq(coreGovernor.name(), "ERA Core Governor");
        assertEq(address(coreGovernor.token()), address(era));
        assertEq(coreGovernor.timelock(), address(coreTimelock));
        assertEq(coreGovernor.votingDelay(), CORE_VOTING_DELAY);
        assertEq(coreGovernor.votingPeriod(), CORE_VOTING_PERIOD);
        assertEq(coreGovernor.proposalThreshold(), CORE_PROPOSAL_THRESHOLD);
        assertEq(coreGovernor.quorumNumerator(), CORE_QUORUM_PERCENT);
        assertEq(coreGovernor.lateQuorumVoteExtension(), LATE_QUORUM_EXTENSION);
        assertEq(coreGovernor.CLOCK_MODE(), "mode=timestamp");
        assertEq(coreGovernor.clock(), block.timestamp);
        assertEq(coreGovernor.quorum(block.timestamp - 1), era.totalSupply() * 4 / 100);
    }

    function test_constructor_revertsWhenSettingsOutOfBounds() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                CoreGovernorVotingDelayOutOfBounds.selector, 30 days + 1, 30 days
            )
        );
        _newGovernor(30 days + 1, 7 days, 0, 4, 0);
        vm.expectRevert(
            abi.encodeWithSelector(CoreGovernorVotingPeriodOutOfBounds.selector, 59, 60, 30 days)
        );
        _newGovernor(0, 59, 0, 4, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                CoreGovernorVotingPeriodOutOfBounds.selector, 30 days + 1, 60, 30 days
            )
        );
        _newGovernor(0, 30 days + 1, 0, 4, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                CoreGovernorProposalThresholdOutOfBounds.selector,
                10_000_000 ether + 1,
                10_000_000 ether
            )
        );
        _newGovernor(0, 7 days, 10_000_000 ether + 1, 4, 0);
        vm.expectRevert(
            abi.encodeWithSelector(CoreGovernorQuorumNumeratorOutOfBounds.selector, 0, 1, 50)
        );
        _newGovernor(0, 7 days, 0, 0, 0);
        vm.expectRevert(
            abi.encodeWithSelector(CoreGovernorQuorumNumeratorOutOfBounds.selector, 51, 1, 50)
        );
        _newGovernor(0, 7 days, 0, 51, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                CoreGovernorVoteExtensionOutOfBounds.selector, 14 days + 1, 14 days
            )
        );
        _newGovernor(0, 7 days, 0, 4, 14 days + 1);
    }

    // --- proposals -----------------------------------------------------------------------------

    /// @dev propose -> vote -> queue -> execute: core governance changes a parameter it owns.
    function test_flow_proposeVoteQueueExecute() public {
        bytes memory data = abi.encodeCall(IRollupRegistry.setMaxLoweringDuration, (3 days));
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            _coreCall(address(registry), data);
        string memory description = "Shorter threshold lowerings";
        vm.prank(coreVoterA);
        uint256 id = coreGovernor.propose(targets, values, calldatas, description);
        assertEq(uint8(coreGovernor.state(id)), uint8(IGovernor.ProposalState.Pending));

        vm.warp(coreGovernor.proposalSnapshot(id) + 1);
        vm.prank(coreVoterA);
        coreGovernor.castVote(id, 1);
        vm.prank(coreVoterB);
        coreGovernor.castVote(id, 1);
        (uint256 against, uint256 forVotes,) = coreGovernor.proposalVotes(id);
        assertEq(forVotes, CORE_VOTER_A_ERA + CORE_VOTER_B_ERA);
        assertEq(against, 0);

        vm.warp(coreGovernor.proposalDeadline(id) + 1);
        assertEq(uint8(coreGovernor.state(id)), uint8(IGovernor.ProposalState.Succeeded));
        bytes32 descriptionHash = keccak256(bytes(description));
        coreGovernor.queue(targets, values, calldatas, descriptionHash);
        assertEq(coreGovernor.proposalEta(id), block.timestamp + CORE_TIMELOCK_DELAY);

        vm.warp(coreGovernor.proposalEta(id) - 1);
        vm.expectRevert();
        coreGovernor.execute(targets, values, calldatas, descriptionHash);
        vm.warp(coreGovernor.proposalEta(id));
        coreGovernor.execute(targets, values, calldatas, descriptionHash);
        assertEq(registry.maxLoweringDuration(), 3 days);
        assertEq(uint8(coreGovernor.state(id)), uint8(IGovernor.ProposalState.Executed));
    }

    function test_propose_revertsWhenBelowThreshold() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            _coreCall(address(registry), "");
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorInsufficientProposerVotes.selector,
                stranger,
                0,
                CORE_PROPOSAL_THRESHOLD
            )
        );
        vm.prank(stranger);
        coreGovernor.propose(targets, values, calldatas, "x");
    }

    /// @dev A proposal that reaches quorum in its last second gets `LATE_QUORUM_EXTENSION` more
    ///      seconds of voting, and opponents can use them.
    function test_lateQuorum_extendsDeadline() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = _coreCall(
            address(registry), abi.encodeCall(IRollupRegistry.setMaxLoweringDuration, (1 days))
        );
        vm.prank(coreVoterA);
        uint256 id = coreGovernor.propose(targets, values, calldatas, "late");
        vm.warp(coreGovernor.proposalSnapshot(id) + 1);
        // 30M of a 40M quorum: not reached.
        vm.prank(coreVoterA);
        coreGovernor.castVote(id, 1);
        uint256 deadline = coreGovernor.proposalDeadline(id);
        assertEq(deadline, coreGovernor.proposalSnapshot(id) + CORE_VOTING_PERIOD);

        vm.warp(deadline);
        uint256 extended = block.timestamp + LATE_QUORUM_EXTENSION;
        vm.expectEmit(address(coreGovernor));
        emit GovernorPreventLateQuorum.ProposalExtended(id, uint64(extended));
        vm.prank(coreVoterB);
        coreGovernor.castVote(id, 1);
        assertEq(coreGovernor.proposalDeadline(id), extended);

        // Past the original deadline the vote is still open.
        vm.warp(deadline + 1);
        assertEq(uint8(coreGovernor.state(id)), uint8(IGovernor.ProposalState.Active));
        address opponent = makeAddr("opponent");
        _giveVotes(opponent, 50_000_000 ether);
        vm.prank(opponent);
        // Delegated after the snapshot: no weight, but the vote is accepted while Active.
        assertEq(coreGovernor.castVote(id, 0), 0);
        vm.warp(extended + 1);
        assertEq(uint8(coreGovernor.state(id)), uint8(IGovernor.ProposalState.Succeeded));
    }

    function test_lateQuorum_noExtensionWhenQuorumReachedEarly() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = _coreCall(
            address(registry), abi.encodeCall(IRollupRegistry.setMaxLoweringDuration, (1 days))
        );
        vm.prank(coreVoterA);
        uint256 id = coreGovernor.propose(targets, values, calldatas, "early");
        vm.warp(coreGovernor.proposalSnapshot(id) + 1);
        vm.prank(coreVoterA);
        coreGovernor.castVote(id, 1);
        vm.prank(coreVoterB);
        coreGovernor.castVote(id, 1);
        // Reaching quorum extends to now + extension only if that is after the deadline.
        assertEq(
            coreGovernor.proposalDeadline(id),
            coreGovernor.proposalSnapshot(id) + CORE_VOTING_PERIOD
        );
    }

    // --- settings ------------------------------------------------------------------------------

    function test_setVotingPeriod_revertsWhenNotGovernance() public {
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, stranger));
        vm.prank(stranger);
        coreGovernor.setVotingPeriod(3 days);
    }

    function test_settings_changeThroughGovernanceWithinBounds() public {
        _coreExecute(
            address(coreGovernor), abi.encodeCall(coreGovernor.setVotingPeriod, (3 days)), "period"
        );
        assertEq(coreGovernor.votingPeriod(), 3 days);
        _coreExecute(
            address(coreGovernor),
            abi.encodeCall(coreGovernor.setLateQuorumVoteExtension, (1 days)),
            "extension"
        );
        assertEq(coreGovernor.lateQuorumVoteExtension(), 1 days);
    }

    function test_settings_revertWhenGovernanceExceedsBounds() public {
        bytes memory data = abi.encodeCall(coreGovernor.updateQuorumNumerator, (51));
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            _coreCall(address(coreGovernor), data);
        vm.prank(coreVoterA);
        uint256 id = coreGovernor.propose(targets, values, calldatas, "quorum");
        vm.warp(coreGovernor.proposalSnapshot(id) + 1);
        vm.prank(coreVoterA);
        coreGovernor.castVote(id, 1);
        vm.prank(coreVoterB);
        coreGovernor.castVote(id, 1);
        vm.warp(coreGovernor.proposalDeadline(id) + 1);
        coreGovernor.queue(targets, values, calldatas, keccak256("quorum"));
        vm.warp(coreGovernor.proposalEta(id));
        vm.expectRevert(
            abi.encodeWithSelector(CoreGovernorQuorumNumeratorOutOfBounds.selector, 51, 1, 50)
        );
        coreGovernor.execute(targets, values, calldatas, keccak256("quorum"));
    }

    function _newGovernor(
        uint48 delay,
        uint32 period,
        uint256 threshold,
        uint256 quorum,
        uint48 extension
    ) internal returns (CoreGovernor) {
        return new CoreGovernor(
            era,
            TimelockController(payable(address(coreTimelock))),
            delay,
            period,
            threshold,
            quorum,
            extension
        );
    }
}
