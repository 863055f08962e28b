// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IConfigMarket} from "../../src/interfaces/IConfigMarket.sol";
import {MarketFixture} from "../utils/MarketFixture.sol";
import {ConfigMarketHandler} from "./handlers/ConfigMarketHandler.sol";

contract ConfigMarketInvariantTest is MarketFixture {
    ConfigMarketHandler internal handler;

    function setUp() public override {
        super.setUp();
        address carol = makeAddr("carol");
        _fund(carol, USER_FUNDS);
        address[] memory subscribers = new address[](3);
        (subscribers[0], subscribers[1], subscribers[2]) = (alice, bob, carol);
        address[] memory creators = new address[](2);
        (creators[0], creators[1]) = (creator, author);

        uint256[] memory ids = new uint256[](3);
        ids[0] = _publishConfig(10 ether);
        ids[1] = _publishConfig(0);
        vm.prank(author);
        ids[2] = configs.publishConfig(3.333_333_333_333_333_333 ether, bytes32(0), "", _profile());

        handler = new ConfigMarketHandler(configs, era, governance, subscribers, creators, ids);
        targetContract(address(handler));
    }

    /// The market holds exactly what it owes: every escrow, every creator's earnings and the
    /// unswept fees.
    function invariant_balanceEqualsWhatItOwes() public view {
        uint256 owed = configs.unsweptFees();
        for (uint256 i; i < handler.creatorCount(); ++i) {
            owed += configs.earningsOf(handler.creators(i));
        }
        for (uint256 c; c < handler.configCount(); ++c) {
            for (uint256 s; s < handler.subscriberCount(); ++s) {
                owed += configs.getSubscription(handler.configIds(c), handler.subscribers(s)).escrow;
            }
        }
        assertEq(era.balanceOf(address(configs)), owed);
    }

    /// No ERA is created or lost: what came in minus what went out is what the market holds.
    function invariant_conservesEra() public view {
        assertEq(
            handler.ghostPaid() - handler.ghostRefunded() - handler.ghostWithdrawn()
                - handler.ghostSwept(),
            era.balanceOf(address(configs))
        );
        assertEq(era.balanceOf(treasury), handler.ghostSwept());
    }

    /// Every fee accrued was either swept or is still unswept.
    function invariant_feesAccountedExactly() public view {
        assertEq(handler.ghostFees(), handler.ghostSwept() + configs.unsweptFees());
    }

    /// Per creator: withdrawn + withdrawable + still escrowed == shares paid - refunds. So a
    /// creator can never withdraw more than was paid for their configs.
    function invariant_creatorNeverWithdrawsMoreThanEarned() public view {
        for (uint256 i; i < handler.creatorCount(); ++i) {
            address c = handler.creators(i);
            uint256 escrowed;
            for (uint256 k; k < handler.configCount(); ++k) {
                uint256 id = handler.configIds(k);
                if (configs.getConfig(id).creator != c) continue;
                for (uint256 s; s < handler.subscriberCount(); ++s) {
                    escrowed += configs.getSubscription(id, handler.subscribers(s)).escrow;
                }
            }
            assertEq(
                handler.ghostWithdrawnBy(c) + configs.earningsOf(c) + escrowed,
                handler.ghostShares(c) - handler.ghostRefundsOf(c)
            );
            assertLe(handler.ghostWithdrawnBy(c), handler.ghostShares(c));
        }
    }

    /// Subscriptions stay well-formed: unreleased periods are whole and an empty range holds no
    /// escrow.
    function invariant_subscriptionsWellFormed() public view {
        for (uint256 c; c < handler.configCount(); ++c) {
            for (uint256 s; s < handler.subscriberCount(); ++s) {
                IConfigMarket.Subscription memory sub =
                    configs.getSubscription(handler.configIds(c), handler.subscribers(s));
                assertLe(sub.releasedUntil, sub.expiry);
                assertEq((sub.expiry - sub.releasedUntil) % PERIOD, 0);
                if (sub.releasedUntil == sub.expiry) assertEq(sub.escrow, 0);
            }
        }
    }

    function invariant_noRuleViolations() public view {
        assertEq(handler.ghostViolations(), 0);
    }

    function afterInvariant() external view {
        // The run must have exercised the market, or the invariants above prove nothing.
        assertGt(handler.calls(handler.subscribe.selector), 0);
    }
}
