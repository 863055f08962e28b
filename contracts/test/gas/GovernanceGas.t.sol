// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupKind} from "../../src/interfaces/IRollupRegistry.sol";
import {IShardGovernor} from "../../src/interfaces/IShardGovernor.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {GovernanceFixture} from "../utils/GovernanceFixture.sol";
import {ReferenceGovernor} from "./ReferenceGovernor.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";

/// @notice Whole-transaction gas of the shard layer's `propose` and `castVote` side by side with
///         a plain OpenZeppelin Governor over ERA votes (snapshots/Governance.json), on the same
///         action (one `RollupRegistry.setGasLimit` call), the same description and voters with
///         one checkpoint each. The shard layer must cost no more, although it also reads the
///         stake hub and checks the allow-list and the rollup's domain.
contract GovernanceGasTest is GovernanceFixture {
    string internal constant GROUP = "Governance";
    string internal constant DESCRIPTION = "Raise rollup A's gas limit to 45M";
    uint64 internal constant NEW_GAS_LIMIT = 45_000_000;
    /// @dev Regression ceiling for a proposal on a rollup not synced yet (above the reference).
    uint256 internal constant UNSYNCED_PROPOSE_CEILING = 80_000;

    ReferenceGovernor internal referenceGovernor;
    address[] internal targets;
    uint256[] internal values;
    bytes[] internal calldatas;

    function setUp() public {
        _deployGovernance();
        referenceGovernor = new ReferenceGovernor(
            era, SHARD_VOTING_DELAY, SHARD_VOTING_PERIOD, SHARD_PROPOSAL_THRESHOLD, 4
        );
        // The same voters hold ERA votes for the reference as domain-A stake for the shard.
        _giveVotes(alice, 3000 ether);
        _giveVotes(bob, 1000 ether);
        (targets, calldatas) = _gasLimitAction(rollupA, NEW_GAS_LIMIT);
        values = new uint256[](1);
        vm.warp(block.timestamp + 12);
    }

    function test_gas_propose_shardNoMoreThanReference() public {
        uint256 shardGas = _measureTx(
            GROUP,
            "shard_propose",
            alice,
            address(shardGovernor),
            abi.encodeCall(IShardGovernor.propose, (DOMAIN_A, targets, calldatas, DESCRIPTION)),
            _pair(address(hub), address(registry))
        );
        uint256 referenceGas = _measureTx(
            GROUP,
            "reference_propose",
            alice,
            address(referenceGovernor),
            abi.encodeCall(IGovernor.propose, (targets, values, calldatas, DESCRIPTION)),
            _one(address(era))
        );
        assertLe(shardGas, referenceGas, "shard propose costs more than the OZ reference");
    }

    /// @dev The same proposal for a rollup registered since the last `syncRollups`: `propose`
    ///      asks the registry for its domain (a cold call, ~6,800 gas more). Recorded for the
    ///      record; `era-deploy` syncs every rollup it registers, so proposers do not pay this.
    function test_gas_propose_unsyncedRollup() public {
        vm.prank(address(coreTimelock));
        RollupId fresh = registry.registerRollup(
            30, RollupKind.Optimistic, DOMAIN_A, MIN_STAKE, FLOOR, GAS_LIMIT
        );
        (address[] memory freshTargets, bytes[] memory freshCalldatas) =
            _gasLimitAction(fresh, NEW_GAS_LIMIT);
        uint256 gasUsed = _measureTx(
            GROUP,
            "shard_propose_unsyncedRollup",
            alice,
            address(shardGovernor),
            abi.encodeCall(
                IShardGovernor.propose, (DOMAIN_A, freshTargets, freshCalldatas, DESCRIPTION)
            ),
            _pair(address(hub), address(registry))
        );
        assertLt(gasUsed, UNSYNCED_PROPOSE_CEILING);
    }

    /// @dev The first vote of a proposal (its tally slots are new) and a second, opposite vote.
    function test_gas_castVote_shardNoMoreThanReference() public {
        vm.prank(alice);
        uint256 shardId = shardGovernor.propose(DOMAIN_A, targets, calldatas, DESCRIPTION);
        vm.prank(alice);
        uint256 referenceId = referenceGovernor.propose(targets, values, calldatas, DESCRIPTION);
        vm.warp(block.timestamp + SHARD_VOTING_DELAY + 12);

        uint256 shardGas = _measureTx(
            GROUP,
            "shard_castVote",
            alice,
            address(shardGovernor),
            abi.encodeCall(IShardGovernor.castVote, (shardId, 1)),
            _one(address(hub))
        );
        uint256 referenceGas = _measureTx(
            GROUP,
            "reference_castVote",
            alice,
            address(referenceGovernor),
            abi.encodeCall(IGovernor.castVote, (referenceId, 1)),
            _one(address(era))
        );
        assertLe(shardGas, referenceGas, "shard castVote costs more than the OZ reference");

        uint256 shardSecond = _measureTx(
            GROUP,
            "shard_castVote_second",
            bob,
            address(shardGovernor),
            abi.encodeCall(IShardGovernor.castVote, (shardId, 0)),
            _one(address(hub))
        );
        uint256 referenceSecond = _measureTx(
            GROUP,
            "reference_castVote_second",
            bob,
            address(referenceGovernor),
            abi.encodeCall(IGovernor.castVote, (referenceId, 0)),
            _one(address(era))
        );
        assertLe(shardSecond, referenceSecond, "second shard vote costs more than the reference");

        (uint256 against, uint256 forVotes,) = shardGovernor.proposalVotes(shardId);
        (uint256 refAgainst, uint256 refFor,) = referenceGovernor.proposalVotes(referenceId);
        assertEq(forVotes, refFor);
        assertEq(against, refAgainst);
    }

    function _pair(address a, address b) internal pure returns (address[] memory list) {
        list = new address[](2);
        (list[0], list[1]) = (a, b);
    }
}
