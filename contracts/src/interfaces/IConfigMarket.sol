// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IProfileRegistry} from "./IProfileRegistry.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Errors of the ConfigMarket.
interface IConfigMarketErrors {
    /// @notice A constructor address, the treasury or a withdrawal recipient is zero.
    error ConfigMarketZeroAddress();
    /// @notice The protocol fee is above the hard bound.
    error ConfigMarketFeeTooHigh(uint16 feeBps, uint16 maximum);
    /// @notice The period length given to the constructor is outside the hard bounds.
    error ConfigMarketInvalidPeriodLength(uint256 periodLength, uint256 minimum, uint256 maximum);
    /// @notice No configuration has id `configId`.
    error ConfigMarketUnknownConfig(uint256 configId);
    /// @notice Only the creator of `configId` may do this.
    error ConfigMarketNotCreator(uint256 configId, address caller, address creator);
    /// @notice A payment must cover between 1 and `maximum` whole periods.
    error ConfigMarketInvalidPeriods(uint256 periods, uint256 maximum);
    /// @notice The config's price per period is above what the subscriber accepted.
    error ConfigMarketPriceAboveMax(uint256 configId, uint256 pricePerPeriod, uint256 maxPrice);
    /// @notice The subscriber already has an active subscription to `configId` (renew instead).
    error ConfigMarketAlreadySubscribed(uint256 configId, address subscriber, uint256 expiry);
    /// @notice The subscriber has no active subscription to `configId`.
    error ConfigMarketNotSubscribed(uint256 configId, address subscriber);
    /// @notice The subscriber already rated `configId` during this subscription.
    error ConfigMarketAlreadyRated(uint256 configId, address subscriber);
    /// @notice A rating must be between 1 and `maximum`.
    error ConfigMarketInvalidRating(uint8 rating, uint8 maximum);
    /// @notice The subscription paid less than the minimum a rating needs.
    error ConfigMarketRatingUnpaid(
        uint256 configId, address subscriber, uint256 paid, uint256 minimum
    );
    /// @notice `creator` has no earnings to withdraw.
    error ConfigMarketNoEarnings(address creator);
    /// @notice There are no protocol fees to sweep.
    error ConfigMarketNoFees();
}

/// @notice Events of the ConfigMarket.
interface IConfigMarketEvents {
    /// @notice `creator` published config `configId` at `pricePerPeriod` ERA a period.
    event ConfigPublished(uint256 indexed configId, address indexed creator, uint96 pricePerPeriod);
    /// @notice Version `version` of config `configId` was published.
    event ConfigVersionPublished(
        uint256 indexed configId, uint32 indexed version, bytes32 contentHash, string uri
    );
    /// @notice The creator set the price per period of `configId`.
    event ConfigPriceSet(uint256 indexed configId, uint96 pricePerPeriod);
    /// @notice `subscriber` subscribed to `configId` for `periods` periods until `expiry`, paying
    ///         `paid` ERA of which `protocolFee` is the protocol fee.
    event Subscribed(
        uint256 indexed configId,
        address indexed subscriber,
        uint32 periods,
        uint40 expiry,
        uint256 paid,
        uint256 protocolFee
    );
    /// @notice `subscriber` extended their subscription to `configId` by `periods` periods.
    event Renewed(
        uint256 indexed configId,
        address indexed subscriber,
        uint32 periods,
        uint40 expiry,
        uint256 paid,
        uint256 protocolFee
    );
    /// @notice `subscriber` cancelled: access runs until `expiry` (the end of the period already
    ///         started) and `refund` ERA came back.
    event SubscriptionCancelled(
        uint256 indexed configId, address indexed subscriber, uint40 expiry, uint256 refund
    );
    /// @notice `amount` ERA of `subscriber`'s escrow became `creator`'s earnings.
    event EscrowReleased(
        uint256 indexed configId,
        address indexed subscriber,
        address indexed creator,
        uint256 amount
    );
    /// @notice `subscriber` applied version `version` of `configId` to their profile.
    event ConfigApplied(uint256 indexed configId, address indexed subscriber, uint32 version);
    /// @notice `subscriber` rated `configId`.
    event ConfigRated(uint256 indexed configId, address indexed subscriber, uint8 rating);
    /// @notice `creator` withdrew `amount` ERA of earnings to `to`.
    event EarningsWithdrawn(address indexed creator, address indexed to, uint256 amount);
    /// @notice `amount` ERA of protocol fees went to `treasury`.
    event FeesSwept(address indexed treasury, uint256 amount);
    /// @notice Governance set the protocol fee.
    event ProtocolFeeSet(uint16 feeBps);
    /// @notice Governance set the treasury.
    event TreasurySet(address indexed treasury);
}

