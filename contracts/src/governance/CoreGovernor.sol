// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ICoreGovernor} from "../interfaces/ICoreGovernor.sol";
import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {
    GovernorCountingSimple
} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {
    GovernorPreventLateQuorum
} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {
    GovernorTimelockControl
} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {
    GovernorVotesQuorumFraction
} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

/// @title CoreGovernor
/// @notice Core governance over ERA votes, executing through the core timelock. See
///         {ICoreGovernor}.
/// @dev OpenZeppelin's Governor composed with settings, simple counting, ERA votes, a quorum
///      fraction, timelock control and late-quorum protection; the only addition is a hard bound
///      on every setting, checked in the internal setters that both the constructor and the
///      governance-only setters go through.
contract CoreGovernor is
    ICoreGovernor,
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl,
    GovernorPreventLateQuorum
{
    /// @inheritdoc ICoreGovernor
    uint48 public constant MAX_VOTING_DELAY = 30 days;
    /// @inheritdoc ICoreGovernor
    uint32 public constant MIN_VOTING_PERIOD = 1 minutes;
    /// @inheritdoc ICoreGovernor
    uint32 public constant MAX_VOTING_PERIOD = 30 days;
    /// @inheritdoc ICoreGovernor
    uint256 public constant MAX_PROPOSAL_THRESHOLD = 10_000_000 ether;
    /// @inheritdoc ICoreGovernor
    uint256 public constant MIN_QUORUM_NUMERATOR = 1;
    /// @inheritdoc ICoreGovernor
    uint256 public constant MAX_QUORUM_NUMERATOR = 50;
    /// @inheritdoc ICoreGovernor
    uint48 public constant MAX_VOTE_EXTENSION = 14 days;

    /// @param token The ERA token (ERC20Votes, timestamp clock).
    /// @param timelock_ The core timelock; this governor must be its proposer and canceller.
    /// @param votingDelay_ Seconds from proposal to snapshot.
    /// @param votingPeriod_ Seconds of voting (about 7 days on a real network).
    /// @param proposalThreshold_ ERA votes needed to propose.
    /// @param quorumNumerator_ Quorum in percent of the ERA supply at the snapshot.
    /// @param voteExtension_ Seconds of voting left after a proposal reaches quorum late.
    constructor(
        IVotes token,
        TimelockController timelock_,
        uint48 votingDelay_,
        uint32 votingPeriod_,
        uint256 proposalThreshold_,
        uint256 quorumNumerator_,
        uint48 voteExtension_
    )
        Governor("ERA Core Governor")
        GovernorSettings(votingDelay_, votingPeriod_, proposalThreshold_)
        GovernorVotes(token)
        GovernorVotesQuorumFraction(quorumNumerator_)
        GovernorTimelockControl(timelock_)
        GovernorPreventLateQuorum(voteExtension_)
    {}

    // ------------------------------------------------------------------------------------------
    // Overrides required by the composition
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc Governor
    function state(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (ProposalState)
    {
        return super.state(proposalId);
    }

    /// @inheritdoc Governor
    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    /// @inheritdoc Governor
    function proposalThreshold()
        public
        view
        override(Governor, GovernorSettings)
        returns (uint256)
    {
        return super.proposalThreshold();
    }

    /// @inheritdoc Governor
    function proposalDeadline(uint256 proposalId)
        public
        view
        override(Governor, GovernorPreventLateQuorum)
        returns (uint256)
    {
        return super.proposalDeadline(proposalId);
    }

    // ------------------------------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------------------------------

    function _setVotingDelay(uint48 newVotingDelay) internal override {
        if (newVotingDelay > MAX_VOTING_DELAY) {
            revert CoreGovernorVotingDelayOutOfBounds(newVotingDelay, MAX_VOTING_DELAY);
        }
        super._setVotingDelay(newVotingDelay);
    }

    function _setVotingPeriod(uint32 newVotingPeriod) internal override {
        if (newVotingPeriod < MIN_VOTING_PERIOD || newVotingPeriod > MAX_VOTING_PERIOD) {
            revert CoreGovernorVotingPeriodOutOfBounds(
                newVotingPeriod, MIN_VOTING_PERIOD, MAX_VOTING_PERIOD
            );
        }
        super._setVotingPeriod(newVotingPeriod);
    }

    function _setProposalThreshold(uint256 newProposalThreshold) internal override {
        if (newProposalThreshold > MAX_PROPOSAL_THRESHOLD) {
            revert CoreGovernorProposalThresholdOutOfBounds(
                newProposalThreshold, MAX_PROPOSAL_THRESHOLD
            );
        }
        super._setProposalThreshold(newProposalThreshold);
    }

    function _updateQuorumNumerator(uint256 newQuorumNumerator) internal override {
        if (newQuorumNumerator < MIN_QUORUM_NUMERATOR || newQuorumNumerator > MAX_QUORUM_NUMERATOR)
        {
            revert CoreGovernorQuorumNumeratorOutOfBounds(
                newQuorumNumerator, MIN_QUORUM_NUMERATOR, MAX_QUORUM_NUMERATOR
            );
        }
        super._updateQuorumNumerator(newQuorumNumerator);
    }

    function _setLateQuorumVoteExtension(uint48 newVoteExtension) internal override {
        if (newVoteExtension > MAX_VOTE_EXTENSION) {
            revert CoreGovernorVoteExtensionOutOfBounds(newVoteExtension, MAX_VOTE_EXTENSION);
        }
        super._setLateQuorumVoteExtension(newVoteExtension);
    }

    function _tallyUpdated(uint256 proposalId)
        internal
        override(Governor, GovernorPreventLateQuorum)
    {
        super._tallyUpdated(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor()
        internal
        view
        override(Governor, GovernorTimelockControl)
        returns (address)
    {
        return super._executor();
    }
}
