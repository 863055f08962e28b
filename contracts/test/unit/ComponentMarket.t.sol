// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    IComponentMarket,
    IComponentMarketErrors,
    IComponentMarketEvents
} from "../../src/interfaces/IComponentMarket.sol";
import {ComponentMarket} from "../../src/market/ComponentMarket.sol";
import {MarketFixture} from "../utils/MarketFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract ComponentMarketTest is MarketFixture, IComponentMarketErrors, IComponentMarketEvents {
    uint96 internal constant FEE_PER_USE = 1 ether;
    uint256 internal constant CREDITS = 100 ether;
    uint256 internal constant REMOTE_CHAIN = 424_242;

    address internal deployment = makeAddr("deployment");
    address internal attester1 = makeAddr("attester1");
    address internal attester2 = makeAddr("attester2");
    uint256 internal componentId;

    function setUp() public override {
        super.setUp();
        vm.startPrank(author);
        componentId = components.registerComponent("ipfs://bridge-router");
        components.publishVersion(componentId, keccak256("v1"), "ipfs://v1", FEE_PER_USE);
        components.setDeployment(componentId, 1, block.chainid, deployment);
        vm.stopPrank();
        vm.startPrank(governance);
        components.approveAttester(attester1);
        components.approveAttester(attester2);
        vm.stopPrank();
        vm.prank(attester1);
        components.attest(componentId, 1);
        vm.startPrank(alice);
        components.setUsage(componentId, 1, 1);
        components.depositCredits(componentId, alice, CREDITS);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_setsParameters() public view {
        assertEq(address(components.era()), address(era));
        assertEq(components.treasury(), treasury);
        assertEq(components.protocolFeeBps(), FEE_BPS);
        assertTrue(components.hasRole(components.DEFAULT_ADMIN_ROLE(), governance));
    }

    function test_constructor_revertsOnZeroAddresses() public {
        vm.expectRevert(ComponentMarketZeroAddress.selector);
        new ComponentMarket(IERC20(address(0)), treasury, governance, FEE_BPS);
        vm.expectRevert(ComponentMarketZeroAddress.selector);
        new ComponentMarket(era, address(0), governance, FEE_BPS);
        vm.expectRevert(ComponentMarketZeroAddress.selector);
        new ComponentMarket(era, treasury, address(0), FEE_BPS);
    }

    function test_constructor_revertsWhenFeeTooHigh() public {
        vm.expectRevert(abi.encodeWithSelector(ComponentMarketFeeTooHigh.selector, 2001, 2000));
        new ComponentMarket(era, treasury, governance, 2001);
    }

    // ---------------------------------------------------------------- authors

    function test_registerComponent_assignsIdAndAuthor() public {
        vm.expectEmit(address(components));
        emit ComponentRegistered(2, bob, "ipfs://other");
        vm.prank(bob);
        uint256 id = components.registerComponent("ipfs://other");
        assertEq(id, 2);
        assertEq(components.componentCount(), 2);
        IComponentMarket.Component memory component = components.getComponent(id);
        assertEq(component.author, bob);
        assertEq(component.versionCount, 0);
    }

    function test_publishVersion_storesVersion() public {
        vm.expectEmit(address(components));
        emit VersionPublished(componentId, 2, keccak256("v2"), "ipfs://v2", 3 ether);
        vm.prank(author);
        uint32 version =
            components.publishVersion(componentId, keccak256("v2"), "ipfs://v2", 3 ether);
        assertEq(version, 2);
        (bytes32 hash, string memory uri, uint96 fee) = components.getVersion(componentId, 2);
        assertEq(hash, keccak256("v2"));
        assertEq(uri, "ipfs://v2");
        assertEq(fee, 3 ether);
        assertEq(components.getComponent(componentId).versionCount, 2);
    }

    function test_publishVersion_revertsWhenNotAuthor() public {
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketNotAuthor.selector, componentId, bob, author)
        );
        components.publishVersion(componentId, bytes32(0), "", 0);
    }

    function test_publishVersion_revertsOnUnknownComponent() public {
        vm.prank(author);
        vm.expectRevert(abi.encodeWithSelector(ComponentMarketUnknownComponent.selector, 7));
        components.publishVersion(7, bytes32(0), "", 0);
    }

    function test_setDeployment_recordsLocalAndRemoteDeployments() public {
        address remote = makeAddr("remote");
        vm.expectEmit(address(components));
        emit DeploymentSet(componentId, 1, REMOTE_CHAIN, remote);
        vm.prank(author);
        components.setDeployment(componentId, 1, REMOTE_CHAIN, remote);
        assertEq(components.deploymentOf(componentId, 1, REMOTE_CHAIN), remote);
        assertEq(components.deploymentOf(componentId, 1, block.chainid), deployment);
        assertEq(components.deploymentOf(componentId, 1, 1), address(0));
    }

    function test_setDeployment_revertsWhenAlreadySet() public {
        vm.prank(author);
        vm.expectRevert(
            abi.encodeWithSelector(
                ComponentMarketDeploymentAlreadySet.selector,
                componentId,
                1,
                block.chainid,
                deployment
            )
        );
        components.setDeployment(componentId, 1, block.chainid, bob);

        vm.startPrank(author);
        components.setDeployment(componentId, 1, REMOTE_CHAIN, bob);
        vm.expectRevert(
            abi.encodeWithSelector(
                ComponentMarketDeploymentAlreadySet.selector, componentId, 1, REMOTE_CHAIN, bob
            )
        );
        components.setDeployment(componentId, 1, REMOTE_CHAIN, alice);
        vm.stopPrank();
    }

    function test_setDeployment_revertsOnUnknownVersion() public {
        vm.startPrank(author);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketUnknownVersion.selector, componentId, 0)
        );
        components.setDeployment(componentId, 0, REMOTE_CHAIN, bob);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketUnknownVersion.selector, componentId, 2)
        );
        components.setDeployment(componentId, 2, REMOTE_CHAIN, bob);
        vm.stopPrank();
    }

    function test_setDeployment_revertsOnZeroChainOrAddress() public {
        vm.startPrank(author);
        vm.expectRevert(ComponentMarketZeroChainId.selector);
        components.setDeployment(componentId, 1, 0, bob);
        vm.expectRevert(ComponentMarketZeroAddress.selector);
        components.setDeployment(componentId, 1, REMOTE_CHAIN, address(0));
        vm.stopPrank();
    }

    function test_setDeployment_revertsWhenNotAuthor() public {
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketNotAuthor.selector, componentId, bob, author)
        );
        components.setDeployment(componentId, 1, REMOTE_CHAIN, bob);
    }

    // ---------------------------------------------------------------- attesters

    function test_approveAttester_issuesFreshSlots() public {
        address attester3 = makeAddr("attester3");
        vm.expectEmit(address(components));
        emit AttesterApproved(attester3, 2);
        vm.prank(governance);
        components.approveAttester(attester3);
        assertTrue(components.isApprovedAttester(attester3));
        assertEq(components.attesterSlotsIssued(), 3);
    }

    function test_approveAttester_revertsWhenAlreadyApproved() public {
        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketAttesterAlreadyApproved.selector, attester1)
        );
        components.approveAttester(attester1);
    }

    function test_approveAttester_revertsOnZero() public {
        vm.prank(governance);
        vm.expectRevert(ComponentMarketZeroAddress.selector);
        components.approveAttester(address(0));
    }

    function test_approveAttester_revertsWhenNotGovernance() public {
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0)
            )
        );
        components.approveAttester(alice);
    }

    function test_approveAttester_revertsWhenEverySlotIssued() public {
        vm.startPrank(governance);
        for (uint256 i = 2; i < 128; ++i) {
            components.approveAttester(address(uint160(0x1000 + i)));
        }
        assertEq(components.attesterSlotsIssued(), 128);
        vm.expectRevert(abi.encodeWithSelector(ComponentMarketAttesterLimitReached.selector, 128));
        components.approveAttester(address(0x9999));
        vm.stopPrank();
    }

    function test_removeAttester_voidsItsAttestations() public {
        assertEq(components.attestationCount(componentId, 1), 1);
        vm.expectEmit(address(components));
        emit AttesterRemoved(attester1);
        vm.prank(governance);
        components.removeAttester(attester1);
        assertFalse(components.isApprovedAttester(attester1));
        assertEq(components.attestationCount(componentId, 1), 0);
        assertFalse(components.hasAttested(componentId, 1, attester1));
    }

    function test_removeAttester_reapprovalStartsWithNoAttestations() public {
        vm.startPrank(governance);
        components.removeAttester(attester1);
        components.approveAttester(attester1);
        vm.stopPrank();
        assertEq(components.attestationCount(componentId, 1), 0);
        vm.prank(attester1);
        components.attest(componentId, 1);
        assertEq(components.attestationCount(componentId, 1), 1);
    }

    function test_removeAttester_revertsWhenNotApproved() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ComponentMarketNotApprovedAttester.selector, bob));
        components.removeAttester(bob);
    }

    function test_removeAttester_revertsWhenNotGovernance() public {
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0)
            )
        );
        components.removeAttester(attester1);
    }

    function test_attest_countsApprovedAttestations() public {
        vm.expectEmit(address(components));
        emit Attested(componentId, 1, attester2);
        vm.prank(attester2);
        components.attest(componentId, 1);
        assertEq(components.attestationCount(componentId, 1), 2);
        assertTrue(components.hasAttested(componentId, 1, attester2));
    }

    function test_attest_revertsWhenNotApproved() public {
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ComponentMarketNotApprovedAttester.selector, bob));
        components.attest(componentId, 1);
    }

    function test_attest_revertsOnUnknownVersion() public {
        vm.prank(attester2);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketUnknownVersion.selector, componentId, 2)
        );
        components.attest(componentId, 2);
    }

    function test_attest_revertsWhenAlreadyAttested() public {
        vm.prank(attester1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ComponentMarketAlreadyAttested.selector, componentId, 1, attester1
            )
        );
        components.attest(componentId, 1);
    }

    function test_revokeAttestation_removesAttestation() public {
        vm.expectEmit(address(components));
        emit AttestationRevoked(componentId, 1, attester1);
        vm.prank(attester1);
        components.revokeAttestation(componentId, 1);
        assertEq(components.attestationCount(componentId, 1), 0);
    }

    function test_revokeAttestation_revertsWhenNotAttested() public {
        vm.prank(attester2);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketNotAttested.selector, componentId, 1, attester2)
        );
        components.revokeAttestation(componentId, 1);
    }

    function testFuzz_attestationCount_countsOnlyApprovedAttesters(uint8 count, uint128 removed)
        public
    {
        count = uint8(bound(count, 0, 126));
        uint256 expected = 1; // attester1
        for (uint256 i; i < count; ++i) {
            address attester = address(uint160(0x1000 + i));
            vm.prank(governance);
            components.approveAttester(attester);
            vm.prank(attester);
            components.attest(componentId, 1);
            if ((removed >> i) & 1 == 1) {
                vm.prank(governance);
                components.removeAttester(attester);
            } else {
                ++expected;
            }
        }
        assertEq(components.attestationCount(componentId, 1), expected);
    }

    // ---------------------------------------------------------------- consumers

    function test_setUsage_recordsVersionAndThreshold() public {
        vm.prank(author);
        components.publishVersion(componentId, bytes32(0), "", 2 ether);
        vm.expectEmit(address(components));
        emit UsageSet(componentId, alice, 2, 3);
        vm.prank(alice);
        components.setUsage(componentId, 2, 3);
        IComponentMarket.Usage memory usage = components.getUsage(componentId, alice);
        assertEq(usage.version, 2);
        assertEq(usage.requiredAttestations, 3);
        assertEq(usage.credits, CREDITS);
    }

    function test_setUsage_revertsOnUnknownVersion() public {
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketUnknownVersion.selector, componentId, 2)
        );
        components.setUsage(componentId, 2, 0);
    }

    function test_setUsage_revertsWhenThresholdTooHigh() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ComponentMarketThresholdTooHigh.selector, 129, 128));
        components.setUsage(componentId, 1, 129);
    }

    function test_depositCredits_creditsConsumerFromPayer() public {
        uint256 before = era.balanceOf(bob);
        vm.expectEmit(address(components));
        emit CreditsDeposited(componentId, alice, bob, 5 ether);
        vm.prank(bob);
        components.depositCredits(componentId, alice, 5 ether);
        assertEq(components.getUsage(componentId, alice).credits, CREDITS + 5 ether);
        assertEq(before - era.balanceOf(bob), 5 ether);
    }

    function test_depositCredits_revertsOnUnknownComponent() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ComponentMarketUnknownComponent.selector, 2));
        components.depositCredits(2, alice, 1);
    }

    function test_depositCredits_revertsOnZeroConsumerOrAmount() public {
        vm.startPrank(alice);
        vm.expectRevert(ComponentMarketZeroAddress.selector);
        components.depositCredits(componentId, address(0), 1);
        vm.expectRevert(ComponentMarketZeroAmount.selector);
        components.depositCredits(componentId, alice, 0);
        vm.stopPrank();
    }

    function test_withdrawCredits_returnsUnusedCredits() public {
        vm.expectEmit(address(components));
        emit CreditsWithdrawn(componentId, alice, bob, 40 ether);
        vm.prank(alice);
        components.withdrawCredits(componentId, 40 ether, bob);
        assertEq(components.getUsage(componentId, alice).credits, 60 ether);
        assertEq(era.balanceOf(bob), USER_FUNDS + 40 ether);
    }

    function test_withdrawCredits_revertsBeyondCredits() public {
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                ComponentMarketInsufficientCredits.selector,
                componentId,
                alice,
                CREDITS + 1,
                CREDITS
            )
        );
        components.withdrawCredits(componentId, CREDITS + 1, alice);
    }

    function test_withdrawCredits_revertsOnZeroAmountOrRecipient() public {
        vm.startPrank(alice);
        vm.expectRevert(ComponentMarketZeroAmount.selector);
        components.withdrawCredits(componentId, 0, alice);
        vm.expectRevert(ComponentMarketZeroAddress.selector);
        components.withdrawCredits(componentId, 1, address(0));
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- charge

    function test_charge_splitsCostIntoEarningsAndFee() public {
        vm.expectEmit(address(components));
        emit Charged(componentId, alice, 1, 3, 3 ether, 0.15 ether);
        vm.prank(deployment);
        assertEq(components.charge(componentId, alice, 3), 3 ether);
        assertEq(components.getUsage(componentId, alice).credits, CREDITS - 3 ether);
        IComponentMarket.Ledger memory ledger = components.getLedger(componentId);
        assertEq(ledger.earnings, 2.85 ether);
        assertEq(ledger.fees, 0.15 ether);
    }

    function test_charge_withoutThresholdNeedsNoAttestation() public {
        vm.prank(attester1);
        components.revokeAttestation(componentId, 1);
        vm.prank(alice);
        components.setUsage(componentId, 1, 0);
        vm.prank(deployment);
        components.charge(componentId, alice, 1);
        assertEq(components.getUsage(componentId, alice).credits, CREDITS - 1 ether);
    }

    /// @notice Issue 13.4: a version was attested before it had a deployment; the author then
    ///         registered an address it controls and drained a consumer's credits. An
    ///         attestation now needs the deployment first and covers its code.
    function test_attack_attestedVersionThenAuthorControlledDeployment() public {
        vm.startPrank(author);
        uint256 bait = components.registerComponent("ipfs://bait");
        components.publishVersion(bait, keccak256("bait"), "ipfs://bait/v1", FEE_PER_USE);
        vm.stopPrank();
        vm.prank(attester1);
        vm.expectRevert(abi.encodeWithSelector(ComponentMarketNoDeployment.selector, bait, 1));
        components.attest(bait, 1);
        vm.startPrank(alice);
        components.setUsage(bait, 1, 1);
        components.depositCredits(bait, alice, CREDITS);
        vm.stopPrank();
        // The author's own address becomes the deployment, after the (failed) attestation.
        vm.prank(author);
        components.setDeployment(bait, 1, block.chainid, author);
        vm.prank(author);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketThresholdNotMet.selector, bait, 1, 0, 1)
        );
        components.charge(bait, alice, 100);
        assertEq(components.getUsage(bait, alice).credits, CREDITS, "nothing drained");
        assertEq(components.getLedger(bait).earnings, 0);
    }

    /// @notice The deployment's code changes after it was attested (an EIP-7702 delegation
    ///         swapped, a metamorphic contract redeployed): the attestations no longer cover it.
    function test_attack_deploymentCodeSwappedAfterAttestation() public {
        address audited = address(0xA0D17ED);
        vm.etch(audited, hex"6001600055");
        vm.startPrank(author);
        uint256 id = components.registerComponent("ipfs://swap");
        components.publishVersion(id, keccak256("swap"), "ipfs://swap/v1", FEE_PER_USE);
        components.setDeployment(id, 1, block.chainid, audited);
        vm.stopPrank();
        bytes32 registered = keccak256(hex"6001600055");
        assertEq(components.deploymentCodeHash(id, 1), registered);
        vm.prank(attester1);
        components.attest(id, 1);
        vm.startPrank(alice);
        components.setUsage(id, 1, 1);
        components.depositCredits(id, alice, CREDITS);
        vm.stopPrank();
        vm.prank(audited);
        components.charge(id, alice, 1);

        vm.etch(audited, hex"6002600055");
        bytes32 swapped = keccak256(hex"6002600055");
        vm.prank(audited);
        vm.expectRevert(
            abi.encodeWithSelector(
                ComponentMarketDeploymentCodeChanged.selector, id, 1, registered, swapped
            )
        );
        components.charge(id, alice, 99);
        assertEq(components.getUsage(id, alice).credits, CREDITS - FEE_PER_USE);
        // Nor can a new attestation cover the swapped code.
        vm.prank(attester2);
        vm.expectRevert(
            abi.encodeWithSelector(
                ComponentMarketDeploymentCodeChanged.selector, id, 1, registered, swapped
            )
        );
        components.attest(id, 1);
        // The code put back, the attested deployment charges again.
        vm.etch(audited, hex"6001600055");
        vm.prank(audited);
        components.charge(id, alice, 1);
    }

    function test_charge_revertsWhenCallerIsNotTheDeployment() public {
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketNotDeployment.selector, componentId, 1, bob)
        );
        components.charge(componentId, alice, 1);
    }

    function test_charge_revertsForDeploymentOnAnotherChain() public {
        address remote = makeAddr("remote");
        vm.prank(author);
        components.setDeployment(componentId, 1, REMOTE_CHAIN, remote);
        vm.prank(remote);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketNotDeployment.selector, componentId, 1, remote)
        );
        components.charge(componentId, alice, 1);
    }

    function test_charge_revertsForDeploymentOfAnotherVersion() public {
        address v2 = makeAddr("v2");
        vm.startPrank(author);
        components.publishVersion(componentId, bytes32(0), "", 1);
        components.setDeployment(componentId, 2, block.chainid, v2);
        vm.stopPrank();
        vm.prank(v2);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketNotDeployment.selector, componentId, 1, v2)
        );
        components.charge(componentId, alice, 1);
    }

    function test_charge_revertsForConsumerWithoutUsage() public {
        vm.prank(deployment);
        vm.expectRevert(
            abi.encodeWithSelector(
                ComponentMarketNotDeployment.selector, componentId, 0, deployment
            )
        );
        components.charge(componentId, bob, 1);
    }

    function test_charge_revertsOnZeroUses() public {
        vm.prank(deployment);
        vm.expectRevert(ComponentMarketZeroUses.selector);
        components.charge(componentId, alice, 0);
    }

    function test_charge_revertsWhenThresholdNotMet() public {
        vm.prank(alice);
        components.setUsage(componentId, 1, 2);
        vm.prank(deployment);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketThresholdNotMet.selector, componentId, 1, 1, 2)
        );
        components.charge(componentId, alice, 1);
    }

    function test_charge_revertsOnceTheAttesterIsRemoved() public {
        vm.prank(deployment);
        components.charge(componentId, alice, 1);
        vm.prank(governance);
        components.removeAttester(attester1);
        vm.prank(deployment);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketThresholdNotMet.selector, componentId, 1, 0, 1)
        );
        components.charge(componentId, alice, 1);
    }

    function test_charge_revertsBeyondCredits() public {
        vm.prank(deployment);
        vm.expectRevert(
            abi.encodeWithSelector(
                ComponentMarketInsufficientCredits.selector, componentId, alice, 101 ether, CREDITS
            )
        );
        components.charge(componentId, alice, 101);
    }

    function testFuzz_charge_splitIsExact(uint96 fee, uint256 uses, uint16 feeBps) public {
        fee = uint96(bound(fee, 0, 10 ether));
        uses = bound(uses, 1, 1_000_000);
        feeBps = uint16(bound(feeBps, 0, 2000));
        vm.prank(governance);
        components.setProtocolFee(feeBps);
        vm.startPrank(author);
        components.publishVersion(componentId, bytes32(0), "", fee);
        components.setDeployment(componentId, 2, block.chainid, bob);
        vm.stopPrank();
        uint256 cost = uint256(fee) * uses;
        _fund(alice, cost);
        vm.startPrank(alice);
        components.setUsage(componentId, 2, 0);
        if (cost > 0) components.depositCredits(componentId, alice, cost);
        vm.stopPrank();

        vm.prank(bob);
        assertEq(components.charge(componentId, alice, uses), cost);

        IComponentMarket.Ledger memory ledger = components.getLedger(componentId);
        assertEq(uint256(ledger.earnings) + ledger.fees, cost, "earnings + fee == cost");
        assertEq(ledger.fees, cost * feeBps / 10_000);
        assertEq(components.getUsage(componentId, alice).credits, CREDITS);
        assertEq(era.balanceOf(address(components)), CREDITS + cost);
    }

    // ---------------------------------------------------------------- earnings and fees

    function test_withdrawEarnings_paysAuthor() public {
        vm.prank(deployment);
        components.charge(componentId, alice, 10);
        address to = makeAddr("authorWallet");
        vm.expectEmit(address(components));
        emit EarningsWithdrawn(componentId, author, to, 9.5 ether);
        vm.prank(author);
        assertEq(components.withdrawEarnings(componentId, to), 9.5 ether);
        assertEq(era.balanceOf(to), 9.5 ether);
        // Never more than earned: a second withdrawal finds nothing.
        vm.prank(author);
        vm.expectRevert(abi.encodeWithSelector(ComponentMarketNoEarnings.selector, componentId));
        components.withdrawEarnings(componentId, to);
    }

    function test_withdrawEarnings_revertsWhenNotAuthor() public {
        vm.prank(deployment);
        components.charge(componentId, alice, 1);
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ComponentMarketNotAuthor.selector, componentId, bob, author)
        );
        components.withdrawEarnings(componentId, bob);
    }

    function test_withdrawEarnings_revertsOnZeroRecipient() public {
        vm.prank(author);
        vm.expectRevert(ComponentMarketZeroAddress.selector);
        components.withdrawEarnings(componentId, address(0));
    }

    function test_sweepFees_sendsFeesOfListedComponentsToTreasury() public {
        vm.startPrank(bob);
        uint256 other = components.registerComponent("");
        components.publishVersion(other, bytes32(0), "", 2 ether);
        components.setDeployment(other, 1, block.chainid, bob);
        vm.stopPrank();
        vm.startPrank(alice);
        components.setUsage(other, 1, 0);
        components.depositCredits(other, alice, 10 ether);
        vm.stopPrank();
        vm.prank(deployment);
        components.charge(componentId, alice, 2);
        vm.prank(bob);
        components.charge(other, alice, 1);

        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (componentId, other);
        vm.expectEmit(address(components));
        emit FeesSwept(treasury, 0.2 ether);
        assertEq(components.sweepFees(ids), 0.2 ether);
        assertEq(era.balanceOf(treasury), 0.2 ether);
        assertEq(components.getLedger(componentId).fees, 0);
        assertEq(components.getLedger(componentId).earnings, 1.9 ether);
    }

    function test_sweepFees_revertsWithoutFees() public {
        uint256[] memory ids = new uint256[](1);
        ids[0] = componentId;
        vm.expectRevert(ComponentMarketNoFees.selector);
        components.sweepFees(ids);
    }

    // ---------------------------------------------------------------- governance

    function test_setProtocolFee_setsFee() public {
        vm.expectEmit(address(components));
        emit ProtocolFeeSet(0);
        vm.prank(governance);
        components.setProtocolFee(0);
        assertEq(components.protocolFeeBps(), 0);
        vm.prank(deployment);
        components.charge(componentId, alice, 1);
        assertEq(components.getLedger(componentId).fees, 0);
    }

    function test_setProtocolFee_revertsAboveBound() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ComponentMarketFeeTooHigh.selector, 2001, 2000));
        components.setProtocolFee(2001);
    }

    function test_setProtocolFee_revertsWhenNotGovernance() public {
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0)
            )
        );
        components.setProtocolFee(0);
    }

    function test_setTreasury_setsTreasury() public {
        vm.expectEmit(address(components));
        emit TreasurySet(bob);
        vm.prank(governance);
        components.setTreasury(bob);
        assertEq(components.treasury(), bob);
    }

    function test_setTreasury_revertsOnZero() public {
        vm.prank(governance);
        vm.expectRevert(ComponentMarketZeroAddress.selector);
        components.setTreasury(address(0));
    }

    function test_setTreasury_revertsWhenNotGovernance() public {
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0)
            )
        );
        components.setTreasury(alice);
    }
}
