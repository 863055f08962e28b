// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupId} from "../types/RollupId.sol";
import {IRollupRegistry} from "./IRollupRegistry.sol";
import {IStakingHub} from "./IStakingHub.sol";

/// @notice The life of a shard proposal.
/// @dev Pending until the snapshot has passed, Active until the deadline (inclusive), then
///      Succeeded (for > against and for + abstain >= quorum) or Defeated. A succeeded proposal
///      is Queued in the shard timelock; from there it is Executed, or Vetoed when a canceller of
///      the shard timelock (the core timelock or the security council) cancels it.
enum ShardProposalState {
    Pending,
    Active,
    Defeated,
    Succeeded,
    Queued,
    Vetoed,
    Executed
}

/// @notice The shard layer's voting settings, shared by every domain.
/// @param votingDelay Seconds from proposal to snapshot (voting opens just after it).
/// @param votingPeriod Seconds of voting after the snapshot (about 24 hours on a real network).
/// @param quorumBps The share of the domain's total stake that must vote for or abstain; the
///        total is the one when the snapshot's stake period (UTC day) began, so stake added on
///        the snapshot's day votes without raising that share (on a domain's first day the share
///        is 0 and `minQuorum` alone applies).
/// @param proposalThreshold The domain stake a proposer must hold one second before proposing.
/// @param minQuorum The quorum floor, in ERA wei: a proposal's quorum is the larger of its
///        `quorumBps` share and this amount, so a young or thinly staked domain still needs this
///        much stake for or abstaining. A whole number of ERA in
///        `[MIN_QUORUM_FLOOR, MAX_QUORUM_FLOOR]`; 0 is refused, so there is always a floor.
struct ShardSettings {
    uint32 votingDelay;
    uint32 votingPeriod;
    uint16 quorumBps;
    uint96 proposalThreshold;
    uint96 minQuorum;
}

