// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ShardGovernor} from "../../src/governance/ShardGovernor.sol";
import {
    IRollupRegistry,
    IRollupRegistryErrors,
    IRollupRegistryEvents,
    RollupKind
} from "../../src/interfaces/IRollupRegistry.sol";
import {
    IShardGovernorErrors,
    IShardGovernorEvents,
    ShardProposalState,
    ShardSettings
} from "../../src/interfaces/IShardGovernor.sol";
import {IStakingHub} from "../../src/interfaces/IStakingHub.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {GovernanceFixture} from "../utils/GovernanceFixture.sol";
import {MockRollupTarget} from "../utils/MockRollupTarget.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

contract ShardGovernorTest is GovernanceFixture, IShardGovernorErrors, IShardGovernorEvents {
    uint64 internal constant NEW_GAS_LIMIT = 45_000_000;
    string internal constant DESCRIPTION = "Raise rollup A's gas limit to 45M";

    address internal stranger = makeAddr("stranger");
    bytes4 internal setGasLimit = IRollupRegistry.setGasLimit.selector;

    function setUp() public {
        _deployGovernance();
    }

    // --- constructor ---------------------------------------------------------------------------

    function test_constructor_setsWiringAndSettings() public view {
        assertTrue(shardGovernor.hasRole(shardGovernor.DEFAULT_ADMIN_ROLE(), address(coreTimelock)));
        assertEq(address(shardGovernor.stakingHub()), address(hub));
        assertEq(address(shardGovernor.rollupRegistry()), address(registry));
        assertEq(shardGovernor.timelock(), address(shardTimelock));
        ShardSettings memory s = shardGovernor.settings();
        assertEq(s.votingDelay, SHARD_VOTING_DELAY);
        assertEq(s.votingPeriod, SHARD_VOTING_PERIOD);
        assertEq(s.quorumBps, SHARD_QUORUM_BPS);
        assertEq(s.proposalThreshold, SHARD_PROPOSAL_THRESHOLD);
        assertEq(s.minQuorum, SHARD_MIN_QUORUM);
        assertEq(shardGovernor.clock(), block.timestamp);
        assertEq(shardGovernor.CLOCK_MODE(), "mode=timestamp");
    }

    function test_constructor_revertsWhenZeroAddress() public {
        vm.expectRevert(ShardGovernorZeroAddress.selector);
        _newGovernor(address(0), hub, 0, 1 days, 2000, 1, 1 ether);
        vm.expectRevert(ShardGovernorZeroAddress.selector);
        _newGovernor(admin, IStakingHub(address(0)), 0, 1 days, 2000, 1, 1 ether);
    }

    function test_constructor_revertsWhenSettingsOutOfBounds() public {
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorVotingDelayOutOfBounds.selector, 7 days + 1, 7 days)
        );
        _newGovernor(admin, hub, 7 days + 1, 1 days, 2000, 1, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorVotingPeriodOutOfBounds.selector, 59, 60, 14 days)
        );
        _newGovernor(admin, hub, 0, 59, 2000, 1, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorVotingPeriodOutOfBounds.selector, 14 days + 1, 60, 14 days
            )
        );
        _newGovernor(admin, hub, 0, 14 days + 1, 2000, 1, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorQuorumOutOfBounds.selector, 99, 100, 5000)
        );
        _newGovernor(admin, hub, 0, 1 days, 99, 1, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorQuorumOutOfBounds.selector, 5001, 100, 5000)
        );
        _newGovernor(admin, hub, 0, 1 days, 5001, 1, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorProposalThresholdOutOfBounds.selector, 0, 1, 10_000_000 ether
            )
        );
        _newGovernor(admin, hub, 0, 1 days, 2000, 0, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorProposalThresholdOutOfBounds.selector,
                10_000_000 ether + 1,
                1,
                10_000_000 ether
            )
        );
        _newGovernor(admin, hub, 0, 1 days, 2000, 10_000_000 ether + 1, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorMinQuorumOutOfBounds.selector, 0, 1 ether, 10_000_000 ether
            )
        );
        _newGovernor(admin, hub, 0, 1 days, 2000, 1, 0);
    }

    // --- propose -------------------------------------------------------------------------------

    function test_propose_createsProposal() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        uint256 expectedId =
            shardGovernor.hashProposal(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
        uint48 voteStart = uint48(block.timestamp) + SHARD_VOTING_DELAY;
        vm.expectEmit(address(shardGovernor));
        emit ProposalCreated(
            expectedId,
            DOMAIN_A,
            alice,
            targets,
            calldatas,
            voteStart,
            voteStart + SHARD_VOTING_PERIOD,
            DESCRIPTION
        );
        uint256 id = _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
        assertEq(id, expectedId);
        (uint32 domain, uint48 start, uint48 end, uint16 quorumBps, uint96 minQuorum) =
            shardGovernor.proposal(id);
        assertEq(domain, DOMAIN_A);
        assertEq(start, voteStart);
        assertEq(end, voteStart + SHARD_VOTING_PERIOD);
        assertEq(quorumBps, SHARD_QUORUM_BPS);
        assertEq(minQuorum, SHARD_MIN_QUORUM);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Pending));
    }

    function test_propose_acceptsEveryRollupOfTheDomain() public {
        address[] memory targets = new address[](2);
        bytes[] memory calldatas = new bytes[](2);
        (targets[0], targets[1]) = (address(registry), address(registry));
        calldatas[0] = abi.encodeCall(IRollupRegistry.setGasLimit, (rollupA, NEW_GAS_LIMIT));
        calldatas[1] = abi.encodeCall(IRollupRegistry.setGasLimit, (rollupA2, NEW_GAS_LIMIT));
        uint256 id = _proposeShard(bob, DOMAIN_A, targets, calldatas, DESCRIPTION);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Pending));
    }

    function test_propose_revertsWhenRollupOfAnotherDomain() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupB, NEW_GAS_LIMIT);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorForeignRollup.selector,
                address(registry),
                setGasLimit,
                rollupB,
                DOMAIN_B,
                DOMAIN_A
            )
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    function test_propose_revertsWhenOneOfSeveralActionsIsForeign() public {
        address[] memory targets = new address[](2);
        bytes[] memory calldatas = new bytes[](2);
        (targets[0], targets[1]) = (address(registry), address(registry));
        calldatas[0] = abi.encodeCall(IRollupRegistry.setGasLimit, (rollupA, NEW_GAS_LIMIT));
        calldatas[1] = abi.encodeCall(IRollupRegistry.setGasLimit, (rollupB, NEW_GAS_LIMIT));
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorForeignRollup.selector,
                address(registry),
                setGasLimit,
                rollupB,
                DOMAIN_B,
                DOMAIN_A
            )
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    function test_propose_revertsWhenSelectorNotAllowListed() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        calldatas[0] = abi.encodeCall(IRollupRegistry.setMinValidatorStake, (rollupA, 1));
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorCallNotAllowed.selector,
                address(registry),
                IRollupRegistry.setMinValidatorStake.selector
            )
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    function test_propose_revertsWhenTargetNotAllowListed() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        targets[0] = address(hub);
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorCallNotAllowed.selector, address(hub), setGasLimit)
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    function test_propose_revertsWhenRollupUnknown() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(RollupId.wrap(99), NEW_GAS_LIMIT);
        vm.expectRevert(
            abi.encodeWithSelector(
                IRollupRegistryErrors.RollupRegistryUnknownRollup.selector, RollupId.wrap(99)
            )
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    function test_propose_revertsWhenRollupArgumentInvalid() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        calldatas[0] = abi.encodeWithSelector(setGasLimit, uint256(0), NEW_GAS_LIMIT);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorInvalidRollupArgument.selector, address(registry), setGasLimit, 0
            )
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);

        // A dirty high bit above the uint32 must not be read as rollup A.
        uint256 dirty = (uint256(1) << 32) | RollupId.unwrap(rollupA);
        calldatas[0] = abi.encodeWithSelector(setGasLimit, dirty, NEW_GAS_LIMIT);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorInvalidRollupArgument.selector, address(registry), setGasLimit, dirty
            )
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    function test_propose_revertsWhenCalldataTooShort() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        calldatas[0] = hex"aabbcc";
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorCalldataTooShort.selector, address(registry), bytes4(0), 3, 4
            )
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);

        calldatas[0] = abi.encodePacked(setGasLimit, uint128(1));
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorCalldataTooShort.selector, address(registry), setGasLimit, 20, 36
            )
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    function test_propose_revertsWhenActionCountInvalid() public {
        address[] memory targets = new address[](0);
        bytes[] memory calldatas = new bytes[](0);
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorInvalidActionCount.selector, 0, 0, 16));
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);

        (targets,) = _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        calldatas = new bytes[](2);
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorInvalidActionCount.selector, 1, 2, 16));
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);

        targets = new address[](17);
        calldatas = new bytes[](17);
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorInvalidActionCount.selector, 17, 17, 16)
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    function test_propose_revertsWhenProposerStakeBelowThreshold() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        // Carol's 2,000 ERA are staked in domain B: she has nothing in domain A.
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorInsufficientProposerStake.selector,
                carol,
                DOMAIN_A,
                0,
                SHARD_PROPOSAL_THRESHOLD
            )
        );
        _proposeShard(carol, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    function test_propose_revertsWhenStakeWasAddedThisSecond() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        _delegate(stranger, validatorA, 500 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorInsufficientProposerStake.selector,
                stranger,
                DOMAIN_A,
                0,
                SHARD_PROPOSAL_THRESHOLD
            )
        );
        _proposeShard(stranger, DOMAIN_A, targets, calldatas, DESCRIPTION);
        vm.warp(block.timestamp + 1);
        _proposeShard(stranger, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    function test_propose_revertsWhenProposalExists() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        uint256 id = _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorProposalExists.selector, id));
        _proposeShard(bob, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    // --- proposer suffix (issue 21.3: proposal squatting) --------------------------------------

    /// @dev The attack: bob sees alice's proposal in the mempool and submits the same actions
    ///      and description first, then votes it down; its id can never be proposed again. With
    ///      the `#proposer=` suffix alice's proposal cannot be squatted, and she can still make
    ///      the exact same actions pass after a copy without the suffix was defeated.
    function test_propose_squatterCannotTakeSuffixedDescription() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        // 1. Without a suffix the squat works: bob's copy takes the id and is defeated.
        uint256 squatted = _proposeShard(bob, DOMAIN_A, targets, calldatas, DESCRIPTION);
        _toShardVoting(squatted);
        _voteShard(squatted, bob, 0);
        _toShardVoteEnd(squatted);
        assertEq(uint8(shardGovernor.state(squatted)), uint8(ShardProposalState.Defeated));
        (uint256 against,,) = shardGovernor.proposalVotes(squatted);
        assertEq(against, 1000 ether);
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorProposalExists.selector, squatted));
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);

        // 2. Alice's suffixed description: bob cannot squat it, in lower case or checksummed.
        string memory mine = _withProposer(DESCRIPTION, alice, false);
        string memory mineChecksummed = _withProposer(DESCRIPTION, alice, true);
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorRestrictedProposer.selector, bob, alice)
        );
        _proposeShard(bob, DOMAIN_A, targets, calldatas, mine);
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorRestrictedProposer.selector, bob, alice)
        );
        _proposeShard(bob, DOMAIN_A, targets, calldatas, mineChecksummed);

        // 3. Alice proposes the same actions; the id is new, and it passes and executes.
        uint256 expectedId =
            shardGovernor.hashProposal(DOMAIN_A, targets, calldatas, keccak256(bytes(mine)));
        assertTrue(expectedId != squatted);
        uint256 id = _proposeShard(alice, DOMAIN_A, targets, calldatas, mine);
        assertEq(id, expectedId);
        _toShardVoting(id);
        _voteShard(id, alice, 1);
        _toShardVoteEnd(id);
        (, uint256 forVotes,) = shardGovernor.proposalVotes(id);
        assertEq(forVotes, 3000 ether);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Succeeded));
        shardGovernor.queue(DOMAIN_A, targets, calldatas, keccak256(bytes(mine)));
        vm.warp(block.timestamp + SHARD_TIMELOCK_DELAY);
        shardGovernor.execute(DOMAIN_A, targets, calldatas, keccak256(bytes(mine)));
        assertEq(registry.getRollup(rollupA).gasLimit, NEW_GAS_LIMIT);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Executed));
        // The checksummed spelling is a different description, also only alice's.
        uint256 second = _proposeShard(alice, DOMAIN_A, targets, calldatas, mineChecksummed);
        assertTrue(second != id);
    }

    /// @dev As in OpenZeppelin: a suffix that is not `#proposer=0x` + 40 hex digits at the very
    ///      end restricts nothing.
    function test_propose_malformedSuffixRestrictsNothing() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        string memory suffix = vm.toString(alice);
        // A non-hex digit.
        bytes memory bad = bytes(string.concat(DESCRIPTION, "#proposer=", suffix));
        bad[bad.length - 1] = "g";
        _proposeShard(bob, DOMAIN_A, targets, calldatas, string(bad));
        // Not at the end.
        _proposeShard(
            bob, DOMAIN_A, targets, calldatas, string.concat(DESCRIPTION, "#proposer=", suffix, " ")
        );
        // No 0x prefix (and so only 50 characters of suffix before the description).
        _proposeShard(
            bob,
            DOMAIN_A,
            targets,
            calldatas,
            string.concat(DESCRIPTION, "#proposer=00", _lowerHex(alice))
        );
        // Other marker.
        _proposeShard(
            bob, DOMAIN_A, targets, calldatas, string.concat(DESCRIPTION, "#proposed=", suffix)
        );
        // The suffix alone (exactly 52 characters) is checked.
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorRestrictedProposer.selector, bob, alice)
        );
        _proposeShard(bob, DOMAIN_A, targets, calldatas, string.concat("#proposer=", suffix));
    }

    /// @dev Only the named address passes the suffix check, whatever the case of the hex digits.
    function testFuzz_propose_suffixOnlyForNamedProposer(address named, bool checksummed) public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        string memory description = _withProposer(DESCRIPTION, named, checksummed);
        if (named != bob) {
            vm.expectRevert(
                abi.encodeWithSelector(ShardGovernorRestrictedProposer.selector, bob, named)
            );
        }
        uint256 id = _proposeShard(bob, DOMAIN_A, targets, calldatas, description);
        if (named == bob) {
            assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Pending));
        }
    }

    function _withProposer(string memory description, address proposer, bool checksummed)
        internal
        pure
        returns (string memory)
    {
        return string.concat(
            description,
            "#proposer=",
            checksummed ? vm.toString(proposer) : string.concat("0x", _lowerHex(proposer))
        );
    }

    function _lowerHex(address a) internal pure returns (string memory) {
        bytes memory out = new bytes(40);
        bytes16 digits = "0123456789abcdef";
        uint160 v = uint160(a);
        for (uint256 i = 40; i > 0; --i) {
            out[i - 1] = digits[v & 0xf];
            v >>= 4;
        }
        return string(out);
    }

    function test_propose_checksEveryMarkedRollupArgument() public {
        MockRollupTarget target = new MockRollupTarget();
        vm.prank(address(coreTimelock));
        shardGovernor.allowCall(address(target), MockRollupTarget.link.selector, 0x05);
        address[] memory targets = new address[](1);
        bytes[] memory calldatas = new bytes[](1);
        targets[0] = address(target);
        calldatas[0] = abi.encodeCall(MockRollupTarget.link, (rollupA, 7, rollupB));
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorForeignRollup.selector,
                address(target),
                MockRollupTarget.link.selector,
                rollupB,
                DOMAIN_B,
                DOMAIN_A
            )
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);

        calldatas[0] = abi.encodeCall(MockRollupTarget.link, (rollupA, 7, rollupA2));
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    // --- syncRollups --------------------------------------------------------------------------

    function test_syncRollups_copiesNewRollupDomains() public {
        assertEq(shardGovernor.syncedRollups(), 3);
        assertEq(shardGovernor.rollupDomain(rollupA2), DOMAIN_A);
        assertEq(shardGovernor.rollupDomain(rollupB), DOMAIN_B);
        assertEq(shardGovernor.syncRollups(), 0);
        RollupId fresh = _registerRollup(30, DOMAIN_B);
        assertEq(shardGovernor.rollupDomain(fresh), 0);
        vm.expectEmit(address(shardGovernor));
        emit RollupsSynced(3, 4);
        vm.prank(stranger);
        assertEq(shardGovernor.syncRollups(), 1);
        assertEq(shardGovernor.rollupDomain(fresh), DOMAIN_B);
        assertEq(shardGovernor.syncedRollups(), 4);
    }

    /// @dev An unsynced rollup is looked up in the registry: accepted in its own domain,
    ///      rejected in another.
    function test_propose_checksUnsyncedRollupAgainstRegistry() public {
        RollupId fresh = _registerRollup(30, DOMAIN_B);
        (address[] memory targets, bytes[] memory calldatas) = _gasLimitAction(fresh, NEW_GAS_LIMIT);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorForeignRollup.selector,
                address(registry),
                setGasLimit,
                fresh,
                DOMAIN_B,
                DOMAIN_A
            )
        );
        _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
        uint256 id = _proposeShard(carol, DOMAIN_B, targets, calldatas, DESCRIPTION);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Pending));
    }

    // --- castVote ------------------------------------------------------------------------------

    function test_castVote_countsDomainStakeAtSnapshot() public {
        uint256 id = _proposeGasLimit();
        _toShardVoting(id);
        vm.expectEmit(address(shardGovernor));
        emit VoteCast(alice, id, 1, 3000 ether);
        vm.prank(alice);
        assertEq(shardGovernor.castVote(id, 1), 3000 ether);
        _voteShard(id, bob, 0);
        _voteShard(id, validatorA, 2);
        (uint256 against, uint256 forVotes, uint256 abstain) = shardGovernor.proposalVotes(id);
        assertEq(against, 1000 ether);
        assertEq(forVotes, 3000 ether);
        assertEq(abstain, 1000 ether);
        assertTrue(shardGovernor.hasVoted(id, alice));
        assertFalse(shardGovernor.hasVoted(id, validatorA2));
    }

    function test_castVote_ignoresStakeAddedAfterSnapshot() public {
        uint256 id = _proposeGasLimit();
        _toShardVoting(id);
        _delegate(alice, validatorA, 10_000 ether);
        vm.prank(alice);
        assertEq(shardGovernor.castVote(id, 1), 3000 ether);
    }

    function test_castVote_revertsWhenStakerOfAnotherDomain() public {
        uint256 id = _proposeGasLimit();
        _toShardVoting(id);
        assertEq(shardGovernor.getVotes(carol, DOMAIN_B, block.timestamp - 1), 2000 ether);
        assertEq(shardGovernor.getVotes(carol, DOMAIN_A, block.timestamp - 1), 0);
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorNoVotingPower.selector, id, carol, DOMAIN_A)
        );
        _voteShard(id, carol, 1);
    }

    function test_castVote_revertsWhenAlreadyVoted() public {
        uint256 id = _proposeGasLimit();
        _toShardVoting(id);
        _voteShard(id, alice, 1);
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorAlreadyVoted.selector, id, alice));
        _voteShard(id, alice, 0);
    }

    function test_castVote_revertsWhenNotActive() public {
        uint256 id = _proposeGasLimit();
        (, uint48 voteStart, uint48 voteEnd,,) = shardGovernor.proposal(id);
        vm.warp(voteStart);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorUnexpectedState.selector,
                id,
                ShardProposalState.Pending,
                ShardProposalState.Active
            )
        );
        _voteShard(id, alice, 1);
        vm.warp(voteEnd);
        _voteShard(id, bob, 1);
        vm.warp(uint256(voteEnd) + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorUnexpectedState.selector,
                id,
                ShardProposalState.Defeated,
                ShardProposalState.Active
            )
        );
        _voteShard(id, alice, 1);
    }

    function test_castVote_revertsWhenInvalidVoteType() public {
        uint256 id = _proposeGasLimit();
        _toShardVoting(id);
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorInvalidVoteType.selector, 3));
        _voteShard(id, alice, 3);
    }

    function test_castVote_revertsWhenUnknownProposal() public {
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorUnknownProposal.selector, 42));
        _voteShard(42, alice, 1);
    }

    // --- state ---------------------------------------------------------------------------------

    function test_state_defeatedWithoutQuorum() public {
        uint256 id = _proposeGasLimit();
        _toShardVoting(id);
        // Quorum: 20% of 6,000 = 1,200, which is above the 500 floor and so applies;
        // validatorA's 1,000 for is above the floor but not enough.
        _voteShard(id, validatorA, 1);
        _toShardVoteEnd(id);
        assertEq(shardGovernor.proposalQuorum(id), 1200 ether);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Defeated));
    }

    /// @dev The quorum is a share of the domain's stake when the snapshot's stake period began:
    ///      stake added that day votes (voting power is exact at the snapshot) but is not in the
    ///      quorum base until the next period.
    function test_quorum_isShareOfStakeWhenSnapshotPeriodBegan() public {
        address dave = makeAddr("dave");
        _delegate(dave, validatorA, 4000 ether);
        uint256 id = _proposeGasLimit();
        (, uint48 voteStart,,,) = shardGovernor.proposal(id);
        uint256 period = hub.STAKE_PERIOD();
        assertEq(voteStart / period, block.timestamp / period, "snapshot in the same period");
        _toShardVoting(id);
        assertEq(shardGovernor.proposalQuorum(id), 1200 ether); // 20% of the 6,000 at day start
        _voteShard(id, dave, 1);
        (, uint256 forVotes,) = shardGovernor.proposalVotes(id);
        assertEq(forVotes, 4000 ether);

        vm.warp((block.timestamp / period + 1) * period);
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT + 1);
        uint256 next = _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
        _toShardVoting(next);
        assertEq(shardGovernor.proposalQuorum(next), 2000 ether); // 20% of 10,000
    }

    /// @dev A domain's first day: nothing was staked in it when the day began, so its quorum
    ///      share is 0 and the floor alone is the quorum. A vote below the floor is Defeated
    ///      although nobody votes against; one that reaches it passes.
    function test_quorum_floorDefeatsSmallVoteOnDomainsFirstDay() public {
        uint256 period = hub.STAKE_PERIOD();
        vm.warp((block.timestamp / period + 1) * period);
        uint32 domainC = 3;
        RollupId rollupC = _registerRollup(40, domainC);
        address validatorC = makeAddr("validatorC");
        address dave = makeAddr("dave");
        address erin = makeAddr("erin");
        _registerValidator(validatorC, rollupC, 1000, MIN_STAKE);
        _delegate(dave, validatorC, SHARD_MIN_QUORUM - 1 ether);
        _delegate(erin, validatorC, SHARD_MIN_QUORUM);
        vm.warp(block.timestamp + 1);

        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupC, NEW_GAS_LIMIT);
        uint256 small = _proposeShard(validatorC, domainC, targets, calldatas, "small");
        uint256 enough = _proposeShard(validatorC, domainC, targets, calldatas, "enough");
        _toShardVoting(small);
        (, uint48 voteStart,,,) = shardGovernor.proposal(small);
        assertEq(voteStart / period, block.timestamp / period, "snapshot on the first day");
        assertEq(hub.getTotalDomainStakeAtPeriodStart(domainC, voteStart), 0);
        assertEq(shardGovernor.proposalQuorum(small), SHARD_MIN_QUORUM);
        _voteShard(small, dave, 1);
        _voteShard(enough, erin, 1);
        _toShardVoteEnd(small);
        (, uint256 forVotes,) = shardGovernor.proposalVotes(small);
        assertEq(forVotes, SHARD_MIN_QUORUM - 1 ether);
        assertEq(uint8(shardGovernor.state(small)), uint8(ShardProposalState.Defeated));
        assertEq(uint8(shardGovernor.state(enough)), uint8(ShardProposalState.Succeeded));
    }

    /// @dev In an established domain the floor applies when it is above the share: with a
    ///      4,000 ERA floor against a 1,200 share, alice's 3,000 for are Defeated, while alice's
    ///      3,000 for and bob's 1,000 abstaining pass.
    function test_quorum_floorAppliesWhenAboveShare() public {
        _setMinQuorum(4000 ether);
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        uint256 tooFew = _proposeShard(alice, DOMAIN_A, targets, calldatas, "too few");
        uint256 enough = _proposeShard(alice, DOMAIN_A, targets, calldatas, "enough");
        _toShardVoting(tooFew);
        assertEq(shardGovernor.proposalQuorum(tooFew), 4000 ether);
        _voteShard(tooFew, alice, 1);
        _voteShard(enough, alice, 1);
        _voteShard(enough, bob, 2);
        _toShardVoteEnd(tooFew);
        assertEq(uint8(shardGovernor.state(tooFew)), uint8(ShardProposalState.Defeated));
        assertEq(uint8(shardGovernor.state(enough)), uint8(ShardProposalState.Succeeded));
    }

    function test_state_quorumCountsAbstain() public {
        uint256 id = _proposeGasLimit();
        _toShardVoting(id);
        _voteShard(id, validatorA, 1);
        _voteShard(id, bob, 2);
        _toShardVoteEnd(id);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Succeeded));
    }

    function test_state_defeatedWhenAgainstTies() public {
        uint256 id = _proposeGasLimit();
        _toShardVoting(id);
        _voteShard(id, validatorA, 1);
        _voteShard(id, validatorA2, 1);
        _voteShard(id, bob, 0);
        _voteShard(id, alice, 0);
        _toShardVoteEnd(id);
        // 2,000 for against 4,000 against.
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Defeated));
    }

    function test_state_revertsWhenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorUnknownProposal.selector, 7));
        shardGovernor.state(7);
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorUnknownProposal.selector, 7));
        shardGovernor.proposal(7);
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorUnknownProposal.selector, 7));
        shardGovernor.proposalQuorum(7);
    }

    // --- queue ---------------------------------------------------------------------------------

    function test_queue_schedulesInShardTimelock() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        uint256 id = _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
        _toShardVoting(id);
        _voteShard(id, alice, 1);
        _toShardVoteEnd(id);
        bytes32 operation =
            shardTimelock.hashOperationBatch(targets, new uint256[](1), calldatas, 0, bytes32(id));
        vm.expectEmit(address(shardGovernor));
        emit ProposalQueued(id, operation, block.timestamp + SHARD_TIMELOCK_DELAY);
        shardGovernor.queue(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
        assertEq(shardGovernor.proposalOperation(id), operation);
        assertTrue(shardTimelock.isOperationPending(operation));
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Queued));
    }

    function test_queue_revertsWhenNotSucceeded() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        uint256 id = _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
        _toShardVoting(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorUnexpectedState.selector,
                id,
                ShardProposalState.Active,
                ShardProposalState.Succeeded
            )
        );
        shardGovernor.queue(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
        _toShardVoteEnd(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorUnexpectedState.selector,
                id,
                ShardProposalState.Defeated,
                ShardProposalState.Succeeded
            )
        );
        shardGovernor.queue(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
    }

    function test_queue_revertsWhenAlreadyQueued() public {
        (uint256 id, address[] memory targets, bytes[] memory calldatas) =
            _queuedGasLimitProposal(rollupA, NEW_GAS_LIMIT, DESCRIPTION);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorUnexpectedState.selector,
                id,
                ShardProposalState.Queued,
                ShardProposalState.Succeeded
            )
        );
        shardGovernor.queue(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
    }

    function test_queue_revertsWhenActionsDifferFromProposal() public {
        (, address[] memory targets, bytes[] memory calldatas) =
            _queuedGasLimitProposal(rollupA, NEW_GAS_LIMIT, DESCRIPTION);
        calldatas[0] = abi.encodeCall(IRollupRegistry.setGasLimit, (rollupA, NEW_GAS_LIMIT + 1));
        uint256 otherId =
            shardGovernor.hashProposal(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorUnknownProposal.selector, otherId));
        shardGovernor.queue(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
    }

    // --- execute -------------------------------------------------------------------------------

    function test_execute_changesGasLimitAfterDelay() public {
        (uint256 id, address[] memory targets, bytes[] memory calldatas) =
            _queuedGasLimitProposal(rollupA, NEW_GAS_LIMIT, DESCRIPTION);
        vm.warp(block.timestamp + SHARD_TIMELOCK_DELAY);
        vm.expectEmit(address(registry));
        emit IRollupRegistryEvents.GasLimitChanged(rollupA, GAS_LIMIT, NEW_GAS_LIMIT);
        vm.expectEmit(address(shardGovernor));
        emit ProposalExecuted(id);
        shardGovernor.execute(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
        assertEq(registry.getRollup(rollupA).gasLimit, NEW_GAS_LIMIT);
        assertEq(registry.getRollup(rollupA2).gasLimit, GAS_LIMIT);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Executed));
    }

    function test_execute_revertsBeforeDelay() public {
        (uint256 id, address[] memory targets, bytes[] memory calldatas) =
            _queuedGasLimitProposal(rollupA, NEW_GAS_LIMIT, DESCRIPTION);
        uint256 readyAt = block.timestamp + SHARD_TIMELOCK_DELAY;
        vm.warp(readyAt - 1);
        vm.expectRevert(abi.encodeWithSelector(ShardGovernorNotReady.selector, id, readyAt));
        shardGovernor.execute(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
    }

    function test_execute_revertsWhenExecutedTwice() public {
        (uint256 id, address[] memory targets, bytes[] memory calldatas) =
            _queuedGasLimitProposal(rollupA, NEW_GAS_LIMIT, DESCRIPTION);
        vm.warp(block.timestamp + SHARD_TIMELOCK_DELAY);
        shardGovernor.execute(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorUnexpectedState.selector,
                id,
                ShardProposalState.Executed,
                ShardProposalState.Queued
            )
        );
        shardGovernor.execute(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
    }

    function test_execute_revertsWhenNotQueued() public {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        uint256 id = _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
        _toShardVoting(id);
        _voteShard(id, alice, 1);
        _toShardVoteEnd(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorUnexpectedState.selector,
                id,
                ShardProposalState.Succeeded,
                ShardProposalState.Queued
            )
        );
        shardGovernor.execute(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
    }

    function test_execute_revertsWhenVetoedByCouncil() public {
        (uint256 id, address[] memory targets, bytes[] memory calldatas) =
            _queuedGasLimitProposal(rollupA, NEW_GAS_LIMIT, DESCRIPTION);
        bytes32 operation = shardGovernor.proposalOperation(id);
        vm.prank(council);
        shardTimelock.cancel(operation);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Vetoed));
        vm.warp(block.timestamp + SHARD_TIMELOCK_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorUnexpectedState.selector,
                id,
                ShardProposalState.Vetoed,
                ShardProposalState.Queued
            )
        );
        shardGovernor.execute(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
        assertEq(registry.getRollup(rollupA).gasLimit, GAS_LIMIT);
    }

    function test_execute_revertsWhenVetoedByCoreTimelockOnceReady() public {
        (uint256 id, address[] memory targets, bytes[] memory calldatas) =
            _queuedGasLimitProposal(rollupA, NEW_GAS_LIMIT, DESCRIPTION);
        vm.warp(block.timestamp + SHARD_TIMELOCK_DELAY);
        // Still vetoable once ready, until executed.
        bytes32 operation = shardGovernor.proposalOperation(id);
        vm.prank(address(coreTimelock));
        shardTimelock.cancel(operation);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Vetoed));
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorUnexpectedState.selector,
                id,
                ShardProposalState.Vetoed,
                ShardProposalState.Queued
            )
        );
        shardGovernor.execute(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
    }

    function test_execute_revertsWhenCallDelistedMeanwhile() public {
        (, address[] memory targets, bytes[] memory calldatas) =
            _queuedGasLimitProposal(rollupA, NEW_GAS_LIMIT, DESCRIPTION);
        vm.prank(address(coreTimelock));
        shardGovernor.disallowCall(address(registry), setGasLimit);
        vm.warp(block.timestamp + SHARD_TIMELOCK_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorCallNotAllowed.selector, address(registry), setGasLimit
            )
        );
        shardGovernor.execute(DOMAIN_A, targets, calldatas, keccak256(bytes(DESCRIPTION)));
    }

    function test_shardTimelock_rejectsStrangersAndShardGovernorAsCanceller() public {
        (uint256 id, address[] memory targets, bytes[] memory calldatas) =
            _queuedGasLimitProposal(rollupA, NEW_GAS_LIMIT, DESCRIPTION);
        bytes32 operation = shardGovernor.proposalOperation(id);
        bytes32 cancellerRole = shardTimelock.CANCELLER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, cancellerRole
            )
        );
        vm.prank(stranger);
        shardTimelock.cancel(operation);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                address(shardGovernor),
                cancellerRole
            )
        );
        vm.prank(address(shardGovernor));
        shardTimelock.cancel(operation);
        // Only the shard governor executes: nobody can skip its allow-list re-check.
        vm.warp(block.timestamp + SHARD_TIMELOCK_DELAY);
        bytes32 executorRole = shardTimelock.EXECUTOR_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, executorRole
            )
        );
        vm.prank(stranger);
        shardTimelock.executeBatch(targets, new uint256[](1), calldatas, 0, bytes32(id));
    }

    // --- allow-list and settings ---------------------------------------------------------------

    function test_allowCall_setsEntry() public {
        MockRollupTarget target = new MockRollupTarget();
        vm.expectEmit(address(shardGovernor));
        emit CallAllowed(address(target), MockRollupTarget.link.selector, 0x05);
        vm.prank(address(coreTimelock));
        shardGovernor.allowCall(address(target), MockRollupTarget.link.selector, 0x05);
        assertEq(shardGovernor.allowedCall(address(target), MockRollupTarget.link.selector), 5);
        assertEq(shardGovernor.allowedCall(address(registry), setGasLimit), 1);
    }

    function test_allowCall_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0)
            )
        );
        vm.prank(stranger);
        shardGovernor.allowCall(address(registry), setGasLimit, 1);
    }

    function test_allowCall_revertsWhenForbiddenTarget() public {
        address[3] memory forbidden = [address(0), address(shardGovernor), address(shardTimelock)];
        for (uint256 i; i < forbidden.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(ShardGovernorForbiddenTarget.selector, forbidden[i])
            );
            vm.prank(address(coreTimelock));
            shardGovernor.allowCall(forbidden[i], setGasLimit, 1);
        }
    }

    function test_allowCall_revertsWhenNoRollupArgument() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                ShardGovernorNoRollupArgument.selector, address(registry), setGasLimit
            )
        );
        vm.prank(address(coreTimelock));
        shardGovernor.allowCall(address(registry), setGasLimit, 0);
    }

    function test_disallowCall_removesEntry() public {
        vm.expectEmit(address(shardGovernor));
        emit CallDisallowed(address(registry), setGasLimit);
        vm.prank(address(coreTimelock));
        shardGovernor.disallowCall(address(registry), setGasLimit);
        assertEq(shardGovernor.allowedCall(address(registry), setGasLimit), 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0)
            )
        );
        vm.prank(stranger);
        shardGovernor.disallowCall(address(registry), setGasLimit);
    }

    function test_setSettings_appliesToNewProposalsOnly() public {
        uint256 oldId = _proposeGasLimit();
        ShardSettings memory s = ShardSettings(0, 2 days, 5000, 1 ether, 7000 ether);
        vm.expectEmit(address(shardGovernor));
        emit SettingsChanged(0, 2 days, 5000, 1 ether, 7000 ether);
        vm.prank(address(coreTimelock));
        shardGovernor.setSettings(s);
        ShardSettings memory stored = shardGovernor.settings();
        assertEq(abi.encode(stored), abi.encode(s));
        (,,, uint16 oldQuorum, uint96 oldFloor) = shardGovernor.proposal(oldId);
        assertEq(oldQuorum, SHARD_QUORUM_BPS);
        assertEq(oldFloor, SHARD_MIN_QUORUM);
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA2, NEW_GAS_LIMIT);
        uint256 newId = _proposeShard(bob, DOMAIN_A, targets, calldatas, DESCRIPTION);
        (, uint48 voteStart, uint48 voteEnd, uint16 quorumBps, uint96 minQuorum) =
            shardGovernor.proposal(newId);
        assertEq(voteStart, block.timestamp);
        assertEq(voteEnd, block.timestamp + 2 days);
        assertEq(quorumBps, 5000);
        assertEq(minQuorum, 7000 ether);

        // The old proposal keeps its share (20% of 6,000) and floor; the new one needs the new
        // floor, which is above its 50% share (3,000 of 6,000).
        _toShardVoting(oldId);
        assertEq(shardGovernor.proposalQuorum(oldId), 1200 ether);
        assertEq(shardGovernor.proposalQuorum(newId), 7000 ether);
    }

    function test_setSettings_revertsWhenNotAdminOrOutOfBounds() public {
        ShardSettings memory s = ShardSettings(0, 2 days, 5000, 1 ether, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0)
            )
        );
        vm.prank(stranger);
        shardGovernor.setSettings(s);
        s.quorumBps = 5001;
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorQuorumOutOfBounds.selector, 5001, 100, 5000)
        );
        vm.prank(address(coreTimelock));
        shardGovernor.setSettings(s);
    }

    /// @dev The floor is a whole number of ERA between 1 and 10,000,000 ERA: 0 (no floor), more
    ///      than 1% of the supply and fractions are refused, and only the admin may set it.
    function test_setSettings_validatesMinQuorum() public {
        ShardSettings memory s = ShardSettings(0, 2 days, 5000, 1 ether, 0);
        uint96 max = shardGovernor.MAX_QUORUM_FLOOR();
        uint96[3] memory outOfBounds = [uint96(0), 1 ether - 1, max + 1 ether];
        for (uint256 i; i < outOfBounds.length; ++i) {
            s.minQuorum = outOfBounds[i];
            vm.expectRevert(
                abi.encodeWithSelector(
                    ShardGovernorMinQuorumOutOfBounds.selector, outOfBounds[i], 1 ether, max
                )
            );
            vm.prank(address(coreTimelock));
            shardGovernor.setSettings(s);
        }
        s.minQuorum = 1500 ether + 1;
        vm.expectRevert(
            abi.encodeWithSelector(ShardGovernorMinQuorumNotWholeEra.selector, 1500 ether + 1)
        );
        vm.prank(address(coreTimelock));
        shardGovernor.setSettings(s);

        s.minQuorum = max;
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0)
            )
        );
        vm.prank(stranger);
        shardGovernor.setSettings(s);
        // Core governance itself (the core timelock) may; the shard timelock may not.
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                address(shardTimelock),
                bytes32(0)
            )
        );
        vm.prank(address(shardTimelock));
        shardGovernor.setSettings(s);
        vm.prank(address(coreTimelock));
        shardGovernor.setSettings(s);
        assertEq(shardGovernor.settings().minQuorum, max);
        s.minQuorum = 1 ether;
        vm.prank(address(coreTimelock));
        shardGovernor.setSettings(s);
        assertEq(shardGovernor.settings().minQuorum, 1 ether);
    }

    // --- fuzz ----------------------------------------------------------------------------------

    /// @dev Whatever rollup id and domain a proposal names, it is accepted only when the rollup
    ///      is registered in that domain.
    function testFuzz_propose_onlyOwnDomainRollups(uint32 rawId, uint32 domain) public {
        rawId = uint32(bound(rawId, 1, 5));
        domain = uint32(bound(domain, 1, 3));
        _delegate(alice, validatorB, 500 ether);
        vm.warp(block.timestamp + 1);
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(RollupId.wrap(rawId), NEW_GAS_LIMIT);
        RollupId id = RollupId.wrap(rawId);
        bool expected = registry.isRegistered(id) && registry.domainOf(id) == domain;
        vm.prank(alice);
        try shardGovernor.propose(domain, targets, calldatas, DESCRIPTION) {
            assertTrue(expected, "accepted a foreign or unknown rollup");
        } catch {
            assertFalse(expected, "rejected an own-domain rollup");
        }
    }

    /// @dev For any stake in the quorum base, quorum share and floor, a proposal's quorum is the
    ///      larger of the share of the base and the floor; stake added on the snapshot's day is
    ///      not in the base, and a lone for vote of it passes exactly when it reaches the quorum.
    function testFuzz_quorum_isMaxOfShareAndFloor(
        uint256 added,
        uint16 quorumBps,
        uint32 floorEra,
        uint256 weight
    ) public {
        added = bound(added, 0, 50_000_000 ether);
        quorumBps = uint16(bound(quorumBps, 100, 5000));
        uint96 floor = uint96(bound(floorEra, 1, 10_000_000)) * 1 ether;
        if (added != 0) _delegate(makeAddr("dave"), validatorA2, added);
        vm.prank(address(coreTimelock));
        shardGovernor.setSettings(
            ShardSettings(
                SHARD_VOTING_DELAY, SHARD_VOTING_PERIOD, quorumBps, SHARD_PROPOSAL_THRESHOLD, floor
            )
        );
        uint256 period = hub.STAKE_PERIOD();
        vm.warp((block.timestamp / period + 1) * period);

        uint256 share = (6000 ether + added) * quorumBps / 10_000;
        uint256 expected = share > floor ? share : floor;
        weight = bound(weight, 1, 2 * expected);
        address erin = makeAddr("erin");
        _delegate(erin, validatorA, weight);
        vm.warp(block.timestamp + 1);
        uint256 id = _proposeGasLimit();
        _toShardVoting(id);
        assertEq(shardGovernor.proposalQuorum(id), expected);
        _voteShard(id, erin, 1);
        _toShardVoteEnd(id);
        ShardProposalState want =
            weight >= expected ? ShardProposalState.Succeeded : ShardProposalState.Defeated;
        assertEq(uint8(shardGovernor.state(id)), uint8(want));
    }

    // --- helpers -------------------------------------------------------------------------------

    /// @dev Core governance sets the quorum floor, keeping the other settings.
    function _setMinQuorum(uint96 minQuorum) internal {
        ShardSettings memory s = shardGovernor.settings();
        s.minQuorum = minQuorum;
        vm.prank(address(coreTimelock));
        shardGovernor.setSettings(s);
    }

    function _registerRollup(uint64 chainId, uint32 domain) internal returns (RollupId) {
        vm.prank(address(coreTimelock));
        return registry.registerRollup(
            chainId, RollupKind.Optimistic, domain, MIN_STAKE, FLOOR, GAS_LIMIT
        );
    }

    function _proposeGasLimit() internal returns (uint256) {
        (address[] memory targets, bytes[] memory calldatas) =
            _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        return _proposeShard(alice, DOMAIN_A, targets, calldatas, DESCRIPTION);
    }

    function _newGovernor(
        address admin_,
        IStakingHub hub_,
        uint32 votingDelay,
        uint32 votingPeriod,
        uint16 quorumBps,
        uint96 threshold,
        uint96 minQuorum
    ) internal returns (ShardGovernor) {
        return new ShardGovernor(
            admin_,
            hub_,
            IRollupRegistry(address(registry)),
            TimelockController(payable(address(shardTimelock))),
            votingDelay,
            votingPeriod,
            quorumBps,
            threshold,
            minQuorum
        );
    }
}
