// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ShardProposalState} from "../../src/interfaces/IShardGovernor.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {GovernanceFixture} from "../utils/GovernanceFixture.sol";
import {MockRollupTarget} from "../utils/MockRollupTarget.sol";
import {ShardGovernanceHandler} from "./handlers/ShardGovernanceHandler.sol";

/// @notice Shard governance under random proposals, votes, stake moves, time, queueing,
///         execution, vetoes and allow-list changes across two domains: no shard execution ever
///         leaves its domain or calls an unlisted function, and nothing executes without a passed
///         vote and an elapsed timelock delay.
contract ShardGovernanceInvariantTest is GovernanceFixture {
    ShardGovernanceHandler internal handler;
    MockRollupTarget internal mock;

    function setUp() public {
        _deployGovernance();
        mock = new MockRollupTarget();
        vm.prank(address(coreTimelock));
        shardGovernor.allowCall(address(mock), MockRollupTarget.link.selector, 0x05);

        address[] memory voters = new address[](6);
        (voters[0], voters[1], voters[2]) = (alice, bob, carol);
        (voters[3], voters[4], voters[5]) = (validatorA, validatorA2, validatorB);
        address[] memory validators = new address[](3);
        (validators[0], validators[1], validators[2]) = (validatorA, validatorA2, validatorB);
        RollupId[] memory rollups = new RollupId[](3);
        (rollups[0], rollups[1], rollups[2]) = (rollupA, rollupA2, rollupB);

        handler = new ShardGovernanceHandler(
            ShardGovernanceHandler.Setup({
                governor: shardGovernor,
                timelock: shardTimelock,
                registry: registry,
                hub: hub,
                era: era,
                mock: mock,
                core: address(coreTimelock),
                council: council,
                treasury: treasury,
                voters: voters,
                validators: validators,
                rollups: rollups
            })
        );
        targetContract(address(handler));
        // `progress` listed several times: it is picked more often, so runs reach execution.
        bytes4[] memory selectors = new bytes4[](13);
        selectors[0] = ShardGovernanceHandler.propose.selector;
        selectors[1] = ShardGovernanceHandler.progress.selector;
        selectors[2] = ShardGovernanceHandler.vote.selector;
        selectors[3] = ShardGovernanceHandler.stake.selector;
        selectors[4] = ShardGovernanceHandler.warp.selector;
        selectors[5] = ShardGovernanceHandler.queue.selector;
        selectors[6] = ShardGovernanceHandler.execute.selector;
        selectors[7] = ShardGovernanceHandler.veto.selector;
        selectors[8] = ShardGovernanceHandler.toggleAllowList.selector;
        for (uint256 i = 9; i < 13; ++i) {
            selectors[i] = ShardGovernanceHandler.progress.selector;
        }
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev `propose` never accepts an unlisted call or a rollup of another domain.
    function invariant_noProposalOutsideDomainOrAllowList() public view {
        assertFalse(handler.ghostAcceptedInvalid());
    }

    /// @dev Every executed shard call touched only rollups of its proposal's domain and was
    ///      allow-listed when it executed.
    function invariant_noShardExecutionOutsideDomain() public view {
        assertFalse(handler.ghostForeignExecution(), "foreign rollup touched");
        assertFalse(handler.ghostUnlistedExecution(), "unlisted call executed");
        if (mock.calls() != 0) {
            assertEq(
                registry.domainOf(mock.lastFrom()), registry.domainOf(mock.lastTo()), "mock link"
            );
        }
    }

    /// @dev Nothing executes without a passed vote (for > against, quorum) and the delay elapsed;
    ///      every proposal the governor reports Executed has a passing tally, which reached its
    ///      quorum floor whatever the domain's stake when the snapshot's day began.
    function invariant_noExecutionWithoutPassedVote() public view {
        assertFalse(handler.ghostExecutedWithoutPass());
        uint256 executed;
        for (uint256 i; i < handler.proposalCount(); ++i) {
            uint256 id = handler.proposalId(i);
            if (shardGovernor.state(id) != ShardProposalState.Executed) continue;
            ++executed;
            assertTrue(handler.passed(id), "executed without a pass");
            (,,,, uint96 minQuorum) = shardGovernor.proposal(id);
            (, uint256 forVotes, uint256 abstain) = shardGovernor.proposalVotes(id);
            assertGe(forVotes + abstain, minQuorum, "executed below the quorum floor");
        }
        assertEq(executed, handler.ghostExecuted(), "executions the handler did not see");
    }

    /// @dev Gas limits change only through executed shard proposals, exactly as they said.
    function invariant_gasLimitsFollowExecutedProposals() public view {
        RollupId[] memory rollups = handler.rollupList();
        for (uint256 i; i < rollups.length; ++i) {
            assertEq(registry.getRollup(rollups[i]).gasLimit, handler.ghostGasLimit(rollups[i]));
        }
    }

    /// @dev The handler reaches execution (and the ghosts see it): propose, vote, queue, execute.
    function test_handler_reachesExecution() public {
        handler.propose(0, 1, 0, 1, 5_000_000);
        handler.progress(0, 0, 1); // to the voting period
        handler.progress(0, 0, 1); // alice votes for
        handler.warp(2); // past the deadline
        handler.progress(0, 0, 1); // queue
        handler.progress(0, 1, 1); // to readiness, execute
        assertEq(handler.ghostProposed(), 1);
        assertEq(handler.ghostQueued(), 1);
        assertEq(handler.ghostExecuted(), 1);
        assertEq(registry.getRollup(rollupA).gasLimit, 5_000_000);
        assertEq(handler.ghostGasLimit(rollupA), 5_000_000);
    }
}
