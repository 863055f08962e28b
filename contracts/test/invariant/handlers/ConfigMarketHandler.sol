// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IConfigMarket} from "../../../src/interfaces/IConfigMarket.sol";
import {ConfigMarket} from "../../../src/market/ConfigMarket.sol";
import {EraToken} from "../../../src/token/EraToken.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the ConfigMarket with bounded subscribers, configs and time, and tracks in
///         ghost variables what every party has paid and must be owed.
contract ConfigMarketHandler is Test {
    ConfigMarket internal immutable _market;
    EraToken internal immutable _era;
    address internal immutable _governance;

    address[] public subscribers;
    address[] public creators;
    uint256[] public configIds;

    // ---------------------------------------------------------------- ghosts
    uint256 public ghostPaid;
    uint256 public ghostFees;
    uint256 public ghostRefunded;
    uint256 public ghostWithdrawn;
    uint256 public ghostSwept;
    mapping(address creator => uint256) public ghostShares;
    mapping(address creator => uint256) public ghostRefundsOf;
    mapping(address creator => uint256) public ghostWithdrawnBy;
    mapping(bytes4 selector => uint256) public calls;
    /// @dev Counts observations that contradict the rules; handler reverts are not failures in
    ///      invariant runs, so the invariants check this instead of the handler asserting.
    uint256 public ghostViolations;
    uint256 public ghostRatings;

    constructor(
        ConfigMarket market,
        EraToken era,
        address governance,
        address[] memory subscribers_,
        address[] memory creators_,
        uint256[] memory configIds_
    ) {
        _market = market;
        _era = era;
        _governance = governance;
        subscribers = subscribers_;
        creators = creators_;
        configIds = configIds_;
    }

    // ---------------------------------------------------------------- actions

    function subscribe(uint256 subscriberSeed, uint256 configSeed, uint256 periods) external {
        (address subscriber, uint256 configId, address creator) = _pick(subscriberSeed, configSeed);
        if (_market.isSubscribed(configId, subscriber)) return;
        periods = bound(periods, 1, 24);
        uint256 price = _market.getConfig(configId).pricePerPeriod;
        uint256 feeBefore = _market.unsweptFees();
        vm.prank(subscriber);
        _market.subscribe(configId, uint32(periods), price);
        _recordPayment(creator, price * periods, feeBefore);
        ++calls[this.subscribe.selector];
    }

    function renew(uint256 subscriberSeed, uint256 configSeed, uint256 periods) external {
        (address subscriber, uint256 configId, address creator) = _pick(subscriberSeed, configSeed);
        if (!_market.isSubscribed(configId, subscriber)) return;
        periods = bound(periods, 1, 24);
        uint256 price = _market.getConfig(configId).pricePerPeriod;
        uint256 feeBefore = _market.unsweptFees();
        vm.prank(subscriber);
        _market.renew(configId, uint32(periods), price);
        _recordPayment(creator, price * periods, feeBefore);
        ++calls[this.renew.selector];
    }

    function cancel(uint256 subscriberSeed, uint256 configSeed) external {
        (address subscriber, uint256 configId, address creator) = _pick(subscriberSeed, configSeed);
        if (!_market.isSubscribed(configId, subscriber)) return;
        uint256 before = _era.balanceOf(subscriber);
        vm.prank(subscriber);
        uint256 refund = _market.cancel(configId);
        if (_era.balanceOf(subscriber) - before != refund) ++ghostViolations;
        // Access must run to the end of the started period, never past the paid expiry.
        IConfigMarket.Subscription memory sub = _market.getSubscription(configId, subscriber);
        if (sub.escrow != 0 || sub.expiry <= block.timestamp) ++ghostViolations;
        ghostRefunded += refund;
        ghostRefundsOf[creator] += refund;
        ++calls[this.cancel.selector];
    }

    /// A rating counts exactly when the subscription is active, unrated and paid at least the
    /// minimum (a config free for a while collects no ratings).
    function rate(uint256 subscriberSeed, uint256 configSeed, uint8 rating) external {
        (address subscriber, uint256 configId,) = _pick(subscriberSeed, configSeed);
        rating = uint8(bound(rating, 1, 5));
        IConfigMarket.Subscription memory sub = _market.getSubscription(configId, subscriber);
        uint32 countBefore = _market.getConfig(configId).ratingCount;
        bool allowed = _market.isSubscribed(configId, subscriber) && !sub.rated
            && sub.paid >= _market.MIN_RATING_PAYMENT();
        vm.prank(subscriber);
        try _market.rate(configId, rating) {
            if (!allowed) ++ghostViolations;
            ++ghostRatings;
        } catch {
            if (allowed) ++ghostViolations;
        }
        uint32 countAfter = _market.getConfig(configId).ratingCount;
        if (countAfter != countBefore + (allowed ? 1 : 0)) ++ghostViolations;
        ++calls[this.rate.selector];
    }

    function release(uint256 configSeed) external {
        uint256 configId = configIds[bound(configSeed, 0, configIds.length - 1)];
        _market.release(configId, subscribers);
        ++calls[this.release.selector];
    }

    function withdrawEarnings(uint256 creatorSeed) external {
        address creator = creators[bound(creatorSeed, 0, creators.length - 1)];
        if (_market.earningsOf(creator) == 0) return;
        vm.prank(creator);
        uint256 amount = _market.withdrawEarnings(creator);
        ghostWithdrawn += amount;
        ghostWithdrawnBy[creator] += amount;
        ++calls[this.withdrawEarnings.selector];
    }

    function sweepFees() external {
        if (_market.unsweptFees() == 0) return;
        ghostSwept += _market.sweepFees();
        ++calls[this.sweepFees.selector];
    }

    function setPrice(uint256 configSeed, uint96 price) external {
        uint256 configId = configIds[bound(configSeed, 0, configIds.length - 1)];
        IConfigMarket.Config memory config = _market.getConfig(configId);
        price = uint96(bound(price, 0, 1000 ether));
        vm.prank(config.creator);
        _market.setPrice(configId, price);
        ++calls[this.setPrice.selector];
    }

    function setProtocolFee(uint16 feeBps) external {
        feeBps = uint16(bound(feeBps, 0, 2000));
        vm.prank(_governance);
        _market.setProtocolFee(feeBps);
        ++calls[this.setProtocolFee.selector];
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 90 days));
        ++calls[this.warp.selector];
    }

    // ---------------------------------------------------------------- views for invariants

    function subscriberCount() external view returns (uint256) {
        return subscribers.length;
    }

    function configCount() external view returns (uint256) {
        return configIds.length;
    }

    function creatorCount() external view returns (uint256) {
        return creators.length;
    }

    // ---------------------------------------------------------------- internal

    function _pick(uint256 subscriberSeed, uint256 configSeed)
        internal
        view
        returns (address subscriber, uint256 configId, address creator)
    {
        subscriber = subscribers[bound(subscriberSeed, 0, subscribers.length - 1)];
        configId = configIds[bound(configSeed, 0, configIds.length - 1)];
        creator = _market.getConfig(configId).creator;
    }

    function _recordPayment(address creator, uint256 paid, uint256 feeBefore) internal {
        uint256 fee = _market.unsweptFees() - feeBefore;
        if (fee != paid * _market.protocolFeeBps() / 10_000) ++ghostViolations;
        ghostPaid += paid;
        ghostFees += fee;
        ghostShares[creator] += paid - fee;
    }
}
