// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IProfileRegistry} from "../interfaces/IProfileRegistry.sol";
import {Roles} from "../libraries/Roles.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title ProfileRegistry
/// @notice Holds each user's chain profile (see `IProfileRegistry`). A user writes their own; the
///         ConfigMarket (role `Roles.PROFILE_WRITER`) writes one only when the user applies a
///         configuration they subscribe to. Profiles are bounded (`MAX_RULES` rules of at most
///         `MAX_TARGETS` targets) so every write and read is bounded too.
contract ProfileRegistry is IProfileRegistry, AccessControl {
    /// @notice Bit 0: prefers optimistic rollups.
    uint8 public constant KIND_OPTIMISTIC = 1;
    /// @notice Bit 1: prefers ZK rollups.
    uint8 public constant KIND_ZK = 2;
    /// @notice Every valid rollup-kind bit.
    uint8 public constant ANY_KIND = KIND_OPTIMISTIC | KIND_ZK;
    /// @notice At most this many cross-chain rules per profile.
    uint256 public constant MAX_RULES = 8;
    /// @notice At most this many target rollups per rule.
    uint256 public constant MAX_TARGETS = 8;

    mapping(address user => Profile) private _profiles;
    mapping(address user => ProfileSource) private _sources;

    /// @param admin Governance; receives `DEFAULT_ADMIN_ROLE` and grants `Roles.PROFILE_WRITER`
    ///        to the ConfigMarket.
    constructor(address admin) {
        if (admin == address(0)) revert ProfileRegistryZeroAdmin();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---------------------------------------------------------------- user

    /// @inheritdoc IProfileRegistry
    function setProfile(Profile calldata profile) external {
        _write(msg.sender, profile);
        delete _sources[msg.sender];
        emit ProfileSet(
            msg.sender, profile.rollupKinds, uint8(profile.gas.mode), profile.rules.length
        );
    }

    /// @inheritdoc IProfileRegistry
    function clearProfile() external {
        delete _profiles[msg.sender];
        delete _sources[msg.sender];
        emit ProfileCleared(msg.sender);
    }

    // ---------------------------------------------------------------- profile writer

    /// @inheritdoc IProfileRegistry
    function applyProfile(address user, Profile calldata profile, uint256 configId, uint32 version)
        external
        onlyRole(Roles.PROFILE_WRITER)
    {
        if (user == address(0)) revert ProfileRegistryZeroUser();
        if (configId == 0) revert ProfileRegistryZeroConfigId();
        _write(user, profile);
        _sources[user] = ProfileSource({configId: configId, version: version});
        emit ProfileApplied(user, configId, version);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IProfileRegistry
    function validateProfile(Profile calldata profile) public pure {
        if (profile.rollupKinds & ~ANY_KIND != 0) {
            revert ProfileRegistryInvalidRollupKinds(profile.rollupKinds);
        }
        _validateGas(profile.gas);
        uint256 ruleCount = profile.rules.length;
        if (ruleCount > MAX_RULES) revert ProfileRegistryTooManyRules(ruleCount, MAX_RULES);
        for (uint256 i; i < ruleCount; ++i) {
            uint32[] calldata targets = profile.rules[i].targets;
            if (targets.length == 0 || targets.length > MAX_TARGETS) {
                revert ProfileRegistryInvalidTargetCount(i, targets.length, MAX_TARGETS);
            }
            uint32 previous = 0;
            for (uint256 j; j < targets.length; ++j) {
                uint32 id = targets[j];
                // Strictly increasing from a zero start: rejects id 0 and duplicates in one pass.
                if (id <= previous) revert ProfileRegistryInvalidTarget(i, id);
                previous = id;
            }
        }
    }

    /// @inheritdoc IProfileRegistry
    function profileOf(address user) external view returns (Profile memory) {
        return _profiles[user];
    }

    /// @inheritdoc IProfileRegistry
    function profileSource(address user) external view returns (ProfileSource memory) {
        return _sources[user];
    }

    // ---------------------------------------------------------------- internal

    /// @dev Validates and stores `profile` as `user`'s, replacing the old one. The copy is by hand
    ///      because nested calldata arrays of structs cannot be assigned to storage in one step.
    function _write(address user, Profile calldata profile) private {
        validateProfile(profile);
        Profile storage stored = _profiles[user];
        delete stored.rules;
        stored.rollupKinds = profile.rollupKinds;
        stored.gas = profile.gas;
        for (uint256 i; i < profile.rules.length; ++i) {
            CrossChainRule calldata rule = profile.rules[i];
            CrossChainRule storage copy = stored.rules.push();
            copy.token = rule.token;
            copy.threshold = rule.threshold;
            copy.targets = rule.targets;
        }
    }

    function _validateGas(GasPayment calldata gas) private pure {
        bool valid;
        if (gas.mode == GasPaymentMode.Era) {
            valid = gas.stablecoin == address(0) && gas.eraShareBps == 0;
        } else if (gas.mode == GasPaymentMode.Stablecoin) {
            valid = gas.stablecoin != address(0) && gas.eraShareBps == 0;
        } else {
            valid = gas.stablecoin != address(0) && gas.eraShareBps != 0 && gas.eraShareBps < 10_000;
        }
        if (!valid) {
            revert ProfileRegistryInvalidGasPayment(
                uint8(gas.mode), gas.stablecoin, gas.eraShareBps
            );
        }
    }
}
