// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EraTimelock} from "../../../src/governance/EraTimelock.sol";
import {ShardGovernor} from "../../../src/governance/ShardGovernor.sol";
import {IRollupRegistry} from "../../../src/interfaces/IRollupRegistry.sol";
import {ShardProposalState} from "../../../src/interfaces/IShardGovernor.sol";
import {RollupRegistry} from "../../../src/registry/RollupRegistry.sol";
import {StakingHub} from "../../../src/staking/StakingHub.sol";
import {EraToken} from "../../../src/token/EraToken.sol";
import {RollupId} from "../../../src/types/RollupId.sol";
import {MockRollupTarget} from "../../utils/MockRollupTarget.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the shard layer across two domains with random proposals (valid, foreign,
///         unlisted, mixed), votes, stake changes, time, queueing, execution, vetoes and
///         allow-list changes by core governance, and records in ghost variables what every
///         successful execution did and whether it should have been possible.
contract ShardGovernanceHandler is Test {
    struct Tracked {
        uint256 id;
        uint32 domain;
        address[] targets;
        bytes[] calldatas;
        bytes32 descriptionHash;
    }

    ShardGovernor internal immutable _governor;
    EraTimelock internal immutable _timelock;
    RollupRegistry internal immutable _registry;
    StakingHub internal immutable _hub;
    EraToken internal immutable _era;
    MockRollupTarget internal immutable _mock;
    address internal immutable _core;
    address internal immutable _council;
    address internal immutable _treasury;

    address[] internal _voters;
    address[] internal _validators;
    RollupId[] internal _rollups;
    Tracked[] internal _proposals;
    uint256 internal _nonce;

    // Ghosts.
    mapping(RollupId rollupId => uint64) public ghostGasLimit;
    uint256 public ghostProposed;
    uint256 public ghostVotes;
    uint256 public ghostQueued;
    uint256 public ghostExecuted;
    uint256 public ghostExecutedCalls;
    bool public ghostAcceptedInvalid;
    bool public ghostForeignExecution;
    bool public ghostUnlistedExecution;
    bool public ghostExecutedWithoutPass;

    /// @dev What the handler drives; a struct keeps the constructor's stack small.
    struct Setup {
        ShardGovernor governor;
        EraTimelock timelock;
        RollupRegistry registry;
        StakingHub hub;
        EraToken era;
        MockRollupTarget mock;
        address core;
        address council;
        address treasury;
        address[] voters;
        address[] validators;
        RollupId[] rollups;
    }

    constructor(Setup memory setup) {
        _governor = setup.governor;
        _timelock = setup.timelock;
        _registry = setup.registry;
        _hub = setup.hub;
        _era = setup.era;
        _mock = setup.mock;
        _core = setup.core;
        _council = setup.council;
        _treasury = setup.treasury;
        _voters = setup.voters;
        _validators = setup.validators;
        _rollups = setup.rollups;
        for (uint256 i; i < setup.rollups.length; ++i) {
            ghostGasLimit[setup.rollups[i]] = setup.registry.getRollup(setup.rollups[i]).gasLimit;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Actions
    // ------------------------------------------------------------------------------------------

    /// @dev kind 0: setGasLimit; 1: setMinValidatorStake (never allow-listed); 2: mock link of two
    ///      rollups; 3: two setGasLimit actions. Rollups are drawn from both domains.
    function propose(
        uint256 proposerSeed,
        uint256 domainSeed,
        uint256 kind,
        uint256 rollupSeed,
        uint64 gasLimit
    ) external {
        address proposer = _voters[proposerSeed % _voters.length];
        // Mostly the proposer's own domain and rollups of the proposal's domain, sometimes not:
        // enough valid proposals to reach execution, enough invalid ones to be rejected.
        uint32 home = _hub.getDomainStake(proposer, 1) != 0 ? 1 : 2;
        uint32 domain = domainSeed % 4 == 0 ? 3 - home : home;
        kind = bound(kind, 0, 3);
        gasLimit = uint64(bound(gasLimit, 1_000_000, 1_000_000_000));
        RollupId r1 = _pickRollup(domain, rollupSeed);
        RollupId r2 = _pickRollup(domain, rollupSeed >> 8);

        uint256 count = kind == 3 ? 2 : 1;
        address[] memory targets = new address[](count);
        bytes[] memory calldatas = new bytes[](count);
        if (kind == 0 || kind == 3) {
            targets[0] = address(_registry);
            calldatas[0] = abi.encodeCall(IRollupRegistry.setGasLimit, (r1, gasLimit));
            if (kind == 3) {
                targets[1] = address(_registry);
                calldatas[1] = abi.encodeCall(IRollupRegistry.setGasLimit, (r2, gasLimit + 1));
            }
        } else if (kind == 1) {
            targets[0] = address(_registry);
            calldatas[0] = abi.encodeCall(IRollupRegistry.setMinValidatorStake, (r1, 1 ether));
        } else {
            targets[0] = address(_mock);
            calldatas[0] = abi.encodeCall(MockRollupTarget.link, (r1, gasLimit, r2));
        }
        bool valid = _allValid(domain, targets, calldatas);

        string memory description = string.concat("proposal ", vm.toString(++_nonce));
        vm.prank(proposer);
        try _governor.propose(domain, targets, calldatas, description) returns (uint256 id) {
            ++ghostProposed;
            if (!valid) ghostAcceptedInvalid = true;
            _proposals.push(Tracked(id, domain, targets, calldatas, keccak256(bytes(description))));
        } catch {}
    }

    function vote(uint256 proposalSeed, uint256 voterSeed, uint8 support) external {
        if (_proposals.length == 0) return;
        _vote(_proposals[proposalSeed % _proposals.length], voterSeed, support);
    }

    /// @dev Stake moves between proposals' snapshots: only stake at the snapshot counts.
    function stake(uint256 voterSeed, uint256 validatorSeed, uint256 amount) external {
        address voter = _voters[voterSeed % _voters.length];
        address validator = _validators[validatorSeed % _validators.length];
        amount = bound(amount, 1 ether, 5000 ether);
        vm.prank(_treasury);
        _era.transfer(voter, amount);
        vm.startPrank(voter);
        _era.approve(address(_hub), amount);
        _hub.delegate(validator, amount);
        vm.stopPrank();
    }

    /// @dev Steps that land inside and across the voting delay (1 h), period (1 day) and shard
    ///      timelock delay (1 day), plus an odd one.
    function warp(uint256 seed) external {
        uint256[5] memory steps = [uint256(1 hours + 1), 6 hours, 1 days + 1, 1 days + 1 hours, 0];
        uint256 step = steps[seed % 5];
        vm.warp(block.timestamp + (step == 0 ? bound(seed >> 8, 1, 2 days) : step));
    }

    function queue(uint256 proposalSeed) external {
        if (_proposals.length == 0) return;
        _queue(_proposals[proposalSeed % _proposals.length]);
    }

    function execute(uint256 proposalSeed) external {
        if (_proposals.length == 0) return;
        _execute(_proposals[proposalSeed % _proposals.length]);
    }

    /// @dev Moves a proposal one stage on (to its voting period, a vote, past its deadline, into
    ///      the timelock, to readiness and execution), so that random runs reach execution
    ///      often; the other actions interleave freely.
    function progress(uint256 proposalSeed, uint256 voterSeed, uint8 support) external {
        if (_proposals.length == 0) return;
        // The newest proposal half of the time: it is the one most likely still alive.
        uint256 index =
            proposalSeed % 2 == 0 ? _proposals.length - 1 : (proposalSeed >> 1) % _proposals.length;
        Tracked storage p = _proposals[index];
        ShardProposalState current = _governor.state(p.id);
        (, uint48 voteStart, uint48 voteEnd,,) = _governor.proposal(p.id);
        if (current == ShardProposalState.Pending) {
            vm.warp(uint256(voteStart) + 1);
        } else if (current == ShardProposalState.Active) {
            // A voter with stake in the proposal's domain who has not voted yet, if any.
            for (uint256 i; i < _voters.length; ++i) {
                uint256 seed = voterSeed % _voters.length + i;
                address voter = _voters[seed % _voters.length];
                if (_governor.hasVoted(p.id, voter)) continue;
                if (_governor.getVotes(voter, p.domain, voteStart) == 0) continue;
                voterSeed = seed;
                break;
            }
            // For three times in four (choice 1), against otherwise (choice 0).
            _vote(p, voterSeed, support % 4 == 0 ? 0 : 1);
            if (voterSeed % 3 == 0) vm.warp(uint256(voteEnd) + 1);
        } else if (current == ShardProposalState.Succeeded) {
            _queue(p);
        } else if (current == ShardProposalState.Queued) {
            uint256 readyAt = _timelock.getTimestamp(_governor.proposalOperation(p.id));
            if (block.timestamp < readyAt && voterSeed % 4 != 0) vm.warp(readyAt);
            _execute(p);
        }
    }

    /// @dev Acts one time in four, so that vetoes do not starve executions.
    function veto(uint256 proposalSeed, bool byCore) external {
        if (_proposals.length == 0 || proposalSeed % 4 != 0) return;
        bytes32 operation =
            _governor.proposalOperation(_proposals[proposalSeed % _proposals.length].id);
        if (operation == 0) return;
        vm.prank(byCore ? _core : _council);
        try _timelock.cancel(operation) {} catch {}
    }

    /// @dev Core governance allow-lists or delists one of the two shard calls.
    function toggleAllowList(uint256 seed) external {
        // Acts one time in four, so that delisting does not starve executions.
        if (seed % 8 > 1) return;
        bool gasLimitCall = seed % 2 == 0;
        address target = gasLimitCall ? address(_registry) : address(_mock);
        bytes4 selector =
            gasLimitCall ? IRollupRegistry.setGasLimit.selector : MockRollupTarget.link.selector;
        vm.startPrank(_core);
        if (_governor.allowedCall(target, selector) == 0) {
            _governor.allowCall(target, selector, gasLimitCall ? 0x01 : 0x05);
        } else {
            _governor.disallowCall(target, selector);
        }
        vm.stopPrank();
    }

    // ------------------------------------------------------------------------------------------
    // Views for the invariants
    // ------------------------------------------------------------------------------------------

    function proposalCount() external view returns (uint256) {
        return _proposals.length;
    }

    function proposalId(uint256 index) external view returns (uint256) {
        return _proposals[index].id;
    }

    function rollupList() external view returns (RollupId[] memory) {
        return _rollups;
    }

    /// @dev Whether the proposal's tally is a pass: for > against and for + abstain >= quorum.
    function passed(uint256 id) public view returns (bool) {
        (uint256 against, uint256 forVotes, uint256 abstain) = _governor.proposalVotes(id);
        return forVotes > against && forVotes + abstain >= _governor.proposalQuorum(id);
    }

    // ------------------------------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------------------------------

    function _vote(Tracked storage p, uint256 voterSeed, uint8 support) internal {
        // Against, for, for, abstain: passes are common enough to reach execution.
        uint8[4] memory choices = [0, 1, 1, 2];
        vm.prank(_voters[voterSeed % _voters.length]);
        try _governor.castVote(p.id, choices[support % 4]) {
            ++ghostVotes;
        } catch {}
    }

    function _queue(Tracked storage p) internal {
        try _governor.queue(p.domain, p.targets, p.calldatas, p.descriptionHash) {
            ++ghostQueued;
        } catch {}
    }

    function _execute(Tracked storage p) internal {
        bytes32 operation = _governor.proposalOperation(p.id);
        uint256 readyAt = operation == 0 ? 0 : _timelock.getTimestamp(operation);
        bool listed = _allListed(p.targets, p.calldatas);
        try _governor.execute(p.domain, p.targets, p.calldatas, p.descriptionHash) {
            ++ghostExecuted;
            if (!passed(p.id) || readyAt <= 1 || block.timestamp < readyAt) {
                ghostExecutedWithoutPass = true;
            }
            if (!listed) ghostUnlistedExecution = true;
            _recordCalls(p);
        } catch {}
    }

    function _recordCalls(Tracked storage p) internal {
        for (uint256 i; i < p.targets.length; ++i) {
            ++ghostExecutedCalls;
            bytes memory data = p.calldatas[i];
            RollupId[] memory touched = _touched(p.targets[i], data);
            for (uint256 j; j < touched.length; ++j) {
                if (_registry.domainOf(touched[j]) != p.domain) ghostForeignExecution = true;
            }
            if (p.targets[i] == address(_registry)) {
                (, uint256 gasLimit) = abi.decode(_args(data), (uint256, uint256));
                ghostGasLimit[touched[0]] = uint64(gasLimit);
            }
        }
    }

    /// @dev The rollups an action touches, decoded independently of the governor.
    function _touched(address target, bytes memory data)
        internal
        view
        returns (RollupId[] memory touched)
    {
        if (target == address(_mock)) {
            (uint256 from,, uint256 to) = abi.decode(_args(data), (uint256, uint256, uint256));
            touched = new RollupId[](2);
            touched[0] = RollupId.wrap(uint32(from));
            touched[1] = RollupId.wrap(uint32(to));
        } else {
            (uint256 id,) = abi.decode(_args(data), (uint256, uint256));
            touched = new RollupId[](1);
            touched[0] = RollupId.wrap(uint32(id));
        }
    }

    /// @dev A rollup of `domain` three times in four, any rollup otherwise.
    function _pickRollup(uint32 domain, uint256 seed) internal view returns (RollupId) {
        RollupId any = _rollups[(seed >> 2) % _rollups.length];
        if (seed % 4 == 0) return any;
        for (uint256 i; i < _rollups.length; ++i) {
            RollupId candidate = _rollups[(i + (seed >> 2)) % _rollups.length];
            if (_registry.domainOf(candidate) == domain) return candidate;
        }
        return any;
    }

    function _allValid(uint32 domain, address[] memory targets, bytes[] memory calldatas)
        internal
        view
        returns (bool)
    {
        if (!_allListed(targets, calldatas)) return false;
        for (uint256 i; i < targets.length; ++i) {
            RollupId[] memory touched = _touched(targets[i], calldatas[i]);
            for (uint256 j; j < touched.length; ++j) {
                if (_registry.domainOf(touched[j]) != domain) return false;
            }
        }
        return true;
    }

    function _allListed(address[] memory targets, bytes[] memory calldatas)
        internal
        view
        returns (bool)
    {
        for (uint256 i; i < targets.length; ++i) {
            if (_governor.allowedCall(targets[i], bytes4(calldatas[i])) == 0) return false;
        }
        return true;
    }

    function _args(bytes memory data) internal pure returns (bytes memory args) {
        args = new bytes(data.length - 4);
        for (uint256 i; i < args.length; ++i) {
            args[i] = data[i + 4];
        }
    }
}
