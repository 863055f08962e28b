// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IBoostSource} from "../interfaces/IBoostSource.sol";
import {
    IRewardDistributor,
    RollupTraffic,
    TrafficReport
} from "../interfaces/IRewardDistributor.sol";
import {IRollupRegistry} from "../interfaces/IRollupRegistry.sol";
import {IStakingHub} from "../interfaces/IStakingHub.sol";
import {RollupId} from "../types/RollupId.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title RewardDistributor
/// @notice Epoch emissions split by signed traffic reports. See {IRewardDistributor}.
contract RewardDistributor is IRewardDistributor, AccessControl, EIP712 {
    using SafeERC20 for IERC20;

    /// @dev A rollup's allocation in the report being processed.
    struct Allocation {
        uint256 score;
        uint256 stakerReward;
        uint256 boostReward;
    }

    /// @notice EIP-712 type hash of `RollupTraffic`.
    bytes32 public constant ROLLUP_TRAFFIC_TYPEHASH = keccak256(
        "RollupTraffic(uint32 rollupId,uint64 txVolume,uint64 crossChainMessages,uint32 securityFactorBps)"
    );
    /// @notice EIP-712 type hash of `TrafficReport`.
    bytes32 public constant TRAFFIC_REPORT_TYPEHASH = keccak256(
        "TrafficReport(uint64 epoch,RollupTraffic[] rollups)RollupTraffic(uint32 rollupId,uint64 txVolume,uint64 crossChainMessages,uint32 securityFactorBps)"
    );

    /// @notice The largest number of registered reporters (N).
    uint256 public constant MAX_REPORTERS = 32;
    /// @notice The largest number of rollups in one report.
    uint256 public constant MAX_ROLLUPS_PER_REPORT = 128;
    /// @notice The largest emission per epoch: 1% of the ERA supply.
    uint256 public constant MAX_EMISSION_PER_EPOCH = 10_000_000 ether;
    /// @notice The bounds of the epoch length.
    uint64 public constant MIN_EPOCH_LENGTH = 1 minutes;
    uint64 public constant MAX_EPOCH_LENGTH = 30 days;

    uint256 private constant _BPS = 10_000;
    uint256 private constant _SHARE_SCALE = 1e18;

    IERC20 private immutable _era;
    IRollupRegistry private immutable _registry;
    IStakingHub private immutable _hub;
    uint64 private immutable _epochLength;
    uint64 private immutable _genesis;

    uint64 private _lastReportedEpoch;
    uint16 private _txWeightBps;
    uint16 private _messagesWeightBps;
    uint8 private _threshold;
    uint8 private _reporterCount;
    address private _boostSource;
    uint256 private _emissionPerEpoch;
    uint256 private _available;
    mapping(address account => bool) private _isReporter;

    /// @param admin Core governance: DEFAULT_ADMIN_ROLE.
    /// @param era The ERA token.
    /// @param registry The RollupRegistry.
    /// @param hub The StakingHub (which must name this contract its reward distributor).
    /// @param epochLength_ Seconds per epoch, in `[MIN_EPOCH_LENGTH, MAX_EPOCH_LENGTH]`.
    /// @param genesis_ When epoch 1 starts; 0 means now.
    /// @param emissionPerEpoch_ ERA emitted per epoch, at most `MAX_EMISSION_PER_EPOCH`.
    constructor(
        address admin,
        IERC20 era,
        IRollupRegistry registry,
        IStakingHub hub,
        uint64 epochLength_,
        uint64 genesis_,
        uint256 emissionPerEpoch_
    ) EIP712("EraRewardDistributor", "1") {
        if (
            address(era) == address(0) || address(registry) == address(0)
                || address(hub) == address(0)
        ) revert RewardDistributorZeroAddress();
        if (epochLength_ < MIN_EPOCH_LENGTH || epochLength_ > MAX_EPOCH_LENGTH) {
            revert RewardDistributorEpochLengthOutOfBounds(
                epochLength_, MIN_EPOCH_LENGTH, MAX_EPOCH_LENGTH
            );
        }
        _era = era;
        _registry = registry;
        _hub = hub;
        _epochLength = epochLength_;
        _genesis = genesis_ == 0 ? uint64(block.timestamp) : genesis_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _threshold = 1;
        _setScoreWeights(5000, 5000);
        _setEmissionPerEpoch(emissionPerEpoch_);
    }

    // ------------------------------------------------------------------------------------------
    // Reports and funding
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IRewardDistributor
    function submitReport(TrafficReport calldata report, bytes[] calldata signatures) external {
        uint64 epoch = report.epoch;
        _checkEpoch(epoch);
        (bytes32 structHash, uint256 sumTx, uint256 sumMessages) =
            _checkRollups(epoch, report.rollups);
        _checkSignatures(_hashTypedDataV4(structHash), signatures);
        _lastReportedEpoch = epoch;

        uint256 emission = _emissionPerEpoch;
        uint256 available = _available;
        if (emission > available) emission = available;
        uint256 distributed = 0;
        if (emission != 0) {
            distributed = _distribute(epoch, report.rollups, sumTx, sumMessages, emission);
        }
        emit EpochReported(epoch, emission, distributed, signatures.length);
    }

    /// @inheritdoc IRewardDistributor
    function fund(uint256 amount) external {
        if (amount == 0) revert RewardDistributorZeroAmount();
        _available += amount;
        _era.safeTransferFrom(msg.sender, address(this), amount);
        emit Funded(msg.sender, amount);
    }

    // ------------------------------------------------------------------------------------------
    // Governance
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IRewardDistributor
    function addReporter(address reporter) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (reporter == address(0)) revert RewardDistributorZeroAddress();
        if (_isReporter[reporter]) revert RewardDistributorReporterExists(reporter);
        if (_reporterCount >= MAX_REPORTERS) {
            revert RewardDistributorTooManyReporters(MAX_REPORTERS);
        }
        _isReporter[reporter] = true;
        ++_reporterCount;
        emit ReporterAdded(reporter);
    }

    /// @inheritdoc IRewardDistributor
    function removeReporter(address reporter) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!_isReporter[reporter]) revert RewardDistributorUnknownReporter(reporter);
        uint256 remaining = _reporterCount - 1;
        if (remaining < _threshold) {
            revert RewardDistributorThresholdOutOfBounds(_threshold, remaining);
        }
        _isReporter[reporter] = false;
        // `remaining < _reporterCount`, a uint8.
        // forge-lint: disable-next-line(unsafe-typecast)
        _reporterCount = uint8(remaining);
        emit ReporterRemoved(reporter);
    }

    /// @inheritdoc IRewardDistributor
    function setThreshold(uint256 threshold_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint256 count = _reporterCount;
        if (threshold_ == 0 || threshold_ > count) {
            revert RewardDistributorThresholdOutOfBounds(threshold_, count);
        }
        // `threshold_ <= count <= MAX_REPORTERS`.
        // forge-lint: disable-next-line(unsafe-typecast)
        _threshold = uint8(threshold_);
        emit ThresholdSet(threshold_);
    }

    /// @inheritdoc IRewardDistributor
    function setScoreWeights(uint16 txVolumeBps, uint16 messagesBps)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        _setScoreWeights(txVolumeBps, messagesBps);
    }

    /// @inheritdoc IRewardDistributor
    function setEmissionPerEpoch(uint256 emission) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setEmissionPerEpoch(emission);
    }

    /// @inheritdoc IRewardDistributor
    function setBoostSource(address boostSource_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _boostSource = boostSource_;
        emit BoostSourceSet(boostSource_);
    }

    // ------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IRewardDistributor
    function currentEpoch() public view returns (uint64) {
        if (block.timestamp < _genesis) return 0;
        // Timestamps fit in 64 bits.
        return uint64((block.timestamp - _genesis) / _epochLength) + 1;
    }

    /// @inheritdoc IRewardDistributor
    function epochEnd(uint64 epoch) public view returns (uint256) {
        return uint256(_genesis) + uint256(epoch) * _epochLength;
    }

    /// @inheritdoc IRewardDistributor
    function lastReportedEpoch() external view returns (uint64) {
        return _lastReportedEpoch;
    }

    /// @inheritdoc IRewardDistributor
    function reportDigest(TrafficReport calldata report) external view returns (bytes32) {
        (bytes32 structHash,,) = _checkRollups(report.epoch, report.rollups);
        return _hashTypedDataV4(structHash);
    }

    /// @inheritdoc IRewardDistributor
    function availableRewards() external view returns (uint256) {
        return _available;
    }

    /// @inheritdoc IRewardDistributor
    function isReporter(address account) external view returns (bool) {
        return _isReporter[account];
    }

    /// @inheritdoc IRewardDistributor
    function reporterCount() external view returns (uint256) {
        return _reporterCount;
    }

    /// @inheritdoc IRewardDistributor
    function threshold() external view returns (uint256) {
        return _threshold;
    }

    /// @inheritdoc IRewardDistributor
    function scoreWeights() external view returns (uint16 txVolumeBps, uint16 messagesBps) {
        return (_txWeightBps, _messagesWeightBps);
    }

    /// @inheritdoc IRewardDistributor
    function emissionPerEpoch() external view returns (uint256) {
        return _emissionPerEpoch;
    }

    /// @inheritdoc IRewardDistributor
    function epochLength() external view returns (uint64) {
        return _epochLength;
    }

    /// @inheritdoc IRewardDistributor
    function genesis() external view returns (uint64) {
        return _genesis;
    }

    /// @inheritdoc IRewardDistributor
    function boostSource() external view returns (address) {
        return _boostSource;
    }

    /// @inheritdoc IRewardDistributor
    function effectiveStake(RollupId rollupId) external view returns (uint256) {
        (uint256 staked, uint256 boosted) = _stakeOf(rollupId, _boostSource);
        return staked + boosted;
    }

    // ------------------------------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------------------------------

    function _checkEpoch(uint64 epoch) internal view {
        uint64 last = _lastReportedEpoch;
        if (epoch <= last) revert RewardDistributorEpochAlreadyReported(epoch, last);
        // `last < epoch`, so `last + 1` cannot overflow.
        unchecked {
            if (epoch != last + 1) revert RewardDistributorUnexpectedEpoch(epoch, last + 1);
        }
        uint256 end = epochEnd(epoch);
        if (block.timestamp < end) revert RewardDistributorEpochNotEnded(epoch, end);
    }

    /// @dev Validates the rollups (registered, strictly ascending, bounded factors) and returns
    ///      the report's EIP-712 struct hash and the traffic sums.
    function _checkRollups(uint64 epoch, RollupTraffic[] calldata rollups)
        internal
        view
        returns (bytes32 structHash, uint256 sumTx, uint256 sumMessages)
    {
        uint256 n = rollups.length;
        if (n == 0 || n > MAX_ROLLUPS_PER_REPORT) {
            revert RewardDistributorRollupCountOutOfBounds(n, MAX_ROLLUPS_PER_REPORT);
        }
        uint256 count = _registry.rollupCount();
        bytes32[] memory hashes = new bytes32[](n);
        uint32 previous = 0;
        for (uint256 i; i < n; ++i) {
            RollupTraffic calldata traffic = rollups[i];
            uint32 id = traffic.rollupId;
            if (id <= previous) revert RewardDistributorUnsortedRollups(id, previous);
            if (id > count) revert RewardDistributorUnknownRollup(id);
            if (traffic.securityFactorBps > _BPS) {
                revert RewardDistributorSecurityFactorOutOfBounds(id, traffic.securityFactorBps);
            }
            previous = id;
            sumTx += traffic.txVolume;
            sumMessages += traffic.crossChainMessages;
            hashes[i] = keccak256(
                abi.encode(
                    ROLLUP_TRAFFIC_TYPEHASH,
                    id,
                    traffic.txVolume,
                    traffic.crossChainMessages,
                    traffic.securityFactorBps
                )
            );
        }
        structHash = keccak256(
            abi.encode(TRAFFIC_REPORT_TYPEHASH, epoch, keccak256(abi.encodePacked(hashes)))
        );
    }

    /// @dev Requires at least M signatures, all from registered reporters by strictly ascending
    ///      address (so no reporter counts twice).
    function _checkSignatures(bytes32 digest, bytes[] calldata signatures) internal view {
        uint256 m = _threshold;
        if (signatures.length < m) {
            revert RewardDistributorNotEnoughSignatures(signatures.length, m);
        }
        address previous = address(0);
        for (uint256 i; i < signatures.length; ++i) {
            address signer = ECDSA.recover(digest, signatures[i]);
            if (signer <= previous) revert RewardDistributorUnsortedSigners(signer, previous);
            if (!_isReporter[signer]) revert RewardDistributorUnknownSigner(signer);
            previous = signer;
        }
    }

    /// @dev Splits `emission` by score, then by effective stake; books what is paid out against
    ///      `_available` first, then pays and notifies the hub and the boost source (state before
    ///      external calls). Returns what was paid out; the rest stays available.
    function _distribute(
        uint64 epoch,
        RollupTraffic[] calldata rollups,
        uint256 sumTx,
        uint256 sumMessages,
        uint256 emission
    ) internal returns (uint256 distributed) {
        (Allocation[] memory allocations, uint256 totalScore) = _score(rollups, sumTx, sumMessages);
        if (totalScore == 0) return 0;
        address boost = _boostSource;
        (uint256 toHub, uint256 toBoost) =
            _allocate(rollups, allocations, totalScore, emission, boost);
        distributed = toHub + toBoost;
        // `distributed <= emission <= _available`: each rollup gets at most its score share.
        unchecked {
            _available -= distributed;
        }
        if (toHub != 0) _era.safeTransfer(address(_hub), toHub);
        if (toBoost != 0) _era.safeTransfer(boost, toBoost);
        for (uint256 i; i < rollups.length; ++i) {
            Allocation memory allocation = allocations[i];
            if (allocation.score == 0) continue;
            RollupId id = RollupId.wrap(rollups[i].rollupId);
            if (allocation.stakerReward != 0) {
                _hub.notifyRollupReward(id, allocation.stakerReward);
            }
            if (allocation.boostReward != 0) {
                IBoostSource(boost).notifyBoostReward(id, allocation.boostReward);
            }
            emit RollupRewarded(
                epoch, id, allocation.score, allocation.stakerReward, allocation.boostReward
            );
        }
    }

    /// @dev Each rollup's score: its weighted share of the traffic (scaled by 1e18 * 1e4) times
    ///      its security factor.
    function _score(RollupTraffic[] calldata rollups, uint256 sumTx, uint256 sumMessages)
        internal
        view
        returns (Allocation[] memory allocations, uint256 totalScore)
    {
        uint256 txWeight = _txWeightBps;
        uint256 messagesWeight = _messagesWeightBps;
        allocations = new Allocation[](rollups.length);
        for (uint256 i; i < rollups.length; ++i) {
            RollupTraffic calldata traffic = rollups[i];
            uint256 share = 0;
            if (sumTx != 0) share = txWeight * traffic.txVolume * _SHARE_SCALE / sumTx;
            if (sumMessages != 0) {
                share += messagesWeight * traffic.crossChainMessages * _SHARE_SCALE / sumMessages;
            }
            uint256 score = share * traffic.securityFactorBps;
            allocations[i].score = score;
            totalScore += score;
        }
    }

    /// @dev A rollup's reward is `emission * score / totalScore`, split between its stakers and
    ///      the pool by effective stake; a rollup without effective stake gets nothing.
    function _allocate(
        RollupTraffic[] calldata rollups,
        Allocation[] memory allocations,
        uint256 totalScore,
        uint256 emission,
        address boost
    ) internal view returns (uint256 toHub, uint256 toBoost) {
        for (uint256 i; i < rollups.length; ++i) {
            Allocation memory allocation = allocations[i];
            if (allocation.score == 0) continue;
            (uint256 staked, uint256 boosted) = _stakeOf(RollupId.wrap(rollups[i].rollupId), boost);
            uint256 effective = staked + boosted;
            if (effective == 0) continue;
            uint256 reward = emission * allocation.score / totalScore;
            // Splitting the rounded-down reward (not `emission` directly) is deliberate: the two
            // parts sum exactly to `reward`, so nothing is paid beyond the emission.
            // slither-disable-next-line divide-before-multiply
            allocation.boostReward = reward * boosted / effective;
            allocation.stakerReward = reward - allocation.boostReward;
            toHub += allocation.stakerReward;
            toBoost += allocation.boostReward;
        }
    }

    function _stakeOf(RollupId rollupId, address boost)
        internal
        view
        returns (uint256 staked, uint256 boosted)
    {
        staked = _hub.rollupStake(rollupId);
        if (boost != address(0)) boosted = IBoostSource(boost).boostedStake(rollupId);
    }

    function _setScoreWeights(uint16 txVolumeBps, uint16 messagesBps) internal {
        if (uint256(txVolumeBps) + messagesBps != _BPS) {
            revert RewardDistributorInvalidWeights(txVolumeBps, messagesBps);
        }
        _txWeightBps = txVolumeBps;
        _messagesWeightBps = messagesBps;
        emit ScoreWeightsSet(txVolumeBps, messagesBps);
    }

    function _setEmissionPerEpoch(uint256 emission) internal {
        if (emission > MAX_EMISSION_PER_EPOCH) {
            revert RewardDistributorEmissionOutOfBounds(emission, MAX_EMISSION_PER_EPOCH);
        }
        _emissionPerEpoch = emission;
        emit EmissionPerEpochSet(emission);
    }
}