/// @title IConfigMarket
/// @notice A market for profile configurations. Creators publish versioned configurations (a
///         profile, a content hash and a URI) with a price per period in ERA (0 is free); users
///         subscribe for whole periods, renew, cancel, apply the latest version to their
///         profile while subscribed and rate a config once per subscription.
///
///         Money. Each payment is split by `FeeSplit` at payment time: the protocol fee accrues
///         to the treasury (anyone may `sweepFees`) and the creator's share goes into the
///         subscription's escrow. A period is earned by the creator once it has started; escrow
///         for started periods becomes the creator's earnings when anyone calls `release` (and
///         whenever the subscriber renews, cancels or subscribes again), so every step is O(1).
///         The escrow of a subscription is released evenly over its unreleased periods (after a
///         renewal at a new price, at their average price).
///
///         Refund rule. `cancel` refunds the escrowed creator share of every whole period that
///         has not started; the period in progress is not refunded and access runs to its end.
///         The protocol fee is not refunded.
interface IConfigMarket is IConfigMarketErrors, IConfigMarketEvents {
    /// @notice A configuration.
    /// @param creator Publishes versions, sets the price, earns the subscriptions.
    /// @param pricePerPeriod ERA a period (0: free).
    /// @param versionCount The latest version; versions are numbered from 1.
    /// @param ratingCount How many ratings it received.
    /// @param ratingSum The sum of those ratings (average = ratingSum / ratingCount).
    struct Config {
        address creator;
        uint96 pricePerPeriod;
        uint32 versionCount;
        uint32 ratingCount;
        uint64 ratingSum;
    }

    /// @notice A user's subscription to one configuration.
    /// @param expiry Access ends at this timestamp (active while `block.timestamp < expiry`).
    /// @param releasedUntil The start of the first period whose escrow is not yet released; the
    ///        unreleased periods are `[releasedUntil, expiry)`.
    /// @param escrow The creator share of the unreleased periods.
    /// @param rated Whether the subscriber rated the config during this subscription.
    /// @param paid ERA the subscriber paid for this subscription (subscribe and renewals, fee
    ///        included; saturates at 2^72 - 1): a rating needs at least `MIN_RATING_PAYMENT`.
    struct Subscription {
        uint40 expiry;
        uint40 releasedUntil;
        uint96 escrow;
        bool rated;
        uint72 paid;
    }

    /// @notice Publishes a new configuration with its version 1; the caller is its creator.
    /// @param pricePerPeriod ERA a period (0: free).
    /// @param contentHash Hash of the configuration's off-chain content.
    /// @param uri Where the content is.
    /// @param profile The profile applied to a subscriber's ProfileRegistry profile.
    /// @return configId The new config's id (ids start at 1).
    function publishConfig(
        uint96 pricePerPeriod,
        bytes32 contentHash,
        string calldata uri,
        IProfileRegistry.Profile calldata profile
    ) external returns (uint256 configId);

    /// @notice Publishes a new version of `configId`; only its creator.
    /// @param configId The config.
    /// @param contentHash Hash of the version's off-chain content.
    /// @param uri Where the content is.
    /// @param profile The version's profile.
    /// @return version The new version number.
    function publishVersion(
        uint256 configId,
        bytes32 contentHash,
        string calldata uri,
        IProfileRegistry.Profile calldata profile
    ) external returns (uint32 version);

    /// @notice Sets the price per period of `configId` for future payments; only its creator.
    /// @param configId The config.
    /// @param pricePerPeriod ERA a period (0: free).
    function setPrice(uint256 configId, uint96 pricePerPeriod) external;

    /// @notice Subscribes the caller to `configId` for `periods` whole periods from now, paying
    ///         `periods * price` ERA (approve first). Reverts while a subscription is active.
    /// @param configId The config.
    /// @param periods Whole periods, 1 to `MAX_PERIODS`.
    /// @param maxPricePerPeriod Reverts if the current price is higher (front-running guard).
    /// @return expiry When the subscription ends.
    function subscribe(uint256 configId, uint32 periods, uint256 maxPricePerPeriod)
        external
        returns (uint40 expiry);

