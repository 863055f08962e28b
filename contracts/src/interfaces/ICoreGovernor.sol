// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title ICoreGovernorErrors
interface ICoreGovernorErrors {
    /// @notice The voting delay is above `MAX_VOTING_DELAY`.
    error CoreGovernorVotingDelayOutOfBounds(uint48 delay, uint48 max);
    /// @notice The voting period lies outside `[MIN_VOTING_PERIOD, MAX_VOTING_PERIOD]`.
    error CoreGovernorVotingPeriodOutOfBounds(uint32 period, uint32 min, uint32 max);
    /// @notice The proposal threshold is above `MAX_PROPOSAL_THRESHOLD`.
    error CoreGovernorProposalThresholdOutOfBounds(uint256 threshold, uint256 max);
    /// @notice The quorum numerator (percent of the ERA supply) lies outside
    ///         `[MIN_QUORUM_NUMERATOR, MAX_QUORUM_NUMERATOR]`.
    error CoreGovernorQuorumNumeratorOutOfBounds(uint256 numerator, uint256 min, uint256 max);
    /// @notice The late-quorum vote extension is above `MAX_VOTE_EXTENSION`.
    error CoreGovernorVoteExtensionOutOfBounds(uint48 extension, uint48 max);
}

/// @title ICoreGovernorEvents
/// @notice The core governor emits OpenZeppelin's {IGovernor} events and those of its extensions
///         (`VotingDelaySet`, `VotingPeriodSet`, `ProposalThresholdSet`, `QuorumNumeratorUpdated`,
///         `LateQuorumVoteExtensionSet`, `ProposalExtended`, `TimelockChange`); it adds none.
interface ICoreGovernorEvents {}

/// @title ICoreGovernor
/// @notice Core governance of ERA Metalayer: an OpenZeppelin Governor over ERA votes (timestamp
///         clock, so periods are seconds) that executes through the core timelock, the admin of
///         every other contract. Quorum is a percentage of the ERA supply at the proposal
///         snapshot; a proposal that reaches quorum late gets its deadline pushed back so
///         opponents can still vote. Every setting it changes on itself (through a proposal) is
///         bounded in code. The full {IGovernor} interface is inherited from OpenZeppelin.
interface ICoreGovernor is ICoreGovernorErrors, ICoreGovernorEvents {
    /// @notice The longest voting delay.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_VOTING_DELAY() external view returns (uint48);

    /// @notice The shortest voting period (short enough for a devnet).
    // solhint-disable-next-line func-name-mixedcase
    function MIN_VOTING_PERIOD() external view returns (uint32);

    /// @notice The longest voting period.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_VOTING_PERIOD() external view returns (uint32);

    /// @notice The largest proposal threshold, in ERA votes.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_PROPOSAL_THRESHOLD() external view returns (uint256);

    /// @notice The smallest quorum, in percent of the ERA supply.
    // solhint-disable-next-line func-name-mixedcase
    function MIN_QUORUM_NUMERATOR() external view returns (uint256);

    /// @notice The largest quorum, in percent of the ERA supply.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_QUORUM_NUMERATOR() external view returns (uint256);

    /// @notice The longest late-quorum vote extension.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_VOTE_EXTENSION() external view returns (uint48);
}
