// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupTraffic, TrafficReport} from "../../src/interfaces/IRewardDistributor.sol";
import {IStakingHub} from "../../src/interfaces/IStakingHub.sol";
import {StakingFixture} from "../utils/StakingFixture.sol";

/// @notice Whole-transaction gas of the StakingHub's user paths (snapshots/StakingHub.json) and
///         the claim-cost benchmark: a claim costs the same with 1 or 1,000 stakers and after 1
///         or 100 epochs.
contract StakingHubGasTest is StakingFixture {
    /// @dev The issue's target for a first stake. NOT MET: see `test_gas_delegate_firstStake`.
    uint256 internal constant FIRST_STAKE_TARGET = 100_000;
    /// @dev Regression ceiling for the first stake, just above what it costs today.
    uint256 internal constant FIRST_STAKE_CEILING = 130_000;
    /// @dev The issue's target for a claim (Synthetix StakingRewards.getReward: ~86,400).
    uint256 internal constant CLAIM_TARGET = 86_000;

    address internal validator = makeAddr("validator");
    address internal alice = makeAddr("alice");
    uint256[] internal reporterKeys;

    function setUp() public {
        _deployStaking();
        _deployDistributor(10_000_000 ether);
        (, reporterKeys) = _addReporters(1, 1);
        _registerValidator(validator, rollupA, 1000, MIN_STAKE);
    }

    /// @dev An account's first ever stake: it holds the ERA and gave the hub an exact allowance
    ///      in an earlier transaction; the validator is registered and the rollup has earned
    ///      rewards before. Whole transaction: 21,000 + calldata + execution with cold storage.
    ///
    ///      The 100,000 target is not met. What the transaction must pay for: 21,000 base, ~1,600
    ///      calldata, ~25,800 for ERA's transferFrom (ERC20Votes), two new slots that no design
    ///      can avoid (the position and the account's domain checkpoint head: 2 x 22,100), and a
    ///      third new slot because the stake is the rollup's first change in this second, which
    ///      moves the rollup's previous checkpoint into history (22,100) - without it, past
    ///      domain totals for shard quorums would be lost. With that push it is 127,896; a first
    ///      stake in a second in which the rollup's stake already changed costs 105,450.
    function test_gas_delegate_firstStake() public {
        _delegate(makeAddr("earlier"), validator, 50 ether);
        _epoch(1);
        _fund(alice, 1000 ether);
        vm.warp(block.timestamp + 12);
        uint256 gasUsed = _measureTx(
            "StakingHub",
            "delegate_firstStake",
            alice,
            address(hub),
            abi.encodeCall(IStakingHub.delegate, (validator, 1000 ether)),
            _one(address(era))
        );
        // The issue's target (FIRST_STAKE_TARGET) is not met; the committed snapshot catches any
        // change and the ceiling catches a regression even when snapshots are regenerated.
        assertLt(gasUsed, FIRST_STAKE_CEILING);
        (uint256 amount,) = hub.getPosition(alice, validator);
        assertEq(amount, 1000 ether);
    }

    /// @dev The same first stake when the rollup's stake already changed in this second.
    function test_gas_delegate_firstStakeSameSecond() public {
        _epoch(1);
        _fund(alice, 1000 ether);
        vm.warp(block.timestamp + 12);
        _delegate(makeAddr("earlier"), validator, 50 ether);
        uint256 gasUsed = _measureTx(
            "StakingHub",
            "delegate_firstStakeSameSecond",
            alice,
            address(hub),
            abi.encodeCall(IStakingHub.delegate, (validator, 1000 ether)),
            _one(address(era))
        );
        assertLt(gasUsed, 108_000);
    }

    /// @dev Adding to an existing position in a later second (settles rewards first).
    function test_gas_delegate_topUp() public {
        _delegate(alice, validator, 1000 ether);
        _epoch(1);
        _fund(alice, 1000 ether);
        vm.warp(block.timestamp + 12);
        _measureTx(
            "StakingHub",
            "delegate_topUp",
            alice,
            address(hub),
            abi.encodeCall(IStakingHub.delegate, (validator, 1000 ether)),
            _one(address(era))
        );
    }

    function test_gas_claimRewards() public {
        _delegate(alice, validator, 1000 ether);
        _epoch(1);
        uint256 gasUsed = _claim("claimRewards");
        assertLt(gasUsed, CLAIM_TARGET);
    }

    function test_gas_undelegateAndWithdraw() public {
        _delegate(alice, validator, 1000 ether);
        _epoch(1);
        _measureTx(
            "StakingHub",
            "undelegate",
            alice,
            address(hub),
            abi.encodeCall(IStakingHub.undelegate, (validator, 400 ether)),
            _one(address(era))
        );
        vm.warp(block.timestamp + UNBONDING);
        _measureTx(
            "StakingHub",
            "withdraw",
            alice,
            address(hub),
            abi.encodeCall(IStakingHub.withdraw, (0)),
            _one(address(era))
        );
    }

    /// @dev The benchmark: a claim after 1 or 100 epochs, with 1 or 1,000 stakers, costs the same.
    function test_gas_claimCostIndependentOfStakersAndEpochs() public {
        uint256 snapshot = vm.snapshotState();
        uint256 base = _claimScenario(1, 1, "claim_1staker_1epoch");
        vm.revertToState(snapshot);
        uint256 manyStakers = _claimScenario(1000, 1, "claim_1000stakers_1epoch");
        vm.revertToState(snapshot);
        uint256 manyEpochs = _claimScenario(1, 100, "claim_1staker_100epochs");
        vm.revertToState(snapshot);
        uint256 both = _claimScenario(1000, 100, "claim_1000stakers_100epochs");
        assertEq(manyStakers, base, "stakers");
        assertEq(manyEpochs, base, "epochs");
        assertEq(both, base, "both");
        assertLt(base, CLAIM_TARGET);
    }

    // ------------------------------------------------------------------------------------------

    /// @dev `stakers - 1` other stakers and alice stake; `epochs` signed reports pay the rollup;
    ///      then alice claims (her first claim; she holds no ERA outside the hub).
    function _claimScenario(uint256 stakers, uint256 epochs, string memory name)
        internal
        returns (uint256)
    {
        for (uint256 i = 1; i < stakers; ++i) {
            _delegate(address(uint160(0x10000 + i)), validator, 10 ether + i);
        }
        _delegate(alice, validator, 1000 ether);
        for (uint64 e = 1; e <= epochs; ++e) {
            _epoch(e);
        }
        return _claim(name);
    }

    function _claim(string memory name) internal returns (uint256) {
        vm.warp(block.timestamp + 12);
        uint256 expected = hub.pendingRewards(alice, validator);
        assertGt(expected, 0);
        uint256 gasUsed = _measureTx(
            "StakingHub",
            name,
            alice,
            address(hub),
            abi.encodeCall(IStakingHub.claimRewards, (validator)),
            _one(address(era))
        );
        assertEq(era.balanceOf(alice), expected);
        return gasUsed;
    }

    /// @dev Ends epoch `epoch` and submits its signed report for rollup A.
    function _epoch(uint64 epoch) internal {
        vm.warp(distributor.epochEnd(epoch));
        RollupTraffic[] memory rollups = new RollupTraffic[](1);
        rollups[0] = _traffic(rollupA, 100, 10, 10_000);
        TrafficReport memory report = _report(epoch, rollups);
        distributor.submitReport(report, _sign(report, reporterKeys));
    }
}
