// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Errors of the ComponentMarket.
interface IComponentMarketErrors {
    /// @notice A constructor address, the treasury or a withdrawal recipient is zero.
    error ComponentMarketZeroAddress();
    /// @notice The protocol fee is above the hard bound.
    error ComponentMarketFeeTooHigh(uint16 feeBps, uint16 maximum);
    /// @notice No component has id `componentId`.
    error ComponentMarketUnknownComponent(uint256 componentId);
    /// @notice Component `componentId` has no version `version`.
    error ComponentMarketUnknownVersion(uint256 componentId, uint32 version);
    /// @notice Only the author of `componentId` may do this.
    error ComponentMarketNotAuthor(uint256 componentId, address caller, address author);
    /// @notice Chain id 0 is not a chain.
    error ComponentMarketZeroChainId();
    /// @notice The deployment of this version on `chainId` is already registered (deployments
    ///         are immutable so that attestations keep meaning what they attested).
    error ComponentMarketDeploymentAlreadySet(
        uint256 componentId, uint32 version, uint256 chainId, address deployment
    );
    /// @notice `attester` is already approved.
    error ComponentMarketAttesterAlreadyApproved(address attester);
    /// @notice `attester` is not an approved attester.
    error ComponentMarketNotApprovedAttester(address attester);
    /// @notice Every one of the `maximum` attester slots has been issued.
    error ComponentMarketAttesterLimitReached(uint256 maximum);
    /// @notice `attester` already attested this version.
    error ComponentMarketAlreadyAttested(uint256 componentId, uint32 version, address attester);
    /// @notice `attester` has not attested this version.
    error ComponentMarketNotAttested(uint256 componentId, uint32 version, address attester);
    /// @notice The version has no deployment on this chain yet: there is nothing to attest
    ///         (an attestation covers the deployment registered before it, address and code).
    error ComponentMarketNoDeployment(uint256 componentId, uint32 version);
    /// @notice The code at the version's deployment on this chain is not the code registered
    ///         with it (`expected`), so its attestations do not cover it.
    error ComponentMarketDeploymentCodeChanged(
        uint256 componentId, uint32 version, bytes32 expected, bytes32 actual
    );
    /// @notice A consumer cannot require more attestations than there can be attesters.
    error ComponentMarketThresholdTooHigh(uint8 required, uint256 maximum);
    /// @notice `caller` is not the registered deployment on this chain of the version the
    ///         consumer uses (version 0: the consumer uses none).
    error ComponentMarketNotDeployment(uint256 componentId, uint32 version, address caller);
    /// @notice A charge must be for at least one use.
    error ComponentMarketZeroUses();
    /// @notice The version has `attestations` attestations by approved attesters; the consumer
    ///         requires `required`.
    error ComponentMarketThresholdNotMet(
        uint256 componentId, uint32 version, uint256 attestations, uint256 required
    );
    /// @notice The consumer's credits for the component do not cover the cost.
    error ComponentMarketInsufficientCredits(
        uint256 componentId, address consumer, uint256 cost, uint256 credits
    );
    /// @notice The amount is zero.
    error ComponentMarketZeroAmount();
    /// @notice Component `componentId` has no earnings to withdraw.
    error ComponentMarketNoEarnings(uint256 componentId);
    /// @notice The listed components have no protocol fees to sweep.
    error ComponentMarketNoFees();
}

/// @notice Events of the ComponentMarket.
interface IComponentMarketEvents {
    /// @notice `author` registered component `componentId`, described at `uri`.
    event ComponentRegistered(uint256 indexed componentId, address indexed author, string uri);
    /// @notice Version `version` of `componentId` was published with its fee per use.
    event VersionPublished(
        uint256 indexed componentId,
        uint32 indexed version,
        bytes32 contentHash,
        string uri,
        uint96 feePerUse
    );
    /// @notice The deployment of a version on `chainId` was registered.
    event DeploymentSet(
        uint256 indexed componentId,
        uint32 indexed version,
        uint256 indexed chainId,
        address deployment
    );
    /// @notice Governance approved `attester`, who holds attester slot `slot`.
    event AttesterApproved(address indexed attester, uint8 slot);
    /// @notice Governance removed `attester`; its attestations no longer count.
    event AttesterRemoved(address indexed attester);
    /// @notice `attester` attested a version.
    event Attested(uint256 indexed componentId, uint32 indexed version, address indexed attester);
    /// @notice `attester` withdrew its attestation of a version.
    event AttestationRevoked(
        uint256 indexed componentId, uint32 indexed version, address indexed attester
    );
    /// @notice `consumer` chose the version of `componentId` it uses and the attestations it
    ///         requires.
    event UsageSet(
        uint256 indexed componentId,
        address indexed consumer,
        uint32 version,
        uint8 requiredAttestations
    );
    /// @notice `from` prepaid `amount` ERA of credits for `consumer`'s use of `componentId`.
    event CreditsDeposited(
        uint256 indexed componentId, address indexed consumer, address indexed from, uint256 amount
    );
    /// @notice `consumer` withdrew `amount` ERA of unused credits to `to`.
    event CreditsWithdrawn(
        uint256 indexed componentId, address indexed consumer, address to, uint256 amount
    );
    /// @notice The deployment of `version` charged `consumer` `cost` ERA for `uses` uses, of
    ///         which `protocolFee` is the protocol fee.
    event Charged(
        uint256 indexed componentId,
        address indexed consumer,
        uint32 indexed version,
        uint256 uses,
        uint256 cost,
        uint256 protocolFee
    );
    /// @notice The author of `componentId` withdrew `amount` ERA of earnings to `to`.
    event EarningsWithdrawn(
        uint256 indexed componentId, address indexed author, address to, uint256 amount
    );
    /// @notice `amount` ERA of protocol fees went to `treasury`.
    event FeesSwept(address indexed treasury, uint256 amount);
    /// @notice Governance set the protocol fee.
    event ProtocolFeeSet(uint16 feeBps);
    /// @notice Governance set the treasury.
    event TreasurySet(address indexed treasury);
}

