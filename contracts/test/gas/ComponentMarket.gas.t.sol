// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MarketFixture} from "../utils/MarketFixture.sol";

/// @notice Whole-transaction gas of the ComponentMarket's hot path, committed in
///         `snapshots/ComponentMarket.json`. Target: a charge under 50,000.
contract ComponentMarketGasTest is MarketFixture {
    address internal deployment = makeAddr("deployment");
    uint256 internal componentId;

    function setUp() public override {
        super.setUp();
        vm.startPrank(author);
        componentId = components.registerComponent("ipfs://bridge-router");
        components.publishVersion(componentId, keccak256("v1"), "ipfs://v1", 1 ether);
        components.setDeployment(componentId, 1, block.chainid, deployment);
        vm.stopPrank();
        // Three approved attesters, two of whom attested; the consumer requires two.
        vm.startPrank(governance);
        components.approveAttester(makeAddr("attester1"));
        components.approveAttester(makeAddr("attester2"));
        components.approveAttester(makeAddr("attester3"));
        vm.stopPrank();
        vm.prank(makeAddr("attester1"));
        components.attest(componentId, 1);
        vm.prank(makeAddr("attester3"));
        components.attest(componentId, 1);
        vm.startPrank(alice);
        components.setUsage(componentId, 1, 2);
        components.depositCredits(componentId, alice, 100 ether);
        vm.stopPrank();
        // A first charge, so the component's ledger is not an empty slot.
        vm.prank(deployment);
        components.charge(componentId, alice, 1);
    }

    function test_gas_charge() public {
        uint256 used = _measureTx(
            "ComponentMarket",
            "charge",
            deployment,
            address(components),
            abi.encodeCall(components.charge, (componentId, alice, 1)),
            new address[](0)
        );
        assertLt(used, 50_000);
        assertEq(components.getUsage(componentId, alice).credits, 98 ether);
    }

    /// The first charge of a component writes its ledger slot from zero.
    function test_gas_firstCharge() public {
        uint256 fresh = _freshComponent();
        uint256 used = _measureTx(
            "ComponentMarket",
            "firstCharge",
            deployment,
            address(components),
            abi.encodeCall(components.charge, (fresh, alice, 1)),
            new address[](0)
        );
        assertEq(components.getLedger(fresh).earnings, 0.95 ether);
        // Two zero-to-non-zero writes cost more; the target is for the steady state.
        assertLt(used, 70_000);
    }

    function _freshComponent() internal returns (uint256 id) {
        vm.startPrank(author);
        id = components.registerComponent("");
        components.publishVersion(id, bytes32(0), "", 1 ether);
        components.setDeployment(id, 1, block.chainid, deployment);
        vm.stopPrank();
        vm.startPrank(alice);
        components.setUsage(id, 1, 0);
        components.depositCredits(id, alice, 10 ether);
        vm.stopPrank();
    }
}
