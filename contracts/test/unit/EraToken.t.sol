// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EraToken} from "../../src/token/EraToken.sol";
import {GasMeter} from "../utils/GasMeter.sol";
import {ReferenceEraToken} from "../utils/ReferenceEraToken.sol";
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

    function test_transferFrom_spendsExactAllowanceButNotAnInfiniteOne() public {
        vm.prank(treasury);
        token.approve(alice, 5 ether);
        vm.prank(alice);
        token.transferFrom(treasury, bob, 5 ether);
        assertEq(token.allowance(treasury, alice), 0);
        assertEq(token.balanceOf(bob), 5 ether);
        vm.prank(treasury);
        token.approve(alice, type(uint256).max);
        vm.prank(alice);
        token.transferFrom(treasury, bob, 5 ether);
        assertEq(token.allowance(treasury, alice), type(uint256).max);
        assertEq(token.balanceOf(bob), 10 ether);
    }

    function test_transferFrom_revertsBeyondAllowance() public {
        vm.prank(treasury);
        token.approve(alice, 5 ether);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, alice, 5 ether, 6 ether
            )
        );
        token.transferFrom(treasury, bob, 6 ether);
    }

    function test_transfer_toSelfKeepsBalanceAndVotes() public {
        vm.prank(treasury);
        token.transfer(alice, 7 ether);
        vm.startPrank(alice);
        token.delegate(alice);
        token.transfer(alice, 3 ether);
        vm.stopPrank();
        assertEq(token.balanceOf(alice), 7 ether);
        assertEq(token.getVotes(alice), 7 ether);
    }

    /// @dev The packed token behaves like plain OpenZeppelin ERC20 + Votes: the same random
    ///      transfers, approvals, spends and delegations succeed or revert with the same error on
    ///      both and leave the same balances, allowances, delegates and vote history.
    function testFuzz_matchesOpenZeppelinReference(uint256 seed) public {
        vm.warp(1000);
        ReferenceEraToken stock = new ReferenceEraToken(treasury);
        token = new EraToken(treasury);
        address[4] memory who = [treasury, alice, bob, address(0)];
        for (uint256 i; i < 24; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            address a = who[r % 3];
            address b = who[(r >> 8) % 4];
            address c = who[(r >> 16) % 4];
            uint256 amount = (r >> 32) % 4 == 0
                ? type(uint256).max
                : bound(r >> 40, 0, token.balanceOf(a) + 1 ether);
            bytes memory call;
            uint256 kind = (r >> 24) % 4;
            if (kind == 0) call = abi.encodeCall(token.transfer, (b, amount));
            else if (kind == 1) call = abi.encodeCall(token.approve, (b, amount));
            else if (kind == 2) call = abi.encodeCall(token.transferFrom, (b, c, amount));
            else call = abi.encodeCall(token.delegate, (b));
            vm.prank(a);
            (bool ok, bytes memory ret) = address(token).call(call);
            vm.prank(a);
            (bool refOk, bytes memory refRet) = address(stock).call(call);
            assertEq(ok, refOk, "same outcome");
            assertEq(ret, refRet, "same return or error");
            vm.warp(block.timestamp + (r >> 200) % 3);
        }
        vm.warp(block.timestamp + 1);
        for (uint256 i; i < 3; ++i) {
            assertEq(token.balanceOf(who[i]), stock.balanceOf(who[i]), "balance");
            assertEq(token.delegates(who[i]), stock.delegates(who[i]), "delegate");
            assertEq(token.getVotes(who[i]), stock.getVotes(who[i]), "votes");
            assertEq(token.numCheckpoints(who[i]), stock.numCheckpoints(who[i]), "checkpoints");
            for (uint256 j; j < 3; ++j) {
                assertEq(
                    token.allowance(who[i], who[j]), stock.allowance(who[i], who[j]), "allowance"
                );
            }
            for (uint256 t = 1000; t < block.timestamp; ++t) {
                assertEq(token.getPastVotes(who[i], t), stock.getPastVotes(who[i], t), "past");
            }
        }
        assertEq(token.totalSupply(), stock.totalSupply());
        assertEq(token.getPastTotalSupply(1000), stock.getPastTotalSupply(1000));
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
