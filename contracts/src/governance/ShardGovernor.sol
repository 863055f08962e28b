// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollupRegistry} from "../interfaces/IRollupRegistry.sol";
import {IShardGovernor, ShardProposalState, ShardSettings} from "../interfaces/IShardGovernor.sol";
import {IStakingHub} from "../interfaces/IStakingHub.sol";
import {RollupId} from "../types/RollupId.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title ShardGovernor
/// @notice Per-domain governance over domain stake, restricted to allow-listed calls on the
///         domain's own rollups and vetoable by the core layer. See {IShardGovernor}.
/// @dev One contract serves every domain: a proposal carries its domain, which is part of its id.
///      It is built lean rather than on OpenZeppelin's Governor so that `propose` and `castVote`
///      stay cheaper than a plain OZ Governor's although they also read the stake hub and check
///      the allow-list: a proposal is one slot at creation (domain, snapshot, deadline, quorum
///      share, quorum floor and the abstain tally packed together), for/against share a second
///      slot, and the voting settings are one slot. Stake amounts are below the ERA supply
///      (< 2^90), so every tally fits its field and a sum of tallies cannot overflow; timestamps
///      fit 40 bits until the year 36812.
contract ShardGovernor is IShardGovernor, AccessControl {
    /// @dev Slot 0 is written by `propose`, slot 1 by for/against votes, slot 2 by `queue`. The
    ///      quorum floor is kept in whole ERA so that it fits slot 0 beside the quorum share.
    struct Proposal {
        uint32 domain;
        uint40 voteStart;
        uint40 voteEnd;
        uint16 quorumBps;
        uint32 minQuorumEra;
        uint96 abstainVotes;
        uint128 forVotes;
        uint128 againstVotes;
        bytes32 operation;
    }

    /// @dev {ShardSettings} as stored: one slot, read once by `propose`; the floor in whole ERA.
    struct StoredSettings {
        uint32 votingDelay;
        uint32 votingPeriod;
        uint16 quorumBps;
        uint96 proposalThreshold;
        uint32 minQuorumEra;
    }

    /// @notice The longest voting delay.
    uint32 public constant MAX_VOTING_DELAY = 7 days;
    /// @notice The shortest voting period (short enough for a devnet).
    uint32 public constant MIN_VOTING_PERIOD = 1 minutes;
    /// @notice The longest voting period.
    uint32 public constant MAX_VOTING_PERIOD = 14 days;
    /// @notice The smallest quorum share of the domain's stake.
    uint16 public constant MIN_QUORUM_BPS = 100;
    /// @notice The largest quorum share of the domain's stake.
    uint16 public constant MAX_QUORUM_BPS = 5000;
    /// @notice The smallest proposal threshold: a proposer must have some stake in the domain.
    uint96 public constant MIN_PROPOSAL_THRESHOLD = 1;
    /// @notice The largest proposal threshold: 1% of the ERA supply.
    uint96 public constant MAX_PROPOSAL_THRESHOLD = 10_000_000 ether;
    /// @notice The smallest quorum floor (`minQuorum`): one ERA. 0 is refused: without a floor,
    ///         any single vote would pass a proposal on a domain's first day (quorum share 0).
    uint96 public constant MIN_QUORUM_FLOOR = 1 ether;
    /// @notice The largest quorum floor: 1% of the ERA supply.
    uint96 public constant MAX_QUORUM_FLOOR = 10_000_000 ether;
    /// @notice The most actions a proposal may carry.
    uint256 public constant MAX_ACTIONS = 16;

    uint256 private constant _BPS = 10_000;
    /// @dev One ERA in wei: the unit the quorum floor is stored in.
    uint256 private constant _ERA = 1 ether;
    uint8 private constant _AGAINST = 0;
    uint8 private constant _FOR = 1;
    uint8 private constant _ABSTAIN = 2;

    IStakingHub private immutable _hub;
    IRollupRegistry private immutable _registry;
    TimelockController private immutable _timelock;

    StoredSettings private _settings;
    mapping(address target => mapping(bytes4 selector => uint8 rollupArguments)) private _allowed;
    mapping(uint256 proposalId => Proposal) private _proposals;
    mapping(uint256 proposalId => mapping(address voter => bool)) private _voted;
    /// @dev A copy of the registry's rollup domains (which never change) for `propose`, filled by
    ///      `syncRollups`: one warm-able slot instead of a registry call. `execute` asks the
    ///      registry itself.
    mapping(RollupId rollupId => uint32 domain) private _rollupDomains;
    uint32 private _syncedRollups;

    /// @param admin Core governance (the core timelock): DEFAULT_ADMIN_ROLE, which sets the
    ///        allow-list and the settings.
    /// @param hub The StakingHub (domain stake checkpoints).
    /// @param registry The RollupRegistry (rollup domains).
    /// @param timelock_ The shard timelock; this governor must be its proposer and executor.
    /// @param votingDelay See {ShardSettings}.
    /// @param votingPeriod See {ShardSettings}.
    /// @param quorumBps See {ShardSettings}.
    /// @param proposalThreshold See {ShardSettings}.
    /// @param minQuorum See {ShardSettings}.
    constructor(
        address admin,
        IStakingHub hub,
        IRollupRegistry registry,
        TimelockController timelock_,
        uint32 votingDelay,
        uint32 votingPeriod,
        uint16 quorumBps,
        uint96 proposalThreshold,
        uint96 minQuorum
    ) {
        if (
            admin == address(0) || address(hub) == address(0) || address(registry) == address(0)
                || address(timelock_) == address(0)
        ) revert ShardGovernorZeroAddress();
        _hub = hub;
        _registry = registry;
        _timelock = timelock_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setSettings(
            ShardSettings(votingDelay, votingPeriod, quorumBps, proposalThreshold, minQuorum)
        );
    }

    // ------------------------------------------------------------------------------------------
    // Proposals
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IShardGovernor
    function propose(
        uint32 domain,
        address[] calldata targets,
        bytes[] calldata calldatas,
        string calldata description
    ) external returns (uint256 proposalId) {
        _checkDescriptionProposer(description);
        StoredSettings memory s = _settings;
        _checkProposer(domain, s.proposalThreshold);
        _checkActions(domain, targets, calldatas, false);
        proposalId = _hashProposal(domain, targets, calldatas, keccak256(bytes(description)));
        (uint48 voteStart, uint48 voteEnd) = _create(proposalId, domain, s);
        emit ProposalCreated(
            proposalId, domain, msg.sender, targets, calldatas, voteStart, voteEnd, description
        );
    }

    /// @inheritdoc IShardGovernor
    function castVote(uint256 proposalId, uint8 support) external returns (uint256 weight) {
        Proposal storage p = _proposals[proposalId];
        uint48 voteStart = p.voteStart;
        uint48 now_ = clock();
        if (voteStart == 0) revert ShardGovernorUnknownProposal(proposalId);
        if (now_ <= voteStart || now_ > p.voteEnd) {
            revert ShardGovernorUnexpectedState(
                proposalId, state(proposalId), ShardProposalState.Active
            );
        }
        if (support > _ABSTAIN) revert ShardGovernorInvalidVoteType(support);
        if (_voted[proposalId][msg.sender]) {
            revert ShardGovernorAlreadyVoted(proposalId, msg.sender);
        }
        uint32 domain = p.domain;
        // `voteStart` is strictly in the past: stake moved after the snapshot does not count.
        weight = _hub.getPastDomainStake(msg.sender, domain, voteStart);
        if (weight == 0) revert ShardGovernorNoVotingPower(proposalId, msg.sender, domain);
        _voted[proposalId][msg.sender] = true;
        // Stake is below the ERA supply (< 2^90), and so is every tally: the narrowing casts are
        // exact and the sums cannot overflow their fields.
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            if (support == _FOR) p.forVotes += uint128(weight);
            // forge-lint: disable-next-line(unsafe-typecast)
            else if (support == _AGAINST) p.againstVotes += uint128(weight);
            // forge-lint: disable-next-line(unsafe-typecast)
            else p.abstainVotes += uint96(weight);
        }
        emit VoteCast(msg.sender, proposalId, support, weight);
    }

    /// @inheritdoc IShardGovernor
    function queue(
        uint32 domain,
        address[] calldata targets,
        bytes[] calldata calldatas,
        bytes32 descriptionHash
    ) external returns (uint256 proposalId) {
        proposalId = _hashProposal(domain, targets, calldatas, descriptionHash);
        _expectState(proposalId, ShardProposalState.Succeeded);
        uint256[] memory values = new uint256[](targets.length);
        bytes32 salt = bytes32(proposalId);
        bytes32 operation = _timelock.hashOperationBatch(targets, values, calldatas, 0, salt);
        _proposals[proposalId].operation = operation;
        uint256 delay = _timelock.getMinDelay();
        _timelock.scheduleBatch(targets, values, calldatas, 0, salt, delay);
        emit ProposalQueued(proposalId, operation, block.timestamp + delay);
    }

    /// @inheritdoc IShardGovernor
    function execute(
        uint32 domain,
        address[] calldata targets,
        bytes[] calldata calldatas,
        bytes32 descriptionHash
    ) external returns (uint256 proposalId) {
        proposalId = _hashProposal(domain, targets, calldatas, descriptionHash);
        _expectState(proposalId, ShardProposalState.Queued);
        uint256 readyAt = _timelock.getTimestamp(_proposals[proposalId].operation);
        if (block.timestamp < readyAt) revert ShardGovernorNotReady(proposalId, readyAt);
        // Core governance may have delisted a call since the proposal was made; the registry
        // itself answers for the domains here, not the copy.
        _checkActions(domain, targets, calldatas, true);
        _timelock.executeBatch(
            targets, new uint256[](targets.length), calldatas, 0, bytes32(proposalId)
        );
        emit ProposalExecuted(proposalId);
    }

    /// @inheritdoc IShardGovernor
    function syncRollups() external returns (uint256 count) {
        uint256 total = _registry.rollupCount();
        uint256 from = _syncedRollups;
        for (uint256 raw = from + 1; raw <= total; ++raw) {
            // Registry ids are uint32.
            // forge-lint: disable-next-line(unsafe-typecast)
            RollupId rollupId = RollupId.wrap(uint32(raw));
            _rollupDomains[rollupId] = _registry.domainOf(rollupId);
        }
        if (total > from) {
            // forge-lint: disable-next-line(unsafe-typecast)
            _syncedRollups = uint32(total);
            emit RollupsSynced(from, total);
        }
        return total - from;
    }

    // ------------------------------------------------------------------------------------------
    // Core governance
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IShardGovernor
    function allowCall(address target, bytes4 selector, uint8 rollupArguments)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (target == address(0) || target == address(this) || target == address(_timelock)) {
            revert ShardGovernorForbiddenTarget(target);
        }
        if (rollupArguments == 0) revert ShardGovernorNoRollupArgument(target, selector);
        _allowed[target][selector] = rollupArguments;
        emit CallAllowed(target, selector, rollupArguments);
    }

    /// @inheritdoc IShardGovernor
    function disallowCall(address target, bytes4 selector) external onlyRole(DEFAULT_ADMIN_ROLE) {
        delete _allowed[target][selector];
        emit CallDisallowed(target, selector);
    }

    /// @inheritdoc IShardGovernor
    function setSettings(ShardSettings calldata settings_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setSettings(settings_);
    }

    // ------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IShardGovernor
    function hashProposal(
        uint32 domain,
        address[] calldata targets,
        bytes[] calldata calldatas,
        bytes32 descriptionHash
    ) external pure returns (uint256) {
        return _hashProposal(domain, targets, calldatas, descriptionHash);
    }

    /// @inheritdoc IShardGovernor
    function state(uint256 proposalId) public view returns (ShardProposalState) {
        Proposal storage p = _proposals[proposalId];
        uint48 voteStart = p.voteStart;
        if (voteStart == 0) revert ShardGovernorUnknownProposal(proposalId);
        bytes32 operation = p.operation;
        if (operation != 0) {
            if (_timelock.isOperationDone(operation)) return ShardProposalState.Executed;
            if (_timelock.isOperationPending(operation)) return ShardProposalState.Queued;
            // Scheduled, then cancelled by a canceller of the shard timelock.
            return ShardProposalState.Vetoed;
        }
        uint48 now_ = clock();
        if (now_ <= voteStart) return ShardProposalState.Pending;
        if (now_ <= p.voteEnd) return ShardProposalState.Active;
        uint256 forVotes = p.forVotes;
        if (forVotes > p.againstVotes && forVotes + p.abstainVotes >= _quorum(p)) {
            return ShardProposalState.Succeeded;
        }
        return ShardProposalState.Defeated;
    }

    /// @inheritdoc IShardGovernor
    function proposal(uint256 proposalId)
        external
        view
        returns (
            uint32 domain,
            uint48 voteStart,
            uint48 voteEnd,
            uint16 quorumBps,
            uint96 minQuorum
        )
    {
        Proposal storage p = _proposals[proposalId];
        if (p.voteStart == 0) revert ShardGovernorUnknownProposal(proposalId);
        // The floor was validated to be at most MAX_QUORUM_FLOOR in wei: it fits a uint96.
        // forge-lint: disable-next-line(unsafe-typecast)
        return (p.domain, p.voteStart, p.voteEnd, p.quorumBps, uint96(p.minQuorumEra * _ERA));
    }

    /// @inheritdoc IShardGovernor
    function proposalVotes(uint256 proposalId)
        external
        view
        returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
    {
        Proposal storage p = _proposals[proposalId];
        return (p.againstVotes, p.forVotes, p.abstainVotes);
    }

    /// @inheritdoc IShardGovernor
    function proposalQuorum(uint256 proposalId) external view returns (uint256) {
        Proposal storage p = _proposals[proposalId];
        if (p.voteStart == 0) revert ShardGovernorUnknownProposal(proposalId);
        return _quorum(p);
    }

    /// @inheritdoc IShardGovernor
    function proposalOperation(uint256 proposalId) external view returns (bytes32) {
        return _proposals[proposalId].operation;
    }

    /// @inheritdoc IShardGovernor
    function hasVoted(uint256 proposalId, address account) external view returns (bool) {
        return _voted[proposalId][account];
    }

    /// @inheritdoc IShardGovernor
    function getVotes(address account, uint32 domain, uint256 timepoint)
        external
        view
        returns (uint256)
    {
        return _hub.getPastDomainStake(account, domain, timepoint);
    }

    /// @inheritdoc IShardGovernor
    function allowedCall(address target, bytes4 selector) external view returns (uint8) {
        return _allowed[target][selector];
    }

    /// @inheritdoc IShardGovernor
    function rollupDomain(RollupId rollupId) external view returns (uint32) {
        return _rollupDomains[rollupId];
    }

    /// @inheritdoc IShardGovernor
    function syncedRollups() external view returns (uint256) {
        return _syncedRollups;
    }

    /// @inheritdoc IShardGovernor
    function settings() external view returns (ShardSettings memory) {
        StoredSettings memory s = _settings;
        // The floor was validated to be at most MAX_QUORUM_FLOOR in wei: it fits a uint96.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint96 minQuorum = uint96(s.minQuorumEra * _ERA);
        return
            ShardSettings(
                s.votingDelay, s.votingPeriod, s.quorumBps, s.proposalThreshold, minQuorum
            );
    }

    /// @inheritdoc IShardGovernor
    function stakingHub() external view returns (IStakingHub) {
        return _hub;
    }

    /// @inheritdoc IShardGovernor
    function rollupRegistry() external view returns (IRollupRegistry) {
        return _registry;
    }

    /// @inheritdoc IShardGovernor
    function timelock() external view returns (address) {
        return address(_timelock);
    }

    /// @inheritdoc IShardGovernor
    function clock() public view returns (uint48) {
        // Timestamps fit a uint48 for millions of years.
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint48(block.timestamp);
    }

    /// @inheritdoc IShardGovernor
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() external pure returns (string memory) {
        return "mode=timestamp";
    }

    // ------------------------------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------------------------------

    /// @dev Rejects a proposal's actions unless each (target, selector) is allow-listed and each
    ///      rollup argument names a registered rollup of `domain`. `fromRegistry`: ask the
    ///      registry for every domain instead of the synced copy.
    function _checkActions(
        uint32 domain,
        address[] calldata targets,
        bytes[] calldata calldatas,
        bool fromRegistry
    ) internal view {
        uint256 count = targets.length;
        if (count == 0 || count != calldatas.length || count > MAX_ACTIONS) {
            revert ShardGovernorInvalidActionCount(count, calldatas.length, MAX_ACTIONS);
        }
        for (uint256 i; i < count; ++i) {
            address target = targets[i];
            bytes calldata data = calldatas[i];
            if (data.length < 4) revert ShardGovernorCalldataTooShort(target, 0, data.length, 4);
            bytes4 selector = bytes4(data[:4]);
            uint256 mask = _allowed[target][selector];
            if (mask == 0) revert ShardGovernorCallNotAllowed(target, selector);
            // Bit `arg` of the mask marks the ABI word at `4 + 32 * arg`; the mask has 8 bits.
            for (uint256 arg; mask != 0; ++arg) {
                if (mask & 1 != 0) _checkRollup(domain, target, selector, data, arg, fromRegistry);
                mask >>= 1;
            }
        }
    }

    function _checkRollup(
        uint32 domain,
        address target,
        bytes4 selector,
        bytes calldata data,
        uint256 arg,
        bool fromRegistry
    ) internal view {
        uint256 end = 36 + 32 * arg;
        if (data.length < end) {
            revert ShardGovernorCalldataTooShort(target, selector, data.length, end);
        }
        uint256 value = uint256(bytes32(data[end - 32:end]));
        if (value == 0 || value > type(uint32).max) {
            revert ShardGovernorInvalidRollupArgument(target, selector, value);
        }
        // Checked just above to fit a uint32.
        // forge-lint: disable-next-line(unsafe-typecast)
        RollupId rollupId = RollupId.wrap(uint32(value));
        // A rollup not synced yet (or unknown: the registry reverts with
        // RollupRegistryUnknownRollup) is looked up in the registry.
        uint32 rollupDomain = fromRegistry ? 0 : _rollupDomains[rollupId];
        if (rollupDomain == 0) rollupDomain = _registry.domainOf(rollupId);
        if (rollupDomain != domain) {
            revert ShardGovernorForeignRollup(target, selector, rollupId, rollupDomain, domain);
        }
    }

    /// @dev OpenZeppelin Governor's `_isValidDescriptionForProposer`: if the description's last 52
    ///      bytes are `#proposer=0x` followed by 40 hex digits (either case), only that address
    ///      may propose it. A malformed suffix restricts nothing, as in OZ.
    function _checkDescriptionProposer(string calldata description) internal view {
        uint256 length = bytes(description).length;
        if (length < 52) return;
        uint256 start = length - 52;
        if (bytes12(bytes(description[start:start + 12])) != bytes12("#proposer=0x")) return;
        uint160 value = 0;
        for (uint256 i = start + 12; i < length; ++i) {
            uint8 c = uint8(bytes(description)[i]);
            uint8 digit = 0;
            if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
            else if (c >= 0x61 && c <= 0x66) digit = c - 0x57;
            else if (c >= 0x41 && c <= 0x46) digit = c - 0x37;
            else return;
            value = (value << 4) | digit;
        }
        address expected = address(value);
        if (expected != msg.sender) revert ShardGovernorRestrictedProposer(msg.sender, expected);
    }

    function _checkProposer(uint32 domain, uint96 threshold) internal view {
        // The hub only answers for the past; one second ago also stops a flash stake.
        uint256 stake = _hub.getPastDomainStake(msg.sender, domain, clock() - 1);
        if (stake < threshold) {
            revert ShardGovernorInsufficientProposerStake(msg.sender, domain, stake, threshold);
        }
    }

    function _create(uint256 proposalId, uint32 domain, StoredSettings memory s)
        internal
        returns (uint48 voteStart, uint48 voteEnd)
    {
        Proposal storage p = _proposals[proposalId];
        if (p.voteStart != 0) revert ShardGovernorProposalExists(proposalId);
        // A timestamp is below 2^40 and both settings below 2^32.
        unchecked {
            voteStart = clock() + s.votingDelay;
            voteEnd = voteStart + s.votingPeriod;
        }
        p.domain = domain;
        // Timestamps fit 40 bits until the year 36812.
        // forge-lint: disable-next-line(unsafe-typecast)
        p.voteStart = uint40(voteStart);
        // forge-lint: disable-next-line(unsafe-typecast)
        p.voteEnd = uint40(voteEnd);
        p.quorumBps = s.quorumBps;
        p.minQuorumEra = s.minQuorumEra;
    }

    function _expectState(uint256 proposalId, ShardProposalState expected) internal view {
        ShardProposalState current = state(proposalId);
        if (current != expected) {
            revert ShardGovernorUnexpectedState(proposalId, current, expected);
        }
    }

    /// @dev The hub keeps domain totals per stake period (a day) rather than per second, which
    ///      keeps the stake history out of a staker's gas; voting power stays exact at the
    ///      snapshot. The share lags stake added on the snapshot's day (and is 0 on a domain's
    ///      first day), which the floor covers.
    function _quorum(Proposal storage p) internal view returns (uint256) {
        uint256 share =
            _hub.getTotalDomainStakeAtPeriodStart(p.domain, p.voteStart) * p.quorumBps / _BPS;
        uint256 floor = uint256(p.minQuorumEra) * _ERA;
        return share > floor ? share : floor;
    }

    function _setSettings(ShardSettings memory s) internal {
        if (s.votingDelay > MAX_VOTING_DELAY) {
            revert ShardGovernorVotingDelayOutOfBounds(s.votingDelay, MAX_VOTING_DELAY);
        }
        if (s.votingPeriod < MIN_VOTING_PERIOD || s.votingPeriod > MAX_VOTING_PERIOD) {
            revert ShardGovernorVotingPeriodOutOfBounds(
                s.votingPeriod, MIN_VOTING_PERIOD, MAX_VOTING_PERIOD
            );
        }
        if (s.quorumBps < MIN_QUORUM_BPS || s.quorumBps > MAX_QUORUM_BPS) {
            revert ShardGovernorQuorumOutOfBounds(s.quorumBps, MIN_QUORUM_BPS, MAX_QUORUM_BPS);
        }
        if (
            s.proposalThreshold < MIN_PROPOSAL_THRESHOLD
                || s.proposalThreshold > MAX_PROPOSAL_THRESHOLD
        ) {
            revert ShardGovernorProposalThresholdOutOfBounds(
                s.proposalThreshold, MIN_PROPOSAL_THRESHOLD, MAX_PROPOSAL_THRESHOLD
            );
        }
        if (s.minQuorum < MIN_QUORUM_FLOOR || s.minQuorum > MAX_QUORUM_FLOOR) {
            revert ShardGovernorMinQuorumOutOfBounds(
                s.minQuorum, MIN_QUORUM_FLOOR, MAX_QUORUM_FLOOR
            );
        }
        if (s.minQuorum % _ERA != 0) revert ShardGovernorMinQuorumNotWholeEra(s.minQuorum);
        // At most MAX_QUORUM_FLOOR / 1 ERA = 10^7 whole ERA: fits a uint32.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint32 minQuorumEra = uint32(s.minQuorum / _ERA);
        _settings = StoredSettings(
            s.votingDelay, s.votingPeriod, s.quorumBps, s.proposalThreshold, minQuorumEra
        );
        emit SettingsChanged(
            s.votingDelay, s.votingPeriod, s.quorumBps, s.proposalThreshold, s.minQuorum
        );
    }

    function _hashProposal(
        uint32 domain,
        address[] calldata targets,
        bytes[] calldata calldatas,
        bytes32 descriptionHash
    ) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(domain, targets, calldatas, descriptionHash)));
    }
}