/// @title IShardGovernorErrors
interface IShardGovernorErrors {
    /// @notice A constructor address is zero.
    error ShardGovernorZeroAddress();
    /// @notice The voting delay is above `MAX_VOTING_DELAY`.
    error ShardGovernorVotingDelayOutOfBounds(uint32 delay, uint32 max);
    /// @notice The voting period lies outside `[MIN_VOTING_PERIOD, MAX_VOTING_PERIOD]`.
    error ShardGovernorVotingPeriodOutOfBounds(uint32 period, uint32 min, uint32 max);
    /// @notice The quorum lies outside `[MIN_QUORUM_BPS, MAX_QUORUM_BPS]`.
    error ShardGovernorQuorumOutOfBounds(uint16 quorumBps, uint16 min, uint16 max);
    /// @notice The proposal threshold lies outside
    ///         `[MIN_PROPOSAL_THRESHOLD, MAX_PROPOSAL_THRESHOLD]`.
    error ShardGovernorProposalThresholdOutOfBounds(uint96 threshold, uint96 min, uint96 max);
    /// @notice The quorum floor lies outside `[MIN_QUORUM_FLOOR, MAX_QUORUM_FLOOR]` (0 included:
    ///         there is always a floor).
    error ShardGovernorMinQuorumOutOfBounds(uint96 minQuorum, uint96 min, uint96 max);
    /// @notice The quorum floor is not a whole number of ERA (it is stored in whole ERA).
    error ShardGovernorMinQuorumNotWholeEra(uint96 minQuorum);
    /// @notice Core governance tried to allow-list a call on the shard layer itself (the shard
    ///         governor or the shard timelock) or on the zero address.
    error ShardGovernorForbiddenTarget(address target);
    /// @notice An allow-list entry names no rollup argument (mask 0); every shard call must say
    ///         which rollups it touches.
    error ShardGovernorNoRollupArgument(address target, bytes4 selector);
    /// @notice A proposal has no actions, more than `MAX_ACTIONS`, or targets and calldatas of
    ///         different lengths.
    error ShardGovernorInvalidActionCount(uint256 targets, uint256 calldatas, uint256 max);
    /// @notice Core governance has not allow-listed `selector` on `target` for shards.
    error ShardGovernorCallNotAllowed(address target, bytes4 selector);
    /// @notice An action's calldata is shorter than its selector and rollup arguments need.
    error ShardGovernorCalldataTooShort(
        address target, bytes4 selector, uint256 length, uint256 required
    );
    /// @notice A rollup argument of an action is 0 or does not fit a RollupId.
    error ShardGovernorInvalidRollupArgument(address target, bytes4 selector, uint256 value);
    /// @notice An action touches a rollup of another domain than the proposal's.
    error ShardGovernorForeignRollup(
        address target, bytes4 selector, RollupId rollupId, uint32 rollupDomain, uint32 domain
    );
    /// @notice The proposer's domain stake one second ago is below the proposal threshold.
    error ShardGovernorInsufficientProposerStake(
        address proposer, uint32 domain, uint256 stake, uint256 threshold
    );
    /// @notice The description ends in `#proposer=0x<address>` naming another account than the
    ///         caller: only `expected` may propose it (OpenZeppelin Governor's front-running guard).
    error ShardGovernorRestrictedProposer(address proposer, address expected);
    /// @notice A proposal with the same domain, actions and description already exists.
    error ShardGovernorProposalExists(uint256 proposalId);
    /// @notice No proposal has this id.
    error ShardGovernorUnknownProposal(uint256 proposalId);
    /// @notice The proposal is not in the state the operation needs.
    error ShardGovernorUnexpectedState(
        uint256 proposalId, ShardProposalState current, ShardProposalState expected
    );
    /// @notice The vote type is not 0 (against), 1 (for) or 2 (abstain).
    error ShardGovernorInvalidVoteType(uint8 support);
    /// @notice The voter already voted on the proposal.
    error ShardGovernorAlreadyVoted(uint256 proposalId, address voter);
    /// @notice The voter had no stake in the proposal's domain at its snapshot.
    error ShardGovernorNoVotingPower(uint256 proposalId, address voter, uint32 domain);
    /// @notice The proposal's timelock delay has not elapsed.
    error ShardGovernorNotReady(uint256 proposalId, uint256 readyAt);
}

/// @title IShardGovernorEvents
interface IShardGovernorEvents {
    /// @notice A shard proposal was created; voting runs in `(voteStart, voteEnd]`.
    event ProposalCreated(
        uint256 indexed proposalId,
        uint32 indexed domain,
        address indexed proposer,
        address[] targets,
        bytes[] calldatas,
        uint48 voteStart,
        uint48 voteEnd,
        string description
    );
    /// @notice `voter` cast `weight` of domain stake: 0 against, 1 for, 2 abstain.
    event VoteCast(
        address indexed voter, uint256 indexed proposalId, uint8 support, uint256 weight
    );
    /// @notice A succeeded proposal was scheduled in the shard timelock as `operationId`.
    event ProposalQueued(uint256 indexed proposalId, bytes32 indexed operationId, uint256 readyAt);
    /// @notice A queued proposal was executed through the shard timelock.
    event ProposalExecuted(uint256 indexed proposalId);
    /// @notice Core governance allow-listed `selector` on `target` for shard proposals; bit `i`
    ///         of `rollupArguments` marks the `i`-th ABI argument as a RollupId.
    event CallAllowed(address indexed target, bytes4 indexed selector, uint8 rollupArguments);
    /// @notice Core governance removed `selector` on `target` from the allow-list.
    event CallDisallowed(address indexed target, bytes4 indexed selector);
    /// @notice The domains of rollups `fromCount + 1` to `toCount` were copied from the registry.
    event RollupsSynced(uint256 fromCount, uint256 toCount);
    /// @notice Core governance changed the voting settings.
    event SettingsChanged(
        uint32 votingDelay,
        uint32 votingPeriod,
        uint16 quorumBps,
        uint96 proposalThreshold,
        uint96 minQuorum
    );
}

