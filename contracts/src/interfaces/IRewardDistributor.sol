// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RollupId} from "../types/RollupId.sol";

/// @notice One rollup's traffic in an epoch, as the keepers observed it.
/// @param rollupId The rollup (a RollupId's raw value).
/// @param txVolume Transactions in the epoch.
/// @param crossChainMessages Cross-chain messages sent or received in the epoch.
/// @param securityFactorBps How much of its score the rollup keeps, in bps (at most 10,000).
struct RollupTraffic {
    uint32 rollupId;
    uint64 txVolume;
    uint64 crossChainMessages;
    uint32 securityFactorBps;
}

/// @notice A signed traffic report: the EIP-712 message is exactly this struct.
/// @param epoch The epoch the report covers.
/// @param rollups Per-rollup traffic, by strictly ascending rollup id.
struct TrafficReport {
    uint64 epoch;
    RollupTraffic[] rollups;
}

/// @title IRewardDistributorErrors
interface IRewardDistributorErrors {
    /// @notice The epoch was already reported.
    error RewardDistributorEpochAlreadyReported(uint64 epoch, uint64 lastReported);
    /// @notice The report is not for the next unreported epoch.
    error RewardDistributorUnexpectedEpoch(uint64 epoch, uint64 expected);
    /// @notice The epoch has not ended yet.
    error RewardDistributorEpochNotEnded(uint64 epoch, uint256 endsAt);
    /// @notice The report names no rollup or more than `MAX_ROLLUPS_PER_REPORT`.
    error RewardDistributorRollupCountOutOfBounds(uint256 count, uint256 max);
    /// @notice The report names a rollup that is not registered.
    error RewardDistributorUnknownRollup(uint32 rollupId);
    /// @notice The report's rollup ids are not strictly ascending (duplicates included).
    error RewardDistributorUnsortedRollups(uint32 rollupId, uint32 previous);
    /// @notice A security factor above 10,000 bps.
    error RewardDistributorSecurityFactorOutOfBounds(uint32 rollupId, uint32 securityFactorBps);
    /// @notice A signature does not recover to a registered reporter.
    error RewardDistributorUnknownSigner(address signer);
    /// @notice Signers are not strictly ascending (duplicates included).
    error RewardDistributorUnsortedSigners(address signer, address previous);
    /// @notice Fewer valid signatures than the threshold.
    error RewardDistributorNotEnoughSignatures(uint256 count, uint256 threshold);
    /// @notice The reporter is already registered.
    error RewardDistributorReporterExists(address reporter);
    /// @notice The address is not a registered reporter.
    error RewardDistributorUnknownReporter(address reporter);
    /// @notice Adding a reporter would exceed `MAX_REPORTERS`.
    error RewardDistributorTooManyReporters(uint256 max);
    /// @notice The threshold is 0 or above the number of reporters.
    error RewardDistributorThresholdOutOfBounds(uint256 threshold, uint256 reporters);
    /// @notice The score weights do not add up to 10,000 bps.
    error RewardDistributorInvalidWeights(uint16 txVolumeBps, uint16 messagesBps);
    /// @notice The emission per epoch is above `MAX_EMISSION_PER_EPOCH`.
    error RewardDistributorEmissionOutOfBounds(uint256 emission, uint256 max);
    /// @notice The epoch length lies outside `[MIN_EPOCH_LENGTH, MAX_EPOCH_LENGTH]`.
    error RewardDistributorEpochLengthOutOfBounds(uint64 length, uint64 min, uint64 max);
    /// @notice The amount is 0.
    error RewardDistributorZeroAmount();
    /// @notice The address is the zero address.
    error RewardDistributorZeroAddress();
}

/// @title IRewardDistributorEvents
interface IRewardDistributorEvents {
    /// @notice `funder` added `amount` ERA to the emission budget.
    event Funded(address indexed funder, uint256 amount);
    /// @notice A report for `epoch` was accepted and `distributed` of `emission` was paid out.
    event EpochReported(
        uint64 indexed epoch, uint256 emission, uint256 distributed, uint256 signatures
    );
    /// @notice A rollup's share of an epoch: `stakerReward` to the hub, `boostReward` to the pool.
    event RollupRewarded(
        uint64 indexed epoch,
        RollupId indexed rollupId,
        uint256 score,
        uint256 stakerReward,
        uint256 boostReward
    );
    /// @notice A reporter was added.
    event ReporterAdded(address indexed reporter);
    /// @notice A reporter was removed.
    event ReporterRemoved(address indexed reporter);
    /// @notice The signature threshold M changed.
    event ThresholdSet(uint256 threshold);
    /// @notice The score weights changed.
    event ScoreWeightsSet(uint16 txVolumeBps, uint16 messagesBps);
    /// @notice The emission per epoch changed.
    event EmissionPerEpochSet(uint256 emission);
    /// @notice The boost source (elastic pool) changed; 0 disables boosts.
    event BoostSourceSet(address indexed boostSource);
}