/// @title IComponentMarket
/// @notice A market for cross-chain components. Developers register components and publish
///         immutable versions (content hash, URI, fee per use), each with a deployment address
///         per chain id. Governance approves attesters, who attest versions. A consumer picks the
///         version it uses, states how many attestations it requires and prepays ERA credits;
///         only the registered deployment of that version on this chain can then charge it, per
///         use, and only while the version's attestations by currently approved attesters meet
///         the consumer's threshold. Each charge is split by `FeeSplit` into the author's
///         earnings and the protocol fee (swept to the treasury by anyone).
///
///         Attestations are O(1) per charge: every approved attester holds one of `MAX_ATTESTERS`
///         slots, a version stores the slots that attested it as a bitmap, and a charge counts
///         the bits it shares with the bitmap of approved slots. Removing an attester clears its
///         slot in the approved bitmap, so all of its attestations stop counting at once. Slots
///         are never reused (a re-approved attester gets a fresh one, with no attestations), so
///         at most `MAX_ATTESTERS` approvals can ever be made.
interface IComponentMarket is IComponentMarketErrors, IComponentMarketEvents {
    /// @notice A component.
    /// @param author Publishes versions and deployments, withdraws earnings.
    /// @param versionCount The latest version; versions are numbered from 1.
    struct Component {
        address author;
        uint32 versionCount;
    }

    /// @notice A consumer's use of one component.
    /// @param credits Prepaid ERA not yet charged.
    /// @param version The version the consumer uses (0: none yet).
    /// @param requiredAttestations Attestations by approved attesters the version must have.
    struct Usage {
        uint128 credits;
        uint32 version;
        uint8 requiredAttestations;
    }

    /// @notice What a component's charges have earned and not yet paid out.
    /// @param earnings The author's share.
    /// @param fees The protocol's share, not yet swept.
    struct Ledger {
        uint128 earnings;
        uint128 fees;
    }

    /// @notice Registers a component; the caller is its author.
    /// @param uri Where the component is described (emitted, not stored).
    /// @return componentId The new component's id (ids start at 1).
    function registerComponent(string calldata uri) external returns (uint256 componentId);

    /// @notice Publishes a new, immutable version of `componentId`; only its author.
    /// @param componentId The component.
    /// @param contentHash Hash of the version's code or artifact.
    /// @param uri Where the version is described.
    /// @param feePerUse ERA charged per use.
    /// @return version The new version number.
    function publishVersion(
        uint256 componentId,
        bytes32 contentHash,
        string calldata uri,
        uint96 feePerUse
    ) external returns (uint32 version);

    /// @notice Registers the deployment of a version on `chainId`, once; only the author. On this
    ///         chain the deployment's code hash is recorded with it.
    /// @param componentId The component.
    /// @param version The version.
    /// @param chainId The chain.
    /// @param deployment The version's contract on that chain.
    function setDeployment(uint256 componentId, uint32 version, uint256 chainId, address deployment)
        external;

    /// @notice Approves `attester`, giving it a fresh attester slot; governance.
    /// @param attester The attester.
    function approveAttester(address attester) external;

    /// @notice Removes `attester`: its attestations stop counting; governance.
    /// @param attester The attester.
    function removeAttester(address attester) external;

    /// @notice Attests a version's deployment on this chain, which must be registered, with the
    ///         code it was registered with; only an approved attester. A charge that needs
    ///         attestations is accepted only from that deployment with that code.
    /// @param componentId The component.
    /// @param version The version.
    function attest(uint256 componentId, uint32 version) external;