/// @title IShardGovernor
/// @notice Shard governance of ERA Metalayer: one contract for every domain. The electorate of
///         domain `d` is the stake delegated in `d` (StakingHub domain checkpoints at the
///         proposal snapshot); the quorum is the larger of a share of the domain's total stake
///         when the snapshot's stake period (a UTC day, see `StakingHub.STAKE_PERIOD`) began and
///         an absolute floor (`ShardSettings.minQuorum`). The share alone would be 0 on a
///         domain's first day (nothing was staked when that day began) and lags stake added on
///         the snapshot's day; the floor keeps a tiny vote from passing a proposal then.
///
///         A shard proposal may only call (target, selector) pairs that core governance
///         allow-listed, and only on rollups of the proposal's domain: `propose` decodes every
///         action's rollup arguments and rejects an unlisted pair or a rollup of another domain
///         (and so does `execute`, in case core governance delisted the pair meanwhile). A
///         succeeded proposal is queued in the shard timelock, where the core timelock or the
///         security council (the timelock's cancellers) can veto it, and is then executed by the
///         shard timelock, which holds the PARAMETER role.
/// @dev Allow-list entries say where the rollups are: bit `i` of `rollupArguments` set means the
///      `i`-th ABI argument (the 32-byte word at calldata offset `4 + 32 i`) is a RollupId. Only
///      static arguments can be marked, so list only functions whose every rollup is such an
///      argument and which touch nothing outside those rollups - e.g.
///      `RollupRegistry.setGasLimit(RollupId, uint64)` with mask `0x01`. A rollup's domain never
///      changes in the RollupRegistry, so a check at proposal time still holds at execution.
interface IShardGovernor is IShardGovernorErrors, IShardGovernorEvents {
    /// @notice Proposes `calldatas[i]` on `targets[i]` (no ETH) for `domain`. The caller's domain
    ///         stake one second ago must meet the proposal threshold; every action must be
    ///         allow-listed and touch only rollups of `domain`.
    ///         A proposal's id does not depend on its proposer, so anyone could submit an author's
    ///         proposal first (and get it defeated, after which that id can never be proposed
    ///         again). As in OpenZeppelin's Governor, a description ending in
    ///         `#proposer=0x<40 hex digits>` (either case) may only be proposed by that address;
    ///         a description without such a suffix (or with a malformed one) anyone may propose.
    /// @return proposalId `hashProposal(domain, targets, calldatas, keccak256(description))`.
    function propose(
        uint32 domain,
        address[] calldata targets,
        bytes[] calldata calldatas,
        string calldata description
    ) external returns (uint256 proposalId);

    /// @notice Votes on an Active proposal with the caller's domain stake at its snapshot:
    ///         0 against, 1 for, 2 abstain. One vote per account; a zero stake cannot vote.
    /// @return weight The stake counted.
    function castVote(uint256 proposalId, uint8 support) external returns (uint256 weight);

    /// @notice Schedules a Succeeded proposal in the shard timelock with its minimum delay.
    ///         Anyone may call it.
    function queue(
        uint32 domain,
        address[] calldata targets,
        bytes[] calldata calldatas,
        bytes32 descriptionHash
    ) external returns (uint256 proposalId);

    /// @notice Executes a Queued proposal whose delay has elapsed, through the shard timelock,
    ///         after checking its actions against the allow-list again. Anyone may call it.
    function execute(
        uint32 domain,
        address[] calldata targets,
        bytes[] calldata calldatas,
        bytes32 descriptionHash
    ) external returns (uint256 proposalId);

