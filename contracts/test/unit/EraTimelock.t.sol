// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EraTimelock} from "../../src/governance/EraTimelock.sol";
import {IEraTimelockErrors} from "../../src/interfaces/IEraTimelock.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Test} from "forge-std/Test.sol";

contract EraTimelockTest is Test, IEraTimelockErrors {
    EraTimelock internal timelock;

    function setUp() public {
        address[] memory self = new address[](1);
        self[0] = address(this);
        timelock = new EraTimelock(1 days, self, self, address(0));
    }

    function test_constructor_setsDelayAndRoles() public view {
        assertEq(timelock.getMinDelay(), 1 days);
        assertEq(timelock.MAX_MIN_DELAY(), 30 days);
        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), address(this)));
        assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), address(this)));
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(this)));
        assertTrue(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(timelock)));
        assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(this)));
    }

    function test_constructor_revertsWhenDelayAboveMax() public {
        address[] memory none = new address[](0);
        vm.expectRevert(
            abi.encodeWithSelector(EraTimelockDelayOutOfBounds.selector, 30 days + 1, 30 days)
        );
        new EraTimelock(30 days + 1, none, none, address(0));
    }

    function test_updateDelay_throughScheduledOperation() public {
        bytes memory data = abi.encodeCall(EraTimelock.updateDelay, (2 days));
        timelock.schedule(address(timelock), 0, data, 0, 0, 1 days);
        vm.warp(block.timestamp + 1 days);
        vm.expectEmit(address(timelock));
        emit TimelockController.MinDelayChange(1 days, 2 days);
        timelock.execute(address(timelock), 0, data, 0, 0);
        assertEq(timelock.getMinDelay(), 2 days);
        // The new delay is what scheduling enforces.
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockInsufficientDelay.selector, 1 days, 2 days
            )
        );
        timelock.schedule(address(timelock), 0, data, 0, bytes32(uint256(1)), 1 days);
    }

    function test_updateDelay_revertsWhenAboveMax() public {
        bytes memory data = abi.encodeCall(EraTimelock.updateDelay, (30 days + 1));
        timelock.schedule(address(timelock), 0, data, 0, 0, 1 days);
        vm.warp(block.timestamp + 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(EraTimelockDelayOutOfBounds.selector, 30 days + 1, 30 days)
        );
        timelock.execute(address(timelock), 0, data, 0, 0);
    }

    function test_updateDelay_revertsWhenNotSelf() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnauthorizedCaller.selector, address(this)
            )
        );
        timelock.updateDelay(0);
    }
}
