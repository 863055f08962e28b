// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IComponentMarket} from "../interfaces/IComponentMarket.sol";
import {FeeSplit} from "../libraries/FeeSplit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title ComponentMarket
/// @notice See `IComponentMarket`. Accounting: the ERA this contract holds always equals the sum
///         of every consumer's `credits` and every component's ledger `earnings` and `fees`.
/// @dev `charge` is the hot path; it reads four slots (fee and approved attesters, the consumer's
///      usage, the version's deployment and fee, the version's attesters), a fifth when the
///      consumer requires attestations (the deployment's registered code hash, compared with the
///      caller's), and writes two (the usage's credits, the component's ledger), which is why
///      those values are packed as they are.
contract ComponentMarket is IComponentMarket, AccessControl {
    using SafeERC20 for IERC20;

    /// @dev What `charge` needs of the protocol, in one slot.
    struct Protocol {
        uint16 feeBps;
        uint8 slotsIssued;
        uint128 approvedSlots;
    }

    /// @dev A version. The deployment on this chain is kept next to the fee so `charge` reads one
    ///      slot for both; deployments on other chains are in `_remoteDeployments`.
    struct VersionRecord {
        address localDeployment;
        uint96 feePerUse;
        uint128 attesterSlots;
        bytes32 contentHash;
        string uri;
        bytes32 localCodeHash;
    }

    struct Attester {
        uint8 slot;
        bool approved;
    }

    /// @notice How many attester slots can ever be issued (the width of the attester bitmaps).
    uint256 public constant MAX_ATTESTERS = 128;

    IERC20 private immutable _era;

    Protocol private _protocol;
    address private _treasury;
    uint256 private _componentCount;
    mapping(uint256 componentId => Component) private _components;
    mapping(uint256 componentId => mapping(uint32 version => VersionRecord)) private _versions;
    mapping(
        uint256 componentId
            => mapping(uint32 version => mapping(uint256 chainId => address deployment))
    ) private _remoteDeployments;
    mapping(address attester => Attester) private _attesters;
    mapping(uint256 componentId => mapping(address consumer => Usage)) private _usages;
    mapping(uint256 componentId => Ledger) private _ledgers;

    /// @param era_ The ERA token that fees are paid in.
    /// @param treasury_ Receives swept protocol fees.
    /// @param admin Governance; receives `DEFAULT_ADMIN_ROLE` (approves and removes attesters).
    /// @param protocolFeeBps_ Protocol fee, at most `FeeSplit.MAX_FEE_BPS`.
    constructor(IERC20 era_, address treasury_, address admin, uint16 protocolFeeBps_) {
        if (address(era_) == address(0) || treasury_ == address(0) || admin == address(0)) {
            revert ComponentMarketZeroAddress();
        }
        _era = era_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setTreasury(treasury_);
        _setProtocolFee(protocolFeeBps_);
    }

    // ---------------------------------------------------------------- authors

    /// @inheritdoc IComponentMarket
    function registerComponent(string calldata uri) external returns (uint256 componentId) {
        componentId = ++_componentCount;
        _components[componentId].author = msg.sender;
        emit ComponentRegistered(componentId, msg.sender, uri);
    }

    /// @inheritdoc IComponentMarket
    function publishVersion(
        uint256 componentId,
        bytes32 contentHash,
        string calldata uri,
        uint96 feePerUse
    ) external returns (uint32 version) {
        _onlyAuthor(componentId);
        version = ++_components[componentId].versionCount;
        VersionRecord storage record = _versions[componentId][version];
        record.feePerUse = feePerUse;
        record.contentHash = contentHash;
        record.uri = uri;
        emit VersionPublished(componentId, version, contentHash, uri, feePerUse);
    }

    /// @inheritdoc IComponentMarket
    function setDeployment(uint256 componentId, uint32 version, uint256 chainId, address deployment)
        external
    {
        _onlyAuthor(componentId);
        _requireVersion(componentId, version);
        if (chainId == 0) revert ComponentMarketZeroChainId();
        if (deployment == address(0)) revert ComponentMarketZeroAddress();
        address existing = deploymentOf(componentId, version, chainId);
        if (existing != address(0)) {
            revert ComponentMarketDeploymentAlreadySet(componentId, version, chainId, existing);
        }
        if (chainId == block.chainid) {
            VersionRecord storage record = _versions[componentId][version];
            record.localDeployment = deployment;
            record.localCodeHash = deployment.codehash;
        } else {
            _remoteDeployments[componentId][version][chainId] = deployment;
        }
        emit DeploymentSet(componentId, version, chainId, deployment);
    }

    /// @inheritdoc IComponentMarket
    function withdrawEarnings(uint256 componentId, address to) external returns (uint256 amount) {
        _onlyAuthor(componentId);
        if (to == address(0)) revert ComponentMarketZeroAddress();
        amount = _ledgers[componentId].earnings;
        if (amount == 0) revert ComponentMarketNoEarnings(componentId);
        _ledgers[componentId].earnings = 0;
        _era.safeTransfer(to, amount);
        emit EarningsWithdrawn(componentId, msg.sender, to, amount);
    }

    // ---------------------------------------------------------------- attesters

    /// @inheritdoc IComponentMarket
    function approveAttester(address attester) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (attester == address(0)) revert ComponentMarketZeroAddress();
        if (_attesters[attester].approved) revert ComponentMarketAttesterAlreadyApproved(attester);
        Protocol memory protocol = _protocol;
        if (protocol.slotsIssued == MAX_ATTESTERS) {
            revert ComponentMarketAttesterLimitReached(MAX_ATTESTERS);
        }
        uint8 slot = protocol.slotsIssued;
        // Cannot overflow: slotsIssued < MAX_ATTESTERS = 128 here.
        unchecked {
            protocol.slotsIssued = slot + 1;
        }
        protocol.approvedSlots |= uint128(1) << slot;
        _protocol = protocol;
        _attesters[attester] = Attester({slot: slot, approved: true});
        emit AttesterApproved(attester, slot);
    }

    /// @inheritdoc IComponentMarket
    function removeAttester(address attester) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint8 slot = _approvedSlot(attester);
        _protocol.approvedSlots &= ~(uint128(1) << slot);
        _attesters[attester].approved = false;
        emit AttesterRemoved(attester);
    }

    /// @inheritdoc IComponentMarket
    function attest(uint256 componentId, uint32 version) external {
        uint128 bit = uint128(1) << _approvedSlot(msg.sender);
        _requireVersion(componentId, version);
        VersionRecord storage record = _versions[componentId][version];
        if (record.attesterSlots & bit != 0) {
            revert ComponentMarketAlreadyAttested(componentId, version, msg.sender);
        }
        address deployment = record.localDeployment;
        if (deployment == address(0)) revert ComponentMarketNoDeployment(componentId, version);
        _requireRegisteredCode(componentId, version, deployment, record.localCodeHash);
        record.attesterSlots |= bit;
        emit Attested(componentId, version, msg.sender);
    }

    /// @inheritdoc IComponentMarket
    function revokeAttestation(uint256 componentId, uint32 version) external {
        uint128 bit = uint128(1) << _approvedSlot(msg.sender);
        VersionRecord storage record = _versions[componentId][version];
        if (record.attesterSlots & bit == 0) {
            revert ComponentMarketNotAttested(componentId, version, msg.sender);
        }
        record.attesterSlots &= ~bit;
        emit AttestationRevoked(componentId, version, msg.sender);
    }

    // ---------------------------------------------------------------- consumers

    /// @inheritdoc IComponentMarket
    function setUsage(uint256 componentId, uint32 version, uint8 requiredAttestations) external {
        _requireVersion(componentId, version);
        if (requiredAttestations > MAX_ATTESTERS) {
            revert ComponentMarketThresholdTooHigh(requiredAttestations, MAX_ATTESTERS);
        }
        Usage storage usage = _usages[componentId][msg.sender];
        usage.version = version;
        usage.requiredAttestations = requiredAttestations;
        emit UsageSet(componentId, msg.sender, version, requiredAttestations);
    }

    /// @inheritdoc IComponentMarket
    function depositCredits(uint256 componentId, address consumer, uint256 amount) external {
        if (componentId == 0 || componentId > _componentCount) {
            revert ComponentMarketUnknownComponent(componentId);
        }
        if (consumer == address(0)) revert ComponentMarketZeroAddress();
        if (amount == 0) revert ComponentMarketZeroAmount();
        Usage storage usage = _usages[componentId][consumer];
        usage.credits = SafeCast.toUint128(usage.credits + amount);
        _era.safeTransferFrom(msg.sender, address(this), amount);
        emit CreditsDeposited(componentId, consumer, msg.sender, amount);
    }

    /// @inheritdoc IComponentMarket
    function withdrawCredits(uint256 componentId, uint256 amount, address to) external {
        if (to == address(0)) revert ComponentMarketZeroAddress();
        if (amount == 0) revert ComponentMarketZeroAmount();
        Usage storage usage = _usages[componentId][msg.sender];
        uint256 credits = usage.credits;
        if (amount > credits) {
            revert ComponentMarketInsufficientCredits(componentId, msg.sender, amount, credits);
        }
        // Cannot underflow: amount <= credits, checked above; the result fits the uint128.
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            usage.credits = uint128(credits - amount);
        }
        _era.safeTransfer(to, amount);
        emit CreditsWithdrawn(componentId, msg.sender, to, amount);
    }

    // ---------------------------------------------------------------- deployments

    /// @inheritdoc IComponentMarket
    function charge(uint256 componentId, address consumer, uint256 uses)
        external
        returns (uint256 cost)
    {
        Usage memory usage = _usages[componentId][consumer];
        VersionRecord storage record = _versions[componentId][usage.version];
        // An unused component (version 0) has no deployment, and msg.sender is never zero.
        if (msg.sender != record.localDeployment) {
            revert ComponentMarketNotDeployment(componentId, usage.version, msg.sender);
        }
        if (uses == 0) revert ComponentMarketZeroUses();
        Protocol memory protocol = _protocol;
        if (usage.requiredAttestations != 0) {
            uint256 attestations = _popCount(record.attesterSlots & protocol.approvedSlots);
            if (attestations < usage.requiredAttestations) {
                revert ComponentMarketThresholdNotMet(
                    componentId, usage.version, attestations, usage.requiredAttestations
                );
            }
            // The attestations cover the code registered with the deployment, not other code
            // at its address (an EIP-7702 delegation, a redeployed metamorphic contract).
            _requireRegisteredCode(componentId, usage.version, msg.sender, record.localCodeHash);
        }
        cost = uses * record.feePerUse;
        if (cost > usage.credits) {
            revert ComponentMarketInsufficientCredits(componentId, consumer, cost, usage.credits);
        }
        (uint256 earned, uint256 fee) = FeeSplit.split(cost, protocol.feeBps);
        // Cannot underflow: cost <= credits, checked above; the result fits the uint128.
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            _usages[componentId][consumer].credits = uint128(usage.credits - cost);
        }
        Ledger memory ledger = _ledgers[componentId];
        _ledgers[componentId] = Ledger({
            earnings: SafeCast.toUint128(ledger.earnings + earned),
            fees: SafeCast.toUint128(ledger.fees + fee)
        });
        emit Charged(componentId, consumer, usage.version, uses, cost, fee);
    }

    // ---------------------------------------------------------------- protocol

    /// @inheritdoc IComponentMarket
    function sweepFees(uint256[] calldata componentIds) external returns (uint256 amount) {
        for (uint256 i; i < componentIds.length; ++i) {
            amount += _ledgers[componentIds[i]].fees;
            _ledgers[componentIds[i]].fees = 0;
        }
        if (amount == 0) revert ComponentMarketNoFees();
        address treasury_ = _treasury;
        _era.safeTransfer(treasury_, amount);
        emit FeesSwept(treasury_, amount);
    }

    /// @inheritdoc IComponentMarket
    function setProtocolFee(uint16 feeBps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setProtocolFee(feeBps);
    }

    /// @inheritdoc IComponentMarket
    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setTreasury(treasury_);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IComponentMarket
    function era() external view returns (IERC20) {
        return _era;
    }

    /// @inheritdoc IComponentMarket
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @inheritdoc IComponentMarket
    function protocolFeeBps() external view returns (uint16) {
        return _protocol.feeBps;
    }

    /// @inheritdoc IComponentMarket
    function componentCount() external view returns (uint256) {
        return _componentCount;
    }

    /// @inheritdoc IComponentMarket
    function getComponent(uint256 componentId) external view returns (Component memory) {
        return _components[componentId];
    }

    /// @inheritdoc IComponentMarket
    function getVersion(uint256 componentId, uint32 version)
        external
        view
        returns (bytes32 contentHash, string memory uri, uint96 feePerUse)
    {
        VersionRecord storage record = _versions[componentId][version];
        return (record.contentHash, record.uri, record.feePerUse);
    }

    /// @inheritdoc IComponentMarket
    function deploymentCodeHash(uint256 componentId, uint32 version)
        external
        view
        returns (bytes32)
    {
        return _versions[componentId][version].localCodeHash;
    }

    /// @inheritdoc IComponentMarket
    function attestationCount(uint256 componentId, uint32 version) external view returns (uint256) {
        return _popCount(_versions[componentId][version].attesterSlots & _protocol.approvedSlots);
    }

    /// @inheritdoc IComponentMarket
    function hasAttested(uint256 componentId, uint32 version, address attester)
        external
        view
        returns (bool)
    {
        Attester memory a = _attesters[attester];
        return
            a.approved
                && _versions[componentId][version].attesterSlots & (uint128(1) << a.slot) != 0;
    }

    /// @inheritdoc IComponentMarket
    function isApprovedAttester(address attester) external view returns (bool) {
        return _attesters[attester].approved;
    }

    /// @inheritdoc IComponentMarket
    function attesterSlotsIssued() external view returns (uint256) {
        return _protocol.slotsIssued;
    }

    /// @inheritdoc IComponentMarket
    function getUsage(uint256 componentId, address consumer) external view returns (Usage memory) {
        return _usages[componentId][consumer];
    }

    /// @inheritdoc IComponentMarket
    function getLedger(uint256 componentId) external view returns (Ledger memory) {
        return _ledgers[componentId];
    }

    /// @inheritdoc IComponentMarket
    function deploymentOf(uint256 componentId, uint32 version, uint256 chainId)
        public
        view
        returns (address)
    {
        return chainId == block.chainid
            ? _versions[componentId][version].localDeployment
            : _remoteDeployments[componentId][version][chainId];
    }

    // ---------------------------------------------------------------- internal

    function _onlyAuthor(uint256 componentId) private view {
        address author = _components[componentId].author;
        if (author == address(0)) revert ComponentMarketUnknownComponent(componentId);
        if (author != msg.sender) revert ComponentMarketNotAuthor(componentId, msg.sender, author);
    }

    function _requireVersion(uint256 componentId, uint32 version) private view {
        if (version == 0 || version > _components[componentId].versionCount) {
            revert ComponentMarketUnknownVersion(componentId, version);
        }
    }

    function _requireRegisteredCode(
        uint256 componentId,
        uint32 version,
        address deployment,
        bytes32 expected
    ) private view {
        bytes32 actual = deployment.codehash;
        if (actual != expected) {
            revert ComponentMarketDeploymentCodeChanged(componentId, version, expected, actual);
        }
    }

    function _approvedSlot(address attester) private view returns (uint8) {
        Attester memory a = _attesters[attester];
        if (!a.approved) revert ComponentMarketNotApprovedAttester(attester);
        return a.slot;
    }

    function _setProtocolFee(uint16 feeBps) private {
        if (feeBps > FeeSplit.MAX_FEE_BPS) {
            revert ComponentMarketFeeTooHigh(feeBps, FeeSplit.MAX_FEE_BPS);
        }
        _protocol.feeBps = feeBps;
        emit ProtocolFeeSet(feeBps);
    }

    function _setTreasury(address treasury_) private {
        if (treasury_ == address(0)) revert ComponentMarketZeroAddress();
        _treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    /// @dev Number of set bits of a 128-bit value (SWAR: pairs, nibbles, bytes, then one
    ///      multiply sums the sixteen byte counts into the top byte).
    function _popCount(uint128 bits) private pure returns (uint256 count) {
        // Cannot overflow: every step keeps each field below its width; the multiply's product
        // of two values below 2**128 stays below 2**256.
        unchecked {
            uint256 x = bits;
            x -= (x >> 1) & 0x55555555555555555555555555555555;
            x = (x & 0x33333333333333333333333333333333)
                + ((x >> 2) & 0x33333333333333333333333333333333);
            x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f;
            count = ((x * 0x01010101010101010101010101010101) >> 120) & 0xff;
        }
    }
}
