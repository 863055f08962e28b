// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupTraffic, TrafficReport} from "../../../src/interfaces/IRewardDistributor.sol";
import {ValidatorStatus} from "../../../src/interfaces/IStakingHub.sol";
import {Roles} from "../../../src/libraries/Roles.sol";
import {RewardDistributor} from "../../../src/staking/RewardDistributor.sol";
import {StakingHub} from "../../../src/staking/StakingHub.sol";
import {EraToken} from "../../../src/token/EraToken.sol";
import {RollupId} from "../../../src/types/RollupId.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the StakingHub and RewardDistributor with bounded random actions and keeps
///         ghost totals of what the contracts should hold.
contract StakingHandler is Test {
    EraToken internal immutable _era;
    StakingHub internal immutable _hub;
    RewardDistributor internal immutable _distributor;
    address internal immutable _admin;
    address internal immutable _treasury;
    uint256 internal immutable _reporterKey;

    address[] public stakers;
    address[] public validators;
    RollupId[] public rollups;

    // Ghosts.
    uint256 public ghostClaimed;
    uint256 public ghostSlashed;
    bool public ghostDoubleClaim;
    bool public ghostEarlyRelease;
    bool public ghostFreezeRenewed;
    uint256[] public ghostTimepoints;
    // Streaming: how many actions touched the hub (each may round the accumulators once), and
    // whether a rollup ever streamed while staked below the 1e9-wei floor.
    uint256 public ghostUpdates;
    bool public ghostTinyStake;

    struct Request {
        address account;
        uint256 id;
        uint256 releaseAt;
        bool withdrawn;
    }

    Request[] internal _requests;
    address internal _council = makeAddr("handlerCouncil");
    uint256 public ghostUnbondingSlashes;
    uint256 public ghostFreezes;

    constructor(
        EraToken era,
        StakingHub hub,
        RewardDistributor distributor,
        address admin,
        address treasury,
        uint256 reporterKey,
        address[] memory validators_,
        RollupId[] memory rollups_
    ) {
        _era = era;
        _hub = hub;
        _distributor = distributor;
        _admin = admin;
        _treasury = treasury;
        _reporterKey = reporterKey;
        validators = validators_;
        rollups = rollups_;
        for (uint256 i; i < 4; ++i) {
            stakers.push(makeAddr(string.concat("staker", vm.toString(i))));
        }
    }

    // ------------------------------------------------------------------------------------------
    // Actions
    // ------------------------------------------------------------------------------------------

    function delegate(uint256 stakerSeed, uint256 validatorSeed, uint256 amount) external {
        address staker = _pick(stakers, stakerSeed);
        address validator = _pick(validators, validatorSeed);
        (,, ValidatorStatus status,) = _hub.getValidator(validator);
        if (status != ValidatorStatus.Active) return;
        amount = bound(amount, 1, 1_000_000 ether);
        vm.prank(_treasury);
        _era.transfer(staker, amount);
        vm.startPrank(staker);
        _era.approve(address(_hub), amount);
        _hub.delegate(validator, amount);
        vm.stopPrank();
        _recordTimepoint();
    }

    function undelegate(uint256 stakerSeed, uint256 validatorSeed, uint256 amount) external {
        address staker = _pick(stakers, stakerSeed);
        address validator = _pick(validators, validatorSeed);
        (uint256 staked,) = _hub.getPosition(staker, validator);
        if (staked == 0) return;
        amount = bound(amount, 1, staked);
        vm.prank(staker);
        uint256 id = _hub.undelegate(validator, amount);
        _requests.push(Request(staker, id, block.timestamp + _hub.unbondingPeriod(), false));
        _recordTimepoint();
    }

    function withdraw(uint256 requestSeed) external {
        if (_requests.length == 0) return;
        Request storage request = _requests[requestSeed % _requests.length];
        if (request.withdrawn) return;
        vm.prank(request.account);
        try _hub.withdraw(request.id) {
            if (block.timestamp < request.releaseAt) ghostEarlyRelease = true;
            request.withdrawn = true;
        } catch {
            // Only an unbonding request may be refused, or a frozen validator's own one.
            bool frozen = _hub.exitsFrozenUntil(request.account) != 0;
            if (block.timestamp >= request.releaseAt && !frozen) ghostEarlyRelease = true;
        }
    }

    /// @dev A validator undelegates part or all of its self-stake (issue 13.3: it stays
    ///      slashable while unbonding).
    function undelegateSelf(uint256 validatorSeed, uint256 amount) external {
        address validator = _pick(validators, validatorSeed);
        (uint256 staked,) = _hub.getPosition(validator, validator);
        if (staked == 0) return;
        amount = amount % 4 == 0 ? staked : bound(amount, 1, staked);
        vm.prank(validator);
        try _hub.undelegate(validator, amount) returns (uint256 id) {
            _requests.push(Request(validator, id, block.timestamp + _hub.unbondingPeriod(), false));
            _recordTimepoint();
        } catch {}
    }

    /// @dev The council freezes a validator's exits (refused while frozen or cooling down), or
    ///      governance lifts a freeze.
    function freeze(uint256 validatorSeed, bool lift) external {
        address validator = _pick(validators, validatorSeed);
        if (!_hub.hasRole(Roles.COUNCIL, _council)) {
            vm.prank(_admin);
            _hub.grantRole(Roles.COUNCIL, _council);
        }
        if (lift) {
            if (_hub.exitsFrozenUntil(validator) == 0) return;
            vm.prank(_admin);
            _hub.liftFreeze(validator);
            return;
        }
        bool allowed =
            _hub.exitsFrozenUntil(validator) == 0 && _hub.councilFreezeAllowedAt(validator) == 0;
        vm.prank(_council);
        try _hub.freezeExits(validator) {
            ++ghostFreezes;
            if (!allowed) ghostFreezeRenewed = true;
        } catch {
            if (allowed) ghostFreezeRenewed = true;
        }
    }

    function claim(uint256 accountSeed, uint256 validatorSeed) external {
        address validator = _pick(validators, validatorSeed);
        address account = accountSeed % 5 == 0 ? validator : _pick(stakers, accountSeed / 5);
        uint256 expected = _hub.pendingRewards(account, validator);
        uint256 before = _era.balanceOf(account);
        vm.startPrank(account);
        uint256 paid = _hub.claimRewards(validator);
        if (_hub.claimRewards(validator) != 0) ghostDoubleClaim = true;
        vm.stopPrank();
        if (paid != expected || _era.balanceOf(account) - before != paid) ghostDoubleClaim = true;
        ghostClaimed += paid;
    }

    function report(uint64 txA, uint64 txB, uint64 messagesB) external {
        uint64 epoch = _distributor.lastReportedEpoch() + 1;
        uint256 end = _distributor.epochEnd(epoch);
        if (block.timestamp < end) vm.warp(end);
        RollupTraffic[] memory traffic = new RollupTraffic[](rollups.length);
        for (uint256 i; i < rollups.length; ++i) {
            traffic[i] = RollupTraffic(
                RollupId.unwrap(rollups[i]), i == 0 ? txA : txB, i == 0 ? 0 : messagesB, 10_000
            );
        }
        TrafficReport memory trafficReport = TrafficReport(epoch, traffic);
        bytes[] memory signatures = new bytes[](1);
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(_reporterKey, _distributor.reportDigest(trafficReport));
        signatures[0] = abi.encodePacked(r, s, v);
        _distributor.submitReport(trafficReport, signatures);
        _countUpdate();
    }

    function slash(uint256 validatorSeed, uint256 amount) external {
        address validator = _pick(validators, validatorSeed);
        (uint256 selfStake,) = _hub.getPosition(validator, validator);
        // Issue 13.3: the self-stake still unbonding is slashable too.
        uint256 unbonding = _hub.selfUnbonding(validator);
        selfStake += unbonding;
        if (selfStake == 0) return;
        // Mostly small slashes, so validators stay active for long runs; sometimes the whole stake.
        amount = amount % 8 == 0 ? selfStake : bound(amount, 1, selfStake / 10 + 1);
        uint256 total = _hub.totalUnbonding();
        vm.prank(_admin);
        _hub.slash(validator, amount);
        ghostSlashed += amount;
        if (_hub.selfUnbonding(validator) != unbonding) {
            ++ghostUnbondingSlashes;
            if (total - _hub.totalUnbonding() != unbonding - _hub.selfUnbonding(validator)) {
                ghostEarlyRelease = true;
            }
        }
        _recordTimepoint();
    }

    /// @dev A validator asks for a new commission (raises and cuts, any rate); later claims
    ///      must still pay exactly what `pendingRewards` announced (checked in `claim`).
    function requestCommission(uint256 validatorSeed, uint16 bps) external {
        address validator = _pick(validators, validatorSeed);
        (,, ValidatorStatus status,) = _hub.getValidator(validator);
        if (status != ValidatorStatus.Active) return;
        vm.prank(validator);
        _hub.requestCommission(uint16(bound(bps, 0, 10_000)));
    }

    /// @dev Anyone checks a validator against its minimum (slashes leave validators below it):
    ///      the grace period starts, ends in deactivation, or a top-up reactivates.
    function checkStake(uint256 validatorSeed) external {
        address validator = _pick(validators, validatorSeed);
        (,, ValidatorStatus status,) = _hub.getValidator(validator);
        if (status == ValidatorStatus.Exited) return;
        _hub.checkValidatorStake(validator);
        _recordTimepoint();
    }

    /// @dev A validator adds to its own stake, Active or Inactive.
    function topUpSelf(uint256 validatorSeed, uint256 amount) external {
        address validator = _pick(validators, validatorSeed);
        (,, ValidatorStatus status,) = _hub.getValidator(validator);
        if (status != ValidatorStatus.Active && status != ValidatorStatus.Inactive) return;
        amount = bound(amount, 1, 2000 ether);
        vm.prank(_treasury);
        _era.transfer(validator, amount);
        vm.startPrank(validator);
        _era.approve(address(_hub), amount);
        _hub.delegate(validator, amount);
        vm.stopPrank();
        _recordTimepoint();
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 3 days));
    }

    // ------------------------------------------------------------------------------------------
    // Views for the invariants
    // ------------------------------------------------------------------------------------------

    function accounts() external view returns (address[] memory all) {
        all = new address[](stakers.length + validators.length);
        for (uint256 i; i < stakers.length; ++i) {
            all[i] = stakers[i];
        }
        for (uint256 i; i < validators.length; ++i) {
            all[stakers.length + i] = validators[i];
        }
    }

    function validatorList() external view returns (address[] memory) {
        return validators;
    }

    function rollupList() external view returns (RollupId[] memory) {
        return rollups;
    }

    /// @dev The requests not yet withdrawn: account and id.
    function pendingRequests()
        external
        view
        returns (address[] memory accounts_, uint256[] memory ids)
    {
        uint256 n;
        for (uint256 i; i < _requests.length; ++i) {
            if (!_requests[i].withdrawn) ++n;
        }
        accounts_ = new address[](n);
        ids = new uint256[](n);
        n = 0;
        for (uint256 i; i < _requests.length; ++i) {
            if (_requests[i].withdrawn) continue;
            (accounts_[n], ids[n]) = (_requests[i].account, _requests[i].id);
            ++n;
        }
    }

    function timepoints() external view returns (uint256[] memory) {
        return ghostTimepoints;
    }

    function _pick(address[] storage list, uint256 seed) internal view returns (address) {
        return list[seed % list.length];
    }

    /// @dev Counts an action that may round an accumulator, and notes a rollup left with
    ///      stake under the floor while its stream may run.
    function _countUpdate() internal {
        ghostUpdates += rollups.length;
        for (uint256 i; i < rollups.length; ++i) {
            uint256 stake = _hub.rollupStake(rollups[i]);
            if (stake != 0 && stake < 1e9) ghostTinyStake = true;
        }
    }

    /// @dev Remembers the second of a stake change, to compare past lookups later.
    function _recordTimepoint() internal {
        _countUpdate();
        uint256 n = ghostTimepoints.length;
        if (n == 0 || ghostTimepoints[n - 1] != block.timestamp) {
            ghostTimepoints.push(block.timestamp);
        }
    }
}