    /// @notice Withdraws the caller's attestation of a version.
    /// @param componentId The component.
    /// @param version The version.
    function revokeAttestation(uint256 componentId, uint32 version) external;

    /// @notice Sets the version of `componentId` the caller uses and the attestations it requires.
    /// @param componentId The component.
    /// @param version An existing version.
    /// @param requiredAttestations At most `MAX_ATTESTERS`; 0 requires none.
    function setUsage(uint256 componentId, uint32 version, uint8 requiredAttestations) external;

    /// @notice Prepays `amount` ERA of credits for `consumer`'s use of `componentId` (approve
    ///         first). Anyone may fund a consumer.
    /// @param componentId The component.
    /// @param consumer The consumer credited.
    /// @param amount ERA.
    function depositCredits(uint256 componentId, address consumer, uint256 amount) external;

    /// @notice Withdraws `amount` of the caller's unused credits for `componentId` to `to`.
    /// @param componentId The component.
    /// @param amount ERA.
    /// @param to The recipient.
    function withdrawCredits(uint256 componentId, uint256 amount, address to) external;

    /// @notice Charges `consumer` for `uses` uses of `componentId`. Only the registered deployment
    ///         on this chain of the version the consumer uses, and only while that version meets
    ///         the consumer's attestation threshold.
    /// @param componentId The component.
    /// @param consumer The consumer charged.
    /// @param uses How many uses (at least 1).
    /// @return cost ERA charged (`uses * feePerUse`).
    function charge(uint256 componentId, address consumer, uint256 uses)
        external
        returns (uint256 cost);

    /// @notice Sends all of `componentId`'s author earnings to `to`; only its author.
    /// @param componentId The component.
    /// @param to The recipient.
    /// @return amount ERA sent.
    function withdrawEarnings(uint256 componentId, address to) external returns (uint256 amount);

    /// @notice Sends the protocol fees accrued by `componentIds` to the treasury. Anyone may call.
    /// @param componentIds The components to sweep.
    /// @return amount ERA sent.
    function sweepFees(uint256[] calldata componentIds) external returns (uint256 amount);

    /// @notice Sets the protocol fee for future charges; governance, at most
    ///         `FeeSplit.MAX_FEE_BPS`.
    /// @param feeBps The fee in basis points.
    function setProtocolFee(uint16 feeBps) external;

    /// @notice Sets the treasury that receives swept fees; governance.
    /// @param treasury The new treasury (non-zero).
    function setTreasury(address treasury) external;

    /// @notice The ERA token.
    function era() external view returns (IERC20);

    /// @notice The treasury.
    function treasury() external view returns (address);

    /// @notice The protocol fee in basis points.
    function protocolFeeBps() external view returns (uint16);

    /// @notice How many components exist (the highest component id).
    function componentCount() external view returns (uint256);

    /// @notice Component `componentId` (all zero when unknown).
    /// @param componentId The component.
    function getComponent(uint256 componentId) external view returns (Component memory);

    /// @notice Version `version` of `componentId`.
    /// @param componentId The component.
    /// @param version The version.
    function getVersion(uint256 componentId, uint32 version)
        external
        view
        returns (bytes32 contentHash, string memory uri, uint96 feePerUse);

    /// @notice The deployment of a version on `chainId` (zero when none).
    /// @param componentId The component.
    /// @param version The version.
    /// @param chainId The chain.
    function deploymentOf(uint256 componentId, uint32 version, uint256 chainId)
        external
        view
        returns (address);

    /// @notice The code hash recorded with a version's deployment on this chain (zero when none).
    /// @param componentId The component.
    /// @param version The version.
    function deploymentCodeHash(uint256 componentId, uint32 version) external view returns (bytes32);

    /// @notice Attestations of a version by currently approved attesters.
    /// @param componentId The component.
    /// @param version The version.
    function attestationCount(uint256 componentId, uint32 version) external view returns (uint256);

    /// @notice Whether `attester` is approved and has attested the version.
    /// @param componentId The component.
    /// @param version The version.
    /// @param attester The attester.
    function hasAttested(uint256 componentId, uint32 version, address attester)
        external
        view
        returns (bool);

    /// @notice Whether `attester` is currently approved.
    /// @param attester The attester.
    function isApprovedAttester(address attester) external view returns (bool);

    /// @notice How many attester slots have been issued (of `MAX_ATTESTERS`).
    function attesterSlotsIssued() external view returns (uint256);

    /// @notice `consumer`'s use of `componentId`.
    /// @param componentId The component.
    /// @param consumer The consumer.
    function getUsage(uint256 componentId, address consumer) external view returns (Usage memory);

    /// @notice `componentId`'s unpaid earnings and unswept fees.
    /// @param componentId The component.
    function getLedger(uint256 componentId) external view returns (Ledger memory);
}
