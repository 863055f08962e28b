// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    IRewardDistributorErrors,
    IRewardDistributorEvents,
    RollupTraffic,
    TrafficReport
} from "../../src/interfaces/IRewardDistributor.sol";
import {IRollupRegistry} from "../../src/interfaces/IRollupRegistry.sol";
import {IStakingHub} from "../../src/interfaces/IStakingHub.sol";
import {RewardDistributor} from "../../src/staking/RewardDistributor.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {MockBoostSource} from "../utils/MockBoostSource.sol";
import {StakingFixture} from "../utils/StakingFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

contract RewardDistributorTest is
    StakingFixture,
    IRewardDistributorErrors,
    IRewardDistributorEvents
{
    address internal valA = makeAddr("validatorA");
    address internal valB = makeAddr("validatorB");
    address internal alice = makeAddr("alice");
    address[] internal signers;
    uint256[] internal keys;
    uint256 internal constant FUNDING = 100_000 ether;

    function setUp() public {
        _deployStaking();
        _deployDistributor(FUNDING);
        (signers, keys) = _addReporters(3, 2);
        _registerValidator(valA, rollupA, 0, MIN_STAKE);
        _registerValidator(valB, rollupB, 0, MIN_STAKE);
    }

    // --- helpers -------------------------------------------------------------------------------

    /// @dev Rollup A with 3x the tx volume of rollup B, no messages, full security.
    function _twoRollups(uint64 epoch) internal view returns (TrafficReport memory) {
        RollupTraffic[] memory rollups = new RollupTraffic[](2);
        rollups[0] = _traffic(rollupA, 300, 0, 10_000);
        rollups[1] = _traffic(rollupB, 100, 0, 10_000);
        return _report(epoch, rollups);
    }

    function _keys(uint256 a, uint256 b) internal view returns (uint256[] memory pair) {
        pair = new uint256[](2);
        pair[0] = keys[a];
        pair[1] = keys[b];
    }

    function _submit(TrafficReport memory report) internal {
        distributor.submitReport(report, _sign(report, _keys(0, 1)));
    }

    function _expectSubmitRevert(TrafficReport memory report, bytes memory err) internal {
        bytes[] memory signatures = _sign(report, _keys(0, 1));
        vm.expectRevert(err);
        distributor.submitReport(report, signatures);
    }

    // --- constructor ---------------------------------------------------------------------------

    function test_constructor_setsParameters() public view {
        assertTrue(distributor.hasRole(distributor.DEFAULT_ADMIN_ROLE(), admin));
        assertEq(distributor.epochLength(), EPOCH);
        assertEq(distributor.genesis(), block.timestamp);
        assertEq(distributor.emissionPerEpoch(), EMISSION);
        (uint16 txW, uint16 msgW) = distributor.scoreWeights();
        assertEq(txW, 5000);
        assertEq(msgW, 5000);
        assertEq(distributor.reporterCount(), 3);
        assertEq(distributor.threshold(), 2);
        assertEq(distributor.availableRewards(), FUNDING);
        assertEq(distributor.lastReportedEpoch(), 0);
        assertEq(distributor.boostSource(), address(0));
    }

    function test_constructor_revertsOnBadArguments() public {
        IRollupRegistry reg = IRollupRegistry(address(registry));
        vm.expectRevert(RewardDistributorZeroAddress.selector);
        new RewardDistributor(admin, IERC20(address(0)), reg, hub, EPOCH, 0, EMISSION);
        vm.expectRevert(RewardDistributorZeroAddress.selector);
        new RewardDistributor(admin, era, IRollupRegistry(address(0)), hub, EPOCH, 0, EMISSION);
        vm.expectRevert(RewardDistributorZeroAddress.selector);
        new RewardDistributor(admin, era, reg, IStakingHub(address(0)), EPOCH, 0, EMISSION);
        vm.expectRevert(
            abi.encodeWithSelector(
                RewardDistributorEpochLengthOutOfBounds.selector, 59, 1 minutes, 30 days
            )
        );
        new RewardDistributor(admin, era, reg, hub, 59, 0, EMISSION);
        vm.expectRevert(
            abi.encodeWithSelector(
                RewardDistributorEmissionOutOfBounds.selector, 10_000_001 ether, 10_000_000 ether
            )
        );
        new RewardDistributor(admin, era, reg, hub, EPOCH, 0, 10_000_001 ether);
    }

    // --- epochs --------------------------------------------------------------------------------

    function test_epochs_startAtOneAndEndAfterLength() public {
        uint256 start = block.timestamp;
        assertEq(distributor.currentEpoch(), 1);
        assertEq(distributor.epochEnd(1), start + EPOCH);
        vm.warp(start + EPOCH - 1);
        assertEq(distributor.currentEpoch(), 1);
        vm.warp(start + EPOCH);
        assertEq(distributor.currentEpoch(), 2);
    }

    function test_currentEpoch_isZeroBeforeGenesis() public {
        RewardDistributor later = new RewardDistributor(
            admin,
            era,
            IRollupRegistry(address(registry)),
            hub,
            EPOCH,
            uint64(block.timestamp + 100),
            EMISSION
        );
        assertEq(later.currentEpoch(), 0);
    }

    // --- fund ----------------------------------------------------------------------------------

    function test_fund_pullsAndEmits() public {
        vm.startPrank(treasury);
        era.approve(address(distributor), 5 ether);
        vm.expectEmit(address(distributor));
        emit Funded(treasury, 5 ether);
        distributor.fund(5 ether);
        vm.stopPrank();
        assertEq(distributor.availableRewards(), FUNDING + 5 ether);
        assertEq(era.balanceOf(address(distributor)), FUNDING + 5 ether);
    }

    function test_fund_revertsWhenZero() public {
        vm.expectRevert(RewardDistributorZeroAmount.selector);
        distributor.fund(0);
    }

    // --- submitReport --------------------------------------------------------------------------

    function test_submitReport_splitsEmissionByScoreAndStake() public {
        _delegate(alice, valA, 3 * MIN_STAKE); // alice holds 3/4 of rollup A
        vm.warp(distributor.epochEnd(1));
        TrafficReport memory report = _twoRollups(1);
        vm.expectEmit(address(distributor));
        emit RollupRewarded(1, rollupA, 3750 * 1e18 * 10_000, 750 ether, 0);
        vm.expectEmit(address(distributor));
        emit RollupRewarded(1, rollupB, 1250 * 1e18 * 10_000, 250 ether, 0);
        vm.expectEmit(address(distributor));
        emit EpochReported(1, EMISSION, EMISSION, 2);
        _submit(report);
        _streamAll(); // the stakers' reward streams over a day

        assertEq(distributor.lastReportedEpoch(), 1);
        assertEq(distributor.availableRewards(), FUNDING - EMISSION);
        assertEq(hub.pendingRewards(alice, valA), 562.5 ether);
        assertEq(hub.pendingRewards(valA, valA), 187.5 ether);
        assertEq(hub.pendingRewards(valB, valB), 250 ether);
    }

    function test_submitReport_weightsMessagesAndSecurity() public {
        vm.prank(admin);
        distributor.setScoreWeights(2000, 8000);
        vm.warp(distributor.epochEnd(1));
        RollupTraffic[] memory rollups = new RollupTraffic[](2);
        rollups[0] = _traffic(rollupA, 100, 0, 10_000); // score 2000 * 1 = 2000
        rollups[1] = _traffic(rollupB, 0, 50, 5000); // score 8000 * 1 * 0.5 = 4000
        _submit(_report(1, rollups));
        _streamAll(); // the stakers' reward streams over a day
        assertApproxEqAbs(hub.pendingRewards(valA, valA), EMISSION / 3, 1e6);
        assertApproxEqAbs(hub.pendingRewards(valB, valB), EMISSION * 2 / 3, 1e6);
    }

    function test_submitReport_leavesUnstakedRollupShareAvailable() public {
        vm.warp(distributor.epochEnd(1));
        RollupTraffic[] memory rollups = new RollupTraffic[](2);
        rollups[0] = _traffic(rollupA, 100, 0, 10_000);
        rollups[1] = _traffic(rollupA2, 100, 0, 10_000); // no validators
        vm.expectEmit(address(distributor));
        emit EpochReported(1, EMISSION, EMISSION / 2, 2);
        _submit(_report(1, rollups));
        _streamAll(); // the stakers' reward streams over a day
        assertEq(distributor.availableRewards(), FUNDING - EMISSION / 2);
        assertEq(hub.pendingRewards(valA, valA), EMISSION / 2);
    }

    function test_submitReport_sendsBoostedShareToBoostSource() public {
        MockBoostSource pool = new MockBoostSource();
        vm.expectEmit(address(distributor));
        emit BoostSourceSet(address(pool));
        vm.prank(admin);
        distributor.setBoostSource(address(pool));
        pool.setBoostedStake(rollupA, 3 * MIN_STAKE); // effective = 4x the hub stake
        assertEq(distributor.effectiveStake(rollupA), 4 * MIN_STAKE);
        vm.warp(distributor.epochEnd(1));
        _submit(_twoRollups(1));
        _streamAll(); // the stakers' reward streams over a day
        assertEq(era.balanceOf(address(pool)), 562.5 ether);
        assertEq(pool.notified(rollupA), 562.5 ether);
        assertEq(pool.notified(rollupB), 0);
        assertEq(hub.pendingRewards(valA, valA), 187.5 ether);
        assertEq(hub.pendingRewards(valB, valB), 250 ether);
    }

    function test_submitReport_paysBoostSourceAloneWhenHubStakeIsZero() public {
        MockBoostSource pool = new MockBoostSource();
        vm.prank(admin);
        distributor.setBoostSource(address(pool));
        pool.setBoostedStake(rollupA2, 1 ether);
        vm.warp(distributor.epochEnd(1));
        RollupTraffic[] memory rollups = new RollupTraffic[](1);
        rollups[0] = _traffic(rollupA2, 1, 0, 10_000);
        _submit(_report(1, rollups));
        assertEq(pool.notified(rollupA2), EMISSION);
    }

    function test_submitReport_capsEmissionAtAvailable() public {
        RewardDistributor poor = new RewardDistributor(
            admin, era, IRollupRegistry(address(registry)), hub, EPOCH, 0, EMISSION
        );
        vm.startPrank(admin);
        hub.setRewardDistributor(address(poor));
        poor.addReporter(signers[0]);
        vm.stopPrank();
        vm.startPrank(treasury);
        era.approve(address(poor), 10 ether);
        poor.fund(10 ether);
        vm.stopPrank();
        vm.warp(poor.epochEnd(1));
        TrafficReport memory report = _twoRollups(1);
        bytes[] memory signatures = new bytes[](1);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[0], poor.reportDigest(report));
        signatures[0] = abi.encodePacked(r, s, v);
        poor.submitReport(report, signatures);
        _streamAll(); // the stakers' reward streams over a day
        assertEq(poor.availableRewards(), 0);
        assertEq(hub.pendingRewards(valA, valA), 7.5 ether);
    }

    function test_submitReport_zeroTrafficDistributesNothing() public {
        vm.warp(distributor.epochEnd(1));
        RollupTraffic[] memory rollups = new RollupTraffic[](1);
        rollups[0] = _traffic(rollupA, 0, 0, 10_000);
        _submit(_report(1, rollups));
        assertEq(distributor.lastReportedEpoch(), 1);
        assertEq(distributor.availableRewards(), FUNDING);
    }

    function test_submitReport_acceptsMoreThanThresholdSignatures() public {
        vm.warp(distributor.epochEnd(1));
        TrafficReport memory report = _twoRollups(1);
        distributor.submitReport(report, _sign(report, keys));
        assertEq(distributor.lastReportedEpoch(), 1);
    }

    function test_submitReport_digestIsEip712OfTrafficReport() public view {
        TrafficReport memory report = _twoRollups(7);
        bytes32 rollupTypehash = keccak256(
            "RollupTraffic(uint32 rollupId,uint64 txVolume,uint64 crossChainMessages,uint32 securityFactorBps)"
        );
        bytes32 reportTypehash = keccak256(
            "TrafficReport(uint64 epoch,RollupTraffic[] rollups)RollupTraffic(uint32 rollupId,uint64 txVolume,uint64 crossChainMessages,uint32 securityFactorBps)"
        );
        bytes32 h0 = keccak256(
            abi.encode(rollupTypehash, uint32(1), uint64(300), uint64(0), uint32(10_000))
        );
        bytes32 h1 = keccak256(
            abi.encode(rollupTypehash, uint32(3), uint64(100), uint64(0), uint32(10_000))
        );
        bytes32 structHash =
            keccak256(abi.encode(reportTypehash, uint64(7), keccak256(abi.encodePacked(h0, h1))));
        bytes32 domainSeparator = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("EraRewardDistributor"),
                keccak256("1"),
                block.chainid,
                address(distributor)
            )
        );
        bytes32 expected = keccak256(abi.encodePacked("\x19\x01", domainSeparator, structHash));
        assertEq(distributor.reportDigest(report), expected);
    }

    function test_submitReport_revertsOnSecondReportForEpoch() public {
        vm.warp(distributor.epochEnd(1));
        _submit(_twoRollups(1));
        _expectSubmitRevert(
            _twoRollups(1),
            abi.encodeWithSelector(RewardDistributorEpochAlreadyReported.selector, 1, 1)
        );
    }

    function test_submitReport_revertsOnSkippedEpoch() public {
        vm.warp(distributor.epochEnd(2));
        _expectSubmitRevert(
            _twoRollups(2), abi.encodeWithSelector(RewardDistributorUnexpectedEpoch.selector, 2, 1)
        );
    }

    function test_submitReport_revertsWhenEpochZero() public {
        _expectSubmitRevert(
            _twoRollups(0),
            abi.encodeWithSelector(RewardDistributorEpochAlreadyReported.selector, 0, 0)
        );
    }

    function test_submitReport_revertsBeforeEpochEnds() public {
        uint256 end = distributor.epochEnd(1);
        vm.warp(end - 1);
        _expectSubmitRevert(
            _twoRollups(1), abi.encodeWithSelector(RewardDistributorEpochNotEnded.selector, 1, end)
        );
    }

    function test_submitReport_revertsOnEmptyOrOversizedReport() public {
        vm.warp(distributor.epochEnd(1));
        TrafficReport memory report = _report(1, new RollupTraffic[](0));
        vm.expectRevert(
            abi.encodeWithSelector(RewardDistributorRollupCountOutOfBounds.selector, 0, 128)
        );
        distributor.submitReport(report, new bytes[](0));
        report = _report(1, new RollupTraffic[](129));
        vm.expectRevert(
            abi.encodeWithSelector(RewardDistributorRollupCountOutOfBounds.selector, 129, 128)
        );
        distributor.submitReport(report, new bytes[](0));
    }

    function test_submitReport_revertsOnUnknownRollup() public {
        vm.warp(distributor.epochEnd(1));
        RollupTraffic[] memory rollups = new RollupTraffic[](1);
        rollups[0] = RollupTraffic(4, 1, 1, 10_000);
        vm.expectRevert(abi.encodeWithSelector(RewardDistributorUnknownRollup.selector, 4));
        distributor.submitReport(_report(1, rollups), new bytes[](0));
    }

    function test_submitReport_revertsOnDuplicateOrUnsortedRollups() public {
        vm.warp(distributor.epochEnd(1));
        RollupTraffic[] memory rollups = new RollupTraffic[](2);
        rollups[0] = _traffic(rollupB, 1, 1, 10_000);
        rollups[1] = _traffic(rollupA, 1, 1, 10_000);
        vm.expectRevert(abi.encodeWithSelector(RewardDistributorUnsortedRollups.selector, 1, 3));
        distributor.submitReport(_report(1, rollups), new bytes[](0));
        rollups[1] = _traffic(rollupB, 1, 1, 10_000);
        vm.expectRevert(abi.encodeWithSelector(RewardDistributorUnsortedRollups.selector, 3, 3));
        distributor.submitReport(_report(1, rollups), new bytes[](0));
        rollups[0] = RollupTraffic(0, 1, 1, 10_000);
        vm.expectRevert(abi.encodeWithSelector(RewardDistributorUnsortedRollups.selector, 0, 0));
        distributor.submitReport(_report(1, rollups), new bytes[](0));
    }

    function test_submitReport_revertsOnSecurityFactorAboveOne() public {
        vm.warp(distributor.epochEnd(1));
        RollupTraffic[] memory rollups = new RollupTraffic[](1);
        rollups[0] = _traffic(rollupA, 1, 1, 10_001);
        vm.expectRevert(
            abi.encodeWithSelector(RewardDistributorSecurityFactorOutOfBounds.selector, 1, 10_001)
        );
        distributor.submitReport(_report(1, rollups), new bytes[](0));
    }

    function test_submitReport_revertsWithTooFewSignatures() public {
        vm.warp(distributor.epochEnd(1));
        TrafficReport memory report = _twoRollups(1);
        uint256[] memory one = new uint256[](1);
        one[0] = keys[0];
        bytes[] memory signatures = _sign(report, one);
        vm.expectRevert(abi.encodeWithSelector(RewardDistributorNotEnoughSignatures.selector, 1, 2));
        distributor.submitReport(report, signatures);
    }

    function test_submitReport_revertsOnDuplicateSigner() public {
        vm.warp(distributor.epochEnd(1));
        _expectSubmitReportWithKeys(
            _keys(0, 0),
            abi.encodeWithSelector(
                RewardDistributorUnsortedSigners.selector, signers[0], signers[0]
            )
        );
    }

    function test_submitReport_revertsOnUnsortedSigners() public {
        vm.warp(distributor.epochEnd(1));
        _expectSubmitReportWithKeys(
            _keys(1, 0),
            abi.encodeWithSelector(
                RewardDistributorUnsortedSigners.selector, signers[0], signers[1]
            )
        );
    }

    function test_submitReport_revertsOnUnknownSigner() public {
        vm.warp(distributor.epochEnd(1));
        (address outsider, uint256 outsiderKey) = makeAddrAndKey("outsider");
        uint256[] memory pair = new uint256[](2);
        // Keep the ascending order so that only membership fails.
        if (outsider > signers[0]) (pair[0], pair[1]) = (keys[0], outsiderKey);
        else (pair[0], pair[1]) = (outsiderKey, keys[0]);
        _expectSubmitReportWithKeys(
            pair, abi.encodeWithSelector(RewardDistributorUnknownSigner.selector, outsider)
        );
    }

    function test_submitReport_revertsWhenSignedForAnotherEpoch() public {
        vm.warp(distributor.epochEnd(1));
        // Signatures over epoch 2 do not recover to the reporters for an epoch-1 report.
        bytes[] memory signatures = _sign(_twoRollups(2), _keys(0, 1));
        vm.expectRevert();
        distributor.submitReport(_twoRollups(1), signatures);
    }

    function test_submitReport_revertsOnMalformedSignature() public {
        vm.warp(distributor.epochEnd(1));
        bytes[] memory signatures = new bytes[](2);
        signatures[0] = hex"1234";
        signatures[1] = hex"1234";
        vm.expectRevert(abi.encodeWithSelector(ECDSA.ECDSAInvalidSignatureLength.selector, 2));
        distributor.submitReport(_twoRollups(1), signatures);
    }

    function _expectSubmitReportWithKeys(uint256[] memory signingKeys, bytes memory err) internal {
        TrafficReport memory report = _twoRollups(1);
        bytes[] memory signatures = _sign(report, signingKeys);
        vm.expectRevert(err);
        distributor.submitReport(report, signatures);
    }

    // --- governance ----------------------------------------------------------------------------

    function test_addReporter_addsAndEmits() public {
        vm.expectEmit(address(distributor));
        emit ReporterAdded(alice);
        vm.prank(admin);
        distributor.addReporter(alice);
        assertTrue(distributor.isReporter(alice));
        assertEq(distributor.reporterCount(), 4);
    }

    function test_addReporter_reverts() public {
        vm.startPrank(admin);
        vm.expectRevert(RewardDistributorZeroAddress.selector);
        distributor.addReporter(address(0));
        vm.expectRevert(
            abi.encodeWithSelector(RewardDistributorReporterExists.selector, signers[0])
        );
        distributor.addReporter(signers[0]);
        for (uint256 i = 3; i < 32; ++i) {
            distributor.addReporter(address(uint160(0x1000 + i)));
        }
        vm.expectRevert(abi.encodeWithSelector(RewardDistributorTooManyReporters.selector, 32));
        distributor.addReporter(alice);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                alice,
                distributor.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(alice);
        distributor.addReporter(alice);
    }

    function test_removeReporter_removesAndEmits() public {
        vm.expectEmit(address(distributor));
        emit ReporterRemoved(signers[2]);
        vm.prank(admin);
        distributor.removeReporter(signers[2]);
        assertFalse(distributor.isReporter(signers[2]));
        assertEq(distributor.reporterCount(), 2);
    }

    function test_removeReporter_reverts() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(RewardDistributorUnknownReporter.selector, alice));
        distributor.removeReporter(alice);
        distributor.removeReporter(signers[2]);
        vm.expectRevert(
            abi.encodeWithSelector(RewardDistributorThresholdOutOfBounds.selector, 2, 1)
        );
        distributor.removeReporter(signers[1]);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                alice,
                distributor.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(alice);
        distributor.removeReporter(signers[0]);
    }

    function test_removedReporterSignatureIsRejected() public {
        vm.prank(admin);
        distributor.removeReporter(signers[0]);
        vm.warp(distributor.epochEnd(1));
        _expectSubmitReportWithKeys(
            _keys(0, 1), abi.encodeWithSelector(RewardDistributorUnknownSigner.selector, signers[0])
        );
    }

    function test_setThreshold_updatesAndReverts() public {
        vm.startPrank(admin);
        vm.expectEmit(address(distributor));
        emit ThresholdSet(3);
        distributor.setThreshold(3);
        assertEq(distributor.threshold(), 3);
        vm.expectRevert(
            abi.encodeWithSelector(RewardDistributorThresholdOutOfBounds.selector, 0, 3)
        );
        distributor.setThreshold(0);
        vm.expectRevert(
            abi.encodeWithSelector(RewardDistributorThresholdOutOfBounds.selector, 4, 3)
        );
        distributor.setThreshold(4);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                alice,
                distributor.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(alice);
        distributor.setThreshold(1);
    }

    function test_setScoreWeights_updatesAndReverts() public {
        vm.startPrank(admin);
        vm.expectEmit(address(distributor));
        emit ScoreWeightsSet(10_000, 0);
        distributor.setScoreWeights(10_000, 0);
        (uint16 txW, uint16 msgW) = distributor.scoreWeights();
        assertEq(txW, 10_000);
        assertEq(msgW, 0);
        vm.expectRevert(
            abi.encodeWithSelector(RewardDistributorInvalidWeights.selector, 6000, 5000)
        );
        distributor.setScoreWeights(6000, 5000);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                alice,
                distributor.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(alice);
        distributor.setScoreWeights(5000, 5000);
    }

    function test_setEmissionPerEpoch_updatesAndReverts() public {
        vm.startPrank(admin);
        vm.expectEmit(address(distributor));
        emit EmissionPerEpochSet(5 ether);
        distributor.setEmissionPerEpoch(5 ether);
        assertEq(distributor.emissionPerEpoch(), 5 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                RewardDistributorEmissionOutOfBounds.selector, 10_000_001 ether, 10_000_000 ether
            )
        );
        distributor.setEmissionPerEpoch(10_000_001 ether);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                alice,
                distributor.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(alice);
        distributor.setEmissionPerEpoch(1);
    }

    function test_setBoostSource_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                alice,
                distributor.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(alice);
        distributor.setBoostSource(alice);
    }

    // --- fuzz ----------------------------------------------------------------------------------

    /// @dev Whatever the traffic, a report never pays out more than the emission, and what it
    ///      pays out plus what stays available equals what was funded.
    function testFuzz_submitReport_conservesFunds(
        uint64 txA,
        uint64 txB,
        uint64 msgA,
        uint64 msgB,
        uint32 secA,
        uint32 secB,
        uint96 boosted
    ) public {
        secA = uint32(bound(secA, 0, 10_000));
        secB = uint32(bound(secB, 0, 10_000));
        MockBoostSource pool = new MockBoostSource();
        vm.prank(admin);
        distributor.setBoostSource(address(pool));
        pool.setBoostedStake(rollupB, boosted);
        vm.warp(distributor.epochEnd(1));
        RollupTraffic[] memory rollups = new RollupTraffic[](2);
        rollups[0] = _traffic(rollupA, txA, msgA, secA);
        rollups[1] = _traffic(rollupB, txB, msgB, secB);
        uint256 hubBefore = era.balanceOf(address(hub));
        _submit(_report(1, rollups));
        uint256 paid = era.balanceOf(address(hub)) - hubBefore + era.balanceOf(address(pool));
        assertLe(paid, EMISSION);
        assertEq(distributor.availableRewards(), FUNDING - paid);
        assertEq(era.balanceOf(address(distributor)), FUNDING - paid);
        (, uint256 grossA) = hub.getPosition(valA, valA);
        (, uint256 grossB) = hub.getPosition(valB, valB);
        assertLe(grossA + grossB + pool.notified(rollupB), paid);
    }
}
