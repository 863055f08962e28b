// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    IConfigMarket,
    IConfigMarketErrors,
    IConfigMarketEvents
} from "../../src/interfaces/IConfigMarket.sol";
import {IProfileRegistry, IProfileRegistryErrors} from "../../src/interfaces/IProfileRegistry.sol";
import {ConfigMarket} from "../../src/market/ConfigMarket.sol";
import {MarketFixture} from "../utils/MarketFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract ConfigMarketTest is MarketFixture, IConfigMarketErrors, IConfigMarketEvents {
    uint96 internal constant PRICE = 10 ether;
    // 5% of PRICE.
    uint256 internal constant FEE = 0.5 ether;
    uint256 internal constant SHARE = 9.5 ether;

    uint256 internal configId;

    function setUp() public override {
        super.setUp();
        configId = _publishConfig(PRICE);
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_setsParameters() public view {
        assertEq(address(configs.era()), address(era));
        assertEq(address(configs.profileRegistry()), address(profiles));
        assertEq(configs.treasury(), treasury);
        assertEq(configs.protocolFeeBps(), FEE_BPS);
        assertEq(configs.periodLength(), PERIOD);
        assertTrue(configs.hasRole(configs.DEFAULT_ADMIN_ROLE(), governance));
    }

    function test_constructor_revertsOnZeroAddresses() public {
        vm.expectRevert(ConfigMarketZeroAddress.selector);
        new ConfigMarket(IERC20(address(0)), profiles, treasury, governance, FEE_BPS, PERIOD);
        vm.expectRevert(ConfigMarketZeroAddress.selector);
        new ConfigMarket(era, IProfileRegistry(address(0)), treasury, governance, FEE_BPS, PERIOD);
        vm.expectRevert(ConfigMarketZeroAddress.selector);
        new ConfigMarket(era, profiles, address(0), governance, FEE_BPS, PERIOD);
        vm.expectRevert(ConfigMarketZeroAddress.selector);
        new ConfigMarket(era, profiles, treasury, address(0), FEE_BPS, PERIOD);
    }

    function test_constructor_revertsWhenFeeTooHigh() public {
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketFeeTooHigh.selector, 2001, 2000));
        new ConfigMarket(era, profiles, treasury, governance, 2001, PERIOD);
    }

    function test_constructor_revertsWhenPeriodOutOfBounds() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                ConfigMarketInvalidPeriodLength.selector, 1 hours - 1, 1 hours, 365 days
            )
        );
        new ConfigMarket(era, profiles, treasury, governance, FEE_BPS, 1 hours - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ConfigMarketInvalidPeriodLength.selector, 365 days + 1, 1 hours, 365 days
            )
        );
        new ConfigMarket(era, profiles, treasury, governance, FEE_BPS, 365 days + 1);
    }

    // ---------------------------------------------------------------- publishing

    function test_publishConfig_storesConfigAndFirstVersion() public {
        vm.expectEmit(address(configs));
        emit ConfigPublished(2, creator, 3 ether);
        vm.expectEmit(address(configs));
        emit ConfigVersionPublished(2, 1, keccak256("config"), "ipfs://config");
        uint256 id = _publishConfig(3 ether);

        assertEq(id, 2);
        assertEq(configs.configCount(), 2);
        IConfigMarket.Config memory config = configs.getConfig(id);
        assertEq(config.creator, creator);
        assertEq(config.pricePerPeriod, 3 ether);
        assertEq(config.versionCount, 1);
        (bytes32 hash, string memory uri, IProfileRegistry.Profile memory profile) =
            configs.getConfigVersion(id, 1);
        assertEq(hash, keccak256("config"));
        assertEq(uri, "ipfs://config");
        assertEq(profile.gas.eraShareBps, 6000);
        assertEq(profile.rules[0].threshold, 10 ether);
    }

    function test_publishConfig_revertsOnInvalidProfile() public {
        IProfileRegistry.Profile memory profile = _profile();
        profile.rollupKinds = 4;
        vm.prank(creator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProfileRegistryErrors.ProfileRegistryInvalidRollupKinds.selector, 4
            )
        );
        configs.publishConfig(PRICE, bytes32(0), "", profile);
    }

    function test_publishVersion_addsVersion() public {
        IProfileRegistry.Profile memory profile = _profile();
        profile.rollupKinds = 1;
        vm.expectEmit(address(configs));
        emit ConfigVersionPublished(configId, 2, keccak256("v2"), "ipfs://v2");
        vm.prank(creator);
        uint32 version = configs.publishVersion(configId, keccak256("v2"), "ipfs://v2", profile);
        assertEq(version, 2);
        assertEq(configs.getConfig(configId).versionCount, 2);
        (,, IProfileRegistry.Profile memory stored) = configs.getConfigVersion(configId, 2);
        assertEq(stored.rollupKinds, 1);
    }

    function test_publishVersion_revertsWhenNotCreator() public {
        IProfileRegistry.Profile memory profile = _profile();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ConfigMarketNotCreator.selector, configId, alice, creator)
        );
        configs.publishVersion(configId, bytes32(0), "", profile);
    }

    function test_publishVersion_revertsOnUnknownConfig() public {
        IProfileRegistry.Profile memory profile = _profile();
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketUnknownConfig.selector, 9));
        configs.publishVersion(9, bytes32(0), "", profile);
    }

    function test_setPrice_setsPriceForFuturePayments() public {
        _subscribe(alice, 1);
        vm.expectEmit(address(configs));
        emit ConfigPriceSet(configId, 20 ether);
        vm.prank(creator);
        configs.setPrice(configId, 20 ether);
        assertEq(configs.getConfig(configId).pricePerPeriod, 20 ether);
        assertEq(configs.getSubscription(configId, alice).escrow, SHARE);
        uint256 before = era.balanceOf(bob);
        _subscribe(bob, 1);
        assertEq(before - era.balanceOf(bob), 20 ether);
    }

    function test_setPrice_revertsWhenNotCreator() public {
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ConfigMarketNotCreator.selector, configId, bob, creator)
        );
        configs.setPrice(configId, 1);
    }

    function test_setPrice_revertsOnUnknownConfig() public {
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketUnknownConfig.selector, 0));
        configs.setPrice(0, 1);
    }

    // ---------------------------------------------------------------- subscribe

    function test_subscribe_escrowsShareAndAccruesFee() public {
        uint40 expected = uint40(block.timestamp + 3 * PERIOD);
        vm.expectEmit(address(configs));
        emit Subscribed(configId, alice, 3, expected, 3 * PRICE, 3 * FEE);
        uint40 expiry = _subscribe(alice, 3);

        assertEq(expiry, expected);
        IConfigMarket.Subscription memory sub = configs.getSubscription(configId, alice);
        assertEq(sub.expiry, expected);
        assertEq(sub.releasedUntil, block.timestamp);
        assertEq(sub.escrow, 3 * SHARE);
        assertFalse(sub.rated);
        assertEq(configs.unsweptFees(), 3 * FEE);
        assertEq(era.balanceOf(address(configs)), 3 * PRICE);
        assertEq(era.balanceOf(alice), USER_FUNDS - 3 * PRICE);
        assertTrue(configs.isSubscribed(configId, alice));
    }

    function test_subscribe_toFreeConfigMovesNoTokens() public {
        uint256 free = _publishConfig(0);
        vm.prank(alice);
        configs.subscribe(free, 2, 0);
        assertTrue(configs.isSubscribed(free, alice));
        assertEq(era.balanceOf(alice), USER_FUNDS);
        assertEq(configs.getSubscription(free, alice).escrow, 0);
        assertEq(configs.unsweptFees(), 0);
    }

    function test_subscribe_revertsOnUnknownConfig() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketUnknownConfig.selector, 5));
        configs.subscribe(5, 1, PRICE);
    }

    function test_subscribe_revertsOnZeroPeriods() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketInvalidPeriods.selector, 0, 520));
        configs.subscribe(configId, 0, PRICE);
    }

    function test_subscribe_revertsOnTooManyPeriods() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketInvalidPeriods.selector, 521, 520));
        configs.subscribe(configId, 521, PRICE);
    }

    function test_subscribe_revertsWhenPriceAboveMax() public {
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ConfigMarketPriceAboveMax.selector, configId, PRICE, PRICE - 1)
        );
        configs.subscribe(configId, 1, PRICE - 1);
    }

    function test_subscribe_revertsWhenAlreadySubscribed() public {
        uint40 expiry = _subscribe(alice, 1);
        vm.warp(expiry - 1);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ConfigMarketAlreadySubscribed.selector, configId, alice, expiry)
        );
        configs.subscribe(configId, 1, PRICE);
    }

    function test_subscribe_afterExpiryReleasesOldEscrowAndResetsRating() public {
        uint40 expiry = _subscribe(alice, 2);
        vm.prank(alice);
        configs.rate(configId, 4);
        vm.warp(expiry);
        assertFalse(configs.isSubscribed(configId, alice));

        vm.expectEmit(address(configs));
        emit EscrowReleased(configId, alice, creator, 2 * SHARE);
        _subscribe(alice, 1);
        assertEq(configs.earningsOf(creator), 2 * SHARE);
        IConfigMarket.Subscription memory sub = configs.getSubscription(configId, alice);
        assertEq(sub.escrow, SHARE);
        assertEq(sub.expiry, expiry + PERIOD);
        assertFalse(sub.rated);
        vm.prank(alice);
        configs.rate(configId, 2);
        assertEq(configs.getConfig(configId).ratingCount, 2);
    }

    // ---------------------------------------------------------------- renew

    function test_renew_extendsFromCurrentExpiry() public {
        uint40 expiry = _subscribe(alice, 2);
        vm.warp(block.timestamp + PERIOD / 2);
        vm.expectEmit(address(configs));
        emit Renewed(configId, alice, 3, uint40(expiry + 3 * PERIOD), 3 * PRICE, 3 * FEE);
        vm.prank(alice);
        uint40 renewed = configs.renew(configId, 3, PRICE);
        assertEq(renewed, expiry + 3 * PERIOD);
        IConfigMarket.Subscription memory sub = configs.getSubscription(configId, alice);
        assertEq(sub.expiry, renewed);
        // The started first period was released on renewal; four periods remain in escrow.
        assertEq(configs.earningsOf(creator), SHARE);
        assertEq(sub.escrow, 4 * SHARE);
        assertEq(configs.unsweptFees(), 5 * FEE);
    }

    function test_renew_atNewPriceSpreadsEscrowEvenly() public {
        _subscribe(alice, 2);
        vm.prank(creator);
        configs.setPrice(configId, 30 ether);
        vm.prank(alice);
        configs.renew(configId, 1, 30 ether);
        // Period 1 released at renewal: SHARE. Remaining escrow SHARE + 28.5 over two periods.
        vm.warp(block.timestamp + PERIOD);
        assertEq(configs.releasable(configId, alice), (SHARE + 28.5 ether) / 2);
        vm.warp(block.timestamp + 2 * PERIOD);
        assertEq(configs.releasable(configId, alice), SHARE + 28.5 ether);
    }

    function test_renew_revertsWhenNeverSubscribed() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketNotSubscribed.selector, configId, alice));
        configs.renew(configId, 1, PRICE);
    }

    function test_renew_revertsAtExpiry() public {
        uint40 expiry = _subscribe(alice, 1);
        vm.warp(expiry);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketNotSubscribed.selector, configId, alice));
        configs.renew(configId, 1, PRICE);
    }

    function test_renew_revertsWhenPriceAboveMax() public {
        _subscribe(alice, 1);
        vm.prank(creator);
        configs.setPrice(configId, PRICE + 1);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ConfigMarketPriceAboveMax.selector, configId, PRICE + 1, PRICE)
        );
        configs.renew(configId, 1, PRICE);
    }

    function test_renew_revertsOnInvalidPeriods() public {
        _subscribe(alice, 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketInvalidPeriods.selector, 0, 520));
        configs.renew(configId, 0, PRICE);
    }

    // ---------------------------------------------------------------- cancel

    function test_cancel_atStartRefundsAllButTheStartedPeriod() public {
        _subscribe(alice, 4);
        uint256 before = era.balanceOf(alice);
        vm.expectEmit(address(configs));
        emit SubscriptionCancelled(configId, alice, uint40(block.timestamp + PERIOD), 3 * SHARE);
        vm.prank(alice);
        uint256 refund = configs.cancel(configId);

        assertEq(refund, 3 * SHARE);
        assertEq(era.balanceOf(alice) - before, 3 * SHARE);
        assertEq(configs.earningsOf(creator), SHARE);
        IConfigMarket.Subscription memory sub = configs.getSubscription(configId, alice);
        assertEq(sub.escrow, 0);
        assertEq(sub.expiry, block.timestamp + PERIOD);
        // Access runs to the end of the paid, started period, then stops.
        vm.warp(block.timestamp + PERIOD - 1);
        assertTrue(configs.isSubscribed(configId, alice));
        vm.warp(block.timestamp + 1);
        assertFalse(configs.isSubscribed(configId, alice));
    }

    function test_cancel_midSecondPeriodRefundsTheRest() public {
        _subscribe(alice, 4);
        vm.warp(block.timestamp + PERIOD + 1);
        vm.prank(alice);
        assertEq(configs.cancel(configId), 2 * SHARE);
        assertEq(configs.earningsOf(creator), 2 * SHARE);
    }

    function test_cancel_inLastPeriodRefundsNothing() public {
        uint40 expiry = _subscribe(alice, 2);
        vm.warp(expiry - 1);
        vm.prank(alice);
        assertEq(configs.cancel(configId), 0);
        assertEq(configs.earningsOf(creator), 2 * SHARE);
        assertEq(configs.getSubscription(configId, alice).expiry, expiry);
    }

    function test_cancel_thenRenewExtendsFromTheCurrentPeriodEnd() public {
        _subscribe(alice, 3);
        vm.prank(alice);
        configs.cancel(configId);
        vm.prank(alice);
        uint40 expiry = configs.renew(configId, 1, PRICE);
        assertEq(expiry, block.timestamp + 2 * PERIOD);
    }

    function test_cancel_revertsWhenNotSubscribed() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketNotSubscribed.selector, configId, alice));
        configs.cancel(configId);
    }

    function test_cancel_revertsAfterExpiry() public {
        uint40 expiry = _subscribe(alice, 1);
        vm.warp(expiry);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketNotSubscribed.selector, configId, alice));
        configs.cancel(configId);
    }

    // ---------------------------------------------------------------- release

    function test_release_movesStartedPeriodsToCreator() public {
        _subscribe(alice, 3);
        _subscribe(bob, 1);
        address[] memory subs = new address[](2);
        (subs[0], subs[1]) = (alice, bob);

        vm.prank(makeAddr("anyone"));
        assertEq(configs.release(configId, subs), 2 * SHARE);
        assertEq(configs.earningsOf(creator), 2 * SHARE);
        // Nothing more until the next period starts.
        assertEq(configs.release(configId, subs), 0);
        vm.warp(block.timestamp + PERIOD);
        assertEq(configs.releasable(configId, alice), SHARE);
        assertEq(configs.release(configId, subs), SHARE);
        vm.warp(block.timestamp + 10 * PERIOD);
        assertEq(configs.release(configId, subs), SHARE);
        assertEq(configs.earningsOf(creator), 4 * SHARE);
        assertEq(configs.getSubscription(configId, alice).escrow, 0);
    }

    function test_release_revertsOnUnknownConfig() public {
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketUnknownConfig.selector, 4));
        configs.release(4, new address[](0));
    }

    // ---------------------------------------------------------------- applyConfig

    function test_applyConfig_writesLatestVersionToProfile() public {
        IProfileRegistry.Profile memory v2 = _profile();
        v2.rollupKinds = 3;
        vm.prank(creator);
        configs.publishVersion(configId, keccak256("v2"), "ipfs://v2", v2);
        _subscribe(alice, 1);

        vm.expectEmit(address(configs));
        emit ConfigApplied(configId, alice, 2);
        vm.prank(alice);
        configs.applyConfig(configId);
        assertEq(profiles.profileOf(alice).rollupKinds, 3);
        assertEq(profiles.profileOf(alice).rules[0].targets.length, 2);
        assertEq(profiles.profileSource(alice).configId, configId);
        assertEq(profiles.profileSource(alice).version, 2);
    }

    function test_applyConfig_revertsWhenNotSubscribed() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketNotSubscribed.selector, configId, alice));
        configs.applyConfig(configId);
    }

    function test_applyConfig_revertsAfterExpiry() public {
        uint40 expiry = _subscribe(alice, 1);
        vm.warp(expiry);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketNotSubscribed.selector, configId, alice));
        configs.applyConfig(configId);
    }

    // ---------------------------------------------------------------- rate

    function test_rate_recordsRating() public {
        _subscribe(alice, 1);
        _subscribe(bob, 1);
        vm.expectEmit(address(configs));
        emit ConfigRated(configId, alice, 5);
        vm.prank(alice);
        configs.rate(configId, 5);
        vm.prank(bob);
        configs.rate(configId, 2);
        IConfigMarket.Config memory config = configs.getConfig(configId);
        assertEq(config.ratingCount, 2);
        assertEq(config.ratingSum, 7);
        assertTrue(configs.getSubscription(configId, alice).rated);
    }

    function test_rate_revertsWhenRatedTwiceInOneSubscription() public {
        _subscribe(alice, 1);
        vm.prank(alice);
        configs.rate(configId, 5);
        vm.prank(alice);
        configs.renew(configId, 1, PRICE);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketAlreadyRated.selector, configId, alice));
        configs.rate(configId, 1);
    }

    function test_rate_revertsOnOutOfRangeRating() public {
        _subscribe(alice, 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketInvalidRating.selector, 0, 5));
        configs.rate(configId, 0);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketInvalidRating.selector, 6, 5));
        configs.rate(configId, 6);
    }

    /// @notice Issue 13.4: the creator drops the price to 0, lets throwaway accounts subscribe
    ///         and rate, then restores the price. A rating now needs a paid subscription.
    function test_attack_freeRatingsWhileThePriceIsZero() public {
        vm.prank(creator);
        configs.setPrice(configId, 0);
        for (uint256 i; i < 10; ++i) {
            address sock = makeAddr(string.concat("sock", vm.toString(i)));
            _subscribe(sock, 1);
            assertEq(configs.getSubscription(configId, sock).paid, 0);
            vm.prank(sock);
            vm.expectRevert(
                abi.encodeWithSelector(
                    ConfigMarketRatingUnpaid.selector, configId, sock, 0, 1 ether
                )
            );
            configs.rate(configId, 5);
        }
        vm.prank(creator);
        configs.setPrice(configId, PRICE);
        IConfigMarket.Config memory config = configs.getConfig(configId);
        assertEq(config.ratingCount, 0, "no free rating counted");
        assertEq(config.ratingSum, 0);
    }

    function test_rate_needsMinRatingPaymentAcrossRenewals() public {
        assertEq(configs.MIN_RATING_PAYMENT(), 1 ether);
        // 0.4 ERA a period: a paying subscription, but two periods are not enough to rate.
        vm.prank(creator);
        configs.setPrice(configId, 0.4 ether);
        _subscribe(alice, 2);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                ConfigMarketRatingUnpaid.selector, configId, alice, 0.8 ether, 1 ether
            )
        );
        configs.rate(configId, 4);
        // A renewal adds to what the subscription paid.
        vm.prank(alice);
        configs.renew(configId, 1, type(uint256).max);
        assertEq(configs.getSubscription(configId, alice).paid, 1.2 ether);
        vm.prank(alice);
        configs.rate(configId, 4);
        assertEq(configs.getConfig(configId).ratingCount, 1);
        // A new subscription after expiry starts its own count.
        vm.warp(configs.getSubscription(configId, alice).expiry);
        vm.prank(creator);
        configs.setPrice(configId, 1);
        _subscribe(alice, 1);
        assertEq(configs.getSubscription(configId, alice).paid, 1);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ConfigMarketRatingUnpaid.selector, configId, alice, 1, 1 ether)
        );
        configs.rate(configId, 1);
    }

    function testFuzz_rate_onlyPaidSubscriptionsRate(uint96 price, uint8 periods) public {
        periods = uint8(bound(periods, 1, 10));
        price = uint96(bound(price, 0, 100 ether));
        vm.prank(creator);
        configs.setPrice(configId, price);
        _subscribe(alice, periods);
        uint256 paid = uint256(price) * periods;
        assertEq(configs.getSubscription(configId, alice).paid, paid);
        vm.prank(alice);
        try configs.rate(configId, 3) {
            assertGe(paid, 1 ether);
        } catch {
            assertLt(paid, 1 ether);
            assertEq(configs.getConfig(configId).ratingCount, 0);
        }
    }

    function test_rate_revertsWhenNotSubscribed() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketNotSubscribed.selector, configId, alice));
        configs.rate(configId, 3);
    }

    // ---------------------------------------------------------------- withdrawals and fees

    function test_withdrawEarnings_paysReleasedEarnings() public {
        _subscribe(alice, 2);
        vm.prank(alice);
        configs.cancel(configId);
        address to = makeAddr("creatorWallet");
        vm.expectEmit(address(configs));
        emit EarningsWithdrawn(creator, to, SHARE);
        vm.prank(creator);
        assertEq(configs.withdrawEarnings(to), SHARE);
        assertEq(era.balanceOf(to), SHARE);
        assertEq(configs.earningsOf(creator), 0);
    }

    function test_withdrawEarnings_revertsWithoutEarnings() public {
        // Escrowed but not released earnings cannot be withdrawn.
        _subscribe(alice, 2);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketNoEarnings.selector, creator));
        configs.withdrawEarnings(creator);
    }

    function test_withdrawEarnings_revertsOnZeroRecipient() public {
        vm.prank(creator);
        vm.expectRevert(ConfigMarketZeroAddress.selector);
        configs.withdrawEarnings(address(0));
    }

    function test_sweepFees_sendsFeesToTreasury() public {
        _subscribe(alice, 2);
        vm.expectEmit(address(configs));
        emit FeesSwept(treasury, 2 * FEE);
        vm.prank(makeAddr("anyone"));
        assertEq(configs.sweepFees(), 2 * FEE);
        assertEq(era.balanceOf(treasury), 2 * FEE);
        assertEq(configs.unsweptFees(), 0);
    }

    function test_sweepFees_revertsWithoutFees() public {
        vm.expectRevert(ConfigMarketNoFees.selector);
        configs.sweepFees();
    }

    // ---------------------------------------------------------------- governance

    function test_setProtocolFee_appliesToLaterPayments() public {
        vm.expectEmit(address(configs));
        emit ProtocolFeeSet(2000);
        vm.prank(governance);
        configs.setProtocolFee(2000);
        assertEq(configs.protocolFeeBps(), 2000);
        _subscribe(alice, 1);
        assertEq(configs.unsweptFees(), 2 ether);
        assertEq(configs.getSubscription(configId, alice).escrow, 8 ether);
    }

    function test_setProtocolFee_revertsAboveBound() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ConfigMarketFeeTooHigh.selector, 2001, 2000));
        configs.setProtocolFee(2001);
    }

    function test_setProtocolFee_revertsWhenNotGovernance() public {
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0)
            )
        );
        configs.setProtocolFee(1);
    }

    function test_setTreasury_setsTreasury() public {
        address next = makeAddr("nextTreasury");
        vm.expectEmit(address(configs));
        emit TreasurySet(next);
        vm.prank(governance);
        configs.setTreasury(next);
        assertEq(configs.treasury(), next);
    }

    function test_setTreasury_revertsOnZero() public {
        vm.prank(governance);
        vm.expectRevert(ConfigMarketZeroAddress.selector);
        configs.setTreasury(address(0));
    }

    function test_setTreasury_revertsWhenNotGovernance() public {
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0)
            )
        );
        configs.setTreasury(alice);
    }

    // ---------------------------------------------------------------- fuzz

    function testFuzz_subscribe_splitIsExact(uint96 price, uint32 periods, uint16 feeBps) public {
        price = uint96(bound(price, 0, 1000 ether));
        periods = uint32(bound(periods, 1, 520));
        feeBps = uint16(bound(feeBps, 0, 2000));
        vm.prank(governance);
        configs.setProtocolFee(feeBps);
        uint256 id = _publishConfig(price);
        uint256 paid = uint256(price) * periods;
        _fund(alice, paid);
        uint256 before = era.balanceOf(alice);

        vm.prank(alice);
        configs.subscribe(id, periods, price);

        uint256 escrow = configs.getSubscription(id, alice).escrow;
        uint256 fee = configs.unsweptFees();
        assertEq(escrow + fee, paid, "creator share + fee == price");
        assertEq(fee, paid * feeBps / 10_000);
        assertEq(before - era.balanceOf(alice), paid);
        assertEq(era.balanceOf(address(configs)), paid);
    }

    /// Whatever the timing, the creator's releases plus the refund add up to the escrow, and the
    /// refund is exactly the share of the periods that had not started.
    function testFuzz_cancel_refundPlusReleasesEqualEscrow(
        uint96 price,
        uint32 periods,
        uint256 step,
        uint256 cancelAt
    ) public {
        price = uint96(bound(price, 1, 1000 ether));
        periods = uint32(bound(periods, 1, 52));
        uint256 id = _publishConfig(price);
        uint256 start = block.timestamp;
        vm.prank(alice);
        configs.subscribe(id, periods, price);
        uint256 escrow = configs.getSubscription(id, alice).escrow;

        cancelAt = bound(cancelAt, 0, periods * PERIOD - 1);
        step = bound(step, PERIOD / 4, PERIOD * 3);
        address[] memory subs = new address[](1);
        subs[0] = alice;
        while (block.timestamp + step <= start + cancelAt) {
            vm.warp(block.timestamp + step);
            configs.release(id, subs);
        }
        vm.warp(start + cancelAt);
        vm.prank(alice);
        uint256 refund = configs.cancel(id);

        uint256 started = cancelAt / PERIOD + 1;
        assertEq(refund + configs.earningsOf(creator), escrow);
        // Each release rounds what stays in escrow down, so the refund may be a few wei under the
        // exact share of the unstarted periods (never over it, never more than a wei a release).
        uint256 exact = escrow * (periods - started) / periods;
        assertLe(refund, exact);
        assertApproxEqAbs(refund, exact, periods);
        assertEq(configs.getSubscription(id, alice).expiry, start + started * PERIOD);
        assertEq(
            era.balanceOf(address(configs)), configs.earningsOf(creator) + configs.unsweptFees()
        );
    }

    // ---------------------------------------------------------------- helpers

    function _subscribe(address user, uint32 periods) internal returns (uint40) {
        vm.prank(user);
        return configs.subscribe(configId, periods, type(uint256).max);
    }
}
