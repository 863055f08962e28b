// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IComponentMarket} from "../../src/interfaces/IComponentMarket.sol";
import {MarketFixture} from "../utils/MarketFixture.sol";
import {ComponentMarketHandler} from "./handlers/ComponentMarketHandler.sol";

contract ComponentMarketInvariantTest is MarketFixture {
    ComponentMarketHandler internal handler;

    function setUp() public override {
        super.setUp();
        address carol = makeAddr("carol");
        _fund(carol, USER_FUNDS);
        address[] memory consumers = new address[](3);
        (consumers[0], consumers[1], consumers[2]) = (alice, bob, carol);

        uint256[] memory ids = new uint256[](2);
        address[] memory deployments = new address[](4);
        address[2] memory authors = [author, creator];
        for (uint256 c; c < 2; ++c) {
            vm.startPrank(authors[c]);
            ids[c] = components.registerComponent("");
            for (uint32 v = 1; v <= 2; ++v) {
                components.publishVersion(ids[c], bytes32(0), "", uint96(0.333 ether * v * (c + 1)));
                address deployment = makeAddr(string.concat("deployment", vm.toString(c * 2 + v)));
                components.setDeployment(ids[c], v, block.chainid, deployment);
                // The same component's deployment on another chain can never charge here.
                components.setDeployment(ids[c], v, 777, makeAddr("remote"));
                deployments[c * 2 + v - 1] = deployment;
            }
            vm.stopPrank();
        }

        address[] memory attesters = new address[](3);
        for (uint256 i; i < 3; ++i) {
            attesters[i] = makeAddr(string.concat("attester", vm.toString(i)));
            vm.prank(governance);
            components.approveAttester(attesters[i]);
        }

        handler = new ComponentMarketHandler(
            components, era, governance, consumers, ids, attesters, deployments
        );
        targetContract(address(handler));
    }

    /// The market holds exactly what it owes: every consumer's credits plus every component's
    /// unpaid earnings and unswept fees.
    function invariant_balanceEqualsWhatItOwes() public view {
        uint256 owed;
        for (uint256 c; c < handler.componentCount(); ++c) {
            uint256 id = handler.componentIds(c);
            IComponentMarket.Ledger memory ledger = components.getLedger(id);
            owed += uint256(ledger.earnings) + ledger.fees;
            for (uint256 i; i < handler.consumerCount(); ++i) {
                owed += components.getUsage(id, handler.consumers(i)).credits;
            }
        }
        assertEq(era.balanceOf(address(components)), owed);
    }

    /// No ERA is created or lost.
    function invariant_conservesEra() public view {
        assertEq(
            handler.ghostDeposited() - handler.ghostCreditsWithdrawn()
                - handler.ghostEarningsWithdrawn() - handler.ghostSwept(),
            era.balanceOf(address(components))
        );
        assertEq(era.balanceOf(treasury), handler.ghostSwept());
    }

    /// Every charge split exactly; fees are swept or still held.
    function invariant_chargesSplitExactly() public view {
        uint256 earned;
        uint256 unswept;
        for (uint256 c; c < handler.componentCount(); ++c) {
            uint256 id = handler.componentIds(c);
            earned += handler.ghostEarned(id);
            unswept += components.getLedger(id).fees;
        }
        assertEq(earned + handler.ghostFees(), handler.ghostCharged());
        assertEq(handler.ghostFees(), handler.ghostSwept() + unswept);
    }

    /// An author never withdraws more than its component earned.
    function invariant_withdrawalsNeverExceedEarnings() public view {
        for (uint256 c; c < handler.componentCount(); ++c) {
            uint256 id = handler.componentIds(c);
            assertEq(
                handler.ghostWithdrawnOf(id) + components.getLedger(id).earnings,
                handler.ghostEarned(id)
            );
        }
    }

    /// No stranger ever charged, no charge passed below the threshold or beyond the credits,
    /// and no allowed charge was refused.
    function invariant_chargesFollowTheRules() public view {
        assertEq(handler.ghostViolations(), 0);
    }

    function afterInvariant() external view {
        assertGt(handler.calls(handler.chargeByStranger.selector), 0);
    }
}
