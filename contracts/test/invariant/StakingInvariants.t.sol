// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ValidatorStatus} from "../../src/interfaces/IStakingHub.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {StakingFixture} from "../utils/StakingFixture.sol";
import {StakingHandler} from "./handlers/StakingHandler.sol";

/// @notice The five properties of the staking layer under random delegations, undelegations,
///         withdrawals, claims, signed reports, slashing,
///         commission changes and validators falling below the minimum and back.
contract StakingInvariantsTest is StakingFixture {
    StakingHandler internal handler;
    uint256 internal constant FUNDING = 1_000_000 ether;

    function setUp() public {
        _deployStaking();
        _deployDistributor(FUNDING);
        (, uint256[] memory keys) = _addReporters(1, 1);

        address[] memory validators = new address[](3);
        validators[0] = makeAddr("validatorA1");
        validators[1] = makeAddr("validatorA2");
        validators[2] = makeAddr("validatorB");
        _registerValidator(validators[0], rollupA, 1000, MIN_STAKE);
        _registerValidator(validators[1], rollupA2, 0, MIN_STAKE);
        _registerValidator(validators[2], rollupB, 500, MIN_STAKE);
        RollupId[] memory rollups = new RollupId[](3);
        (rollups[0], rollups[1], rollups[2]) = (rollupA, rollupA2, rollupB);

        handler = new StakingHandler(
            era, hub, distributor, admin, treasury, keys[0], validators, rollups
        );
        targetContract(address(handler));
    }

    /// @dev Every ERA is in a wallet, staked, unbonding, held by the hub for rewards, or still
    ///      undistributed; the hub holds exactly stake + unbonding + (notified - claimed).
    function invariant_eraConservation() public view {
        address[] memory accounts = handler.accounts();
        uint256 wallets = era.balanceOf(treasury);
        for (uint256 i; i < accounts.length; ++i) {
            wallets += era.balanceOf(accounts[i]);
        }
        uint256 hubBalance = era.balanceOf(address(hub));
        uint256 distributorBalance = era.balanceOf(address(distributor));
        assertEq(wallets + hubBalance + distributorBalance, era.totalSupply(), "supply");

        uint256 staked = _totalStaked();
        uint256 notified = FUNDING - distributor.availableRewards();
        assertEq(distributorBalance, distributor.availableRewards(), "distributor accounted");
        assertEq(
            hubBalance,
            staked + hub.totalUnbonding() + notified - handler.ghostClaimed(),
            "hub accounted"
        );
    }

    /// @dev What was claimed plus what is claimable never exceeds what was funded.
    function invariant_rewardSolvency() public view {
        address[] memory accounts = handler.accounts();
        address[] memory validators = handler.validatorList();
        uint256 claimable;
        for (uint256 i; i < accounts.length; ++i) {
            claimable += hub.accruedRewards(accounts[i]);
            for (uint256 j; j < validators.length; ++j) {
                (, uint256 unsettled) = hub.getPosition(accounts[i], validators[j]);
                claimable += unsettled;
            }
        }
        uint256 notified = FUNDING - distributor.availableRewards();
        assertLe(handler.ghostClaimed() + claimable, notified, "claimable <= notified");
        assertLe(notified, FUNDING, "notified <= funded");
    }

    /// @dev Streaming (issue 13.1): what was claimed, plus what is claimable now, plus what the
    ///      rollups' streams have still to pay never exceeds what was notified, and falls short
    ///      of it only by the accumulator's rounding (at most 1e-18 ERA per staked ERA per
    ///      update, kept by the hub) and what streamed to a rollup staked below the 1e9-wei
    ///      floor (the floor's rest stays in the hub). Nothing is paid before it streamed.
    function invariant_streamedRewardsAccounted() public {
        address[] memory accounts = handler.accounts();
        address[] memory validators = handler.validatorList();
        // What every claim would pay now, every account at every validator (then undone).
        uint256 snapshot = vm.snapshotState();
        uint256 claimable;
        for (uint256 i; i < accounts.length; ++i) {
            for (uint256 j; j < validators.length; ++j) {
                vm.prank(accounts[i]);
                claimable += hub.claimRewards(validators[j]);
            }
        }
        vm.revertToState(snapshot);
        uint256 unstreamed;
        RollupId[] memory rollups = handler.rollupList();
        for (uint256 i; i < rollups.length; ++i) {
            (,, uint256 left) = hub.rewardStream(rollups[i]);
            unstreamed += left;
        }
        uint256 notified = FUNDING - distributor.availableRewards();
        uint256 accounted = handler.ghostClaimed() + claimable + unstreamed;
        assertLe(accounted, notified, "paid + claimable + unstreamed <= notified");
        if (!handler.ghostTinyStake()) {
            // 1e-18 ERA per staked ERA per update: under 1e9 wei per update at these stakes.
            assertApproxEqAbs(accounted, notified, handler.ghostUpdates() * 1e9 + 1e9, "dust");
        }
    }

    /// @dev Per-(account, domain) stake sums to each domain's total, now and at the start of the
    ///      stake period of every recorded past timepoint, and the domains sum to the account
    ///      totals.
    function invariant_domainCheckpointsSumToTotal() public view {
        address[] memory accounts = handler.accounts();
        uint32[2] memory doms = [DOMAIN_A, DOMAIN_B];
        uint256 allDomains;
        for (uint256 d; d < 2; ++d) {
            uint256 sum;
            for (uint256 i; i < accounts.length; ++i) {
                sum += hub.getDomainStake(accounts[i], doms[d]);
            }
            assertEq(sum, hub.getTotalDomainStake(doms[d]), "domain now");
            allDomains += sum;
        }
        assertEq(allDomains, _rewardedStake(), "domains = rollups");
        uint256 accountTotals;
        for (uint256 i; i < accounts.length; ++i) {
            accountTotals += hub.getStake(accounts[i]);
        }
        assertEq(accountTotals, allDomains, "accounts = domains");

        // A period-start total is the sum of the accounts' exact stakes in the period's last
        // second before it began.
        uint256 period = hub.STAKE_PERIOD();
        uint256[] memory times = handler.timepoints();
        for (uint256 k; k < times.length; ++k) {
            if (times[k] >= block.timestamp) continue;
            uint256 lastSecondBefore = times[k] / period * period - 1;
            for (uint256 d; d < 2; ++d) {
                uint256 sum;
                for (uint256 i; i < accounts.length; ++i) {
                    sum += hub.getPastDomainStake(accounts[i], doms[d], lastSecondBefore);
                }
                assertEq(
                    sum, hub.getTotalDomainStakeAtPeriodStart(doms[d], times[k]), "domain past"
                );
            }
        }
    }

    /// @dev A claim never pays twice: a second claim right after pays 0 and each claim pays
    ///      exactly what `pendingRewards` announced.
    function invariant_noDoubleClaim() public view {
        assertFalse(handler.ghostDoubleClaim());
    }

    /// @dev No withdrawal succeeds before its release time, and none is refused after it.
    function invariant_unbondingNeverReleasedEarly() public view {
        assertFalse(handler.ghostEarlyRelease());
    }

    /// @dev Issue 13.3: the unbonding total is what the pending requests are worth, a
    ///      validator's slashed ones included (each rounded down by at most 1 wei), and each
    ///      validator's own requests are worth at most its slashable unbonding pool.
    function invariant_slashedUnbondingAccounted() public view {
        (address[] memory accounts, uint256[] memory ids) = handler.pendingRequests();
        address[] memory validators = handler.validatorList();
        uint256[] memory own = new uint256[](validators.length);
        uint256 sum;
        for (uint256 i; i < accounts.length; ++i) {
            (uint256 amount,) = hub.getUnbonding(accounts[i], ids[i]);
            sum += amount;
            for (uint256 j; j < validators.length; ++j) {
                if (accounts[i] == validators[j]) own[j] += amount;
            }
        }
        uint256 pools;
        for (uint256 j; j < validators.length; ++j) {
            uint256 pool = hub.selfUnbonding(validators[j]);
            assertLe(own[j], pool, "own requests within the pool");
            pools += pool;
        }
        assertLe(sum, hub.totalUnbonding(), "requests within the total");
        assertLe(hub.totalUnbonding() - sum, accounts.length, "total = requests, to the wei");
        assertLe(pools, hub.totalUnbonding(), "pools within the total");
    }

    /// @dev A freeze never lasts beyond `MAX_FREEZE` from now, and the council never froze a
    ///      validator while frozen or cooling down (nor was refused otherwise).
    function invariant_freezeBounded() public view {
        address[] memory validators = handler.validatorList();
        for (uint256 j; j < validators.length; ++j) {
            assertLe(hub.exitsFrozenUntil(validators[j]), block.timestamp + hub.MAX_FREEZE());
        }
        assertFalse(handler.ghostFreezeRenewed(), "council freeze rules");
    }

    function _rewardedStake() internal view returns (uint256 total) {
        RollupId[] memory rollups = handler.rollupList();
        for (uint256 i; i < rollups.length; ++i) {
            total += hub.rollupStake(rollups[i]);
        }
    }

    /// @dev The rollups' rewarded stake plus the self-stake of Inactive validators, which the
    ///      hub still holds outside the rewarded stake (and outside the votes).
    function _totalStaked() internal view returns (uint256 total) {
        total = _rewardedStake();
        address[] memory validators = handler.validatorList();
        for (uint256 i; i < validators.length; ++i) {
            (,, ValidatorStatus status,) = hub.getValidator(validators[i]);
            if (status != ValidatorStatus.Inactive) continue;
            (uint256 selfStake,) = hub.getPosition(validators[i], validators[i]);
            total += selfStake;
        }
    }
}