/// @title IRewardDistributor
/// @notice Splits each epoch's emission across rollups by a traffic score and, within a rollup,
///         by effective stake. Reports need EIP-712 signatures of at least M registered reporters.
/// @dev Score of a rollup: `(wTx * tx / sumTx + wMsg * msgs / sumMsgs) * securityFactor`, the
///      weights in bps adding up to 10,000. The emission (at most the funded balance) goes to
///      rollups in proportion to score; a rollup's part is split between its stakers (StakingHub
///      stake) and the elastic pool (boosted stake) in proportion to their effective stake. A
///      rollup without effective stake gets nothing; its share stays in the distributor for later
///      epochs. Epoch `e` (from 1) covers `[genesis + (e-1)*length, genesis + e*length)`.
interface IRewardDistributor is IRewardDistributorErrors, IRewardDistributorEvents {
    /// @notice Accepts the traffic report of the next unreported, ended epoch and distributes its
    ///         emission. `signatures` are 65-byte ECDSA signatures of the EIP-712 digest of
    ///         `report`, ordered by strictly ascending signer address. Anyone may submit.
    function submitReport(TrafficReport calldata report, bytes[] calldata signatures) external;

    /// @notice Pulls `amount` ERA from the caller into the emission budget.
    function fund(uint256 amount) external;

    /// @notice Adds a reporter. Admin only; at most `MAX_REPORTERS`.
    function addReporter(address reporter) external;

    /// @notice Removes a reporter. Admin only; the threshold must stay reachable.
    function removeReporter(address reporter) external;

    /// @notice Sets the signature threshold M, in `[1, reporterCount]`. Admin only.
    function setThreshold(uint256 threshold) external;

    /// @notice Sets the score weights, which must add up to 10,000 bps. Admin only.
    function setScoreWeights(uint16 txVolumeBps, uint16 messagesBps) external;

    /// @notice Sets the emission per epoch, at most `MAX_EMISSION_PER_EPOCH`. Admin only.
    function setEmissionPerEpoch(uint256 emission) external;

    /// @notice Sets the elastic pool whose boosted stake counts as effective stake (0: none).
    ///         Admin only.
    function setBoostSource(address boostSource) external;

    /// @notice The epoch in progress now.
    function currentEpoch() external view returns (uint64);

    /// @notice When `epoch` ends (the first second after it).
    function epochEnd(uint64 epoch) external view returns (uint256);

    /// @notice The last epoch with an accepted report (0: none yet).
    function lastReportedEpoch() external view returns (uint64);

    /// @notice The EIP-712 digest reporters sign for `report`.
    function reportDigest(TrafficReport calldata report) external view returns (bytes32);

    /// @notice ERA funded and not yet distributed.
    function availableRewards() external view returns (uint256);

    /// @notice Whether `account` is a registered reporter.
    function isReporter(address account) external view returns (bool);

    /// @notice The number of registered reporters (N).
    function reporterCount() external view returns (uint256);

    /// @notice The signature threshold (M).
    function threshold() external view returns (uint256);

    /// @notice The score weights in bps.
    function scoreWeights() external view returns (uint16 txVolumeBps, uint16 messagesBps);

    /// @notice The emission per epoch.
    function emissionPerEpoch() external view returns (uint256);

    /// @notice The epoch length in seconds.
    function epochLength() external view returns (uint64);

    /// @notice When epoch 1 starts.
    function genesis() external view returns (uint64);

    /// @notice The elastic pool, or 0.
    function boostSource() external view returns (address);

    /// @notice The effective stake of a rollup: hub stake plus the pool's boosted stake.
    function effectiveStake(RollupId rollupId) external view returns (uint256);
}