    /// @notice Extends the caller's active subscription to `configId` by `periods` whole periods
    ///         from its current expiry, at the current price.
    /// @param configId The config.
    /// @param periods Whole periods, 1 to `MAX_PERIODS`.
    /// @param maxPricePerPeriod Reverts if the current price is higher.
    /// @return expiry The new expiry.
    function renew(uint256 configId, uint32 periods, uint256 maxPricePerPeriod)
        external
        returns (uint40 expiry);

    /// @notice Cancels the caller's active subscription: refunds the escrow of every period that
    ///         has not started; access runs to the end of the current period.
    /// @param configId The config.
    /// @return refund ERA returned to the caller.
    function cancel(uint256 configId) external returns (uint256 refund);

    /// @notice Moves the escrow of started periods of each subscriber's subscription to
    ///         `configId` into the creator's earnings. Anyone may call.
    /// @param configId The config.
    /// @param subscribers The subscriptions to release.
    /// @return released Total ERA released.
    function release(uint256 configId, address[] calldata subscribers)
        external
        returns (uint256 released);

    /// @notice Applies the latest version of `configId` to the caller's profile in the
    ///         ProfileRegistry; only while subscribed.
    /// @param configId The config.
    function applyConfig(uint256 configId) external;

    /// @notice Rates `configId` from 1 to `MAX_RATING`; once per subscription, while subscribed,
    ///         and only once the subscription paid at least `MIN_RATING_PAYMENT`, so ratings are
    ///         backed by payment (a config made free for a moment cannot collect free ratings).
    /// @param configId The config.
    /// @param rating The rating.
    function rate(uint256 configId, uint8 rating) external;

    /// @notice Sends all of the caller's released earnings to `to`.
    /// @param to The recipient.
    /// @return amount ERA sent.
    function withdrawEarnings(address to) external returns (uint256 amount);

    /// @notice Sends all accrued protocol fees to the treasury. Anyone may call.
    /// @return amount ERA sent.
    function sweepFees() external returns (uint256 amount);

    /// @notice Sets the protocol fee for future payments; governance, at most
    ///         `FeeSplit.MAX_FEE_BPS`.
    /// @param feeBps The fee in basis points.
    function setProtocolFee(uint16 feeBps) external;

    /// @notice Sets the treasury that receives swept fees; governance.
    /// @param treasury The new treasury (non-zero).
    function setTreasury(address treasury) external;

    /// @notice The ERA token.
    function era() external view returns (IERC20);

    /// @notice The ProfileRegistry that `applyConfig` writes to.
    function profileRegistry() external view returns (IProfileRegistry);

    /// @notice The treasury.
    function treasury() external view returns (address);

    /// @notice The protocol fee in basis points.
    function protocolFeeBps() external view returns (uint16);

    /// @notice The length of one period in seconds (fixed at deployment).
    function periodLength() external view returns (uint256);

    /// @notice How many configs exist (the highest config id).
    function configCount() external view returns (uint256);

    /// @notice Config `configId` (all zero when unknown).
    /// @param configId The config.
    function getConfig(uint256 configId) external view returns (Config memory);

    /// @notice Version `version` of config `configId`.
    /// @param configId The config.
    /// @param version The version, from 1.
    function getConfigVersion(uint256 configId, uint32 version)
        external
        view
        returns (bytes32 contentHash, string memory uri, IProfileRegistry.Profile memory profile);

    /// @notice `subscriber`'s subscription to `configId`.
    /// @param configId The config.
    /// @param subscriber The subscriber.
    function getSubscription(uint256 configId, address subscriber)
        external
        view
        returns (Subscription memory);

    /// @notice Whether `subscriber`'s subscription to `configId` is active now.
    /// @param configId The config.
    /// @param subscriber The subscriber.
    function isSubscribed(uint256 configId, address subscriber) external view returns (bool);

    /// @notice ERA that `release` would move to the creator now for this subscription.
    /// @param configId The config.
    /// @param subscriber The subscriber.
    function releasable(uint256 configId, address subscriber) external view returns (uint256);

    /// @notice `creator`'s released, unwithdrawn earnings.
    /// @param creator The creator.
    function earningsOf(address creator) external view returns (uint256);

    /// @notice Protocol fees accrued and not yet swept.
    function unsweptFees() external view returns (uint256);
}
