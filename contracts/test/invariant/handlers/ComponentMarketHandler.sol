// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IComponentMarket} from "../../../src/interfaces/IComponentMarket.sol";
import {ComponentMarket} from "../../../src/market/ComponentMarket.sol";
import {EraToken} from "../../../src/token/EraToken.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the ComponentMarket: consumers fund and pick versions, deployments charge,
///         strangers try to charge, governance approves and removes attesters, authors withdraw.
///         Ghost variables track every ERA movement and every rule a charge must respect.
contract ComponentMarketHandler is Test {
    uint32 internal constant VERSIONS = 2;

    ComponentMarket internal immutable _market;
    EraToken internal immutable _era;
    address internal immutable _governance;

    address[] public consumers;
    uint256[] public componentIds;
    address[] public attesters;
    /// @dev deployments[componentIndex * VERSIONS + version - 1] on this chain.
    address[] public deployments;

    // ---------------------------------------------------------------- ghosts
    uint256 public ghostDeposited;
    uint256 public ghostCreditsWithdrawn;
    uint256 public ghostCharged;
    uint256 public ghostFees;
    uint256 public ghostEarningsWithdrawn;
    uint256 public ghostSwept;
    mapping(uint256 componentId => uint256) public ghostEarned;
    mapping(uint256 componentId => uint256) public ghostWithdrawnOf;
    /// @dev Counts observations that contradict the rules (a charge by a stranger, a charge below
    ///      the threshold, a split that is not exact); the invariants require it to stay 0.
    uint256 public ghostViolations;
    mapping(bytes4 selector => uint256) public calls;

    constructor(
        ComponentMarket market,
        EraToken era,
        address governance,
        address[] memory consumers_,
        uint256[] memory componentIds_,
        address[] memory attesters_,
        address[] memory deployments_
    ) {
        _market = market;
        _era = era;
        _governance = governance;
        consumers = consumers_;
        componentIds = componentIds_;
        attesters = attesters_;
        deployments = deployments_;
    }

    // ---------------------------------------------------------------- consumers

    function setUsage(uint256 consumerSeed, uint256 componentSeed, uint256 version, uint8 required)
        external
    {
        (address consumer, uint256 id,) = _pick(consumerSeed, componentSeed);
        version = bound(version, 1, VERSIONS);
        required = uint8(bound(required, 0, 3));
        vm.prank(consumer);
        _market.setUsage(id, uint32(version), required);
        ++calls[this.setUsage.selector];
    }

    function depositCredits(uint256 consumerSeed, uint256 componentSeed, uint256 amount) external {
        (address consumer, uint256 id,) = _pick(consumerSeed, componentSeed);
        amount = bound(amount, 1, 50 ether);
        vm.prank(consumer);
        _market.depositCredits(id, consumer, amount);
        ghostDeposited += amount;
        ++calls[this.depositCredits.selector];
    }

    function withdrawCredits(uint256 consumerSeed, uint256 componentSeed, uint256 amount) external {
        (address consumer, uint256 id,) = _pick(consumerSeed, componentSeed);
        uint256 credits = _market.getUsage(id, consumer).credits;
        if (credits == 0) return;
        amount = bound(amount, 1, credits);
        vm.prank(consumer);
        _market.withdrawCredits(id, amount, consumer);
        ghostCreditsWithdrawn += amount;
        ++calls[this.withdrawCredits.selector];
    }

    // ---------------------------------------------------------------- charges

    /// The registered deployment of the consumer's version charges; it must succeed exactly when
    /// the threshold is met and the credits cover the cost.
    function charge(uint256 consumerSeed, uint256 componentSeed, uint256 uses) external {
        (address consumer, uint256 id, uint256 index) = _pick(consumerSeed, componentSeed);
        IComponentMarket.Usage memory usage = _market.getUsage(id, consumer);
        if (usage.version == 0) return;
        uses = bound(uses, 1, 20);
        (,, uint96 feePerUse) = _market.getVersion(id, usage.version);
        uint256 cost = uses * feePerUse;
        bool allowed = _market.attestationCount(id, usage.version) >= usage.requiredAttestations
            && cost <= usage.credits;
        IComponentMarket.Ledger memory before = _market.getLedger(id);
        uint256 feeBps = _market.protocolFeeBps();

        vm.prank(deployments[index * VERSIONS + usage.version - 1]);
        try _market.charge(id, consumer, uses) returns (uint256 charged) {
            if (!allowed || charged != cost) ++ghostViolations;
            IComponentMarket.Ledger memory afterCharge = _market.getLedger(id);
            uint256 earned = afterCharge.earnings - before.earnings;
            uint256 fee = afterCharge.fees - before.fees;
            if (earned + fee != cost || fee != cost * feeBps / 10_000) ++ghostViolations;
            ghostCharged += cost;
            ghostFees += fee;
            ghostEarned[id] += earned;
            ++calls[this.charge.selector];
        } catch {
            if (allowed) ++ghostViolations;
        }
    }

    /// Anyone but the consumer's registered deployment tries to charge: it must always fail.
    function chargeByStranger(
        uint256 consumerSeed,
        uint256 componentSeed,
        uint256 callerSeed,
        uint256 uses
    ) external {
        (address consumer, uint256 id, uint256 index) = _pick(consumerSeed, componentSeed);
        uint32 version = _market.getUsage(id, consumer).version;
        // Either a deployment of another version or component, or an outsider.
        address caller = callerSeed % 2 == 0
            ? deployments[bound(callerSeed, 0, deployments.length - 1)]
            : address(uint160(bound(callerSeed, 1, type(uint160).max)));
        if (version != 0 && caller == deployments[index * VERSIONS + version - 1]) return;
        uses = bound(uses, 1, 20);
        vm.prank(caller);
        try _market.charge(id, consumer, uses) {
            ++ghostViolations;
        } catch {}
        ++calls[this.chargeByStranger.selector];
    }

    // ---------------------------------------------------------------- attesters and governance

    function attest(uint256 attesterSeed, uint256 componentSeed, uint256 version) external {
        address attester = attesters[bound(attesterSeed, 0, attesters.length - 1)];
        uint256 id = componentIds[bound(componentSeed, 0, componentIds.length - 1)];
        version = bound(version, 1, VERSIONS);
        if (!_market.isApprovedAttester(attester)) return;
        bool attested = _market.hasAttested(id, uint32(version), attester);
        vm.prank(attester);
        if (attested) {
            _market.revokeAttestation(id, uint32(version));
        } else {
            _market.attest(id, uint32(version));
        }
        ++calls[this.attest.selector];
    }

    function toggleAttester(uint256 attesterSeed) external {
        address attester = attesters[bound(attesterSeed, 0, attesters.length - 1)];
        if (_market.isApprovedAttester(attester)) {
            vm.prank(_governance);
            _market.removeAttester(attester);
        } else {
            if (_market.attesterSlotsIssued() == _market.MAX_ATTESTERS()) return;
            vm.prank(_governance);
            _market.approveAttester(attester);
        }
        ++calls[this.toggleAttester.selector];
    }

    function setProtocolFee(uint16 feeBps) external {
        feeBps = uint16(bound(feeBps, 0, 2000));
        vm.prank(_governance);
        _market.setProtocolFee(feeBps);
        ++calls[this.setProtocolFee.selector];
    }

    // ---------------------------------------------------------------- payouts

    function withdrawEarnings(uint256 componentSeed) external {
        uint256 id = componentIds[bound(componentSeed, 0, componentIds.length - 1)];
        if (_market.getLedger(id).earnings == 0) return;
        address author = _market.getComponent(id).author;
        vm.prank(author);
        uint256 amount = _market.withdrawEarnings(id, author);
        ghostEarningsWithdrawn += amount;
        ghostWithdrawnOf[id] += amount;
        ++calls[this.withdrawEarnings.selector];
    }

    function sweepFees() external {
        uint256 unswept;
        for (uint256 i; i < componentIds.length; ++i) {
            unswept += _market.getLedger(componentIds[i]).fees;
        }
        if (unswept == 0) return;
        ghostSwept += _market.sweepFees(componentIds);
        ++calls[this.sweepFees.selector];
    }

    // ---------------------------------------------------------------- views for invariants

    function consumerCount() external view returns (uint256) {
        return consumers.length;
    }

    function componentCount() external view returns (uint256) {
        return componentIds.length;
    }

    // ---------------------------------------------------------------- internal

    function _pick(uint256 consumerSeed, uint256 componentSeed)
        internal
        view
        returns (address consumer, uint256 id, uint256 index)
    {
        consumer = consumers[bound(consumerSeed, 0, consumers.length - 1)];
        index = bound(componentSeed, 0, componentIds.length - 1);
        id = componentIds[index];
    }
}
