// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IConfigMarket} from "../interfaces/IConfigMarket.sol";
import {IProfileRegistry} from "../interfaces/IProfileRegistry.sol";
import {FeeSplit} from "../libraries/FeeSplit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title ConfigMarket
/// @notice See `IConfigMarket` for the rules, including the refund rule. Accounting: the ERA
///         this contract holds always equals the sum of every subscription's `escrow`, every
///         creator's `earningsOf` and `unsweptFees`.
/// @dev Needs `Roles.PROFILE_WRITER` in the ProfileRegistry for `applyConfig`.
contract ConfigMarket is IConfigMarket, AccessControl {
    using SafeERC20 for IERC20;

    struct ConfigVersion {
        bytes32 contentHash;
        string uri;
        // abi.encode(IProfileRegistry.Profile): nested calldata structs cannot be copied to
        // storage in one step, and the market only hands the profile on.
        bytes profile;
    }

    /// @notice Shortest period length accepted at deployment.
    uint256 public constant MIN_PERIOD_LENGTH = 1 hours;
    /// @notice Longest period length accepted at deployment.
    uint256 public constant MAX_PERIOD_LENGTH = 365 days;
    /// @notice Most whole periods one payment may cover.
    uint32 public constant MAX_PERIODS = 520;
    /// @notice Highest rating.
    uint8 public constant MAX_RATING = 5;
    /// @notice The least ERA a subscription must have paid before its subscriber may rate. A
    ///         creator rating its own config through throwaway subscriptions ties up this much
    ///         per rating for at least a period (escrow releases per period) and pays the
    ///         protocol fee on it; a free subscription rates nothing.
    uint256 public constant MIN_RATING_PAYMENT = 1 ether;

    IERC20 private immutable _era;
    IProfileRegistry private immutable _profileRegistry;
    uint256 private immutable _periodLength;

    address private _treasury;
    uint16 private _protocolFeeBps;
    uint256 private _unsweptFees;
    uint256 private _configCount;
    mapping(uint256 configId => Config) private _configs;
    mapping(uint256 configId => mapping(uint32 version => ConfigVersion)) private _versions;
    mapping(uint256 configId => mapping(address subscriber => Subscription)) private _subscriptions;
    mapping(address creator => uint256) private _earnings;

    /// @param era_ The ERA token that prices are paid in.
    /// @param profileRegistry_ The ProfileRegistry (grant this market `Roles.PROFILE_WRITER`).
    /// @param treasury_ Receives swept protocol fees.
    /// @param admin Governance; receives `DEFAULT_ADMIN_ROLE`.
    /// @param protocolFeeBps_ Protocol fee, at most `FeeSplit.MAX_FEE_BPS`.
    /// @param periodLength_ Seconds in a subscription period, within the period bounds.
    constructor(
        IERC20 era_,
        IProfileRegistry profileRegistry_,
        address treasury_,
        address admin,
        uint16 protocolFeeBps_,
        uint256 periodLength_
    ) {
        if (
            address(era_) == address(0) || address(profileRegistry_) == address(0)
                || treasury_ == address(0) || admin == address(0)
        ) revert ConfigMarketZeroAddress();
        if (periodLength_ < MIN_PERIOD_LENGTH || periodLength_ > MAX_PERIOD_LENGTH) {
            revert ConfigMarketInvalidPeriodLength(
                periodLength_, MIN_PERIOD_LENGTH, MAX_PERIOD_LENGTH
            );
        }
        _era = era_;
        _profileRegistry = profileRegistry_;
        _periodLength = periodLength_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setTreasury(treasury_);
        _setProtocolFee(protocolFeeBps_);
    }

    // ---------------------------------------------------------------- creators

    /// @inheritdoc IConfigMarket
    function publishConfig(
        uint96 pricePerPeriod,
        bytes32 contentHash,
        string calldata uri,
        IProfileRegistry.Profile calldata profile
    ) external returns (uint256 configId) {
        configId = ++_configCount;
        _configs[configId].creator = msg.sender;
        _configs[configId].pricePerPeriod = pricePerPeriod;
        emit ConfigPublished(configId, msg.sender, pricePerPeriod);
        _publishVersion(configId, contentHash, uri, profile);
    }

    /// @inheritdoc IConfigMarket
    function publishVersion(
        uint256 configId,
        bytes32 contentHash,
        string calldata uri,
        IProfileRegistry.Profile calldata profile
    ) external returns (uint32 version) {
        _onlyCreator(configId);
        version = _publishVersion(configId, contentHash, uri, profile);
    }

    /// @inheritdoc IConfigMarket
    function setPrice(uint256 configId, uint96 pricePerPeriod) external {
        _onlyCreator(configId);
        _configs[configId].pricePerPeriod = pricePerPeriod;
        emit ConfigPriceSet(configId, pricePerPeriod);
    }

    /// @inheritdoc IConfigMarket
    function withdrawEarnings(address to) external returns (uint256 amount) {
        if (to == address(0)) revert ConfigMarketZeroAddress();
        amount = _earnings[msg.sender];
        // Zero is "nothing owed", not a balance an attacker can steer to equal something.
        // slither-disable-next-line incorrect-equality
        if (amount == 0) revert ConfigMarketNoEarnings(msg.sender);
        _earnings[msg.sender] = 0;
        _era.safeTransfer(to, amount);
        emit EarningsWithdrawn(msg.sender, to, amount);
    }

    // ---------------------------------------------------------------- subscribers

    /// @inheritdoc IConfigMarket
    function subscribe(uint256 configId, uint32 periods, uint256 maxPricePerPeriod)
        external
        returns (uint40 expiry)
    {
        (address creator, uint256 price) = _priceFor(configId, periods, maxPricePerPeriod);
        Subscription memory sub = _subscriptions[configId][msg.sender];
        if (block.timestamp < sub.expiry) {
            revert ConfigMarketAlreadySubscribed(configId, msg.sender, sub.expiry);
        }
        // An expired subscription's remaining escrow is all earned: every period has started.
        if (sub.escrow != 0) _release(configId, msg.sender, creator, sub);

        (uint256 paid, uint256 share, uint256 fee) = _collect(price, periods);
        expiry = SafeCast.toUint40(block.timestamp + periods * _periodLength);
        _subscriptions[configId][msg.sender] = Subscription({
            expiry: expiry,
            releasedUntil: uint40(block.timestamp),
            escrow: SafeCast.toUint96(share),
            rated: false,
            paid: _paidTotal(0, paid)
        });
        _pull(paid);
        emit Subscribed(configId, msg.sender, periods, expiry, paid, fee);
    }

    /// @inheritdoc IConfigMarket
    function renew(uint256 configId, uint32 periods, uint256 maxPricePerPeriod)
        external
        returns (uint40 expiry)
    {
        (address creator, uint256 price) = _priceFor(configId, periods, maxPricePerPeriod);
        Subscription memory sub = _activeSubscription(configId, msg.sender);
        _release(configId, msg.sender, creator, sub);

        (uint256 paid, uint256 share, uint256 fee) = _collect(price, periods);
        expiry = SafeCast.toUint40(sub.expiry + periods * _periodLength);
        sub.expiry = expiry;
        sub.escrow = SafeCast.toUint96(sub.escrow + share);
        sub.paid = _paidTotal(sub.paid, paid);
        _subscriptions[configId][msg.sender] = sub;
        _pull(paid);
        emit Renewed(configId, msg.sender, periods, expiry, paid, fee);
    }

    /// @inheritdoc IConfigMarket
    function cancel(uint256 configId) external returns (uint256 refund) {
        Subscription memory sub = _activeSubscription(configId, msg.sender);
        _release(configId, msg.sender, _configs[configId].creator, sub);
        // What is left in escrow belongs to periods that have not started.
        refund = sub.escrow;
        sub.escrow = 0;
        sub.expiry = sub.releasedUntil;
        _subscriptions[configId][msg.sender] = sub;
        if (refund != 0) _era.safeTransfer(msg.sender, refund);
        emit SubscriptionCancelled(configId, msg.sender, sub.expiry, refund);
    }

    /// @inheritdoc IConfigMarket
    function release(uint256 configId, address[] calldata subscribers)
        external
        returns (uint256 released)
    {
        address creator = _configs[configId].creator;
        if (creator == address(0)) revert ConfigMarketUnknownConfig(configId);
        for (uint256 i; i < subscribers.length; ++i) {
            Subscription memory sub = _subscriptions[configId][subscribers[i]];
            released += _release(configId, subscribers[i], creator, sub);
            _subscriptions[configId][subscribers[i]] = sub;
        }
    }

    /// @inheritdoc IConfigMarket
    function applyConfig(uint256 configId) external {
        _activeSubscription(configId, msg.sender);
        uint32 version = _configs[configId].versionCount;
        IProfileRegistry.Profile memory profile =
            abi.decode(_versions[configId][version].profile, (IProfileRegistry.Profile));
        _profileRegistry.applyProfile(msg.sender, profile, configId, version);
        emit ConfigApplied(configId, msg.sender, version);
    }

    /// @inheritdoc IConfigMarket
    function rate(uint256 configId, uint8 rating) external {
        if (rating == 0 || rating > MAX_RATING) {
            revert ConfigMarketInvalidRating(rating, MAX_RATING);
        }
        Subscription memory sub = _activeSubscription(configId, msg.sender);
        if (sub.rated) revert ConfigMarketAlreadyRated(configId, msg.sender);
        if (sub.paid < MIN_RATING_PAYMENT) {
            revert ConfigMarketRatingUnpaid(configId, msg.sender, sub.paid, MIN_RATING_PAYMENT);
        }
        _subscriptions[configId][msg.sender].rated = true;
        Config storage config = _configs[configId];
        config.ratingCount += 1;
        config.ratingSum += rating;
        emit ConfigRated(configId, msg.sender, rating);
    }

    // ---------------------------------------------------------------- protocol

    /// @inheritdoc IConfigMarket
    function sweepFees() external returns (uint256 amount) {
        amount = _unsweptFees;
        if (amount == 0) revert ConfigMarketNoFees();
        _unsweptFees = 0;
        address treasury_ = _treasury;
        _era.safeTransfer(treasury_, amount);
        emit FeesSwept(treasury_, amount);
    }

    /// @inheritdoc IConfigMarket
    function setProtocolFee(uint16 feeBps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setProtocolFee(feeBps);
    }

    /// @inheritdoc IConfigMarket
    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setTreasury(treasury_);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IConfigMarket
    function era() external view returns (IERC20) {
        return _era;
    }

    /// @inheritdoc IConfigMarket
    function profileRegistry() external view returns (IProfileRegistry) {
        return _profileRegistry;
    }

    /// @inheritdoc IConfigMarket
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @inheritdoc IConfigMarket
    function protocolFeeBps() external view returns (uint16) {
        return _protocolFeeBps;
    }

    /// @inheritdoc IConfigMarket
    function periodLength() external view returns (uint256) {
        return _periodLength;
    }

    /// @inheritdoc IConfigMarket
    function configCount() external view returns (uint256) {
        return _configCount;
    }

    /// @inheritdoc IConfigMarket
    function getConfig(uint256 configId) external view returns (Config memory) {
        return _configs[configId];
    }

    /// @inheritdoc IConfigMarket
    function getConfigVersion(uint256 configId, uint32 version)
        external
        view
        returns (bytes32 contentHash, string memory uri, IProfileRegistry.Profile memory profile)
    {
        ConfigVersion storage stored = _versions[configId][version];
        contentHash = stored.contentHash;
        uri = stored.uri;
        if (stored.profile.length != 0) {
            profile = abi.decode(stored.profile, (IProfileRegistry.Profile));
        }
    }

    /// @inheritdoc IConfigMarket
    function getSubscription(uint256 configId, address subscriber)
        external
        view
        returns (Subscription memory)
    {
        return _subscriptions[configId][subscriber];
    }

    /// @inheritdoc IConfigMarket
    function isSubscribed(uint256 configId, address subscriber) external view returns (bool) {
        return block.timestamp < _subscriptions[configId][subscriber].expiry;
    }

    /// @inheritdoc IConfigMarket
    function releasable(uint256 configId, address subscriber) external view returns (uint256) {
        return _releasable(_subscriptions[configId][subscriber]);
    }

    /// @inheritdoc IConfigMarket
    function earningsOf(address creator) external view returns (uint256) {
        return _earnings[creator];
    }

    /// @inheritdoc IConfigMarket
    function unsweptFees() external view returns (uint256) {
        return _unsweptFees;
    }

    // ---------------------------------------------------------------- internal

    function _publishVersion(
        uint256 configId,
        bytes32 contentHash,
        string calldata uri,
        IProfileRegistry.Profile calldata profile
    ) private returns (uint32 version) {
        _profileRegistry.validateProfile(profile);
        version = ++_configs[configId].versionCount;
        ConfigVersion storage stored = _versions[configId][version];
        stored.contentHash = contentHash;
        stored.uri = uri;
        stored.profile = abi.encode(profile);
        emit ConfigVersionPublished(configId, version, contentHash, uri);
    }

    /// @dev Checks a payment request and returns the config's creator and price per period.
    function _priceFor(uint256 configId, uint32 periods, uint256 maxPricePerPeriod)
        private
        view
        returns (address creator, uint256 price)
    {
        Config storage config = _configs[configId];
        (creator, price) = (config.creator, config.pricePerPeriod);
        if (creator == address(0)) revert ConfigMarketUnknownConfig(configId);
        if (periods == 0 || periods > MAX_PERIODS) {
            revert ConfigMarketInvalidPeriods(periods, MAX_PERIODS);
        }
        if (price > maxPricePerPeriod) {
            revert ConfigMarketPriceAboveMax(configId, price, maxPricePerPeriod);
        }
    }

    /// @dev Splits a payment of `periods` periods at `price`, accrues the fee and returns the
    ///      total to pull, the creator share for escrow and the fee.
    function _collect(uint256 price, uint32 periods)
        private
        returns (uint256 paid, uint256 share, uint256 fee)
    {
        paid = price * periods;
        (share, fee) = FeeSplit.split(paid, _protocolFeeBps);
        if (fee != 0) _unsweptFees += fee;
    }

    function _pull(uint256 amount) private {
        if (amount != 0) _era.safeTransferFrom(msg.sender, address(this), amount);
    }

    function _activeSubscription(uint256 configId, address subscriber)
        private
        view
        returns (Subscription memory sub)
    {
        sub = _subscriptions[configId][subscriber];
        if (block.timestamp >= sub.expiry) revert ConfigMarketNotSubscribed(configId, subscriber);
    }

    /// @dev Releases the escrow of `sub`'s started periods to `creator` and advances
    ///      `sub.releasedUntil`, in memory: the caller stores `sub`.
    function _release(
        uint256 configId,
        address subscriber,
        address creator,
        Subscription memory sub
    ) private returns (uint256 amount) {
        uint256 started;
        (amount, started) = _started(sub);
        // slither-disable-next-line incorrect-equality
        if (started == 0) return 0; // no period has started: nothing earned yet
        // Cannot truncate: `started` periods end at or before `sub.expiry`, a uint40.
        // forge-lint: disable-next-line(unsafe-typecast)
        sub.releasedUntil = uint40(sub.releasedUntil + started * _periodLength);
        // slither-disable-next-line incorrect-equality
        if (amount == 0) return 0; // nothing left in escrow to release
        // Cannot underflow or truncate: `_started` never returns more than the uint96 escrow.
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            sub.escrow -= uint96(amount);
        }
        _earnings[creator] += amount;
        emit EscrowReleased(configId, subscriber, creator, amount);
    }

    function _releasable(Subscription memory sub) private view returns (uint256 amount) {
        (amount,) = _started(sub);
    }

    /// @dev The number of unreleased periods of `sub` that have started and their share of the
    ///      escrow. The escrow is spread evenly over the unreleased periods; computing what stays
    ///      (rounded down) rather than what goes makes the last period take the remainder, so
    ///      the releases of a subscription add up to its escrow exactly.
    function _started(Subscription memory sub)
        private
        view
        returns (uint256 amount, uint256 started)
    {
        uint256 from = sub.releasedUntil;
        if (block.timestamp < from || from >= sub.expiry) return (0, 0);
        uint256 unreleased = (sub.expiry - from) / _periodLength;
        started = block.timestamp >= sub.expiry
            ? unreleased
            : (block.timestamp - from) / _periodLength + 1;
        amount = sub.escrow - sub.escrow * (unreleased - started) / unreleased;
    }

    function _onlyCreator(uint256 configId) private view {
        address creator = _configs[configId].creator;
        if (creator == address(0)) revert ConfigMarketUnknownConfig(configId);
        if (creator != msg.sender) revert ConfigMarketNotCreator(configId, msg.sender, creator);
    }

    function _setProtocolFee(uint16 feeBps) private {
        if (feeBps > FeeSplit.MAX_FEE_BPS) {
            revert ConfigMarketFeeTooHigh(feeBps, FeeSplit.MAX_FEE_BPS);
        }
        _protocolFeeBps = feeBps;
        emit ProtocolFeeSet(feeBps);
    }

    function _setTreasury(address treasury_) private {
        if (treasury_ == address(0)) revert ConfigMarketZeroAddress();
        _treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    /// @dev `total + paid`, saturating at the field's maximum (only compared with a minimum).
    function _paidTotal(uint72 total, uint256 paid) internal pure returns (uint72) {
        uint256 sum = uint256(total) + paid;
        // forge-lint: disable-next-line(unsafe-typecast)
        return sum > type(uint72).max ? type(uint72).max : uint72(sum);
    }
}
