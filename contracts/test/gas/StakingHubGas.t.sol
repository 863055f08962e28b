// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IStakingHub} from "../../src/interfaces/IStakingHub.sol";
import {StakingFixture} from "../utils/StakingFixture.sol";

contract StakingHubGasTest is StakingFixture {
    address internal validator = makeAddr("validator");
    address internal alice = makeAddr("alice");

    function setUp() public {
        _deployStaking();
        _setDistributor(distributorAddr);
        _registerValidator(validator, rollupA, 1000, MIN_STAKE);
        _delegate(makeAddr("earlier"), validator, 50 ether);
        _notify(rollupA, 10 ether);
        vm.warp(block.timestamp + 12);
    }

    function test_gas_firstStake() public {
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
        emit log_named_uint("first stake", gasUsed);
    }
}
