// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EraToken} from "../../src/token/EraToken.sol";
import {GasMeter} from "../utils/GasMeter.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

contract EraTokenTest is GasMeter {
    EraToken internal token;
    address internal treasury = makeAddr("treasury");
    address internal alice;
    uint256 internal aliceKey;
    address internal bob = makeAddr("bob");

    function setUp() public {
        (alice, aliceKey) = makeAddrAndKey("alice");
        token = new EraToken(treasury);
    }

    function test_constructor_mintsFixedSupplyToHolder() public view {
        assertEq(token.totalSupply(), 1_000_000_000 ether);
        assertEq(token.balanceOf(treasury), token.TOTAL_SUPPLY());
        assertEq(token.name(), "ERA");
        assertEq(token.symbol(), "ERA");
        assertEq(token.decimals(), 18);
    }

    function test_constructor_revertsOnZeroHolder() public {
        vm.expectRevert(EraToken.EraTokenZeroHolder.selector);
        new EraToken(address(0));
    }

    function test_clock_isTimestamp() public {
        vm.warp(1_700_000_000);
        assertEq(token.clock(), 1_700_000_000);
        assertEq(token.CLOCK_MODE(), "mode=timestamp");
    }

    function test_transfer_revertsBeyondBalance() public {
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 0, 1)
        );
        token.transfer(bob, 1);
    }

    function test_permit_setsAllowanceFromSignature() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 digest = _permitDigest(alice, bob, 5 ether, 0, deadline);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, digest);
        token.permit(alice, bob, 5 ether, deadline, v, r, s);
        assertEq(token.allowance(alice, bob), 5 ether);
        assertEq(token.nonces(alice), 1);
    }

    function test_permit_revertsWhenExpired() public {
        uint256 deadline = block.timestamp;
        bytes32 digest = _permitDigest(alice, bob, 5 ether, 0, deadline);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, digest);
        vm.warp(deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline)
        );
        token.permit(alice, bob, 5 ether, deadline, v, r, s);
    }

    function test_delegate_checkpointsVotesAtTimestamps() public {
        vm.warp(1000);
        vm.prank(treasury);
        token.transfer(alice, 100 ether);
        vm.prank(alice);
        token.delegate(alice);
        assertEq(token.getVotes(alice), 100 ether);
        vm.warp(2000);
        vm.prank(alice);
        token.transfer(bob, 40 ether);
        assertEq(token.getVotes(alice), 60 ether);
        assertEq(token.getPastVotes(alice, 1000), 100 ether);
        assertEq(token.getPastVotes(alice, 1999), 100 ether);
        assertEq(token.getPastTotalSupply(1999), token.TOTAL_SUPPLY());
    }

    function testFuzz_transfer_conservesSupplyAndVotes(uint256 toAlice, uint256 toBob) public {
        toAlice = bound(toAlice, 0, token.TOTAL_SUPPLY());
        vm.prank(treasury);
        token.transfer(alice, toAlice);
        vm.prank(alice);
        token.delegate(alice);
        vm.prank(bob);
        token.delegate(bob);
        toBob = bound(toBob, 0, toAlice);
        vm.prank(alice);
        token.transfer(bob, toBob);
        assertEq(
            token.balanceOf(alice) + token.balanceOf(bob) + token.balanceOf(treasury),
            token.TOTAL_SUPPLY()
        );
        assertEq(token.getVotes(alice), toAlice - toBob);
        assertEq(token.getVotes(bob), toBob);
    }

    function testFuzz_permit_rejectsWrongSigner(uint256 otherKey, uint256 value) public {
        otherKey = bound(otherKey, 1, type(uint128).max);
        vm.assume(otherKey != aliceKey);
        uint256 deadline = block.timestamp + 1;
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(otherKey, _permitDigest(alice, bob, value, 0, deadline));
        vm.expectRevert();
        token.permit(alice, bob, value, deadline, v, r, s);
        assertEq(token.allowance(alice, bob), 0);
    }

    function test_gas_transfer() public {
        vm.prank(treasury);
        token.transfer(alice, 10 ether);
        vm.prank(treasury);
        token.transfer(bob, 1 ether);
        uint256 used = _measureTx(
            "EraToken",
            "transfer",
            alice,
            address(token),
            abi.encodeCall(token.transfer, (bob, 1 ether)),
            new address[](0)
        );
        assertLt(used, 60_000);
        assertEq(token.balanceOf(bob), 2 ether);
    }

    function _permitDigest(
        address owner,
        address spender,
        uint256 value,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
                ),
                owner,
                spender,
                value,
                nonce,
                deadline
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }
}
