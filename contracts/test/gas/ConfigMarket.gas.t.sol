// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MarketFixture} from "../utils/MarketFixture.sol";

/// @notice Whole-transaction gas of the ConfigMarket's user paths, committed in
///         `snapshots/ConfigMarket.json`. Target: subscribe under 120,000.
contract ConfigMarketGasTest is MarketFixture {
    uint96 internal constant PRICE = 10 ether;
    uint256 internal configId;

    function setUp() public override {
        super.setUp();
        configId = _publishConfig(PRICE);
        // Another subscriber first, so the market's balance and fee slots are not empty.
        vm.prank(bob);
        configs.subscribe(configId, 1, PRICE);
    }

    function test_gas_subscribe() public {
        uint256 used = _subscribeTx("subscribe");
        assertLt(used, 120_000);
        assertTrue(configs.isSubscribed(configId, alice));
    }

    /// Subscribing again after an expiry also releases the old escrow to the creator.
    function test_gas_subscribeAgainAfterExpiry() public {
        vm.prank(alice);
        uint40 expiry = configs.subscribe(configId, 2, PRICE);
        vm.warp(expiry);
        uint256 used = _subscribeTx("subscribeAgainAfterExpiry");
        assertLt(used, 120_000);
        assertEq(configs.earningsOf(creator), 2 * 9.5 ether);
    }

    function test_gas_renew() public {
        vm.prank(alice);
        configs.subscribe(configId, 1, PRICE);
        uint256 used = _measureTx(
            "ConfigMarket",
            "renew",
            alice,
            address(configs),
            abi.encodeCall(configs.renew, (configId, 1, PRICE)),
            _one(address(era))
        );
        assertLt(used, 120_000);
        assertEq(configs.getSubscription(configId, alice).expiry, block.timestamp + 2 * PERIOD);
    }

    function _subscribeTx(string memory name) internal returns (uint256) {
        return _measureTx(
            "ConfigMarket",
            name,
            alice,
            address(configs),
            abi.encodeCall(configs.subscribe, (configId, 1, PRICE)),
            _one(address(era))
        );
    }
}
