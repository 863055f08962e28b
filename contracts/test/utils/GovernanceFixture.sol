// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CoreGovernor} from "../../src/governance/CoreGovernor.sol";
import {EraTimelock} from "../../src/governance/EraTimelock.sol";
import {ShardGovernor} from "../../src/governance/ShardGovernor.sol";
import {IRollupRegistry} from "../../src/interfaces/IRollupRegistry.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {StakingFixture} from "./StakingFixture.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";

/// @notice ERA, the registry and the hub (StakingFixture) with both governance layers on top,
///         handed over as on a real network: the core timelock administers the registry, the hub,
///         the shard governor and the shard timelock; the shard timelock holds PARAMETER; the
///         council and the core timelock can veto shard proposals. Periods are real-network-like.
abstract contract GovernanceFixture is StakingFixture {
    uint48 internal constant CORE_VOTING_DELAY = 1 days;
    uint32 internal constant CORE_VOTING_PERIOD = 7 days;
    uint256 internal constant CORE_PROPOSAL_THRESHOLD = 1_000_000 ether;
    uint256 internal constant CORE_QUORUM_PERCENT = 4;
    uint48 internal constant LATE_QUORUM_EXTENSION = 2 days;
    uint256 internal constant CORE_TIMELOCK_DELAY = 2 days;

    uint32 internal constant SHARD_VOTING_DELAY = 1 hours;
    uint32 internal constant SHARD_VOTING_PERIOD = 1 days;
    uint16 internal constant SHARD_QUORUM_BPS = 2000;
    uint96 internal constant SHARD_PROPOSAL_THRESHOLD = 100 ether;
    /// @dev Below both seeded domains' quorum shares (1,200 and 600 ERA), so after the fixture's
    ///      first stake period the share decides; on a domain's first day the floor does.
    uint96 internal constant SHARD_MIN_QUORUM = 500 ether;
    uint256 internal constant SHARD_TIMELOCK_DELAY = 1 days;

    uint256 internal constant CORE_VOTER_A_ERA = 30_000_000 ether;
    uint256 internal constant CORE_VOTER_B_ERA = 15_000_000 ether;

    address internal council = makeAddr("council");
    address internal coreVoterA = makeAddr("coreVoterA");
    address internal coreVoterB = makeAddr("coreVoterB");

    address internal validatorA = makeAddr("validatorA");
    address internal validatorA2 = makeAddr("validatorA2");
    address internal validatorB = makeAddr("validatorB");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    EraTimelock internal coreTimelock;
    CoreGovernor internal coreGovernor;
    EraTimelock internal shardTimelock;
    ShardGovernor internal shardGovernor;

    /// @dev Deploys everything, hands it over to the core timelock (`admin` keeps nothing),
    ///      allow-lists `RollupRegistry.setGasLimit` for shards and seeds stake and votes:
    ///      domain A: validatorA 1,000 + alice 3,000 on rollupA, validatorA2 1,000 + bob 1,000 on
    ///      rollupA2 (6,000 in all); domain B: validatorB 1,000 + carol 2,000 on rollupB. Ends one
    ///      stake period later, so the seeded stake is what each domain held when it began.
    function _deployGovernance() internal {
        _deployStaking();
        address[] memory none = new address[](0);
        coreTimelock = new EraTimelock(CORE_TIMELOCK_DELAY, none, none, admin);
        coreGovernor = new CoreGovernor(
            era,
            coreTimelock,
            CORE_VOTING_DELAY,
            CORE_VOTING_PERIOD,
            CORE_PROPOSAL_THRESHOLD,
            CORE_QUORUM_PERCENT,
            LATE_QUORUM_EXTENSION
        );
        shardTimelock = new EraTimelock(SHARD_TIMELOCK_DELAY, none, none, admin);
        shardGovernor = new ShardGovernor(
            address(coreTimelock),
            hub,
            IRollupRegistry(address(registry)),
            shardTimelock,
            SHARD_VOTING_DELAY,
            SHARD_VOTING_PERIOD,
            SHARD_QUORUM_BPS,
            SHARD_PROPOSAL_THRESHOLD,
            SHARD_MIN_QUORUM
        );

        vm.startPrank(admin);
        coreTimelock.grantRole(coreTimelock.PROPOSER_ROLE(), address(coreGovernor));
        coreTimelock.grantRole(coreTimelock.CANCELLER_ROLE(), address(coreGovernor));
        coreTimelock.grantRole(coreTimelock.EXECUTOR_ROLE(), address(coreGovernor));
        shardTimelock.grantRole(shardTimelock.PROPOSER_ROLE(), address(shardGovernor));
        shardTimelock.grantRole(shardTimelock.EXECUTOR_ROLE(), address(shardGovernor));
        shardTimelock.grantRole(shardTimelock.CANCELLER_ROLE(), address(coreTimelock));
        shardTimelock.grantRole(shardTimelock.CANCELLER_ROLE(), council);
        registry.revokeRole(Roles.PARAMETER, shardGov);
        registry.grantRole(Roles.PARAMETER, address(shardTimelock));
        registry.grantRole(Roles.PARAMETER, address(coreTimelock));
        bytes32 adminRole = registry.DEFAULT_ADMIN_ROLE();
        registry.grantRole(adminRole, address(coreTimelock));
        hub.grantRole(adminRole, address(coreTimelock));
        shardTimelock.grantRole(adminRole, address(coreTimelock));
        registry.renounceRole(adminRole, admin);
        hub.renounceRole(adminRole, admin);
        shardTimelock.renounceRole(adminRole, admin);
        coreTimelock.renounceRole(adminRole, admin);
        vm.stopPrank();

        shardGovernor.syncRollups();
        vm.prank(address(coreTimelock));
        shardGovernor.allowCall(address(registry), IRollupRegistry.setGasLimit.selector, uint8(1));

        _registerValidator(validatorA, rollupA, 1000, MIN_STAKE);
        _registerValidator(validatorA2, rollupA2, 1000, MIN_STAKE);
        _registerValidator(validatorB, rollupB, 1000, MIN_STAKE);
        _delegate(alice, validatorA, 3000 ether);
        _delegate(bob, validatorA2, 1000 ether);
        _delegate(carol, validatorB, 2000 ether);

        _giveVotes(coreVoterA, CORE_VOTER_A_ERA);
        _giveVotes(coreVoterB, CORE_VOTER_B_ERA);
        // Into the next stake period: the seeded stake is the domain totals' period-start value,
        // which shard quorums are a share of.
        vm.warp(block.timestamp + hub.STAKE_PERIOD());
    }

    function _giveVotes(address who, uint256 amount) internal {
        vm.prank(treasury);
        era.transfer(who, amount);
        vm.prank(who);
        era.delegate(who);
    }

    // ------------------------------------------------------------------------------------------
    // Shard helpers
    // ------------------------------------------------------------------------------------------

    function _gasLimitAction(RollupId id, uint64 gasLimit)
        internal
        view
        returns (address[] memory targets, bytes[] memory calldatas)
    {
        targets = new address[](1);
        calldatas = new bytes[](1);
        targets[0] = address(registry);
        calldatas[0] = abi.encodeCall(IRollupRegistry.setGasLimit, (id, gasLimit));
    }

    function _proposeShard(
        address proposer,
        uint32 domain,
        address[] memory targets,
        bytes[] memory calldatas,
        string memory description
    ) internal returns (uint256 proposalId) {
        vm.prank(proposer);
        proposalId = shardGovernor.propose(domain, targets, calldatas, description);
    }

    function _voteShard(uint256 proposalId, address voter, uint8 support) internal {
        vm.prank(voter);
        shardGovernor.castVote(proposalId, support);
    }

    /// @dev Moves to the first second of voting.
    function _toShardVoting(uint256 proposalId) internal {
        (, uint48 voteStart,,,) = shardGovernor.proposal(proposalId);
        vm.warp(uint256(voteStart) + 1);
    }

    /// @dev Moves past the last second of voting.
    function _toShardVoteEnd(uint256 proposalId) internal {
        (,, uint48 voteEnd,,) = shardGovernor.proposal(proposalId);
        vm.warp(uint256(voteEnd) + 1);
    }

    /// @dev Proposes a gas-limit change for `id` in domain A, passes it with alice's vote and
    ///      queues it. Returns the proposal id and its actions.
    function _queuedGasLimitProposal(RollupId id, uint64 gasLimit, string memory description)
        internal
        returns (uint256 proposalId, address[] memory targets, bytes[] memory calldatas)
    {
        (targets, calldatas) = _gasLimitAction(id, gasLimit);
        proposalId = _proposeShard(alice, DOMAIN_A, targets, calldatas, description);
        _toShardVoting(proposalId);
        _voteShard(proposalId, alice, 1);
        _toShardVoteEnd(proposalId);
        shardGovernor.queue(DOMAIN_A, targets, calldatas, keccak256(bytes(description)));
    }

    // ------------------------------------------------------------------------------------------
    // Core helpers
    // ------------------------------------------------------------------------------------------

    function _coreCall(address target, bytes memory data)
        internal
        pure
        returns (address[] memory targets, uint256[] memory values, bytes[] memory calldatas)
    {
        targets = new address[](1);
        values = new uint256[](1);
        calldatas = new bytes[](1);
        targets[0] = target;
        calldatas[0] = data;
    }

    /// @dev Runs a one-call core proposal through propose, vote (both core voters for), queue and
    ///      execute.
    function _coreExecute(address target, bytes memory data, string memory description)
        internal
        returns (uint256 proposalId)
    {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            _coreCall(target, data);
        vm.prank(coreVoterA);
        proposalId = coreGovernor.propose(targets, values, calldatas, description);
        vm.warp(coreGovernor.proposalSnapshot(proposalId) + 1);
        vm.prank(coreVoterA);
        coreGovernor.castVote(proposalId, 1);
        vm.prank(coreVoterB);
        coreGovernor.castVote(proposalId, 1);
        vm.warp(coreGovernor.proposalDeadline(proposalId) + 1);
        bytes32 descriptionHash = keccak256(bytes(description));
        coreGovernor.queue(targets, values, calldatas, descriptionHash);
        vm.warp(coreGovernor.proposalEta(proposalId));
        coreGovernor.execute(targets, values, calldatas, descriptionHash);
        assertEq(uint8(coreGovernor.state(proposalId)), uint8(IGovernor.ProposalState.Executed));
    }
}