    /// @notice Copies the domains of the rollups registered since the last call from the
    ///         RollupRegistry, so that `propose` reads them here instead of calling the registry.
    ///         Anyone may call it; `propose` falls back to the registry for a rollup not synced
    ///         yet, so it only affects gas, never what is accepted (a rollup's domain never
    ///         changes in the registry, and `execute` checks against the registry itself).
    /// @return count How many rollups were synced.
    function syncRollups() external returns (uint256 count);

    /// @notice Allow-lists `selector` on `target` for shard proposals. Bit `i` of
    ///         `rollupArguments` (non-zero) marks the `i`-th ABI argument as a RollupId. Admin
    ///         (core timelock) only. The shard governor and timelock cannot be targets.
    function allowCall(address target, bytes4 selector, uint8 rollupArguments) external;

    /// @notice Removes `selector` on `target` from the allow-list. Admin only.
    function disallowCall(address target, bytes4 selector) external;

    /// @notice Sets the voting settings, each within its hard bounds. Admin only. Proposals
    ///         already created keep their snapshot, deadline, quorum share and quorum floor.
    function setSettings(ShardSettings calldata settings) external;

    /// @notice The id of a proposal: `keccak256(abi.encode(domain, targets, calldatas,
    ///         descriptionHash))`.
    function hashProposal(
        uint32 domain,
        address[] calldata targets,
        bytes[] calldata calldatas,
        bytes32 descriptionHash
    ) external pure returns (uint256);

    /// @notice A proposal's state. Reverts for an unknown id.
    function state(uint256 proposalId) external view returns (ShardProposalState);

    /// @notice A proposal's domain, snapshot (votes counted as of it; voting opens after it),
    ///         deadline (last second of voting), quorum share in basis points and quorum floor
    ///         in ERA wei (the settings' when it was proposed).
    function proposal(uint256 proposalId)
        external
        view
        returns (
            uint32 domain,
            uint48 voteStart,
            uint48 voteEnd,
            uint16 quorumBps,
            uint96 minQuorum
        );

    /// @notice A proposal's tally.
    function proposalVotes(uint256 proposalId)
        external
        view
        returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes);

    /// @notice The stake a proposal needs for and abstaining: the larger of its quorum share of
    ///         the domain's total stake when the snapshot's stake period began and its quorum
    ///         floor. Callable once the snapshot has passed.
    function proposalQuorum(uint256 proposalId) external view returns (uint256);

    /// @notice The shard timelock operation of a queued proposal (0 before it is queued): what
    ///         a canceller passes to the timelock's `cancel` to veto it.
    function proposalOperation(uint256 proposalId) external view returns (bytes32);

    /// @notice Whether `account` voted on the proposal.
    function hasVoted(uint256 proposalId, address account) external view returns (bool);

    /// @notice An account's voting power in `domain` at a past `timepoint`: its domain stake.
    function getVotes(address account, uint32 domain, uint256 timepoint)
        external
        view
        returns (uint256);

    /// @notice The allow-list entry of (`target`, `selector`): its rollup-argument mask, 0 when
    ///         the call is not allowed.
    function allowedCall(address target, bytes4 selector) external view returns (uint8);

    /// @notice The synced domain of a rollup (0 when it is not synced yet).
    function rollupDomain(RollupId rollupId) external view returns (uint32);

    /// @notice How many rollups (ids 1 to this count) are synced.
    function syncedRollups() external view returns (uint256);

    /// @notice The voting settings.
    function settings() external view returns (ShardSettings memory);

    /// @notice The StakingHub whose domain checkpoints are the electorate.
    function stakingHub() external view returns (IStakingHub);

    /// @notice The RollupRegistry that says which domain a rollup belongs to.
    function rollupRegistry() external view returns (IRollupRegistry);

    /// @notice The shard timelock that executes passed proposals.
    function timelock() external view returns (address);

    /// @notice The clock of proposals: the block timestamp (EIP-6372).
    function clock() external view returns (uint48);

    /// @notice "mode=timestamp" (EIP-6372).
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() external view returns (string memory);
}
